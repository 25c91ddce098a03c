"""Configuration of the project's services, in one place (environment variables HULPWIJZER_*)."""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent
MIN_TOKEN_LENGTH = 16
_HISTORY_SCHEMES = ("sqlite:///", "postgresql://", "postgres://")
_MAINTAINER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
_LIMIT_STORES = ("memory://", "redis://", "rediss://")


def _neutral_target(value: str) -> str:
    parts = urlsplit(value)
    same_origin = value.startswith("/") and not value.startswith("//")
    if not same_origin and (parts.scheme not in ("http", "https") or not parts.netloc):
        raise ValueError(f"'{value}' is neither an http(s) URL nor a path such as /neutral")
    return value


class Settings(BaseSettings):
    """Settings with embedded defaults, so everything runs on one machine without credentials."""

    model_config = SettingsConfigDict(env_prefix="HULPWIJZER_", extra="ignore")

    channels_path: Path = ROOT / "channels" / "channels.yml"
    topics_path: Path = ROOT / "channels" / "topics.yml"
    timezone: str = "Europe/Amsterdam"

    # The web service (bot/api): the bot's only public door.
    rasa_url: str = "http://127.0.0.1:5005"
    actions_url: str = "http://127.0.0.1:5055"
    rasa_timeout_seconds: float = Field(default=10.0, gt=0)
    # Turns in flight per Rasa replica; more wait in the web service, first come first served.
    rasa_max_in_flight: int = Field(default=8, ge=1, le=256)
    health_timeout_seconds: float = Field(default=2.0, gt=0)
    # Origins of partner sites that embed the widget, as JSON: '["https://example.nl"]'.
    allowed_origins: list[str] = []
    # Message limits (bot/api/ratelimit.py). Per conversation first: one pupil chatting at a
    # normal pace sends a message every 10 s or so. Per client address a much higher ceiling: a
    # whole class behind one school address (35 pupils, 6 a minute each = 210) stays far below
    # it, one client flooding with new sessions does not.
    rate_limit_per_minute: int = Field(default=20, ge=1)
    rate_limit_per_address_per_minute: int = Field(default=600, ge=1)
    # Wrong admin or console tokens per client address in the same window; then 429.
    auth_failures_per_minute: int = Field(default=10, ge=1)
    rate_limit_window_seconds: int = Field(default=60, ge=1)
    # Where the counts live: memory:// in this process (one machine), or a redis:// URL that
    # several web processes share (scale mode; then rate_limit_key is required).
    rate_limit_storage: str = "memory://"
    # Key of the keyed hash that stands for a client address or session in the counts. Unset: a
    # random key per process (enough in memory). With Redis every process needs the same key.
    rate_limit_key: SecretStr | None = None
    # Proxies in front of the service whose X-Forwarded-For is believed (addresses or networks
    # such as 10.0.0.0/8). Empty: nobody's; the client is the address the connection comes from.
    trusted_proxies: list[str] = []
    max_body_bytes: int = Field(default=8192, ge=1024)
    # A request body that has not fully arrived after this long is answered with 408.
    body_timeout_seconds: float = Field(default=10.0, gt=0)
    # The service is reached over HTTPS only (TLS ends at a proxy in front): send HSTS.
    behind_https: bool = False
    # Where "Snel weg" sends the young person: a neutral page, replacing the chat in history.
    quick_exit_url: str = "https://www.weeronline.nl"
    # Off by default: conversations stay anonymous. Only for debugging on a developer machine.
    log_message_text: bool = False
    # Token of Rasa's HTTP API (`rasa run --enable-api --auth-token`, loopback only); the console
    # reads the tracker with it to explain each turn. Unset: the console answers 503.
    rasa_token: SecretStr | None = None

    # Channel-data maintenance (bot/admin): every saved version of channels.yml is kept here.
    # SQLite on one machine; a postgresql:// URL when several machines share one history.
    history_url: str = f"sqlite:///{ROOT / 'var' / 'channel-history.sqlite'}"
    # Maintainer name -> token, as JSON: '{"anna": "..."}'. Empty: the admin part is off.
    admin_tokens: dict[str, SecretStr] = {}
    # Counsellor name -> token for the /console page (maintainers may use it too). Empty: only
    # maintainers can open the console; both empty: the console is off.
    counsellor_tokens: dict[str, SecretStr] = {}

    @field_validator("quick_exit_url")
    @classmethod
    def _quick_exit_is_a_page(cls, value: str) -> str:
        return _neutral_target(value)

    @field_validator("rasa_token")
    @classmethod
    def _long_rasa_token(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value()) < MIN_TOKEN_LENGTH:
            raise ValueError(f"the Rasa token is shorter than {MIN_TOKEN_LENGTH} characters")
        return value

    @field_validator("rate_limit_storage")
    @classmethod
    def _known_limit_store(cls, value: str) -> str:
        if not value.startswith(_LIMIT_STORES):
            raise ValueError(f"'{value}' is neither memory:// nor a redis:// URL")
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _proxy_networks(cls, value: list[str]) -> list[str]:
        for proxy in value:
            try:
                ipaddress.ip_network(proxy, strict=False)
            except ValueError:
                raise ValueError(f"trusted proxy '{proxy}' is not an IP address or network") from None
        return value

    @model_validator(mode="after")
    def _shared_limits_share_a_key(self) -> Settings:
        if self.rate_limit_storage != "memory://":
            key = self.rate_limit_key.get_secret_value() if self.rate_limit_key else ""
            if len(key) < MIN_TOKEN_LENGTH:
                raise ValueError(
                    f"rate_limit_key of at least {MIN_TOKEN_LENGTH} characters is required with "
                    "rate_limit_storage in Redis, so that every web process hashes addresses alike"
                )
        return self

    @field_validator("history_url")
    @classmethod
    def _known_history_store(cls, value: str) -> str:
        if not value.startswith(_HISTORY_SCHEMES):
            raise ValueError(f"'{value}' is neither sqlite:///<path> nor a postgresql:// URL")
        return value

    @field_validator("admin_tokens", "counsellor_tokens")
    @classmethod
    def _usable_tokens(cls, value: dict[str, SecretStr]) -> dict[str, SecretStr]:
        for name, token in value.items():
            # The name is recorded as the author of every version this maintainer saves; "file"
            # is the author of hand edits of the file.
            if not _MAINTAINER.match(name) or name == "file":
                raise ValueError(
                    f"maintainer name '{name}' must be 1-40 letters, digits, '.', '_' or '-', and not 'file'"
                )
            if len(token.get_secret_value()) < MIN_TOKEN_LENGTH:
                raise ValueError(f"the token of '{name}' is shorter than {MIN_TOKEN_LENGTH} characters")
        return value


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings; tests clear this cache or override it."""
    return Settings()
