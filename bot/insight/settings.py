"""The insight counter's own settings (HULPWIJZER_INSIGHT_*); the store is the channel history's."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class InsightSettings(BaseSettings):
    """When a quiet conversation counts as ended, and how often counts are written."""

    model_config = SettingsConfigDict(env_prefix="HULPWIJZER_INSIGHT_", extra="ignore")

    # None: Rasa's session expiry from domain/core.yml (30 minutes).
    idle_seconds: float | None = Field(default=None, gt=0)
    flush_seconds: float = Field(default=2.0, gt=0)
