"""The FastAPI app: routers, middleware, error bodies the widget can show, and the lifespan.

Run: `uvicorn bot.api.main:app --host 127.0.0.1 --port 8000 --no-access-log --no-proxy-headers`
(the service reads X-Forwarded-For itself, from HULPWIJZER_TRUSTED_PROXIES only).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.cors import CORSMiddleware

from bot.api.rasa_client import RasaClient
from bot.api.ratelimit import RateLimited, RateLimiter, TooManyFailures
from bot.api.routes import channels, chat, health, pages
from bot.api.routes.admin import add_error_handlers as add_admin_error_handlers
from bot.api.routes.admin import router as admin_router
from bot.api.routes.admin_preview import router as admin_preview_router
from bot.api.routes.console import router as console_router
from bot.api.routes.insight import router as insight_router
from bot.api.schemas import MAX_MESSAGE_LENGTH, ChatMessage, ErrorResponse, RequestProblem
from bot.api.security import BodySizeLimitMiddleware, SecurityHeadersMiddleware
from bot.registry.catalog import Catalog
from bot.settings import Settings, get_settings

logger = logging.getLogger(__name__)

_BAD_SESSION = "De chat is niet goed gestart. Laad de pagina opnieuw."
_EMPTY = "Je bericht is leeg. Typ eerst iets."
_TOO_LONG = f"Je bericht is te lang. Je kunt maximaal {MAX_MESSAGE_LENGTH} tekens sturen."
_SLASH = "Dit bericht kan ik niet lezen. Typ het zonder / aan het begin."
_UNREADABLE = "Er ging iets mis met je bericht. Probeer het opnieuw."
_RATE_LIMITED = (
    "Je stuurt veel berichten snel achter elkaar. Wacht even en probeer het dan opnieuw. "
    "Is er nu gevaar? Bel 112."
)
_TOO_MANY_FAILURES = "Te vaak een verkeerde sleutel (token). Wacht even en probeer het dan opnieuw."


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    # Uvicorn's access log holds every client's IP address; the service logs none.
    logging.getLogger("uvicorn.access").disabled = True
    # Refuse to start on channel data that never validated, rather than fail on a chat turn.
    app.state.catalog.snapshot()
    app.state.rasa = RasaClient(
        settings.rasa_url,
        settings.actions_url,
        timeout=settings.rasa_timeout_seconds,
        health_timeout=settings.health_timeout_seconds,
        token=settings.rasa_token.get_secret_value() if settings.rasa_token else None,
        max_in_flight=settings.rasa_max_in_flight,
        catalog=app.state.catalog,
    )
    try:
        yield
    finally:
        await app.state.rasa.aclose()


def _field(loc: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in loc if p != "body") or "body"


def _detail(error: Any) -> str:
    field, kind = _field(tuple(error["loc"])), error["type"]
    if field == "session_id":
        return _BAD_SESSION
    if field == "message" and kind in ("missing", "string_too_short"):
        return _EMPTY
    if field == "message" and kind == "string_too_long":
        return _TOO_LONG
    if field == "message" and kind == "value_error":
        return _SLASH
    return _UNREADABLE


def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    if any(e["type"] == "json_invalid" for e in errors):
        code = status.HTTP_400_BAD_REQUEST
        body = ErrorResponse(
            error="bad_json",
            detail=_UNREADABLE,
            problems=[RequestProblem(field="body", message="not valid JSON")],
        )
    else:
        code = status.HTTP_422_UNPROCESSABLE_CONTENT
        body = ErrorResponse(
            error="invalid_request",
            detail=_detail(errors[0]) if errors else _UNREADABLE,
            problems=[RequestProblem(field=_field(tuple(e["loc"])), message=str(e["msg"])) for e in errors],
        )
    return JSONResponse(status_code=code, content=body.model_dump())


def _rate_limited(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RateLimited)
    if isinstance(exc, TooManyFailures):
        body = ErrorResponse(error="too_many_failures", detail=_TOO_MANY_FAILURES)
    else:
        body = ErrorResponse(
            error="rate_limited", detail=_RATE_LIMITED, messages=[ChatMessage(text=_RATE_LIMITED)]
        )
    return JSONResponse(
        status_code=status.HTTP_429_TOO_MANY_REQUESTS,
        content=body.model_dump(),
        headers={"Retry-After": str(exc.retry_after)},
    )


def create_app(settings: Settings | None = None) -> FastAPI:
    """The web service for `settings` (default: from the environment)."""
    settings = settings or get_settings()
    app = FastAPI(
        title="Hulpwijzer",
        summary="Chat with the Hulpwijzer bot and read its public help-channel registry.",
        version="0.1.0",
        lifespan=_lifespan,
        docs_url=None,  # served by routes/pages.py, with its own Content-Security-Policy
        redoc_url=None,
        # No request data leaves the service through OpenTelemetry, whatever the environment says.
        telemetry={"auto_configure": False, "logs": False},
    )
    # One settings object for middleware and routes alike.
    app.state.settings = settings
    app.state.catalog = Catalog(settings.channels_path, settings.topics_path)
    app.state.rate_limiter = RateLimiter.from_settings(settings)

    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(RateLimited, _rate_limited)
    add_admin_error_handlers(app)

    # Added inside out: the security headers wrap everything, also CORS and 413 answers.
    app.add_middleware(
        BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes, timeout=settings.body_timeout_seconds
    )
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.allowed_origins,
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type"],
        allow_credentials=False,
        max_age=600,
    )
    app.add_middleware(SecurityHeadersMiddleware, hsts=settings.behind_https)

    for module in (chat, channels, health, pages):
        app.include_router(module.router)
    app.include_router(admin_router)
    app.include_router(admin_preview_router)
    app.include_router(console_router)
    app.include_router(insight_router)
    app.mount("/static", StaticFiles(directory=pages.STATIC_DIR), name="static")
    # Swagger UI's own files (pinned in app.lock), so /docs loads nothing from another origin.
    app.mount("/docs-assets", StaticFiles(directory=pages.DOCS_ASSETS), name="docs-assets")
    return app


app = create_app()
