"""The pages: the full-page widget at /, the neutral quick-exit page, and the API docs."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from functools import lru_cache
from pathlib import Path

import fastapi_offline
from fastapi import APIRouter
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

from bot.api.deps import SettingsDep

STATIC_DIR = Path(__file__).resolve().parent.parent.parent / "web" / "static"
# Swagger UI's files as the pinned fastapi-offline release ships them (Swagger UI 5), served at
# /docs-assets by the service itself: the docs work offline and load nothing from elsewhere.
DOCS_ASSETS = Path(fastapi_offline.__file__).resolve().parent / "static"
_QUICK_EXIT_PLACEHOLDER = "__QUICK_EXIT_URL__"
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)

router = APIRouter(prefix="", tags=["pages"])


@lru_cache(maxsize=4)
def render_index(quick_exit_url: str) -> str:
    """index.html with the configured quick-exit target on the widget's script tag."""
    page = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
    return page.replace(_QUICK_EXIT_PLACEHOLDER, html.escape(quick_exit_url, quote=True))


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def read_index(settings: SettingsDep) -> HTMLResponse:
    """The chat widget, full page."""
    return HTMLResponse(render_index(settings.quick_exit_url))


@router.get("/neutral", response_class=FileResponse, include_in_schema=False)
def read_neutral() -> FileResponse:
    """A plain weather page: a same-origin quick-exit target for tests and offline use."""
    return FileResponse(STATIC_DIR / "neutral.html", media_type="text/html")


@router.get("/console", response_class=FileResponse, include_in_schema=False)
def read_console() -> FileResponse:
    """The counsellors' console; it asks for a token before its API answers anything."""
    return FileResponse(STATIC_DIR / "console.html", media_type="text/html")


def _docs_policy(page: str) -> str:
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in _INLINE_SCRIPT.findall(page)
    )
    # Swagger UI starts with one inline script, allowed by its hash only; everything else is
    # this service's own. The widget's pages keep the strict policy without any inline script.
    return (
        f"default-src 'none'; script-src 'self' {hashes}; style-src 'self'; "
        "img-src 'self' data:; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'"
    )


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
def read_docs() -> HTMLResponse:
    """The OpenAPI docs (Swagger UI, from this service's own pinned files)."""
    page = get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="Hulpwijzer API",
        swagger_js_url="/docs-assets/swagger-ui-bundle.js",
        swagger_css_url="/docs-assets/swagger-ui.css",
        swagger_favicon_url="/docs-assets/favicon.png",
    )
    text = bytes(page.body).decode()
    return HTMLResponse(text, headers={"Content-Security-Policy": _docs_policy(text)})


@router.get("/admin", response_class=FileResponse, include_in_schema=False)
def read_admin() -> FileResponse:
    """The maintainers' page for the channel data (it works only with an admin token)."""
    return FileResponse(STATIC_DIR / "admin.html", media_type="text/html")
