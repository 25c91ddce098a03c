"""/console and /api/console: auth, the explanation read from Rasa's tracker, the test story."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import yaml

from bot.api.explain import last_turn, story_yaml, turns
from bot.api.routes.console import NO_RASA_TOKEN
from bot.api.routes.pages import STATIC_DIR
from tests.helpers import (
    POLICE_CARD,
    POLICE_LEAD,
    POLICE_REPLY,
    SESSION,
    FakeRasa,
    MakeClient,
    TestClient,
)

RASA_TOKEN = "rasa-token-0123456789abcdef"
COUNSELLOR = "counsellor-token-0123456789"
MAINTAINER = "maintainer-token-0123456789"
SENDER = f"console-{SESSION}"


def _user(text: str, intent: str, confidence: float, ranking: list[tuple[str, float]]) -> dict[str, Any]:
    return {
        "event": "user",
        "timestamp": 1700000000.0,
        "text": text,
        "parse_data": {
            "intent": {"name": intent, "confidence": confidence},
            "entities": [],
            "text": text,
            "message_id": "m1",
            "metadata": {},
            "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking],
        },
        "input_channel": "rest",
        "message_id": "m1",
        "metadata": {},
    }


def _action(name: str) -> dict[str, Any]:
    return {
        "event": "action",
        "timestamp": 1700000000.0,
        "name": name,
        "policy": "RulePolicy",
        "confidence": 1.0,
    }


def _bot(text: str | None, custom: dict[str, Any] | None = None) -> dict[str, Any]:
    data = {"elements": None, "quick_replies": None, "buttons": None, "attachment": None, "image": None}
    return {"event": "bot", "timestamp": 1700000000.0, "text": text, "data": {**data, "custom": custom}}


# A tracker as Rasa 3.6 returns it after "hoi" and "ik wil aangifte doen" (abridged texts).
TRACKER_EVENTS: list[dict[str, Any]] = [
    _action("action_session_start"),
    {"event": "session_started", "timestamp": 1700000000.0},
    _action("action_listen"),
    _user("hoi", "greet", 0.998, [("greet", 0.998), ("thanks", 0.001), ("goodbye", 0.0005)]),
    _action("utter_greet"),
    _bot("Hoi! Ik ben een chatbot, geen mens."),
    _action("action_listen"),
    _user(
        "ik wil aangifte doen",
        "report_to_police",
        0.93,
        [("report_to_police", 0.93), ("report_illegal_content", 0.04), ("ask_melding_vs_aangifte", 0.02)],
    ),
    _action("utter_topic_report_to_police"),
    _bot("Je kunt naar de politie, ook als je jonger bent dan 18."),
    _action("action_send_channels"),
    _bot(
        "• Politie: bel 0900-8844 (geen spoed)",
        {"help_reply": {"version": 1, "topic": "report_to_police", "lead": None, "cards": [POLICE_CARD]}},
    ),
    {"event": "slot", "timestamp": 1700000000.0, "name": "offer", "value": "ask_melding_vs_aangifte"},
    _action("utter_offer_ask_melding_vs_aangifte"),
    _bot("Wil je weten wat het verschil is tussen een melding en aangifte?"),
    _action("action_listen"),
]


@dataclass
class ConsoleRasa(FakeRasa):
    """A fake Rasa that also serves the tracker of the HTTP API, with its token check."""

    events: list[dict[str, Any]] = field(default_factory=lambda: copy.deepcopy(TRACKER_EVENTS))
    tracker_calls: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        match = re.fullmatch(r"/conversations/([^/]+)/tracker", request.url.path)
        if match is None:
            return super().__call__(request)
        self.tracker_calls.append(request)
        if request.url.params.get("token") != RASA_TOKEN:
            return httpx.Response(401, json={"status": "failure", "reason": "NotAuthenticated"})
        return httpx.Response(200, json={"sender_id": match.group(1), "events": self.events})


@pytest.fixture
def fake_rasa() -> ConsoleRasa:
    """The fake Rasa with a tracker, used by make_client from tests/api/conftest.py."""
    return ConsoleRasa(reply=list(POLICE_REPLY))


@pytest.fixture
def console(make_client: MakeClient) -> TestClient:
    """The web service with a counsellor, a maintainer and a Rasa token."""
    return make_client(
        counsellor_tokens={"sanne": COUNSELLOR},
        admin_tokens={"anna": MAINTAINER},
        rasa_token=RASA_TOKEN,
    )


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _chat(client: TestClient, message: str, token: str = COUNSELLOR) -> httpx.Response:
    return client.post(
        "/api/console/chat", json={"session_id": SESSION, "message": message}, headers=_auth(token)
    )


def test_read_console_serves_the_page_without_a_token(client: TestClient) -> None:
    """/console loads for anyone (the page asks for a token) with the strict CSP."""
    response = client.get("/console")
    assert response.status_code == 200
    assert '<script src="/static/console.js" defer></script>' in response.text
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_console_api_is_404_when_no_tokens_are_configured(make_client: MakeClient) -> None:
    """Without counsellor or maintainer tokens the console API does not exist."""
    off = make_client(rasa_token=RASA_TOKEN)
    assert off.get("/api/console/me", headers=_auth(COUNSELLOR)).status_code == 404
    assert _chat(off, "hoi").status_code == 404


@pytest.mark.parametrize("headers", [{}, _auth("wrong-token-0123456789"), {"Authorization": COUNSELLOR}])
def test_console_api_rejects_missing_or_wrong_token(
    console: TestClient, fake_rasa: ConsoleRasa, headers: dict[str, str]
) -> None:
    """A missing, wrong or non-bearer token gets 401 and nothing reaches Rasa."""
    response = console.post(
        "/api/console/chat", json={"session_id": SESSION, "message": "hoi"}, headers=headers
    )
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    story = console.get("/api/console/story", params={"session_id": SESSION}, headers=headers)
    assert story.status_code == 401
    assert fake_rasa.received == [] and fake_rasa.tracker_calls == []


@pytest.mark.parametrize(("token", "name"), [(COUNSELLOR, "sanne"), (MAINTAINER, "anna")])
def test_read_counsellor_names_the_token_owner(console: TestClient, token: str, name: str) -> None:
    """A counsellor's and a maintainer's token both open the console, under their own name."""
    response = console.get("/api/console/me", headers=_auth(token))
    assert response.status_code == 200
    assert response.json() == {"name": name}


def test_console_api_is_503_without_rasa_token(make_client: MakeClient, fake_rasa: ConsoleRasa) -> None:
    """Without HULPWIJZER_RASA_TOKEN the console says why it cannot explain, and sends nothing."""
    no_token = make_client(counsellor_tokens={"sanne": COUNSELLOR})
    for response in (
        no_token.get("/api/console/me", headers=_auth(COUNSELLOR)),
        _chat(no_token, "hoi"),
        no_token.get("/api/console/story", params={"session_id": SESSION}, headers=_auth(COUNSELLOR)),
    ):
        assert response.status_code == 503
        assert response.json()["detail"] == NO_RASA_TOKEN
    assert fake_rasa.received == []


def test_send_console_message_explains_the_turn(console: TestClient, fake_rasa: ConsoleRasa) -> None:
    """The reply holds the widget's messages and the last turn's intent, rivals, actions and channels."""
    response = _chat(console, "ik wil aangifte doen")
    assert response.status_code == 200
    body = response.json()
    assert [m["text"] for m in body["messages"]] == [
        "Je kunt naar de politie, ook als je jonger bent dan 18.",
        POLICE_LEAD,
        "Wil je weten wat het verschil is tussen een melding en aangifte?",
    ]
    assert [c["id"] for c in body["messages"][1]["cards"]] == ["politie"]
    assert body["explain"] == {
        "intent": "report_to_police",
        "confidence": 0.93,
        "alternatives": [
            {"intent": "report_illegal_content", "confidence": 0.04},
            {"intent": "ask_melding_vs_aangifte", "confidence": 0.02},
        ],
        "actions": [
            "utter_topic_report_to_police",
            "action_send_channels",
            "utter_offer_ask_melding_vs_aangifte",
        ],
        "channels": ["politie"],
        "safety": None,
    }


def test_send_console_message_uses_console_sender_and_rasa_token(
    console: TestClient, fake_rasa: ConsoleRasa
) -> None:
    """Rasa sees a console- sender (never a widget session) and the tracker is read with the token."""
    assert _chat(console, "hoi").status_code == 200
    assert [(r["sender"], r["message"]) for r in fake_rasa.received] == [(SENDER, "hoi")]
    (call,) = fake_rasa.tracker_calls
    assert call.url.path == f"/conversations/{SENDER}/tracker"
    assert call.url.params["token"] == RASA_TOKEN


def test_send_console_message_returns_503_when_rasa_refuses_the_token(
    make_client: MakeClient, fake_rasa: ConsoleRasa
) -> None:
    """A Rasa token that Rasa does not accept is a 503 whose body does not leak the token."""
    wrong = make_client(counsellor_tokens={"sanne": COUNSELLOR}, rasa_token="not-the-rasa-token-123")
    response = _chat(wrong, "hoi")
    assert response.status_code == 503
    assert response.json()["error"] == "bot_unavailable"
    assert "not-the-rasa-token" not in response.text


def test_explain_keeps_crisis_override_and_short_rankings() -> None:
    """A crisis intent set over the ranking is not its own alternative; a button has no rivals."""
    events = [
        _user(
            "ik wil dood",
            "suicidal_thoughts",
            1.0,
            [("feel_bad_need_to_talk", 0.6), ("suicidal_thoughts", 0.3), ("deny", 0.05)],
        ),
        _action("utter_crisis_suicide"),
        _action("action_listen"),
        # A session that expired between two messages starts again; that is Rasa's bookkeeping.
        _action("action_session_start"),
        {"event": "session_started", "timestamp": 1700000000.0},
        _action("action_listen"),
        _user("/affirm", "affirm", 1.0, [("affirm", 1.0)]),
        _action("action_send_channels"),
        _bot(
            "• ...",
            {
                "help_reply": {
                    "version": 1,
                    "topic": "feel_bad_need_to_talk",
                    "cards": [{**POLICE_CARD, "id": "csg"}, {**POLICE_CARD, "id": "113"}],
                }
            },
        ),
        # A payload outside the contract names no channel.
        _bot(None, {"channels": [{"id": "politie"}]}),
        _action("action_listen"),
    ]
    first, second = turns(events)
    assert [(a.intent, a.confidence) for a in first.explain.alternatives] == [
        ("feel_bad_need_to_talk", 0.6),
        ("deny", 0.05),
    ]
    assert first.explain.actions == ["utter_crisis_suicide"]
    assert second.explain.alternatives == []
    assert second.explain.actions == ["action_send_channels"]
    assert second.explain.channels == ["csg", "113"]
    assert last_turn(events) == second
    assert last_turn(events[:0]) is None


def test_read_story_writes_two_turns_as_a_test_story(console: TestClient) -> None:
    """The story has both messages with their intents and every action but Rasa's bookkeeping."""
    response = console.get(
        "/api/console/story",
        params={"session_id": SESSION, "story": "Zegt hoi en wil naar de politie"},
        headers=_auth(COUNSELLOR),
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/yaml")
    assert re.fullmatch(
        r'attachment; filename="test_console_\d{8}_\d{6}\.yml"', response.headers["content-disposition"]
    )
    assert yaml.safe_load(response.text) == {
        "version": "3.1",
        "stories": [
            {
                "story": "Zegt hoi en wil naar de politie",
                "steps": [
                    {"user": "hoi\n", "intent": "greet"},
                    {"action": "utter_greet"},
                    {"user": "ik wil aangifte doen\n", "intent": "report_to_police"},
                    {"action": "utter_topic_report_to_police"},
                    {"action": "action_send_channels"},
                    {"action": "utter_offer_ask_melding_vs_aangifte"},
                ],
            }
        ],
    }
    # Written like the hand-made stories in tests/stories/, so counsellors can paste it in.
    assert (
        "      - user: |\n          hoi\n        intent: greet\n      - action: utter_greet\n"
        in response.text
    )


def test_read_story_returns_409_before_anything_was_said(console: TestClient, fake_rasa: ConsoleRasa) -> None:
    """A session without a user message has no story to save."""
    fake_rasa.events = TRACKER_EVENTS[:3]
    response = console.get("/api/console/story", params={"session_id": SESSION}, headers=_auth(COUNSELLOR))
    assert response.status_code == 409
    assert "nog geen gesprek" in response.json()["detail"]


def test_read_story_rejects_a_foreign_session_id(console: TestClient, fake_rasa: ConsoleRasa) -> None:
    """Only a console session id (32 hex) is accepted; it cannot name another conversation."""
    response = console.get("/api/console/story", params={"session_id": "../x"}, headers=_auth(COUNSELLOR))
    assert response.status_code == 422
    assert fake_rasa.tracker_calls == []


def test_story_yaml_keeps_awkward_text_exact() -> None:
    """Quotes, colons, a leading slash and trailing spaces survive the round trip through YAML."""
    text = 'ja: "echt" #niet   '
    story = story_yaml("Vreemde tekens: # en '", turns([_user(text, "affirm", 0.9, []), _action("utter_x")]))
    loaded = yaml.safe_load(story)
    assert loaded["stories"][0]["story"] == "Vreemde tekens: # en '"
    assert loaded["stories"][0]["steps"][0] == {"user": text + "\n", "intent": "affirm"}


@pytest.mark.parametrize("name", ["console.html", "console.js", "console.css"])
def test_console_files_load_nothing_from_other_origins(name: str) -> None:
    """The console's own files name no other origin (the CSP would block it anyway)."""
    text = (STATIC_DIR / name).read_text(encoding="utf-8")
    assert re.findall(r"(?:https?:)?//[\w.-]+\.\w+", text) == []


def test_explain_says_why_the_safety_layer_decided() -> None:
    """The console shows the safety reason, the crisis probability and the classifier's own first guess."""
    user = _user("ik sta op het dak, doei", "danger_now", 1.0, [("goodbye", 0.99)])
    user["parse_data"]["crisis_scores"] = {
        "danger_now": 0.31,
        "suicidal_thoughts": 0.1,
        "sexual_violence": 0.0,
    }
    user["parse_data"]["safety"] = {
        "decision": "danger_now",
        "reason": "concept",
        "classifier": {"name": "goodbye", "confidence": 0.99},
    }
    (turn,) = turns([user, _action("utter_crisis_danger"), _action("action_listen")])
    assert (
        turn.explain.safety
        == "crisis herkend aan de woorden · crisis-kans 41% · intentherkenning zelf: goodbye 99.0%"
    )
    (plain,) = turns([_user("hoi", "greet", 0.99, []), _action("utter_greet")])
    assert plain.explain.safety is None
