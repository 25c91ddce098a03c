"""GET /healthz: whether Rasa and the action server answer."""

from __future__ import annotations

import pytest

from tests.helpers import FakeRasa


def test_read_health_reports_ok_when_both_answer(client) -> None:
    """200 and 'ok' for both when Rasa and the action server answer."""
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "rasa": "ok", "actions": "ok", "rasa_replicas_up": "1/1"}


@pytest.mark.parametrize("down", ["rasa", "actions"])
def test_read_health_names_the_service_that_is_down(client, fake_rasa: FakeRasa, down: str) -> None:
    """503 naming the one that does not answer."""
    fake_rasa.healthy[down] = False
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body[down] == "down"
    assert body["rasa" if down == "actions" else "actions"] == "ok"


def test_read_health_stays_ok_with_one_replica_of_two_down(make_client, fake_rasa: FakeRasa) -> None:
    """Sessions of a dead replica fail over, so the service is up; the count shows the loss."""
    fake_rasa.down_hosts = {"rasa-b"}
    client = make_client(rasa_url="http://rasa-a:5005,http://rasa-b:5005")
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "rasa": "ok", "actions": "ok", "rasa_replicas_up": "1/2"}
