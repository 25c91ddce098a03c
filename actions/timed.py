"""What the actions that answer with channels share: the time in Amsterdam, fixed in tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from rasa_sdk import Action

from bot.referral import now_local


class TimedAction(Action):
    """An action whose answer depends on opening hours now; tests give it a fixed clock."""

    def __init__(self, clock: Callable[[], datetime] = now_local) -> None:
        self._clock = clock
