"""GET /healthz: whether Rasa (each replica) and the action server answer as they should."""

from __future__ import annotations

from fastapi import APIRouter, Response, status

from bot.api.deps import RasaClientDep
from bot.api.schemas import HealthResponse

router = APIRouter(prefix="/healthz", tags=["health"])


def _word(ok: bool) -> str:
    return "ok" if ok else "down"


@router.get(
    "",
    response_model=HealthResponse,
    responses={status.HTTP_503_SERVICE_UNAVAILABLE: {"model": HealthResponse}},
)
async def read_health(rasa: RasaClientDep, response: Response) -> HealthResponse:
    """200 "ok" when every Rasa replica and the action server answer as they should; 200
    "degraded" when some replicas are down but another serves; else 503 naming what does not.

    An answer counts only when it is the server's own health body, not any 200 (a proxy's
    HTML page is not Rasa). `rasa_replicas_up` shows how many replicas answer, for monitoring.
    """
    replicas, actions_ok = await rasa.health()
    rasa_ok = any(replicas)
    if not (rasa_ok and actions_ok):
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
        word = "unavailable"
    else:
        word = "ok" if all(replicas) else "degraded"
    return HealthResponse(
        status=word,
        rasa=_word(rasa_ok),
        actions=_word(actions_ok),
        rasa_replicas_up=f"{sum(replicas)}/{len(replicas)}",
    )
