"""GET /healthz: whether Rasa and the action server answer."""

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
    """200 when Rasa and the action server both answer, else 503 naming the one that does not.

    With several Rasa replicas, one that answers is enough to chat (the others' sessions fail
    over to it); `rasa_replicas_up` shows how many answer, for monitoring.
    """
    replicas, actions_ok = await rasa.health()
    rasa_ok = any(replicas)
    if not (rasa_ok and actions_ok):
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    return HealthResponse(
        status="ok" if rasa_ok and actions_ok else "unavailable",
        rasa=_word(rasa_ok),
        actions=_word(actions_ok),
        rasa_replicas_up=f"{sum(replicas)}/{len(replicas)}",
    )
