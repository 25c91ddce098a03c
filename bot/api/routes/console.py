"""/api/console: counsellors chat with the bot and see why it answered; save a chat as a test story.

Console conversations get a `console-` sender id, made here, so a counsellor can only read the
trackers of console chats, never a young person's conversation.
"""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from fastapi.responses import JSONResponse
from pydantic import StringConstraints

from bot.api.auth import CounsellorDep
from bot.api.deps import RasaClientDep, SettingsDep
from bot.api.explain import last_turn, story_yaml, turns
from bot.api.rasa_client import RasaUnavailable
from bot.api.schemas import (
    SESSION_ID_PATTERN,
    ChatRequest,
    ConsoleResponse,
    CounsellorPublic,
    ErrorResponse,
)
from bot.referral import now_local

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/api/console", tags=["console"])

SENDER_PREFIX = "console-"
NO_RASA_TOKEN = (
    "De console staat uit: de webservice kan Rasa niet om uitleg vragen. "
    "Zet HULPWIJZER_RASA_TOKEN (hetzelfde token als `rasa run --enable-api --auth-token`)."
)
_RASA_DOWN = "Rasa antwoordt nu niet. Probeer het zo opnieuw."
_NO_TURNS = "Er is nog geen gesprek om te bewaren. Stuur eerst een bericht."


def _rasa_token(settings: SettingsDep) -> str:
    if settings.rasa_token is None:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, detail=NO_RASA_TOKEN)
    return settings.rasa_token.get_secret_value()


RasaTokenDep = Annotated[str, Depends(_rasa_token)]
SessionId = Annotated[str, StringConstraints(pattern=SESSION_ID_PATTERN)]
StoryName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]

_ERRORS: dict[int | str, dict[str, object]] = {
    status.HTTP_401_UNAUTHORIZED: {"description": "No or a wrong token"},
    status.HTTP_404_NOT_FOUND: {"description": "No counsellor or maintainer tokens: console off"},
    status.HTTP_503_SERVICE_UNAVAILABLE: {
        "model": ErrorResponse,
        "description": "Rasa is down, or the web service has no Rasa token",
    },
}


def _unavailable(exc: RasaUnavailable) -> JSONResponse:
    logger.warning("console: rasa unavailable (%s)", exc)
    body = ErrorResponse(error="bot_unavailable", detail=_RASA_DOWN)
    return JSONResponse(status_code=status.HTTP_503_SERVICE_UNAVAILABLE, content=body.model_dump())


@router.get("/me", response_model=CounsellorPublic, responses=_ERRORS)
def read_counsellor(name: CounsellorDep, _: RasaTokenDep) -> CounsellorPublic:
    """The name that belongs to the token, when the console can explain turns."""
    return CounsellorPublic(name=name)


@router.post("/chat", response_model=ConsoleResponse, responses=_ERRORS)
async def send_console_message(
    chat: ChatRequest, name: CounsellorDep, token: RasaTokenDep, rasa: RasaClientDep
) -> ConsoleResponse | JSONResponse:
    """Send one message to the bot; its replies and why it gave them, from Rasa's tracker."""
    sender = SENDER_PREFIX + chat.session_id
    try:
        messages = await rasa.send(sender, chat.message)
        tracker = await rasa.tracker(sender, token)
    except RasaUnavailable as exc:
        return _unavailable(exc)
    turn = last_turn(tracker["events"])
    if turn is None:
        return _unavailable(RasaUnavailable("the tracker has no user message"))
    logger.info("console turn by %s: %d message(s)", name, len(messages))
    return ConsoleResponse(messages=messages, explain=turn.explain)


@router.get(
    "/story",
    response_class=Response,
    responses={
        **_ERRORS,
        status.HTTP_200_OK: {"content": {"text/yaml": {}}, "description": "A test story"},
        status.HTTP_409_CONFLICT: {"description": "Nothing said yet in this console session"},
    },
)
async def read_story(
    session_id: Annotated[SessionId, Query(description="The console's session id")],
    _: CounsellorDep,
    token: RasaTokenDep,
    rasa: RasaClientDep,
    story: Annotated[StoryName | None, Query(description="The story's name")] = None,
) -> Response:
    """The console conversation as a Rasa test story (YAML), to put in tests/stories/."""
    try:
        tracker = await rasa.tracker(SENDER_PREFIX + session_id, token)
    except RasaUnavailable as exc:
        return _unavailable(exc)
    conversation = turns(tracker["events"])
    if not conversation:
        raise HTTPException(status.HTTP_409_CONFLICT, detail=_NO_TURNS)
    moment = now_local()
    title = story or f"Gesprek uit de console, {moment:%Y-%m-%d %H:%M}"
    filename = f"test_console_{moment:%Y%m%d_%H%M%S}.yml"
    return Response(
        story_yaml(title, conversation),
        media_type="text/yaml; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
