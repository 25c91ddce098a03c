"""A maintainer's save reaches the next chat reply, and a rollback brings the old data back (real stack).

CSG is a four-eyes channel: anna's change is a proposal that bob approves. The approved number is
in the routing action's card and in the fixed crisis answer's card at once (no crisis-sync, no
retraining), also with the action server stopped.
"""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.settings import ROOT
from bot.tools.devstack import Stack
from tests.helpers import CHANNELS, TOPICS, current_model, free_port

pytestmark = pytest.mark.e2e

TOKEN = "anna-e2e-token-0123456789"
BOB_TOKEN = "bob-e2e-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
BOB = {"Authorization": f"Bearer {BOB_TOKEN}"}


@pytest.fixture(scope="module")
def admin_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """Actions, Rasa and the web service sharing a temporary copy of the channel data and history."""
    data = tmp_path_factory.mktemp("channels")
    shutil.copy(CHANNELS, data / "channels.yml")
    shutil.copy(TOPICS, data / "topics.yml")
    running = Stack(
        rasa_bin=ROOT / ".venv-rasa" / "bin" / "rasa",
        model=current_model(),
        rasa_port=free_port(),
        actions_port=free_port(),
        web_port=free_port(),
        extra_env={
            "HULPWIJZER_CHANNELS_PATH": str(data / "channels.yml"),
            "HULPWIJZER_TOPICS_PATH": str(data / "topics.yml"),
            "HULPWIJZER_HISTORY_URL": f"sqlite:///{data / 'history.sqlite'}",
        },
    )
    try:
        running.start_actions()
        running.start_rasa()
        running.start_web({"HULPWIJZER_ADMIN_TOKENS": json.dumps({"anna": TOKEN, "bob": BOB_TOKEN})})
        running.wait_ready(240)
        yield running
    finally:
        running.stop()


def csg_card_phone(stack: Stack) -> str:
    """The first CSG number in the chat reply to 'ik wil met iemand praten, ik ben 19' (CSG is the
    first card: past 18 the Kindertelefoon is left out)."""
    response = httpx.post(
        f"{stack.web_url}/api/chat",
        json={"session_id": uuid.uuid4().hex, "message": "ik wil met iemand praten, ik ben 19"},
        timeout=30,
    )
    assert response.status_code == 200
    cards = [card for message in response.json()["messages"] for card in message["cards"]]
    assert cards and cards[0]["id"] == "csg", cards
    return str(cards[0]["phones"][0]["display"])


def crisis_csg_phone(stack: Stack) -> str:
    """The first CSG number in the fixed crisis answer to 'ik ben verkracht' (no action involved)."""
    response = httpx.post(
        f"{stack.web_url}/api/chat",
        json={"session_id": uuid.uuid4().hex, "message": "ik ben verkracht"},
        timeout=30,
    )
    assert response.status_code == 200
    cards = [card for message in response.json()["messages"] for card in message["cards"]]
    assert [card["id"] for card in cards][:1] == ["csg"], cards
    return str(cards[0]["phones"][0]["display"])


def test_approved_crisis_change_reaches_both_answers_and_rolls_back(admin_stack: Stack) -> None:
    """anna proposes a new CSG number, bob approves it: the routing action's card and the fixed crisis
    answer both show it at once, and still after the action server stops; a rollback restores the old one."""
    web = admin_stack.web_url
    assert csg_card_phone(admin_stack) == "0800-0188"
    assert crisis_csg_phone(admin_stack) == "0800-0188"
    read = httpx.get(f"{web}/api/admin/channels/csg", headers=AUTH, timeout=10)
    assert read.status_code == 200
    channel: dict[str, Any] = read.json()["channel"]
    original = read.json()["version"]
    channel["phones"][0].update(dial="+318000199", display="0800-0199")
    proposed = httpx.put(
        f"{web}/api/admin/channels/csg",
        json=channel,
        headers={**AUTH, "If-Match": read.headers["ETag"]},
        timeout=10,
    )
    assert proposed.status_code == 202, proposed.text
    assert crisis_csg_phone(admin_stack) == "0800-0188"  # not live before the second maintainer
    number = proposed.json()["number"]
    assert (
        httpx.post(f"{web}/api/admin/proposals/{number}/approve", headers=AUTH, timeout=10).status_code == 403
    )
    approved = httpx.post(f"{web}/api/admin/proposals/{number}/approve", headers=BOB, timeout=10)
    assert approved.status_code == 200, approved.text
    assert (approved.json()["author"], approved.json()["approved_by"]) == ("anna", "bob")
    assert csg_card_phone(admin_stack) == "0800-0199"
    assert crisis_csg_phone(admin_stack) == "0800-0199"

    admin_stack.stop_one("actions")
    assert crisis_csg_phone(admin_stack) == "0800-0199"
    rolled = httpx.post(
        f"{web}/api/admin/rollback/{original}",
        json={"version": approved.json()["version"]},
        headers=AUTH,
        timeout=10,
    )
    assert rolled.status_code == 200, rolled.text
    assert crisis_csg_phone(admin_stack) == "0800-0188"
    assert Path(CHANNELS).read_text(encoding="utf-8").count("0800-0199") == 0
