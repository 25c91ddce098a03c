"""POST /api/chat: validation, forwarding to Rasa, merged cards, 429 and 503."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from bot.api.rasa_client import MESSAGE_ID_KEY
from bot.crisis import load_responses
from bot.referral import contact_card
from bot.registry import get_catalog
from tests.helpers import POLICE_CARD, POLICE_LEAD, SESSION, FakeRasa, MakeClient, TestClient, chat, free_port


def test_send_message_returns_text_buttons_and_cards(client, fake_rasa: FakeRasa) -> None:
    """The bot's messages come back in order; a help reply shows as its lead and its cards, not the
    contact lines that text channels get."""
    response = chat(client, "ik wil aangifte doen")
    assert response.status_code == 200
    messages = response.json()["messages"]
    assert [m["text"] for m in messages] == [
        "Je kunt naar de politie, ook als je jonger bent dan 18.",
        POLICE_LEAD,
        "Wil je weten wat het verschil is tussen een melding en aangifte?",
    ]
    assert messages[1]["cards"] == [POLICE_CARD]
    assert messages[0]["cards"] == [] and messages[2]["cards"] == []
    assert messages[2]["buttons"] == [
        {"title": "Ja", "payload": "/affirm"},
        {"title": "Nee", "payload": "/deny"},
    ]


def test_send_message_forwards_session_and_trimmed_text(client, fake_rasa: FakeRasa) -> None:
    """Rasa gets the widget's session id as sender and the message without outer spaces."""
    response = chat(client, "  ik wil aangifte doen \n")
    assert response.status_code == 200
    body = fake_rasa.received[0]
    assert len(fake_rasa.received) == 1
    assert (body["sender"], body["message"]) == (SESSION, "ik wil aangifte doen")
    # Only a random id for failover between replicas: no address, no client data.
    assert list(body["metadata"]) == [MESSAGE_ID_KEY]


def test_send_message_forwards_button_payload(client, fake_rasa: FakeRasa) -> None:
    """A button payload such as /report_to_police reaches Rasa unchanged."""
    response = chat(client, "/report_to_police")
    assert response.status_code == 200
    assert fake_rasa.received[0]["message"] == "/report_to_police"


def test_send_message_accepts_1000_characters(client, fake_rasa: FakeRasa) -> None:
    """A message of exactly 1,000 characters is allowed."""
    response = chat(client, "a" * 1000)
    assert response.status_code == 200
    assert len(fake_rasa.received[0]["message"]) == 1000


@pytest.mark.parametrize(
    ("message", "detail"),
    [
        ("", "Je bericht is leeg. Typ eerst iets."),
        ("   \n\t ", "Je bericht is leeg. Typ eerst iets."),
        ("a" * 1001, "Je bericht is te lang. Je kunt maximaal 1000 tekens sturen."),
        ('/report_to_police{"last_topic": "x"}', "Dit bericht kan ik niet lezen."),
        ("/Greet", "Dit bericht kan ik niet lezen."),
    ],
)
def test_send_message_rejects_invalid_message(client, fake_rasa: FakeRasa, message: str, detail: str) -> None:
    """Empty, too long or slash-with-entities messages get 422 with a Dutch reason, not Rasa."""
    response = chat(client, message)
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "invalid_request"
    assert body["detail"].startswith(detail)
    assert body["problems"][0]["field"] == "message"
    assert fake_rasa.received == []


@pytest.mark.parametrize(
    "session_id",
    ["", "abc", "0123456789ABCDEF0123456789ABCDEF", SESSION + "0", "../../etc/passwd" + "0" * 16],
)
def test_send_message_rejects_bad_session_id(client, fake_rasa: FakeRasa, session_id: str) -> None:
    """Only a session id of the form the widget makes (32 lowercase hex) is accepted."""
    response = chat(client, "hoi", session_id=session_id)
    assert response.status_code == 422
    assert response.json()["problems"][0]["field"] == "session_id"
    assert response.json()["detail"] == "De chat is niet goed gestart. Laad de pagina opnieuw."
    assert fake_rasa.received == []


@pytest.mark.parametrize(
    "body",
    [
        {"session_id": SESSION, "message": 12},
        {"session_id": SESSION, "message": None},
        {"session_id": SESSION, "message": ["hoi"]},
        {"session_id": None, "message": "hoi"},
        {"session_id": SESSION},
        {"session_id": SESSION, "message": "hoi", "admin": True},
        ["hoi"],
        "hoi",
    ],
)
def test_send_message_rejects_wrong_types(client, fake_rasa: FakeRasa, body: object) -> None:
    """Wrong types, missing or unknown fields give a 422 JSON error, never a 500."""
    response = client.post("/api/chat", json=body)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"] == "invalid_request"
    assert response.json()["problems"]
    assert response.json()["detail"] in (
        "Er ging iets mis met je bericht. Probeer het opnieuw.",
        "Je bericht is leeg. Typ eerst iets.",
        "De chat is niet goed gestart. Laad de pagina opnieuw.",
    )
    assert fake_rasa.received == []


@pytest.mark.parametrize("content", [b"{not json", b"", b'{"session_id": "', b"\xff\xfe"])
def test_send_message_rejects_malformed_json(client, content: bytes) -> None:
    """A body that is not JSON gets 400 with a JSON error."""
    response = client.post("/api/chat", content=content, headers={"content-type": "application/json"})
    assert response.status_code in (400, 422)
    assert response.json()["error"] in ("bad_json", "invalid_request")
    assert response.json()["detail"]


def test_send_message_rejects_unparseable_json_with_400(client) -> None:
    """Broken JSON is a 400 'bad_json', so clients can tell it from a field error."""
    response = client.post("/api/chat", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.json() == {
        "error": "bad_json",
        "detail": "Er ging iets mis met je bericht. Probeer het opnieuw.",
        "problems": [{"field": "body", "message": "not valid JSON"}],
        "messages": [],
    }


def test_send_message_rejects_oversize_body(client, fake_rasa: FakeRasa) -> None:
    """A body over the limit gets 413 with a JSON error before anything is parsed."""
    body = b'{"session_id": "' + SESSION.encode() + b'", "message": "' + b"a" * 9000 + b'"}'
    response = client.post("/api/chat", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"] == "too_large"
    assert fake_rasa.received == []


def test_send_message_rejects_oversize_chunked_body(client, fake_rasa: FakeRasa) -> None:
    """A body without Content-Length is counted while it is read and refused over the limit."""

    def chunks() -> Iterator[bytes]:
        yield b'{"session_id": "' + SESSION.encode() + b'", "message": "'
        for _ in range(10):
            yield b"a" * 1000
        yield b'"}'

    response = client.post("/api/chat", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert fake_rasa.received == []


def test_send_message_answers_429_over_the_rate_limit(make_client: MakeClient, fake_rasa: FakeRasa) -> None:
    """The fourth message in a minute at a limit of 3 gets 429, a friendly text and Retry-After."""
    client = make_client(rate_limit_per_minute=3)
    statuses = [chat(client, f"bericht {i}").status_code for i in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = chat(client, "nog een")
    assert response.status_code == 429
    assert 1 <= int(response.headers["retry-after"]) <= 60
    body = response.json()
    assert body["error"] == "rate_limited"
    assert body["messages"][0]["text"].startswith("Je stuurt veel berichten snel achter elkaar.")
    assert "112" in body["messages"][0]["text"]
    assert len(fake_rasa.received) == 3


def test_send_message_limits_each_client_apart(make_client: MakeClient) -> None:
    """One client address at its ceiling does not block another address."""
    first = make_client(rate_limit_per_address_per_minute=1, client=("203.0.113.7", 40000))
    second = TestClient(first.app, client=("198.51.100.9", 40000))
    assert chat(first, "hoi").status_code == 200
    assert chat(first, "hoi", session_id="f" * 32).status_code == 429
    assert chat(second, "hoi").status_code == 200


def _assert_emergency_body(response: httpx.Response) -> None:
    assert response.status_code == 503
    body = response.json()
    assert body["error"] == "bot_unavailable"
    message = body["messages"][0]
    for number in ("112", "113", "0800-0188"):
        assert number in message["text"]
    # The same answer Rasa gives when the action server is down: one file, domain/crisis.yml.
    snapshot = get_catalog().snapshot()
    expected = [
        contact_card(snapshot.registry[i], True).model_dump()
        for i in ("csg", "zelfmoordpreventie", "alarmnummer")
    ]
    assert message["cards"] == expected
    assert message["text"] == load_responses()["utter_action_server_down"]["text"]


@pytest.mark.parametrize(
    "error",
    [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("cut")],
)
def test_send_message_answers_503_with_emergency_numbers_when_rasa_fails(
    client, fake_rasa: FakeRasa, error: Exception
) -> None:
    """When Rasa cannot be reached, the reply is 503 with 112, 113 and CSG from the registry."""
    fake_rasa.error = error
    _assert_emergency_body(chat(client, "hoi"))


@pytest.mark.parametrize(
    ("status", "reply"),
    [(500, []), (200, {"not": "a list"}), (200, [1]), (200, []), (200, [{"image": "x.png"}])],
)
def test_send_message_answers_503_when_rasa_answers_nonsense(
    client, fake_rasa: FakeRasa, status: int, reply: object
) -> None:
    """A Rasa error, a body that is not a list, or no message at all (no model) gives the 503."""
    fake_rasa.status = status
    fake_rasa.reply = reply  # type: ignore[assignment]
    _assert_emergency_body(chat(client, "hoi"))


def test_send_message_answers_503_when_rasa_port_is_closed(make_client: MakeClient) -> None:
    """With nothing listening at the Rasa URL (real HTTP), the widget still gets the numbers."""
    client = make_client(real_rasa=True, rasa_url=f"http://127.0.0.1:{free_port()}")
    _assert_emergency_body(chat(client, "hoi"))


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A TCP server that accepts connections and never answers: a hanging Rasa."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    server.close()


def test_send_message_answers_503_when_rasa_is_slower_than_the_timeout(
    make_client: MakeClient, silent_server: str
) -> None:
    """A Rasa that does not answer within rasa_timeout_seconds gives 503 soon after the timeout."""
    client = make_client(real_rasa=True, rasa_url=silent_server, rasa_timeout_seconds=0.3)
    started = time.monotonic()
    response = chat(client, "hoi")
    took = time.monotonic() - started
    _assert_emergency_body(response)
    assert 0.3 <= took < 2.0


def test_send_message_logs_neither_text_nor_address(
    make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    """By default no log line holds the message text or the client's address."""
    client = make_client(client=("203.0.113.77", 41000))
    with caplog.at_level(logging.DEBUG):
        assert chat(client, "geheim-zinnetje-4711").status_code == 200
    assert "chat turn" in caplog.text
    assert "geheim-zinnetje-4711" not in caplog.text
    assert "203.0.113.77" not in caplog.text


def test_send_message_logs_text_only_when_switched_on(
    make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    """log_message_text=True is the one way message text reaches the log."""
    client = make_client(log_message_text=True)
    with caplog.at_level(logging.INFO):
        assert chat(client, "geheim-zinnetje-4711").status_code == 200
    assert "geheim-zinnetje-4711" in caplog.text


def test_send_message_calls_a_wrong_type_unreadable_not_empty(client) -> None:
    """A number as message is 'could not be read', not 'your message is empty'."""
    response = client.post("/api/chat", json={"session_id": SESSION, "message": 12})
    assert response.status_code == 422
    assert response.json()["detail"] == "Er ging iets mis met je bericht. Probeer het opnieuw."


@pytest.mark.parametrize(
    "message",
    [
        "\u001c/danger_now@0.42",
        "\u001f/danger_now@0.99",
        "\u200b/danger_now@0.42",
        ' \ufeff/greet{"age": "12"}',
        "/restart",
        "/session_start",
        "/back",
        "/nlu_fallback",
        "/no_such_intent",
    ],
)
def test_send_message_refuses_commands_hidden_or_not(client, fake_rasa: FakeRasa, message: str) -> None:
    """A "/" command behind a control or format character (Rasa strips those), Rasa's own control
    intents and unknown intents are refused with 422 and the usual Dutch text, and never reach
    Rasa. (Before: the first passed to Rasa as an intent with a chosen confidence; /restart gave
    a 503 "bot down".)"""
    response = chat(client, message)
    assert response.status_code == 422
    assert response.json()["detail"] == "Dit bericht kan ik niet lezen. Typ het zonder / aan het begin."
    assert fake_rasa.received == []


def test_send_message_forwards_normalised_text(client, fake_rasa: FakeRasa) -> None:
    """Rasa gets the NFKC form without control or format characters: what was checked is sent."""
    assert chat(client, "ik\u200b wil\u0000 ａａｎｇｉｆｔｅ\tdoen").status_code == 200
    assert fake_rasa.received[0]["message"] == "ik wil aangifte doen"
    assert chat(client, "/report_to_police").status_code == 200
    assert fake_rasa.received[1]["message"] == "/report_to_police"
