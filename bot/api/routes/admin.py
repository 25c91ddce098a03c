"""/api/admin: maintainers read and save channels, see every version, and roll back (bearer token)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import APIRouter, Body, FastAPI, Header, Query, Request, Response, status
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from bot.api.auth import MaintainerDep
from bot.api.deps import ChannelStoreDep
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
from bot.exceptions import ConflictError, NotFoundError, Problem, RegistryError, VersionRequiredError
from bot.history.history import HistoryEntry
from bot.history.store import open_channel_store
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
_HISTORY_LIMIT = 500

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


async def _invalid(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RegistryError)
    return _error(
        status.HTTP_422_UNPROCESSABLE_CONTENT, "invalid_channel", _INVALID, problems=_problems(exc.problems)
    )


async def _conflict(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ConflictError)
    if exc.problems:
        detail = _FILE_BROKEN
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


def _entry(entry: HistoryEntry) -> HistoryEntryPublic:
    return HistoryEntryPublic(
        version=entry.number,
        saved_at=entry.saved_at,
        author=entry.author,
        reason=entry.reason,
        rollback_of=entry.rollback_of,
        changes=[
            ChangePublic(channel=c.channel, field=c.field, old=_value(c.old), new=_value(c.new))
            for c in entry.changes
        ],
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


@router.put("/channels/{channel_id}", response_model=ChannelAdmin, responses=_ERRORS)
def update_channel(
    channel_id: str,
    maintainer: MaintainerDep,
    store: ChannelStoreDep,
    response: Response,
    data: Annotated[dict[str, Any], Body(description="Every field of the channel; `version` optional")],
    if_match: IfMatch = None,
) -> ChannelAdmin:
    """Replace one channel with the data sent; 409 if someone changed it since your version."""
    fields = dict(data)
    body_version = fields.pop("version", None)
    expected = _version_from(if_match, body_version if isinstance(body_version, int) else None)
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
    """The newest versions first, with time, author, reason and changed fields."""
    _, current = store.read_all()
    entries = store.history(limit=limit, channel_id=channel_id)
    return HistoryPublic(current_version=current, entries=[_entry(e) for e in entries])


@router.get("/history/{number}", response_model=VersionContent, responses=_ERRORS)
def read_version(number: int, maintainer: MaintainerDep, store: ChannelStoreDep) -> VersionContent:
    """One saved version in full: its file text and channels."""
    version = store.version(number)
    return VersionContent(
        **_entry(version.entry).model_dump(),
        content=version.content,
        channels=_channels(version.registry),
    )


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
