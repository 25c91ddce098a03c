"""The channel data as the running bot sees it: reloaded when a file changes, never broken by a bad edit."""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.exceptions import RegistryError
from bot.registry.loader import Registry, RoutingTable, parse_registry, parse_routing
from bot.settings import get_settings

logger = logging.getLogger(__name__)

_Stamp = tuple[int, int, int]


def _stamp(path: Path) -> _Stamp:
    st = os.stat(path)
    return (st.st_mtime_ns, st.st_size, st.st_ino)


@dataclass(frozen=True)
class Snapshot:
    """A consistent pair of registry and routing table."""

    registry: Registry
    routing: RoutingTable


class Catalog:
    """Serves the last valid registry and routing table, re-reading the files when they change.

    A change check is two `stat` calls, cheap enough for every chat turn. When an edited file
    does not validate, the last valid data stays in use and the problem is logged, so a bad
    edit can never take the bot down.
    """

    def __init__(self, channels_path: Path, topics_path: Path) -> None:
        self.channels_path = channels_path
        self.topics_path = topics_path
        self._lock = threading.Lock()
        self._stamps: tuple[_Stamp, _Stamp] | None = None
        self._snapshot: Snapshot | None = None

    def _load(self) -> Snapshot:
        registry = parse_registry(
            self.channels_path.read_text(encoding="utf-8"), source=str(self.channels_path)
        )
        routing = parse_routing(
            self.topics_path.read_text(encoding="utf-8"), registry, source=str(self.topics_path)
        )
        return Snapshot(registry, routing)

    def snapshot(self) -> Snapshot:
        """The current data; raises RegistryError only if no valid version was ever loaded."""
        with self._lock:
            try:
                stamps = (_stamp(self.channels_path), _stamp(self.topics_path))
            except OSError:
                if self._snapshot is None:
                    raise
                logger.error("channel data file missing; keeping the last valid version")
                return self._snapshot
            if stamps != self._stamps or self._snapshot is None:
                try:
                    self._snapshot = self._load()
                except (RegistryError, OSError) as exc:
                    if self._snapshot is None:
                        raise
                    logger.error("channel data invalid; keeping the last valid version: %s", exc)
                self._stamps = stamps
            return self._snapshot


@lru_cache
def get_catalog() -> Catalog:
    """The process-wide catalog for the configured files."""
    settings = get_settings()
    return Catalog(settings.channels_path, settings.topics_path)
