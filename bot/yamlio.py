"""YAML read with libyaml's safe loader where PyYAML was built with it (the same safe types, about ten
times faster than the pure-Python loader); the pure-Python safe loader otherwise."""

from __future__ import annotations

from typing import Any

import yaml

LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """`yaml.safe_load`, with the C loader when there is one."""
    return yaml.load(text, Loader=LOADER)  # noqa: S506 (a safe loader: SafeLoader or CSafeLoader)
