#!/usr/bin/env python3
"""Write components/real_words.py: Dutch and English words that the typo repair of
components/safety_text.py would turn into a safety word of another meaning ("verwachting" into
"verkrachting", "geklikt" into "geslikt", "opgeslagen" into "opgesloten").

    apt-get install wdutch wamerican && .venv/bin/python scripts/real-words.py

A dictionary word is a typo of nothing. Forms of the safety word itself ("bedreigde",
"mishandelt", "sprong") share its stem and are still repaired; KEEP_REPAIRING lists the forms
that do not share it but mean the same.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from components import safety_text  # noqa: E402

DICTIONARIES = ("/usr/share/dict/dutch", "/usr/share/dict/american-english")
# Past forms of "springen" and "krassen", and English spellings: the same act as the safety word.
# Common words the dictionaries lack, found in the project's own messages.
EXTRA = frozenset(
    {"geprobeerd", "uitgeprobeerd", "aangeklikt", "weggeklikt", "binnengekomen", "teruggekomen"}
)
KEEP_REPAIRING = frozenset(
    {"sprong", "sprongen", "sprang", "sprangen", "sprung", "krasten", "ophingen", "mishandled", "mishandles"}
)


def main() -> int:
    words: set[str] = set(EXTRA)
    for path in DICTIONARIES:
        for line in Path(path).read_text(encoding="utf-8", errors="ignore").splitlines():
            word = safety_text._fold(line.strip())
            if word.isalpha() and len(word) >= 6:
                words.add(word)
    vocabulary = set(safety_text.VOCABULARY)
    # The repair as it is without the list this script writes.
    safety_text.REAL_WORDS = frozenset()
    safety_text.repair.cache_clear()
    real = []
    for word in sorted(words - vocabulary):
        repaired = safety_text.repair(word)
        if repaired == word or word in KEEP_REPAIRING:
            continue
        if len(os.path.commonprefix([word, repaired])) >= max(5, len(repaired) - 2):
            continue  # a form of the safety word itself
        real.append(word)
    body = "\n".join(f'        "{w}",' for w in real)
    (ROOT / "components" / "real_words.py").write_text(
        '"""Real words the typo repair must leave alone (written by scripts/real-words.py; do not edit).\n\n'
        "Each is a Dutch or English dictionary word that is one or two letters away from a safety word\n"
        'of another meaning ("verwachting" / "verkrachting", "geklikt" / "geslikt").\n"""\n\n'
        "REAL_WORDS = frozenset(\n    {\n" + body + "\n    }\n)\n",
        encoding="utf-8",
    )
    print(f"{len(real)} real words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
