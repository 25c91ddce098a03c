#!/usr/bin/env python3
"""Add the sha256 hashes that PyPI publishes for each pinned release to a lock file, in place.

    scripts/lock-hashes.py requirements/rasa.lock requirements/app.lock requirements/dev.lock

Each `name==version` line becomes `name==version --hash=sha256:... --hash=sha256:...` with the
hash of every file of that release (wheels and sdist), so `pip install --require-hashes` accepts
whichever file pip picks for this machine, and nothing else. `make lock` runs it after freezing.
"""

from __future__ import annotations

import json
import re
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

_PIN = re.compile(r"^(?P<name>[A-Za-z0-9_.\-]+)(?P<extras>\[[^\]]*\])?==(?P<version>[^\s;]+)")


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def hashes(name: str, version: str) -> list[str]:
    """The sha256 of every file PyPI's simple index (PEP 691 JSON) holds for this release."""
    request = urllib.request.Request(
        f"https://pypi.org/simple/{_normalized(name)}/",
        headers={"Accept": "application/vnd.pypi.simple.v1+json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 - a fixed https URL
        files = json.load(response)["files"]
    # Wheel and sdist names use the name with - or _ and the version as released.
    name_pattern = "[-_.]".join(re.escape(part) for part in _normalized(name).split("-"))
    stem = re.compile(rf"^{name_pattern}-{re.escape(version)}(-|\.tar|\.zip)", re.IGNORECASE)
    return sorted(
        {f["hashes"]["sha256"] for f in files if stem.match(f["filename"]) and "sha256" in f["hashes"]}
    )


def with_hashes(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    pins = [(i, _PIN.match(line)) for i, line in enumerate(lines)]
    pins = [(i, m) for i, m in pins if m]
    with ThreadPoolExecutor(max_workers=8) as pool:
        found = list(pool.map(lambda item: hashes(item[1]["name"], item[1]["version"]), pins))
    for (i, match), digests in zip(pins, found, strict=True):
        if not digests:
            raise SystemExit(f"{path}: PyPI lists no files for {match.group(0)}")
        pin = f"{match['name']}{match['extras'] or ''}=={match['version']}"
        lines[i] = pin + "".join(f" --hash=sha256:{d}" for d in digests)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path}: {len(pins)} pins with hashes")


if __name__ == "__main__":
    for name in sys.argv[1:]:
        with_hashes(Path(name))
