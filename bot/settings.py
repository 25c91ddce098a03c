"""Configuration of the project's services, in one place (environment variables HULPWIJZER_*)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Settings with embedded defaults, so everything runs on one machine without credentials."""

    model_config = SettingsConfigDict(env_prefix="HULPWIJZER_", extra="ignore")

    channels_path: Path = ROOT / "channels" / "channels.yml"
    routing_path: Path = ROOT / "channels" / "routing.yml"
    timezone: str = "Europe/Amsterdam"


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings; tests clear this cache or override it."""
    return Settings()
