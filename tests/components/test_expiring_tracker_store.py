"""Conversations in Rasa's memory are forgotten record_exp seconds after their last message.

The store runs inside Rasa, so these checks run in the Rasa environment (.venv-rasa): the unit
part as a small script, the end-to-end part against a real `rasa run` with endpoints.yml's store.
"""

from __future__ import annotations

import subprocess
import time
import uuid

import httpx
import pytest
import yaml

from bot.settings import ROOT
from bot.tools.devstack import Stack, send
from tests.helpers import current_model, free_port

RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"
STORE = "components.expiring_tracker_store.ExpiringInMemoryTrackerStore"

UNIT = """
import asyncio
from components.expiring_tracker_store import ExpiringInMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

async def save(store, sender, text):
    tracker = DialogueStateTracker(sender, [])
    tracker.update(UserUttered(text))
    await store.save(tracker)

async def main():
    store = ExpiringInMemoryTrackerStore(Domain.empty(), record_exp=0.4, host=None)
    await save(store, "a", "hoi")
    await save(store, "b", "hoi")
    assert sorted(await store.keys()) == ["a", "b"]
    await asyncio.sleep(0.25)
    await save(store, "b", "nog eens")
    await asyncio.sleep(0.25)
    assert await store.retrieve("a") is None, "a is 0.5 s old and should be gone"
    kept = await store.retrieve("b")
    assert kept is not None and kept.latest_message.text == "nog eens"
    await asyncio.sleep(0.6)
    assert store.store == {}, "the background sweep should have dropped b without any activity"
    print("expiry ok")

asyncio.run(main())
"""


def test_store_forgets_each_conversation_after_record_exp() -> None:
    """A conversation saved again lives on; one left alone goes, also without other activity."""
    if not RASA_PYTHON.exists():
        pytest.skip("the Rasa environment is missing: make setup")
    result = subprocess.run(
        [str(RASA_PYTHON), "-c", UNIT], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "expiry ok" in result.stdout


def test_endpoints_use_the_expiring_store_for_30_minutes() -> None:
    """Both one-machine endpoint files keep conversations in memory for 30 minutes at most."""
    core = yaml.safe_load((ROOT / "domain" / "core.yml").read_text(encoding="utf-8"))
    minutes = core["session_config"]["session_expiration_time"]
    for name in ("endpoints.yml", "docker/endpoints.yml"):
        store = yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))["tracker_store"]
        assert store == {"type": STORE, "record_exp": minutes * 60}, name


@pytest.mark.e2e
def test_rasa_forgets_a_conversation_after_record_exp() -> None:
    """A real Rasa server with the store (record_exp 3 s): the tracker is empty afterwards."""
    stack = Stack(
        ROOT / ".venv-rasa" / "bin" / "rasa",
        current_model(),
        rasa_port=free_port(),
        actions_port=free_port(),
        extra_endpoints={"tracker_store": {"type": STORE, "record_exp": 3}},
    )
    session = f"e2e-{uuid.uuid4().hex}"

    def user_texts() -> list[str]:
        response = httpx.get(
            f"{stack.rasa_url}/conversations/{session}/tracker",
            params={"token": stack.rasa_token},
            timeout=10,
        )
        response.raise_for_status()
        return [e["text"] for e in response.json()["events"] if e["event"] == "user"]

    try:
        stack.start(timeout=240)
        send(stack.rasa_url, session, "ik wil aangifte doen")
        assert user_texts() == ["ik wil aangifte doen"]
        time.sleep(4)
        assert user_texts() == []
    finally:
        stack.stop()
