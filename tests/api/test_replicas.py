"""Several Rasa replicas behind the web service: which replica a session uses, and failover."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Callable

import httpx
import pytest

from bot.api.rasa_client import (
    DOWN_SECONDS,
    MESSAGE_ID_KEY,
    RasaClient,
    RasaUnavailable,
    parse_replicas,
    replica_order,
)

A, B, C = "http://rasa-a:5005", "http://rasa-b:5005", "http://rasa-c:5005"
TOKEN = "t" * 32
REPLY = [{"text": "Hoi! Waar kan ik je mee helpen?"}]


def test_parse_replicas_splits_trims_and_drops_repeats() -> None:
    """A comma-separated HULPWIJZER_RASA_URL; trailing slashes and doubles do not count."""
    assert parse_replicas(f" {A}/ , {B},{A} ,") == [A, B]
    with pytest.raises(ValueError):
        parse_replicas(" , ")


def test_replica_order_is_stable_and_spreads_sessions() -> None:
    """The same session always gets the same order; 3 replicas each take about a third."""
    sessions = [f"session-{i}" for i in range(3000)]
    first = Counter(replica_order([A, B, C], s)[0] for s in sessions)
    assert all(800 < first[r] < 1200 for r in (A, B, C)), first
    assert all(replica_order([A, B, C], s) == replica_order([C, A, B], s) for s in sessions[:50])


def test_removing_a_replica_moves_only_its_own_sessions() -> None:
    """Rendezvous hashing: sessions of the replicas that stay keep their replica."""
    for i in range(1000):
        before = replica_order([A, B, C], f"s{i}")
        after = replica_order([A, B], f"s{i}")
        if before[0] != C:
            assert after[0] == before[0]
        else:
            assert after[0] == before[1]


def _client(handler: Callable[[httpx.Request], httpx.Response], token: str | None = None) -> RasaClient:
    return RasaClient(
        f"{A},{B}", "http://actions:5055", timeout=2, transport=httpx.MockTransport(handler), token=token
    )


def _session_on(replica: str) -> str:
    return next(f"s{i}" for i in range(100) if replica_order([A, B], f"s{i}")[0] == replica)


def _send(client: RasaClient, session: str, text: str = "hoi") -> list[str | None]:
    async def go() -> list[str | None]:
        try:
            return [m.text for m in await client.send(session, text)]
        finally:
            await client.aclose()

    return asyncio.run(go())


def test_a_session_stays_on_its_replica_and_carries_a_message_id() -> None:
    """Every turn goes to the first replica of the session, with a fresh id in the metadata."""
    seen: list[tuple[str, dict]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(
            (f"{request.url.scheme}://{request.url.host}:{request.url.port}", json.loads(request.content))
        )
        return httpx.Response(200, json=REPLY)

    session = _session_on(B)
    assert _send(_client(handler), session) == ["Hoi! Waar kan ik je mee helpen?"]
    assert [host for host, _ in seen] == [B]
    body = seen[0][1]
    assert body["sender"] == session and body["message"] == "hoi"
    assert len(body["metadata"][MESSAGE_ID_KEY]) == 32


@pytest.mark.parametrize(
    "down",
    [
        lambda request: (_ for _ in ()).throw(httpx.ConnectError("refused", request=request)),
        lambda request: httpx.Response(503),
        lambda request: httpx.Response(502),
    ],
    ids=["refused", "503", "502"],
)
def test_a_replica_that_is_down_hands_the_session_to_the_next(down) -> None:
    """The message never reached the dead replica, so the next one takes it, once."""
    hosts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        if request.url.host == "rasa-a":
            return down(request)
        return httpx.Response(200, json=REPLY)

    assert _send(_client(handler), _session_on(A)) == ["Hoi! Waar kan ik je mee helpen?"]
    assert hosts == ["rasa-a", "rasa-b"]


def test_all_replicas_down_is_unavailable() -> None:
    """No replica answers: the chat route turns this into the 503 with the 24/7 numbers."""

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(RasaUnavailable, match="ConnectError"):
        _send(_client(handler), "s1")


def test_a_slow_replica_is_not_asked_twice() -> None:
    """A read timeout may mean Rasa is still busy with the turn: no second replica gets it."""
    hosts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(RasaUnavailable, match="ReadTimeout"):
        _send(_client(handler, token=TOKEN), _session_on(A))
    assert hosts == ["rasa-a"]


def test_a_turn_cut_off_without_the_api_token_is_not_sent_again() -> None:
    """Without Rasa's API the turn cannot be checked, so it is not risked twice."""
    hosts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        raise httpx.RemoteProtocolError("server disconnected", request=request)

    with pytest.raises(RasaUnavailable):
        _send(_client(handler), _session_on(A))
    assert hosts == ["rasa-a"]


def _cut_off_on_a(tracker_events: Callable[[str], list[dict]]) -> tuple[RasaClient, list[str]]:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(f"{request.method} {request.url.host}{request.url.path}")
        if request.url.host == "rasa-a":
            sent_ids.append(json.loads(request.content)["metadata"][MESSAGE_ID_KEY])
            raise httpx.RemoteProtocolError("server disconnected", request=request)
        if request.method == "GET":
            assert request.url.params["token"] == TOKEN
            return httpx.Response(200, json={"events": tracker_events(sent_ids[0])})
        return httpx.Response(200, json=[{"text": "opnieuw gestuurd"}])

    sent_ids: list[str] = []
    return _client(handler, token=TOKEN), calls


def test_a_cut_off_turn_that_was_saved_is_answered_from_the_tracker() -> None:
    """The dying replica saved the turn: its replies come from the shared store, not a second run."""

    def events(message_id: str) -> list[dict]:
        return [
            {"event": "user", "text": "eerder", "metadata": {MESSAGE_ID_KEY: "old"}},
            {"event": "bot", "text": "oud antwoord", "data": {}},
            {"event": "user", "text": "ik wil aangifte doen", "metadata": {MESSAGE_ID_KEY: message_id}},
            {"event": "user_featurization"},
            {"event": "bot", "text": "Aangifte doe je bij de politie.", "data": {}},
            {"event": "action", "name": "action_send_channels"},
            {"event": "bot", "text": "• Politie", "data": {"custom": {"channels": []}, "buttons": None}},
            {
                "event": "bot",
                "text": "Wil je weten hoe?",
                "data": {"buttons": [{"title": "Ja", "payload": "/affirm"}]},
            },
            {"event": "action", "name": "action_listen"},
        ]

    client, calls = _cut_off_on_a(events)
    texts = _send(client, _session_on(A), "ik wil aangifte doen")
    assert texts == ["Aangifte doe je bij de politie.", "• Politie", "Wil je weten hoe?"]
    assert calls == [
        "POST rasa-a/webhooks/widget/webhook",
        f"GET rasa-b/conversations/{_session_on(A)}/tracker",
    ]


def test_a_cut_off_turn_that_was_lost_goes_to_the_next_replica_once() -> None:
    """The dying replica saved nothing: the next replica handles the turn, exactly once."""
    client, calls = _cut_off_on_a(lambda _: [{"event": "user", "text": "hoi", "metadata": {}}])
    assert _send(client, _session_on(A)) == ["opnieuw gestuurd"]
    assert calls == [
        "POST rasa-a/webhooks/widget/webhook",
        f"GET rasa-b/conversations/{_session_on(A)}/tracker",
        "POST rasa-b/webhooks/widget/webhook",
    ]


def test_health_checks_every_replica() -> None:
    """Each replica is checked on its own, next to the action server."""

    def handler_with(down: set[str]) -> Callable[[httpx.Request], httpx.Response]:
        def handler(request: httpx.Request) -> httpx.Response:
            if request.url.host in down:
                raise httpx.ConnectError("refused", request=request)
            return httpx.Response(200, json={"status": "ok"})

        return handler

    async def health(down: set[str]) -> tuple[list[bool], tuple[list[bool], bool]]:
        client = _client(handler_with(down))
        try:
            return await client.replicas_up(), await client.health()
        finally:
            await client.aclose()

    assert asyncio.run(health({"rasa-a"})) == ([False, True], ([False, True], True))
    assert asyncio.run(health({"rasa-a", "rasa-b"})) == ([False, False], ([False, False], True))


def test_turns_beyond_the_slots_wait_their_turn_in_arrival_order() -> None:
    """At most max_in_flight turns reach a replica at once; the others wait, first come first served."""
    in_flight = 0
    peak = 0
    order: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        order.append(json.loads(request.content)["message"])
        await asyncio.sleep(0.01)
        in_flight -= 1
        return httpx.Response(200, json=REPLY)

    async def go() -> list[list[str | None]]:
        client = RasaClient(
            A, "http://actions:5055", timeout=5, transport=httpx.MockTransport(handler), max_in_flight=3
        )
        try:
            tasks = []
            for i in range(12):
                tasks.append(asyncio.create_task(client.send(f"s{i}", f"m{i}")))
                await asyncio.sleep(0)  # arrive one after the other
            return [[m.text for m in r] for r in await asyncio.gather(*tasks)]
        finally:
            await client.aclose()

    replies = asyncio.run(go())
    assert len(replies) == 12 and all(r == ["Hoi! Waar kan ik je mee helpen?"] for r in replies)
    assert peak == 3
    assert order == [f"m{i}" for i in range(12)]


def test_a_turn_that_waits_longer_than_the_timeout_gets_unavailable() -> None:
    """Waiting for a slot counts against the timeout: no one waits forever."""

    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.5)
        return httpx.Response(200, json=REPLY)

    async def go() -> list[object]:
        client = RasaClient(
            A, "http://actions:5055", timeout=0.3, transport=httpx.MockTransport(handler), max_in_flight=1
        )
        try:
            return await asyncio.gather(
                client.send("s1", "a"), client.send("s2", "b"), return_exceptions=True
            )
        finally:
            await client.aclose()

    first, second = asyncio.run(go())
    # The mock transport enforces no network timeout, so the first turn completes (late).
    assert isinstance(first, list)
    assert isinstance(second, RasaUnavailable) and "busy" in str(second)


def test_a_failed_replica_is_skipped_for_a_while_then_tried_again() -> None:
    """After a refused connect, the replica's sessions go straight to the next replica for
    DOWN_SECONDS; then one turn tries it again and, when it answers, sessions return to it."""
    now = [1000.0]
    hosts: list[str] = []
    a_down = [True]

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        if request.url.host == "rasa-a" and a_down[0]:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json=REPLY)

    client = RasaClient(
        f"{A},{B}",
        "http://actions:5055",
        timeout=2,
        transport=httpx.MockTransport(handler),
        clock=lambda: now[0],
    )
    session = _session_on(A)

    async def turn() -> None:
        await client.send(session, "hoi")

    async def go() -> list[list[str]]:
        seen = []
        for advance, recovered in ((0, False), (1, False), (DOWN_SECONDS, True), (0, True)):
            now[0] += advance
            a_down[0] = not recovered
            hosts.clear()
            await turn()
            seen.append(list(hosts))
        await client.aclose()
        return seen

    assert asyncio.run(go()) == [
        ["rasa-a", "rasa-b"],  # a refuses: b takes the turn
        ["rasa-b"],  # a is skipped for a while
        ["rasa-a"],  # the while is over and a answers again
        ["rasa-a"],
    ]
