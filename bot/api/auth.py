"""Named bearer tokens for maintainers (admin) and counsellors (console), compared in constant time.

No token configured means that part is off (404, as if it did not exist). A missing or wrong
token is 401. The name that belongs to the token is what the channel history records as author.
After `auth_failures_per_minute` wrong or missing tokens from one client address, that address
gets 429 for the rest of the window, even with the right token, so tokens cannot be guessed.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import SecretStr

from bot.api.deps import ClientAddressDep, RateLimiterDep, SettingsDep
from bot.api.ratelimit import RateLimiter

_bearer = HTTPBearer(auto_error=False, description="A maintainer or counsellor token from the settings")


def _match(tokens: Mapping[str, SecretStr], presented: str) -> str | None:
    """The name whose token equals `presented`; every token is compared, in constant time each."""
    found = None
    given = presented.encode()
    for name, token in tokens.items():
        if hmac.compare_digest(token.get_secret_value().encode(), given):
            found = name
    return found


async def _authenticate(
    tokens: Mapping[str, SecretStr],
    credentials: HTTPAuthorizationCredentials | None,
    limiter: RateLimiter,
    address: str,
) -> str:
    if not tokens:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Dit deel staat uit.")
    await limiter.check_login(address)
    name = _match(tokens, credentials.credentials) if credentials else None
    if name is None:
        await limiter.failed_login(address)
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Log in met een geldige sleutel (token).",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return name


Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


async def require_maintainer(
    settings: SettingsDep, credentials: Credentials, limiter: RateLimiterDep, address: ClientAddressDep
) -> str:
    """The maintainer's name for a valid admin token; 401 otherwise (429 after many), 404 when off."""
    return await _authenticate(settings.admin_tokens, credentials, limiter, address)


async def require_counsellor(
    settings: SettingsDep, credentials: Credentials, limiter: RateLimiterDep, address: ClientAddressDep
) -> str:
    """The name for a valid counsellor or maintainer token; 401 otherwise (429 after many), 404 when off."""
    return await _authenticate(
        {**settings.admin_tokens, **settings.counsellor_tokens}, credentials, limiter, address
    )


MaintainerDep = Annotated[str, Depends(require_maintainer)]
CounsellorDep = Annotated[str, Depends(require_counsellor)]
