"""The admin API: token checks, validated saves with Dutch field errors, history, rollback, conflicts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from bot.history.history import SqliteHistory
from tests.helpers import MakeClient
from tests.history.older_format import HOME_PAGE, older_format_text, seed_older_version

ANNA = "anna-token-0123456789abcdef"
BOB = "bob-token-0123456789abcdef"


def auth(token: str = ANNA) -> dict[str, str]:
    """The Authorization header for a token."""
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def admin(make_client: MakeClient, data_dir: Path) -> TestClient:
    """The web service with admin on (anna and bob), over a writable copy of the channel data."""
    return make_client(
        admin_tokens={"anna": ANNA, "bob": BOB},
        channels_path=data_dir / "channels.yml",
        topics_path=data_dir / "topics.yml",
        history_url=f"sqlite:///{data_dir / 'var' / 'history.sqlite'}",
    )


# Stop it Now! goes live at once; csg (a crisis number) needs a second maintainer (four eyes).
OPEN = "stopitnow"
OPEN_PHONE = "0800-266 64 36"


def read_channel(client: TestClient, channel_id: str, token: str = ANNA) -> tuple[dict[str, Any], int]:
    """The channel as the admin page gets it, and its version."""
    response = client.get(f"/api/admin/channels/{channel_id}", headers=auth(token))
    assert response.status_code == 200
    body = response.json()
    return body["channel"], body["version"]


def public_phone(client: TestClient, channel_id: str) -> str:
    """The first phone of the channel as the widget sees it."""
    response = client.get(f"/api/channels/{channel_id}")
    assert response.status_code == 200
    return str(response.json()["phones"][0]["display"])


def save_channel(
    client: TestClient, channel_id: str, channel: dict[str, Any], version: int, token: str = ANNA
) -> Any:
    """PUT the channel with the version it was based on (If-Match)."""
    return client.put(
        f"/api/admin/channels/{channel_id}", json=channel, headers={**auth(token), "If-Match": f'"{version}"'}
    )


def read_csg(client: TestClient, token: str = ANNA) -> tuple[dict[str, Any], int]:
    """The csg channel as the admin page gets it, and its version."""
    return read_channel(client, "csg", token)


def public_csg_phone(client: TestClient) -> str:
    """The first phone of csg as the widget sees it."""
    return public_phone(client, "csg")


def save_csg(client: TestClient, channel: dict[str, Any], version: int, token: str = ANNA) -> Any:
    """PUT the csg channel with the version it was based on (If-Match)."""
    return save_channel(client, "csg", channel, version, token)


NEW_PHONE = [{"dial": "+318000199", "display": "0800-0199"}]


def test_hide_admin_when_no_token_is_configured(make_client: MakeClient, data_dir: Path) -> None:
    """Without configured tokens every admin route answers 404, as if it did not exist."""
    client = make_client(channels_path=data_dir / "channels.yml", topics_path=data_dir / "topics.yml")
    for path in ("/api/admin/channels", "/api/admin/channels/csg", "/api/admin/history"):
        response = client.get(path, headers=auth())
        assert response.status_code == 404, path
    assert client.post("/api/admin/rollback/1", json={"version": 1}, headers=auth()).status_code == 404


def test_refuse_admin_without_token(admin: TestClient) -> None:
    """A request without a token gets 401 with a Bearer challenge."""
    response = admin.get("/api/admin/channels")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_refuse_admin_with_wrong_token(admin: TestClient) -> None:
    """A wrong token gets 401, also on writes, and nothing is saved."""
    channel, version = read_csg(admin)
    assert admin.get("/api/admin/channels", headers=auth("x" * 30)).status_code == 401
    response = save_csg(admin, {**channel, "phones": NEW_PHONE}, version, token="wrong-token-0123456789")
    assert response.status_code == 401
    assert public_csg_phone(admin) == "0800-0188"


def test_read_channels_with_right_token(admin: TestClient) -> None:
    """The right token lists every channel with the current version."""
    response = admin.get("/api/admin/channels", headers=auth())
    assert response.status_code == 200
    body = response.json()
    ids = [c["id"] for c in body["channels"]]
    assert "csg" in ids and "alarmnummer" in ids
    assert body["version"] == 1


def test_read_channel_with_etag(admin: TestClient) -> None:
    """One channel comes with its version in the body and as the ETag."""
    response = admin.get("/api/admin/channels/csg", headers=auth())
    assert response.status_code == 200
    assert response.headers["ETag"] == f'"{response.json()["version"]}"'
    assert response.json()["channel"]["phones"][0]["dial"] == "+318000188"


def test_read_channel_unknown_is_404(admin: TestClient) -> None:
    """A channel that does not exist is 404 with a Dutch sentence."""
    response = admin.get("/api/admin/channels/nope", headers=auth())
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


def test_update_channel_changes_public_data_at_once(admin: TestClient) -> None:
    """A save is what GET /api/channels returns right after, without a restart."""
    channel, version = read_channel(admin, OPEN)
    response = save_channel(admin, OPEN, {**channel, "phones": NEW_PHONE}, version)
    assert response.status_code == 200
    assert response.json()["version"] == version + 1
    assert [p["display"] for p in response.json()["channel"]["phones"]] == ["0800-0199"]
    assert public_phone(admin, OPEN) == "0800-0199"


def test_update_channel_accepts_version_field(admin: TestClient) -> None:
    """The version may come as a `version` field of the body instead of If-Match."""
    channel, version = read_channel(admin, OPEN)
    response = admin.put(
        f"/api/admin/channels/{OPEN}",
        json={**channel, "phones": NEW_PHONE, "version": version},
        headers=auth(),
    )
    assert response.status_code == 200
    assert public_phone(admin, OPEN) == "0800-0199"


def test_update_channel_requires_version(admin: TestClient) -> None:
    """A save without the version it edited is refused (428) and changes nothing."""
    channel, _ = read_csg(admin)
    response = admin.put("/api/admin/channels/csg", json={**channel, "phones": NEW_PHONE}, headers=auth())
    assert response.status_code == 428
    assert public_csg_phone(admin) == "0800-0188"


INVALID: list[tuple[str, dict[str, Any], str, str]] = [
    ("bad_dial", {"phones": [{"dial": "0800", "display": "0800"}]}, "phones.0.dial", "geen belbaar nummer"),
    (
        "bad_display",
        {"phones": [{"dial": "+318000199", "display": "bel ons"}]},
        "phones.0.display",
        "geen telefoonnummer",
    ),
    (
        "different_numbers",
        {"phones": [{"dial": "+318000199", "display": "0800-0188"}]},
        "phones.0",
        "verschillende nummers",
    ),
    ("http_url", {"website": "http://centrumseksueelgeweld.nl"}, "website", "https://"),
    ("bad_hours", {"hours": "altijd"}, "hours", "weekrooster"),
    ("bad_range", {"hours": {"mon": ["9-17"]}}, "hours.mon", "09:00-17:00"),
    ("overlap", {"hours": {"mon": ["09:00-13:00", "12:00-17:00"]}}, "hours.mon", "overlappen"),
    ("not_always_open", {"hours": "unknown"}, "hours", "dag en nacht"),
    ("short_description", {"description": "kort"}, "description", "minstens 10 tekens"),
    ("bad_date", {"verified_on": "gisteren"}, "verified_on", "JJJJ-MM-DD"),
    ("unknown_field", {"fax": "123"}, "fax", "bestaat niet"),
    ("id_change", {"id": "csg2"}, "id", "kan niet veranderen"),
    ("unreachable", {"phones": [], "chat_url": None, "website": None}, "(entry)", "nodig"),
]


@pytest.mark.parametrize(("case", "changes", "field", "dutch"), INVALID, ids=[c[0] for c in INVALID])
def test_update_channel_rejects_invalid_data(
    admin: TestClient, case: str, changes: dict[str, Any], field: str, dutch: str
) -> None:
    """Invalid data is 422 naming channel and field in Dutch, and the served data stays as it was."""
    channel, version = read_csg(admin)
    data = {**channel, **changes}
    data = {k: v for k, v in data.items() if v is not None}
    before = admin.get("/api/channels").json()
    response = save_csg(admin, data, version)
    assert response.status_code == 422, response.text
    problems = response.json()["problems"]
    assert any(p["channel"] == "csg" and p["field"] == field and dutch in p["message"] for p in problems), (
        problems
    )
    assert admin.get("/api/channels").json() == before
    assert read_csg(admin)[1] == version


def test_update_channel_conflicts_with_a_newer_edit(admin: TestClient) -> None:
    """Two maintainers edit the same version: the second save is 409 with the current version."""
    channel, version = read_channel(admin, OPEN)
    first = save_channel(admin, OPEN, {**channel, "phones": NEW_PHONE}, version, token=ANNA)
    assert first.status_code == 200
    second = save_channel(admin, OPEN, {**channel, "hours_note": "Bob was hier."}, version, token=BOB)
    assert second.status_code == 409
    body = second.json()
    assert body["current_version"] == first.json()["version"]
    assert body["detail"] == "Iemand anders heeft dit kanaal net veranderd. Laad opnieuw."
    assert public_phone(admin, OPEN) == "0800-0199"


def test_read_history_names_author_and_changes(admin: TestClient) -> None:
    """The history lists each save newest first, with the token's name and the changed fields."""
    channel, version = read_channel(admin, OPEN)
    saved = save_channel(admin, OPEN, {**channel, "phones": NEW_PHONE}, version, token=BOB)
    assert saved.status_code == 200
    response = admin.get("/api/admin/history", params={"channel_id": OPEN, "limit": 5}, headers=auth())
    assert response.status_code == 200
    body = response.json()
    newest = body["entries"][0]
    assert body["current_version"] == newest["version"] == saved.json()["version"]
    assert (newest["author"], newest["reason"]) == ("bob", "save")
    assert {"channel": OPEN, "field": "phones.0.dial", "old": "+318002666436", "new": "+318000199"} in newest[
        "changes"
    ]
    assert body["entries"][-1]["author"] == "file"


def test_read_version_returns_its_content(admin: TestClient) -> None:
    """A saved version comes back in full: file text and channels."""
    response = admin.get("/api/admin/history/1", headers=auth())
    assert response.status_code == 200
    body = response.json()
    assert "0800-0188" in body["content"]
    assert any(c["id"] == "csg" for c in body["channels"])
    assert admin.get("/api/admin/history/99", headers=auth()).status_code == 404


def test_rollback_restores_earlier_data_exactly(admin: TestClient, data_dir: Path) -> None:
    """Rolling back to version 1 restores its exact file text and the old public number."""
    original = (data_dir / "channels.yml").read_text(encoding="utf-8")
    channel, version = read_channel(admin, OPEN)
    saved = save_channel(admin, OPEN, {**channel, "phones": NEW_PHONE}, version)
    assert public_phone(admin, OPEN) == "0800-0199"
    current = saved.json()["version"]
    response = admin.post("/api/admin/rollback/1", json={"version": current}, headers=auth(BOB))
    assert response.status_code == 200
    assert response.json()["reason"] == "rollback"
    assert response.json()["rollback_of"] == 1
    assert response.json()["author"] == "bob"
    assert (data_dir / "channels.yml").read_text(encoding="utf-8") == original
    assert public_phone(admin, OPEN) == OPEN_PHONE


def test_rollback_conflicts_with_a_newer_version(admin: TestClient) -> None:
    """A rollback based on an old view of the history is 409 and changes nothing."""
    channel, version = read_channel(admin, OPEN)
    assert save_channel(admin, OPEN, {**channel, "phones": NEW_PHONE}, version).status_code == 200
    response = admin.post("/api/admin/rollback/1", headers={**auth(), "If-Match": f'"{version}"'})
    assert response.status_code == 409
    assert response.json()["current_version"] == version + 1
    assert public_phone(admin, OPEN) == "0800-0199"


# --- a history saved before the registry's rules became stricter ------------------------------


@pytest.fixture
def older_admin(make_client: MakeClient, data_dir: Path) -> TestClient:
    """Admin on, over a history whose version 1 today's rules refuse (see tests/history/older_format.py).

    Starting the service records today's file as version 2 on top of it."""
    history_path = data_dir / "var" / "history.sqlite"
    seed_older_version(SqliteHistory(history_path))
    return make_client(
        admin_tokens={"anna": ANNA, "bob": BOB},
        channels_path=data_dir / "channels.yml",
        topics_path=data_dir / "topics.yml",
        history_url=f"sqlite:///{history_path}",
    )


def test_older_history_lists_every_version_and_marks_the_older_one(older_admin: TestClient) -> None:
    """The service starts; the history lists both versions, version 1 marked with its problems in Dutch."""
    response = older_admin.get("/api/admin/history", headers=auth())
    assert response.status_code == 200
    body = response.json()
    assert body["current_version"] == 2
    newest, first = body["entries"]
    assert (newest["version"], newest["older_format"], newest["older_format_problems"]) == (2, False, [])
    assert {"channel": "csg", "field": "chat_hours", "old": None, "new": "unknown"} in newest["changes"]
    assert (first["version"], first["older_format"]) == (1, True)
    problems = {(p["channel"], p["field"]): p["message"] for p in first["older_format_problems"]}
    assert problems[("csg", "chat_hours")].startswith("Vul de tijden in van de chat")
    assert "voorpagina" in problems[("csg", "source")]
    csg = older_admin.get("/api/admin/history", params={"channel_id": "csg"}, headers=auth()).json()
    assert [(e["version"], e["older_format"]) for e in csg["entries"]] == [(2, False), (1, True)]


def test_older_version_is_shown_as_saved(older_admin: TestClient) -> None:
    """Version 1 comes back in full as it was saved: the exact text, its channels as raw data."""
    response = older_admin.get("/api/admin/history/1", headers=auth())
    assert response.status_code == 200
    body = response.json()
    assert body["content"] == older_format_text()
    assert body["older_format"] is True
    csg = next(c for c in body["channels"] if c["id"] == "csg")
    assert csg["source"] == HOME_PAGE
    assert "call_cost" not in csg["phones"][0]
    current = older_admin.get("/api/admin/history/2", headers=auth()).json()
    assert (current["older_format"], current["older_format_problems"]) == (False, [])


def test_rollback_to_an_older_version_is_refused_in_dutch(older_admin: TestClient, data_dir: Path) -> None:
    """A rollback to version 1 is 422 with a Dutch sentence naming the problems; nothing changes."""
    file_before = (data_dir / "channels.yml").read_text(encoding="utf-8")
    response = older_admin.post("/api/admin/rollback/1", json={"version": 2}, headers=auth())
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "older_format"
    assert body["detail"].startswith(
        "Versie 1 kan niet terug: die is opgeslagen in een ouder formaat en klopt niet met de regels van nu."
    )
    assert "Er is niets veranderd" in body["detail"]
    assert "csg, chat_hours: Vul de tijden in van de chat" in body["detail"]
    assert ("csg", "source") in {(p["channel"], p["field"]) for p in body["problems"]}
    assert (data_dir / "channels.yml").read_text(encoding="utf-8") == file_before
    history = older_admin.get("/api/admin/history", headers=auth()).json()
    assert [e["version"] for e in history["entries"]] == [2, 1]
    assert older_admin.get("/api/admin/history/1", headers=auth()).json()["content"] == older_format_text()


def test_save_works_over_an_older_history(older_admin: TestClient) -> None:
    """A maintainer saves on top of it as usual: version 3, live at once; version 1 stays listed."""
    channel, version = read_channel(older_admin, OPEN)
    assert version == 2
    saved = save_channel(older_admin, OPEN, {**channel, "phones": NEW_PHONE}, version)
    assert saved.status_code == 200
    assert saved.json()["version"] == 3
    assert public_phone(older_admin, OPEN) == "0800-0199"
    history = older_admin.get("/api/admin/history", headers=auth()).json()
    assert [(e["version"], e["older_format"]) for e in history["entries"]] == [
        (3, False),
        (2, False),
        (1, True),
    ]


def test_serve_admin_page_without_inline_code(client: TestClient) -> None:
    """/admin is served with the strict policy and holds no inline script, style or event handler."""
    response = client.get("/admin")
    assert response.status_code == 200
    assert "script-src 'self';" in response.headers["Content-Security-Policy"]
    page = response.text
    assert '<script src="/static/admin.js" defer></script>' in page
    assert "<script>" not in page and "<style" not in page and "style=" not in page
    assert re.search(r"\son[a-z]+=", page) is None
    assert '<script src="/static/admin-maintain.js" defer></script>' in page
    for name in ("admin.js", "admin-maintain.js"):
        script = client.get(f"/static/{name}").text
        assert "sessionStorage" in script
        assert (
            "innerHTML" not in script
            and "localStorage.setItem" not in script
            and "document.cookie" not in script
        )


def test_store_errors_answer_in_dutch_only_under_the_admin_api() -> None:
    """The exception handlers turn a store error into the admin page's Dutch 404 under /api/admin,
    and into a plain 500 anywhere else (where such an error is a bug, not a maintainer's mistake)."""
    from fastapi import FastAPI

    from bot.api.routes.admin import add_error_handlers
    from bot.exceptions import NotFoundError

    app = FastAPI()
    add_error_handlers(app)

    @app.get("/api/admin/thing")
    def admin_thing() -> None:
        raise NotFoundError("channel 'x'")

    @app.get("/api/other")
    def other_thing() -> None:
        raise NotFoundError("channel 'x'")

    with TestClient(app) as client:
        admin = client.get("/api/admin/thing")
        assert admin.status_code == 404
        assert admin.json()["detail"] == "Dat bestaat niet (meer)."
        other = client.get("/api/other")
        assert other.status_code == 500
        assert other.json()["error"] == "internal"


# --- four eyes: changes to 112, 113, CSG and Veilig Thuis wait for a second maintainer ----------


def propose_csg_phone(client: TestClient, token: str = ANNA) -> dict[str, Any]:
    """Save a new CSG number: the answer is 202 with the open proposal."""
    channel, version = read_csg(client, token)
    response = save_csg(client, {**channel, "phones": NEW_PHONE}, version, token=token)
    assert response.status_code == 202, response.text
    return dict(response.json())


@pytest.mark.parametrize("channel_id", ["alarmnummer", "zelfmoordpreventie", "csg", "veiligthuis"])
def test_update_four_eyes_channel_becomes_a_proposal(admin: TestClient, channel_id: str) -> None:
    """A change to a crisis channel or Veilig Thuis is 202 with a proposal; the public data is unchanged."""
    channel, version = read_channel(admin, channel_id)
    before = admin.get(f"/api/channels/{channel_id}").json()
    note = "Gecontroleerd door een tweede beheerder."
    response = save_channel(admin, channel_id, {**channel, "hours_note": note}, version)
    assert response.status_code == 202, response.text
    body = response.json()
    assert (body["channel_id"], body["status"], body["proposed_by"]) == (channel_id, "open", "anna")
    assert {
        "channel": channel_id,
        "field": "hours_note",
        "old": channel.get("hours_note"),
        "new": note,
    } in body["changes"]
    assert admin.get(f"/api/channels/{channel_id}").json() == before
    assert read_channel(admin, channel_id)[1] == version


def test_approve_proposal_puts_it_live_with_both_names(admin: TestClient) -> None:
    """A second maintainer approves: the number is live at once and the history names both."""
    proposal = propose_csg_phone(admin, ANNA)
    listed = admin.get("/api/admin/proposals", params={"status": "open"}, headers=auth(BOB))
    assert listed.status_code == 200
    assert [p["number"] for p in listed.json()["proposals"]] == [proposal["number"]]
    approved = admin.post(f"/api/admin/proposals/{proposal['number']}/approve", headers=auth(BOB))
    assert approved.status_code == 200, approved.text
    assert (approved.json()["author"], approved.json()["approved_by"]) == ("anna", "bob")
    assert public_csg_phone(admin) == "0800-0199"
    history = admin.get("/api/admin/history", params={"channel_id": "csg"}, headers=auth())
    newest = history.json()["entries"][0]
    assert (newest["author"], newest["approved_by"], newest["proposal"]) == (
        "anna",
        "bob",
        proposal["number"],
    )
    assert (
        admin.get("/api/admin/proposals", params={"status": "open"}, headers=auth()).json()["proposals"] == []
    )


def test_approve_own_proposal_is_forbidden(admin: TestClient) -> None:
    """The proposer cannot approve their own change (403, in Dutch); nothing goes live."""
    proposal = propose_csg_phone(admin, ANNA)
    response = admin.post(f"/api/admin/proposals/{proposal['number']}/approve", headers=auth(ANNA))
    assert response.status_code == 403
    assert response.json()["detail"].startswith("Je kunt je eigen voorstel niet goedkeuren")
    assert public_csg_phone(admin) == "0800-0188"


def test_single_maintainer_cannot_change_a_crisis_channel_alone(
    make_client: MakeClient, data_dir: Path
) -> None:
    """With one token (the old setup) other channels save at once; a crisis change waits for a second."""
    client = make_client(
        admin_tokens={"anna": ANNA},
        channels_path=data_dir / "channels.yml",
        topics_path=data_dir / "topics.yml",
        history_url=f"sqlite:///{data_dir / 'var' / 'history.sqlite'}",
    )
    channel, version = read_channel(client, OPEN)
    assert save_channel(client, OPEN, {**channel, "phones": NEW_PHONE}, version).status_code == 200
    proposal = propose_csg_phone(client)
    response = client.post(f"/api/admin/proposals/{proposal['number']}/approve", headers=auth())
    assert response.status_code == 403
    assert public_csg_phone(client) == "0800-0188"


def test_approve_stale_proposal_is_a_conflict(admin: TestClient) -> None:
    """Two proposals from the same version: once one is live, the other is 409 and never overwrites it."""
    first = propose_csg_phone(admin, ANNA)
    channel, version = read_csg(admin)
    second = save_csg(admin, {**channel, "hours_note": "Ander voorstel."}, version, token=BOB)
    assert second.status_code == 202
    assert admin.post(f"/api/admin/proposals/{first['number']}/approve", headers=auth(BOB)).status_code == 200
    late = admin.post(f"/api/admin/proposals/{second.json()['number']}/approve", headers=auth(ANNA))
    assert late.status_code == 409
    assert late.json()["detail"].startswith("Dit voorstel kan niet meer door")
    assert read_csg(admin)[0].get("hours_note") != "Ander voorstel."
    assert public_csg_phone(admin) == "0800-0199"


def test_reject_proposal_keeps_the_live_data(admin: TestClient) -> None:
    """A rejected proposal is closed with who rejected it; approving it afterwards is 409."""
    proposal = propose_csg_phone(admin, ANNA)
    rejected = admin.post(f"/api/admin/proposals/{proposal['number']}/reject", headers=auth(BOB))
    assert rejected.status_code == 200
    assert (rejected.json()["status"], rejected.json()["decided_by"]) == ("rejected", "bob")
    again = admin.post(f"/api/admin/proposals/{proposal['number']}/approve", headers=auth(BOB))
    assert again.status_code == 409
    assert public_csg_phone(admin) == "0800-0188"
    assert admin.get("/api/admin/proposals/99", headers=auth()).status_code == 404


# --- freshness and link check -------------------------------------------------------------------


def test_read_freshness_oldest_first_with_marks(admin: TestClient, data_dir: Path) -> None:
    """The start page's list: every channel, oldest check first, csg marked after 90 days, politie not yet."""
    from datetime import timedelta

    from bot.registry.freshness import today_in_nl
    from tests.helpers import load_yaml, write_yaml

    today = today_in_nl()
    data = load_yaml(data_dir / "channels.yml")
    ages = {"csg": 100, "politie": 150}
    for channel in data["channels"]:
        channel["verified_on"] = today - timedelta(days=ages.get(channel["id"], 3))
    write_yaml(data_dir / "channels.yml", data)
    response = admin.get("/api/admin/freshness", headers=auth())
    assert response.status_code == 200
    rows = response.json()["channels"]
    assert [r["channel_id"] for r in rows[:2]] == ["politie", "csg"]
    politie, csg = rows[0], rows[1]
    assert (politie["age_days"], politie["limit_days"], politie["stale"]) == (150, 180, False)
    assert (csg["age_days"], csg["limit_days"], csg["stale"], csg["crisis"]) == (100, 90, True, True)
    assert len(rows) == len(data["channels"])
    assert admin.get("/api/admin/freshness").status_code == 401


def test_linkcheck_reports_each_link_of_the_registry(
    make_client: MakeClient, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The admin's link check requests every registry URL on a local HTTPS server and reports each."""
    from tests.linkserver import Page, link_server, local_channels

    with link_server(tmp_path) as server:
        server.pages["/csg/website"] = Page(body="Bel 0800-0188")
        server.pages["/csg/chat_url"] = Page(status=404)
        (data_dir / "channels.yml").write_text(local_channels(server.url), encoding="utf-8")
        monkeypatch.setenv("SSL_CERT_FILE", str(server.cert))
        client = make_client(
            admin_tokens={"anna": ANNA},
            channels_path=data_dir / "channels.yml",
            topics_path=data_dir / "topics.yml",
            history_url=f"sqlite:///{data_dir / 'var' / 'history.sqlite'}",
        )
        assert client.post("/api/admin/linkcheck").status_code == 401
        response = client.post("/api/admin/linkcheck", headers=auth())
    assert response.status_code == 200, response.text
    body = response.json()
    results = {(r["channel_id"], r["field"]): r for r in body["results"]}
    assert results[("csg", "website")]["verdict"] == "ok"
    assert (results[("csg", "chat_url")]["verdict"], results[("csg", "chat_url")]["status"]) == (
        "broken",
        404,
    )
    assert results[("alarmnummer", "source")]["missing_phones"] == ["112"]
    assert body["counts"]["broken"] == 1
    assert sum(body["counts"].values()) == len(body["results"])


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "<img src=x onerror=alert(1)>"),
        ("description", "Bel ons <script>alert(1)</script> gerust, dag en nacht bereikbaar."),
        ("source_title", "&lt;b&gt;bron&lt;/b&gt;"),
    ],
)
def test_markup_in_a_plain_text_field_is_refused_through_the_api(
    admin: TestClient, field: str, value: str
) -> None:
    """Through the admin API, markup in a plain-text field gets a 422 naming the field, in Dutch,
    and nothing is stored: /api/channels still serves the old text."""
    channel, version = read_channel(admin, OPEN)
    before = admin.get(f"/api/channels/{OPEN}").json()
    response = save_channel(admin, OPEN, {**channel, field: value}, version)
    assert response.status_code == 422, response.text
    problems = response.json()["problems"]
    assert any(p["field"] == field for p in problems), problems
    messages = [p["message"] for p in problems if p["field"] == field]
    assert any("zonder HTML of andere opmaak" in m for m in messages), messages
    assert admin.get(f"/api/channels/{OPEN}").json() == before
