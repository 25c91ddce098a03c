"""What the actions that answer with channels share: the time in Amsterdam, fixed in tests.

A mixin, not an `Action`: rasa-sdk registers every subclass of `Action` it finds as an action.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.referral import now_local


class Timed:
    """Gives an action the clock its answer depends on (opening hours now); tests fix it."""

    def __init__(self, clock: Callable[[], datetime] = now_local) -> None:
        self._clock = clock
