"""The action server loads the actions package as `python -m rasa_sdk --actions actions` does."""

from __future__ import annotations

import yaml
from rasa_sdk.executor import ActionExecutor

from bot.settings import ROOT


def test_action_server_registers_exactly_the_domain_actions() -> None:
    """Every custom action of the domain, and nothing else (a helper class is no action)."""
    executor = ActionExecutor()
    executor.register_package("actions")
    domain_actions = set()
    for path in (ROOT / "domain").glob("*.yml"):
        domain_actions.update(yaml.safe_load(path.read_text(encoding="utf-8")).get("actions") or [])
    assert (
        set(executor.actions)
        == domain_actions
        == {
            "action_send_channels",
            "action_answer_follow_up",
            "action_send_named_channel",
            "action_contextual_fallback",
            "action_check_in_context",
            "action_remind_situation",
            "action_still_here",
        }
    )
