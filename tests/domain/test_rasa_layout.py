"""Rasa's own commands, run plainly from the project root, see only what they should.

A plain `rasa test` looks for conversation tests in "." (Rasa's DEFAULT_E2E_TESTS_PATH): every
file under the project root, virtual environments included, whose name starts with `test_` and
that holds `stories:`. Report fixtures and the packages' own samples must not be among them.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml

from bot.settings import ROOT


def _rasa_test_story_files(root: Path) -> set[Path]:
    """The files a plain `rasa test` would run, found as Rasa finds them (os.walk, links followed)."""
    found = set()
    for folder, _, files in os.walk(root, followlinks=True):
        if "/.git" in folder:
            continue
        for name in files:
            if name.startswith("test_") and name.endswith((".yml", ".yaml")):
                path = Path(folder) / name
                try:
                    data = yaml.safe_load(path.read_text(encoding="utf-8"))
                except (yaml.YAMLError, UnicodeDecodeError):
                    continue
                if isinstance(data, dict) and "stories" in data:
                    found.add(path.relative_to(root))
    return found


def test_plain_rasa_test_runs_only_the_conversation_tests() -> None:
    """Only tests/stories/test_*.yml: no report fixture, nothing from a virtual environment."""
    expected = {p.relative_to(ROOT) for p in (ROOT / "tests" / "stories").glob("test_*.yml")}
    assert expected, "tests/stories holds the conversation tests"
    assert _rasa_test_story_files(ROOT) == expected


def test_training_data_is_only_rasa_data() -> None:
    """`rasa train` reads every YAML file under data/: each one is NLU, rules or stories."""
    for path in (ROOT / "data").rglob("*"):
        if path.is_file():
            assert path.suffix == ".yml", path
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            assert set(data) - {"version"} <= {"nlu", "rules", "stories"}, path
