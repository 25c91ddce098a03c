"""Plain-text fields of the registry: no HTML or other markup.

Our widget never renders HTML, but partner sites may read /api/channels and put a name or
description into their page as it is; `<img src=x onerror=...>` there runs script. So a field
that holds text for people accepts no tag and no HTML character reference. Use `PlainText`
(optionally with a length: `Annotated[PlainText, Field(max_length=80)]`) for every such field.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator

# A tag (<b>, </p>, <!-- -->, <?php, <svg/onload=...>) or a character reference (&lt; &#60; &#x3c;).
_MARKUP = re.compile(r"<[A-Za-z/!?][^\s<>]*|&(#\d+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")


def no_markup(value: str) -> str:
    """`value` when it holds no markup; ValueError naming what was found otherwise."""
    found = _MARKUP.search(value)
    if found:
        raise ValueError(f"contains markup ('{found.group(0)}'): write plain text without HTML")
    return value


PlainText = Annotated[str, AfterValidator(no_markup)]
