"""`make channels-linkcheck` and the admin page's link check: request every URL in the registry.

Every website, chat, report form and source URL is requested once (GET, redirects followed),
with a short timeout and at most a few requests at a time. Each is reported with its status and
its redirects; a website or source page that mentions none of the channel's phone numbers is
reported too, since that is how a changed number shows. The certificates trusted are the
system's (OpenSSL's default paths, so `SSL_CERT_FILE` works as everywhere else).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import ssl
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import httpx

from bot.registry.loader import Registry, load_registry
from bot.registry.models import Channel, Phone
from bot.settings import get_settings

LINK_FIELDS = ("website", "chat_url", "report_form", "source")
# Pages that should name the channel's number: the channel's own site and the page its facts come from.
PHONE_PAGES = frozenset({"website", "source"})
TIMEOUT_SECONDS = 10.0
PARALLEL = 4
MAX_REDIRECTS = 5
# Enough for any real page's text; a bigger body is read this far.
MAX_BYTES = 2_000_000
USER_AGENT = "Hulpwijzer-linkcheck/1.0 (checks the help-channel registry)"
_SEPARATOR = r"[\s\-.\u00a0]*"

Verdict = Literal["ok", "redirected", "phone_missing", "broken"]


@dataclass(frozen=True)
class _Page:
    status: int | None
    final_url: str
    redirects: tuple[str, ...]
    text: str | None
    error: str | None


@dataclass(frozen=True)
class LinkResult:
    """One URL of one channel field: what came back, and what a maintainer should look at."""

    channel_id: str
    field: str
    url: str
    status: int | None  # the final status after redirects; None when no answer came
    final_url: str
    redirects: tuple[str, ...]  # every URL redirected to, in order
    error: str | None  # "timeout", "connect", "tls", "too many redirects", ...
    phones: tuple[str, ...] = ()  # the numbers looked for (a website or source page that answered)
    missing_phones: tuple[str, ...] = ()  # those the page does not mention

    @property
    def verdict(self) -> Verdict:
        """broken: no answer or an error status; phone_missing: the page names none of the channel's
        numbers; redirected: the page moved; else ok."""
        if self.error is not None or self.status is None or self.status >= 400:
            return "broken"
        if self.phones and len(self.missing_phones) == len(self.phones):
            return "phone_missing"
        if self.redirects:
            return "redirected"
        return "ok"


@dataclass(frozen=True)
class LinkReport:
    """Every link's result, in registry order, and how long the check took."""

    results: tuple[LinkResult, ...]
    seconds: float

    def count(self, verdict: Verdict) -> int:
        """How many links have this verdict."""
        return sum(1 for r in self.results if r.verdict == verdict)

    @property
    def failed(self) -> bool:
        """Whether a link is broken or a page no longer names the channel's number."""
        return any(r.verdict in ("broken", "phone_missing") for r in self.results)


def phone_pattern(phone: Phone) -> re.Pattern[str]:
    """The number as a page may write it: 0800-0188, 0800 0188, 08000188, +31 800 0188, tel:+318000188."""
    if phone.dial.startswith("+31"):
        rest = phone.dial[3:]
        national = _SEPARATOR.join(f"0{rest}")
        international = r"\+31" + _SEPARATOR + r"(?:\(0\)" + _SEPARATOR + ")?" + _SEPARATOR.join(rest)
        body = f"(?:{national}|{international})"
    else:
        body = phone.dial
    return re.compile(rf"(?<![\d+]){body}(?!\d)")


def missing_phones(channel: Channel, text: str) -> tuple[str, ...]:
    """The channel's numbers (as displayed) that `text` does not mention."""
    return tuple(p.display for p in channel.phones if not phone_pattern(p).search(text))


def _links(registry: Registry) -> Iterable[tuple[Channel, str, str]]:
    for channel in registry.channels.values():
        for name in LINK_FIELDS:
            url = getattr(channel, name)
            if url:
                yield channel, name, url


async def _fetch(client: httpx.AsyncClient, url: str, slots: asyncio.Semaphore) -> _Page:
    async with slots:
        try:
            async with client.stream("GET", url) as response:
                body = bytearray()
                async for chunk in response.aiter_bytes():
                    body.extend(chunk)
                    if len(body) >= MAX_BYTES:
                        break
                kind = response.headers.get("content-type", "")
                text = None
                if "html" in kind or kind.startswith("text/"):
                    text = bytes(body).decode(response.encoding or "utf-8", errors="replace")
                # Every URL the request was sent on to, ending with the one that answered.
                redirects = tuple(str(r.url) for r in response.history[1:]) + (str(response.url),)
                return _Page(
                    response.status_code, str(response.url), redirects if response.history else (), text, None
                )
        except httpx.TooManyRedirects:
            return _Page(None, url, (), None, "too many redirects")
        except httpx.TimeoutException:
            return _Page(None, url, (), None, "timeout")
        except httpx.ConnectError as exc:
            cause = exc.__cause__ or exc.__context__
            tls = isinstance(cause, ssl.SSLError) or "SSL" in str(exc) or "certificate" in str(exc)
            return _Page(None, url, (), None, "tls" if tls else "connect")
        except httpx.HTTPError as exc:
            return _Page(None, url, (), None, type(exc).__name__)


async def check_links(
    registry: Registry,
    *,
    timeout: float = TIMEOUT_SECONDS,
    parallel: int = PARALLEL,
    verify: ssl.SSLContext | None = None,
) -> LinkReport:
    """Request every registry URL once (at most `parallel` at a time) and judge each channel field."""
    started = time.monotonic()
    links = list(_links(registry))
    urls = list(dict.fromkeys(url for _, _, url in links))
    slots = asyncio.Semaphore(parallel)
    async with httpx.AsyncClient(
        timeout=httpx.Timeout(timeout),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={"User-Agent": USER_AGENT},
        verify=verify or ssl.create_default_context(),
        trust_env=False,
    ) as client:
        pages = dict(zip(urls, await asyncio.gather(*(_fetch(client, u, slots) for u in urls)), strict=True))
    results = []
    for channel, name, url in links:
        page = pages[url]
        checked = (
            name in PHONE_PAGES and page.status is not None and page.status < 400 and page.text is not None
        )
        phones = tuple(p.display for p in channel.phones) if checked else ()
        results.append(
            LinkResult(
                channel_id=channel.id,
                field=name,
                url=url,
                status=page.status,
                final_url=page.final_url,
                redirects=page.redirects,
                error=page.error,
                phones=phones,
                missing_phones=missing_phones(channel, page.text or "") if phones else (),
            )
        )
    return LinkReport(tuple(results), time.monotonic() - started)


def describe(result: LinkResult) -> str:
    """One line for a maintainer, in English (the command line speaks English)."""
    where = f"channel '{result.channel_id}', {result.field}: {result.url}"
    if result.verdict == "broken":
        return f"BROKEN {where} ({result.error or f'HTTP {result.status}'})"
    if result.verdict == "phone_missing":
        return f"PHONE MISSING {where}: the page no longer mentions {', '.join(result.missing_phones)}"
    if result.verdict == "redirected":
        return f"redirected {where} -> {result.final_url} (HTTP {result.status})"
    return f"ok {where} (HTTP {result.status})"


def main(argv: list[str] | None = None) -> int:
    """Check every link of the configured registry; 1 when a link is broken or a number is missing."""
    parser = argparse.ArgumentParser(prog="bot.registry.linkcheck", description=__doc__)
    parser.add_argument("--timeout", type=float, default=TIMEOUT_SECONDS, help="seconds per request")
    parser.add_argument("--parallel", type=int, default=PARALLEL, help="requests at a time")
    args = parser.parse_args(argv if argv is not None else [])
    registry = load_registry(get_settings().channels_path)
    report = asyncio.run(check_links(registry, timeout=args.timeout, parallel=max(1, args.parallel)))
    for result in report.results:
        print(describe(result))
    print(
        f"{len(report.results)} links in {report.seconds:.1f} s: {report.count('ok')} ok, "
        f"{report.count('redirected')} redirected, {report.count('phone_missing')} without the "
        f"channel's number, {report.count('broken')} broken"
    )
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
