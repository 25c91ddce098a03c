"""/api/admin: maintainers read and save channels, see every version, and roll back (bearer token).

Changes to the four-eyes channels (112, 113, CSG, Veilig Thuis) are kept as proposals that a
second maintainer approves; the freshness list and the link check help keep the facts current.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, FastAPI, Header, Query, Request, Response, status
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from bot.api.admin_schemas import (
    FreshnessPublic,
    FreshnessRow,
    LinkReportPublic,
    LinkResultPublic,
    ProposalPublic,
    ProposalsPublic,
)
from bot.api.auth import MaintainerDep
from bot.api.deps import CatalogDep, ChannelStoreDep
from bot.api.schemas import (
    AdminError,
    ChangePublic,
    ChannelAdmin,
    ChannelsAdmin,
    FieldProblem,
    HistoryEntryPublic,
    HistoryPublic,
    RollbackRequest,
    VersionContent,
)
from bot.exceptions import (
    ConflictError,
    NotFoundError,
    Problem,
    RegistryError,
    SameMaintainerError,
    VersionRequiredError,
)
from bot.history.history import Change, HistoryEntry, Proposal
from bot.history.older import OlderFormatError
from bot.history.store import FOUR_EYES_CHANNELS, open_channel_store
from bot.registry.freshness import freshness, today_in_nl
from bot.registry.linkcheck import Verdict, check_links
from bot.registry.loader import Registry
from bot.registry.messages_nl import dutch_problem
from bot.registry.models import Channel

CONFLICT = "Iemand anders heeft dit kanaal net veranderd. Laad opnieuw."
_ROLLBACK_CONFLICT = "Iemand anders heeft de kanalen net veranderd. Laad de geschiedenis opnieuw."
_FILE_BROKEN = (
    "Het bestand channels.yml is met de hand veranderd en klopt niet. Herstel of verwijder die "
    "verandering eerst; tot dan kun je hier niets opslaan."
)
_INVALID = "Niet opgeslagen: verbeter wat bij de velden staat. De bot gebruikt nog de vorige versie."
_NO_VERSION = "Niet opgeslagen: de versie die je bewerkte ontbreekt. Laad opnieuw."
_NOT_FOUND = "Dat bestaat niet (meer)."
_PROPOSAL_CONFLICT = (
    "Dit voorstel kan niet meer door: het kanaal is intussen veranderd, of iemand heeft het voorstel "
    "al afgehandeld. Laad opnieuw en maak zo nodig een nieuw voorstel."
)
_OWN_PROPOSAL = "Je kunt je eigen voorstel niet goedkeuren. Vraag een andere beheerder om het te bekijken."
_HISTORY_LIMIT = 500
# At most this many problems are named in the sentence; the response lists all of them.
_NAMED_PROBLEMS = 5

Handler = Callable[[Request, Exception], Awaitable[JSONResponse]]


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    # Record a hand edit made while the service was down, before anyone saves on top of it.
    settings = app.state.settings
    if settings.admin_tokens:
        store = open_channel_store(settings)
        await run_in_threadpool(store.sync)
        app.state.channel_store = store
    yield


router = APIRouter(prefix="/api/admin", tags=["admin"], lifespan=_lifespan)

_ERRORS: dict[int | str, dict[str, Any]] = {
    status.HTTP_401_UNAUTHORIZED: {"description": "No or a wrong token"},
    status.HTTP_403_FORBIDDEN: {"model": AdminError, "description": "Approving your own proposal"},
    status.HTTP_404_NOT_FOUND: {"model": AdminError, "description": "Admin is off, or no such item"},
    status.HTTP_409_CONFLICT: {"model": AdminError, "description": "Changed by someone else"},
    status.HTTP_422_UNPROCESSABLE_CONTENT: {"model": AdminError, "description": "Invalid channel data"},
    status.HTTP_428_PRECONDITION_REQUIRED: {"model": AdminError, "description": "No version sent"},
}

IfMatch = Annotated[str | None, Header(alias="If-Match", description='The version edited, e.g. "7"')]


def _error(code: int, error: str, detail: str, **extra: Any) -> JSONResponse:
    body = AdminError(error=error, detail=detail, **extra)
    return JSONResponse(status_code=code, content=body.model_dump(mode="json"))


def _problems(problems: list[Problem]) -> list[FieldProblem]:
    return [FieldProblem(**vars(dutch_problem(p))) for p in problems]


# The store's errors become the Dutch error bodies the admin page shows, in one place: FastAPI's
# exception handlers (add_error_handlers), not a wrapper in each route.


def _named(problems: list[FieldProblem]) -> str:
    """The problems as one Dutch phrase: channel, field and message each, the first few only."""
    parts = [
        f"{p.channel + ', ' if p.channel else ''}{p.field}: {p.message.rstrip('.')}"
        for p in problems[:_NAMED_PROBLEMS]
    ]
    more = len(problems) - len(parts)
    if more:
        parts.append(f"en nog {more} {'ander punt' if more == 1 else 'andere punten'}")
    return "; ".join(parts)


async def _invalid(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RegistryError)
    problems = _problems(exc.problems)
    if isinstance(exc, OlderFormatError):
        # A rollback to a version the rules no longer accept: the page shows only `detail`.
        detail = (
            f"Versie {exc.number} kan niet terug: die is opgeslagen in een ouder formaat en klopt niet "
            "met de regels van nu. Ze blijft in de geschiedenis staan. Er is niets veranderd; de bot "
            f"gebruikt nog de huidige versie. Wat niet klopt: {_named(problems)}. Wil je iets uit die "
            "versie terug, verander het kanaal dan in het formulier."
        )
        return _error(status.HTTP_422_UNPROCESSABLE_CONTENT, "older_format", detail, problems=problems)
    return _error(status.HTTP_422_UNPROCESSABLE_CONTENT, "invalid_channel", _INVALID, problems=problems)


async def _conflict(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ConflictError)
    if exc.problems:
        detail = _FILE_BROKEN
    elif "/proposals/" in request.url.path:
        detail = _PROPOSAL_CONFLICT
    else:
        detail = _ROLLBACK_CONFLICT if "/rollback/" in request.url.path else CONFLICT
    return _error(
        status.HTTP_409_CONFLICT,
        "conflict",
        detail,
        current_version=exc.current_version,
        problems=_problems(exc.problems),
    )


async def _not_found(_: Request, exc: Exception) -> JSONResponse:
    problem = FieldProblem(channel=None, field="", message=_NOT_FOUND, technical=str(exc))
    return _error(status.HTTP_404_NOT_FOUND, "not_found", _NOT_FOUND, problems=[problem])


async def _version_required(_: Request, exc: Exception) -> JSONResponse:
    return _error(status.HTTP_428_PRECONDITION_REQUIRED, "version_required", _NO_VERSION)


async def _own_proposal(_: Request, exc: Exception) -> JSONResponse:
    return _error(status.HTTP_403_FORBIDDEN, "same_maintainer", _OWN_PROPOSAL)


def _admin_only(handler: Handler) -> Handler:
    """The store's errors only come from /api/admin; anywhere else they are a plain server error."""

    async def handle(request: Request, exc: Exception) -> JSONResponse:
        if not request.url.path.startswith(router.prefix):
            return _error(status.HTTP_500_INTERNAL_SERVER_ERROR, "internal", "Er ging iets mis.")
        return await handler(request, exc)

    return handle


def add_error_handlers(app: FastAPI) -> None:
    """Register the admin API's error answers on the app."""
    app.add_exception_handler(RegistryError, _admin_only(_invalid))
    app.add_exception_handler(ConflictError, _admin_only(_conflict))
    app.add_exception_handler(NotFoundError, _admin_only(_not_found))
    app.add_exception_handler(VersionRequiredError, _admin_only(_version_required))
    app.add_exception_handler(SameMaintainerError, _admin_only(_own_proposal))


def _editable(channel: Channel) -> dict[str, Any]:
    data = channel.model_dump(mode="json", exclude_none=True)
    if channel.schedule is not None:
        # Only the days the maintainer wrote, as in the file.
        data["hours"] = channel.schedule.model_dump(mode="json", exclude_unset=True)
    return data


def _channels(registry: Registry) -> list[dict[str, Any]]:
    return [_editable(c) for c in registry.channels.values()]


def _value(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _changes(changes: tuple[Change, ...]) -> list[ChangePublic]:
    return [
        ChangePublic(channel=c.channel, field=c.field, old=_value(c.old), new=_value(c.new)) for c in changes
    ]


def _entry(entry: HistoryEntry, older_format: tuple[Problem, ...] = ()) -> HistoryEntryPublic:
    """The entry as the API shows it; `older_format` is what today's rules find wrong in its version."""
    return HistoryEntryPublic(
        version=entry.number,
        saved_at=entry.saved_at,
        author=entry.author,
        reason=entry.reason,
        rollback_of=entry.rollback_of,
        changes=_changes(entry.changes),
        proposal=entry.proposal,
        approved_by=entry.approved_by,
        older_format=bool(older_format),
        older_format_problems=_problems(list(older_format)),
    )


def _proposal(proposal: Proposal) -> ProposalPublic:
    return ProposalPublic(
        number=proposal.number,
        channel_id=proposal.channel_id,
        base_version=proposal.base_version,
        proposed_at=proposal.proposed_at,
        proposed_by=proposal.proposed_by,
        status=proposal.status,
        decided_at=proposal.decided_at,
        decided_by=proposal.decided_by,
        applied_version=proposal.applied_version,
        channel=json.loads(proposal.data),
        changes=_changes(proposal.changes),
    )


def _version_from(if_match: str | None, body_version: int | None) -> int:
    if body_version is not None:
        return body_version
    tag = (if_match or "").strip().removeprefix("W/").strip('"')
    if not tag.isdigit():
        raise VersionRequiredError()
    return int(tag)


@router.get("/channels", response_model=ChannelsAdmin, responses=_ERRORS)
def read_channels(maintainer: MaintainerDep, store: ChannelStoreDep) -> ChannelsAdmin:
    """Every channel as maintainers edit it, with the current version."""
    registry, version = store.read_all()
    return ChannelsAdmin(version=version, channels=_channels(registry))


@router.get("/channels/{channel_id}", response_model=ChannelAdmin, responses=_ERRORS)
def read_channel(
    channel_id: str, maintainer: MaintainerDep, store: ChannelStoreDep, response: Response
) -> ChannelAdmin:
    """One channel with the version to save against (also as the ETag header)."""
    channel, version = store.read_channel(channel_id)
    response.headers["ETag"] = f'"{version}"'
    return ChannelAdmin(channel=_editable(channel), version=version)


@router.put(
    "/channels/{channel_id}",
    response_model=ChannelAdmin,
    responses={
        **_ERRORS,
        status.HTTP_202_ACCEPTED: {
            "model": ProposalPublic,
            "description": "A four-eyes channel: kept as a proposal for a second maintainer",
        },
    },
)
def update_channel(
    channel_id: str,
    maintainer: MaintainerDep,
    store: ChannelStoreDep,
    response: Response,
    data: Annotated[dict[str, Any], Body(description="Every field of the channel; `version` optional")],
    if_match: IfMatch = None,
) -> ChannelAdmin | JSONResponse:
    """Replace one channel with the data sent (four-eyes channels: a proposal); 409 on a newer version."""
    fields = dict(data)
    body_version = fields.pop("version", None)
    expected = _version_from(if_match, body_version if isinstance(body_version, int) else None)
    if channel_id in FOUR_EYES_CHANNELS:
        proposal = store.propose(channel_id, fields, expected, maintainer)
        if proposal is not None:
            body = _proposal(proposal).model_dump(mode="json")
            return JSONResponse(status_code=status.HTTP_202_ACCEPTED, content=body)
        channel, version = store.read_channel(channel_id)
        response.headers["ETag"] = f'"{version}"'
        return ChannelAdmin(channel=_editable(channel), version=version)
    entry = store.update_channel(channel_id, fields, expected, maintainer)
    channel, _ = store.read_channel(channel_id)
    response.headers["ETag"] = f'"{entry.number}"'
    return ChannelAdmin(channel=_editable(channel), version=entry.number)


@router.get("/history", response_model=HistoryPublic, responses=_ERRORS)
def read_history(
    maintainer: MaintainerDep,
    store: ChannelStoreDep,
    channel_id: str | None = None,
    limit: Annotated[int, Query(ge=1, le=_HISTORY_LIMIT)] = 50,
) -> HistoryPublic:
    """The newest versions first, with time, author, reason and changed fields.

    Versions saved under an older format that today's rules refuse are listed as saved, marked
    `older_format` with what no longer fits.
    """
    current = store.sync().number
    entries = store.history(limit=limit, channel_id=channel_id)
    older = store.older_format(e.number for e in entries)
    return HistoryPublic(
        current_version=current, entries=[_entry(e, older.get(e.number, ())) for e in entries]
    )


@router.get("/history/{number}", response_model=VersionContent, responses=_ERRORS)
def read_version(number: int, maintainer: MaintainerDep, store: ChannelStoreDep) -> VersionContent:
    """One saved version in full: its file text and channels (as saved, for one of an older format)."""
    version = store.version(number)
    if version.older is not None:
        entry = _entry(version.entry, version.older.problems)
        channels = list(version.older.channels.values())
    else:
        assert version.registry is not None
        entry, channels = _entry(version.entry), _channels(version.registry)
    return VersionContent(**entry.model_dump(), content=version.content, channels=channels)


@router.post("/rollback/{number}", response_model=HistoryEntryPublic, responses=_ERRORS)
def rollback(
    number: int,
    maintainer: MaintainerDep,
    store: ChannelStoreDep,
    request: Annotated[RollbackRequest | None, Body()] = None,
    if_match: IfMatch = None,
) -> HistoryEntryPublic:
    """Make version `number` current again, as a new version; 409 if there is a newer one than yours."""
    expected = _version_from(if_match, request.version if request else None)
    return _entry(store.rollback(number, expected, maintainer))


@router.get("/proposals", response_model=ProposalsPublic, responses=_ERRORS)
def read_proposals(
    maintainer: MaintainerDep,
    store: ChannelStoreDep,
    status_: Annotated[Literal["open", "approved", "rejected"] | None, Query(alias="status")] = None,
    limit: Annotated[int, Query(ge=1, le=_HISTORY_LIMIT)] = 50,
) -> ProposalsPublic:
    """Changes to four-eyes channels, newest first; `status=open` for those waiting for approval."""
    return ProposalsPublic(proposals=[_proposal(p) for p in store.proposals(limit, status_)])


@router.get("/proposals/{number}", response_model=ProposalPublic, responses=_ERRORS)
def read_proposal(number: int, maintainer: MaintainerDep, store: ChannelStoreDep) -> ProposalPublic:
    """One proposal with the channel as it would go live and its changed fields."""
    return _proposal(store.proposal(number))


@router.post("/proposals/{number}/approve", response_model=HistoryEntryPublic, responses=_ERRORS)
def approve_proposal(number: int, maintainer: MaintainerDep, store: ChannelStoreDep) -> HistoryEntryPublic:
    """Put a proposal live as a new version (its proposer as author, you as approver); 403 if it is yours."""
    return _entry(store.approve(number, maintainer))


@router.post("/proposals/{number}/reject", response_model=ProposalPublic, responses=_ERRORS)
def reject_proposal(number: int, maintainer: MaintainerDep, store: ChannelStoreDep) -> ProposalPublic:
    """Close a proposal without putting it live (the proposer may withdraw it this way too)."""
    return _proposal(store.reject(number, maintainer))


@router.get("/freshness", response_model=FreshnessPublic, responses=_ERRORS)
def read_freshness(maintainer: MaintainerDep, catalog: CatalogDep) -> FreshnessPublic:
    """Every channel with the age of its checked facts, oldest first; `stale` past 90 or 180 days."""
    today = today_in_nl()
    rows = freshness(catalog.snapshot().registry, today)
    return FreshnessPublic(
        today=today,
        channels=[FreshnessRow.model_validate(r, from_attributes=True) for r in rows],
    )


@router.post("/linkcheck", response_model=LinkReportPublic, responses=_ERRORS)
async def check_registry_links(maintainer: MaintainerDep, catalog: CatalogDep) -> LinkReportPublic:
    """Request every URL of the registry now: status, redirects, and pages without the channel's number."""
    snapshot = await run_in_threadpool(catalog.snapshot)
    report = await check_links(snapshot.registry)
    verdicts: tuple[Verdict, ...] = ("ok", "redirected", "phone_missing", "broken")
    return LinkReportPublic(
        checked_at=datetime.now(timezone.utc),
        seconds=round(report.seconds, 2),
        counts={v: report.count(v) for v in verdicts},
        results=[LinkResultPublic.model_validate(r, from_attributes=True) for r in report.results],
    )
