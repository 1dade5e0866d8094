"""Errors raised by import, export and backup; each message is one clear line."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError


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


class BackupError(Exception):
    """A backup could not be made (unsupported database, bad target path...)."""


def validation_message(exc: ValidationError) -> str:
    """One line from a Django ValidationError: ``field: message; other: message``."""
    if not hasattr(exc, "error_dict"):
        return " ".join(exc.messages)
    parts = []
    for field, messages in exc.message_dict.items():
        text = " ".join(messages)
        parts.append(text if field == NON_FIELD_ERRORS else f"{field}: {text}")
    return "; ".join(parts)
