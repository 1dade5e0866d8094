"""Errors raised by import, export and backup; each message is one clear line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an import file, located as precisely as possible."""

    message: str
    section: str = ""
    index: int | None = None
    uid: str = ""

    def __str__(self) -> str:
        if not self.section:
            return self.message
        where = self.section if self.index is None else f"{self.section}[{self.index}]"
        if self.uid:
            where += f" (uid {self.uid})"
        return f"{where}: {self.message}"


class ImportFileError(Exception):
    """The file cannot be imported; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(self._summary())

    def _summary(self) -> str:
        first = str(self.problems[0]) if self.problems else "the file cannot be imported"
        more = len(self.problems) - 1
        return f"{first} (and {more} more problem{'s' if more > 1 else ''})" if more else first


class ImportBusyError(ImportFileError):
    """Another import into the same account is running; nothing was written."""

    def __init__(self, message: str) -> None:
        super().__init__([Problem(f"{message}; wait for it to finish, then try again")])


class BackupError(Exception):
    """A backup could not be made (unsupported database, bad target path...)."""
