"""Errors of the project package, in one place."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the channel data, named by channel (or topic) and field."""

    where: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}, field '{self.field}': {self.message}"


class RegistryError(ValueError):
    """The channel registry or routing table does not validate; holds every problem found."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"{source}: {len(problems)} problem(s)\n{lines}")


class ConflictError(Exception):
    """A save would overwrite data it has not seen (or the file on disk is broken); nothing was written."""

    def __init__(self, message: str, current_version: int, problems: list[Problem] | None = None) -> None:
        self.current_version = current_version
        self.problems = problems or []
        super().__init__(message)


class NotFoundError(LookupError):
    """A channel or saved version that does not exist."""

    def __init__(self, what: str) -> None:
        self.what = what
        super().__init__(f"{what} does not exist")


class VersionRequiredError(Exception):
    """A save that does not say which version it edited (no If-Match header, no `version`)."""


class SameMaintainerError(PermissionError):
    """A maintainer tried to approve their own proposal: four eyes need a second person."""
