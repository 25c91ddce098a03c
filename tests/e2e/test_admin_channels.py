"""A maintainer's save reaches the next chat reply, and a rollback brings the old data back (real stack)."""

from __future__ import annotations

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
AUTH = {"Authorization": f"Bearer {TOKEN}"}


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
        running.start_web({"HULPWIJZER_ADMIN_TOKENS": f'{{"anna": "{TOKEN}"}}'})
        running.wait_ready(240)
        yield running
    finally:
        running.stop()


def csg_card_phone(stack: Stack) -> str:
    """The first CSG number in the chat reply to 'ik wil met iemand praten' (CSG is the first card)."""
    response = httpx.post(
        f"{stack.web_url}/api/chat",
        json={"session_id": uuid.uuid4().hex, "message": "ik wil met iemand praten"},
        timeout=30,
    )
    assert response.status_code == 200
    cards = [card for message in response.json()["messages"] for card in message["cards"]]
    assert cards and cards[0]["id"] == "csg", cards
    return str(cards[0]["phones"][0]["display"])


def test_update_channel_reaches_next_chat_reply_and_rolls_back(admin_stack: Stack) -> None:
    """A new CSG number saved through the API is in the next reply; rolling back restores the old one."""
    web = admin_stack.web_url
    assert csg_card_phone(admin_stack) == "0800-0188"
    read = httpx.get(f"{web}/api/admin/channels/csg", headers=AUTH, timeout=10)
    assert read.status_code == 200
    channel: dict[str, Any] = read.json()["channel"]
    original = read.json()["version"]
    channel["phones"] = [{"dial": "+318000199", "display": "0800-0199"}]
    saved = httpx.put(
        f"{web}/api/admin/channels/csg",
        json=channel,
        headers={**AUTH, "If-Match": read.headers["ETag"]},
        timeout=10,
    )
    assert saved.status_code == 200, saved.text
    assert csg_card_phone(admin_stack) == "0800-0199"
    rolled = httpx.post(
        f"{web}/api/admin/rollback/{original}",
        json={"version": saved.json()["version"]},
        headers=AUTH,
        timeout=10,
    )
    assert rolled.status_code == 200, rolled.text
    assert csg_card_phone(admin_stack) == "0800-0188"
    assert Path(CHANNELS).read_text(encoding="utf-8").count("0800-0199") == 0
