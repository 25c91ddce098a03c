"""The link check against a local HTTPS server: status, redirects, missing numbers, bounded and timed."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.registry import linkcheck
from bot.registry.linkcheck import LinkReport, LinkResult, check_links, missing_phones, phone_pattern
from bot.registry.loader import parse_registry
from bot.registry.models import Phone
from tests.linkserver import LinkServer, Page, link_server, local_channels


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LinkServer]:
    """A local HTTPS server with the pages of csg set up; every other path is a page without numbers."""
    with link_server(tmp_path) as running:
        running.pages.update(
            {
                "/csg/website": Page(body="<p>Bel gratis 0800 - 0188, dag en nacht.</p>"),
                "/csg/source": Page(status=301, location="/csg/website"),
                "/csg/chat_url": Page(status=404, body="weg"),
            }
        )
        yield running


def run(server: LinkServer, **options: object) -> LinkReport:
    """Check the shipped registry with every link moved to the local server."""
    registry = parse_registry(local_channels(server.url))
    return asyncio.run(check_links(registry, verify=server.context(), **options))  # type: ignore[arg-type]


def result(report: LinkReport, channel: str, field: str) -> LinkResult:
    """The result of one channel field."""
    return next(r for r in report.results if (r.channel_id, r.field) == (channel, field))


@pytest.mark.parametrize(
    "text",
    ["Bel 0800-0188.", "bel 0800 0188", "08000188", "+31 800 0188", "+31 (0)800 0188", "tel:+318000188"],
)
def test_phone_pattern_finds_the_ways_pages_write_a_number(text: str) -> None:
    """A page that writes the number in any usual way mentions it."""
    assert phone_pattern(Phone(dial="+318000188", display="0800-0188")).search(text)


@pytest.mark.parametrize("text", ["0800-01889", "20800-0188", "0800-0189", "bel 113"])
def test_phone_pattern_ignores_other_numbers(text: str) -> None:
    """A longer or different number is not the channel's number."""
    assert phone_pattern(Phone(dial="+318000188", display="0800-0188")).search(text) is None


def test_short_code_is_found_only_whole() -> None:
    """113 is mentioned in 'bel 113' but not in '01130'."""
    phone = Phone(dial="113", display="113")
    assert phone_pattern(phone).search("bel 113 nu")
    assert phone_pattern(phone).search("01130") is None


def test_report_status_redirects_and_missing_numbers(server: LinkServer) -> None:
    """Each field gets its verdict: a page naming the number is ok, a redirect is reported with its
    target, a 404 is broken, and a page without any of the channel's numbers is phone_missing."""
    report = run(server)
    website = result(report, "csg", "website")
    assert (website.verdict, website.status, website.missing_phones) == ("ok", 200, ())
    source = result(report, "csg", "source")
    assert source.verdict == "redirected"
    assert source.redirects == (f"{server.url}/csg/website",)
    assert source.final_url == f"{server.url}/csg/website"
    chat = result(report, "csg", "chat_url")
    assert (chat.verdict, chat.status) == ("broken", 404)
    alarm = result(report, "alarmnummer", "source")
    assert (alarm.verdict, alarm.missing_phones) == ("phone_missing", ("112",))
    assert report.failed


def test_request_each_url_once(server: LinkServer) -> None:
    """Every link of the registry is reported, and each distinct URL is requested once."""
    report = run(server)
    paths = {r.url.removeprefix(server.url) for r in report.results}
    assert set(server.requested) == paths
    # Each once, except the redirect's target, which the redirected source reaches a second time.
    assert {p: server.requested.count(p) for p in paths if server.requested.count(p) != 1} == {
        "/csg/website": 2
    }


def test_parallel_requests_are_bounded(server: LinkServer) -> None:
    """With parallel=2 the server never sees more than two requests at once."""
    for path in [f"/{c}/website" for c in ("politie", "slachtofferhulp", "helpwanted", "offlimits")]:
        server.pages[path] = Page(delay=0.3)
    run(server, parallel=2)
    assert server.max_in_flight == 2


def test_slow_page_times_out(server: LinkServer) -> None:
    """A page slower than the timeout is broken with 'timeout', and the check does not wait for it."""
    server.pages["/politie/website"] = Page(delay=3.0)
    report = run(server, timeout=0.5)
    slow = result(report, "politie", "website")
    assert (slow.verdict, slow.error) == ("broken", "timeout")
    assert report.seconds < 3.0


def test_untrusted_certificate_is_broken(server: LinkServer) -> None:
    """Certificates are verified: without trusting the test certificate every link is broken (tls)."""
    registry = parse_registry(local_channels(server.url))
    report = asyncio.run(check_links(registry))
    assert {r.error for r in report.results} == {"tls"}


def test_main_prints_each_link_and_fails_on_problems(
    server: LinkServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`make channels-linkcheck` prints a line per link and a summary, and exits 1 on a broken link."""
    from bot.settings import get_settings

    channels = tmp_path / "channels.yml"
    channels.write_text(local_channels(server.url), encoding="utf-8")
    monkeypatch.setenv("HULPWIJZER_CHANNELS_PATH", str(channels))
    monkeypatch.setenv("SSL_CERT_FILE", str(server.cert))
    get_settings.cache_clear()
    try:
        assert linkcheck.main(["--timeout", "5"]) == 1
    finally:
        get_settings.cache_clear()
    out = capsys.readouterr().out
    assert f"BROKEN channel 'csg', chat_url: {server.url}/csg/chat_url (HTTP 404)" in out
    assert f"ok channel 'csg', website: {server.url}/csg/website (HTTP 200)" in out
    assert "PHONE MISSING channel 'alarmnummer', source" in out
    assert "1 broken" in out


def test_missing_phones_lists_numbers_not_on_the_page() -> None:
    """Only the numbers a page leaves out are listed."""
    registry = parse_registry(local_channels("https://127.0.0.1:1"))
    politie = registry["politie"]
    text = " ".join(p.display for p in politie.phones[:1])
    assert missing_phones(politie, text) == tuple(p.display for p in politie.phones[1:])
