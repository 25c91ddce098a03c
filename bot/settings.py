"""Configuration of the project's services, in one place (environment variables HULPWIJZER_*)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent
MIN_TOKEN_LENGTH = 16
_HISTORY_SCHEMES = ("sqlite:///", "postgresql://", "postgres://")
_MAINTAINER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")


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
    rate_limit_per_minute: int = Field(default=30, ge=1)
    max_body_bytes: int = Field(default=8192, ge=1024)
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
