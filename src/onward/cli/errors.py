"""Map domain errors to one clear line on stderr and a non-zero exit (never a traceback)."""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

import typer
from django.core.exceptions import ImproperlyConfigured, ObjectDoesNotExist, ValidationError
from django.db import DatabaseError
from django.http import Http404
from django.utils import timezone

from onward.cli.bootstrap import setup_django
from onward.cli.output import fail
from onward.core.errors import database_busy, validation_message
from onward.portability.errors import BackupError, ImportFileError

P = ParamSpec("P")
T = TypeVar("T")


def _os_message(exc: OSError) -> str:
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{exc.strerror or exc}"


def _database_message(exc: Exception) -> str:
    if database_busy(exc):
        return "database: busy (another program is writing to it); try again in a moment"
    text = str(exc)
    hint = " (run `onward manage migrate` first)" if "no such table" in text else ""
    return f"database: {text}{hint}"


@contextmanager
def domain_errors() -> Iterator[None]:
    """Turn the errors a command can expect into ``fail(...)``; let real bugs surface."""
    try:
        yield
    except typer.Exit:
        raise
    except ValidationError as exc:
        fail(validation_message(exc))
    except (Http404, ObjectDoesNotExist) as exc:
        fail(f"not found: {exc}" if str(exc) else "not found")
    except ImproperlyConfigured as exc:
        fail(f"configuration: {exc}")
    except (ImportFileError, BackupError) as exc:
        fail(str(exc))
    except json.JSONDecodeError as exc:
        fail(f"not valid JSON: {exc}")
    except UnicodeDecodeError as exc:
        fail(f"not UTF-8 text: {exc.reason}")
    except OSError as exc:
        fail(_os_message(exc))
    except (DatabaseError, sqlite3.Error) as exc:
        fail(_database_message(exc))
    except KeyboardInterrupt:
        fail("interrupted", code=130)


def command(func: Callable[P, T]) -> Callable[P, T]:
    """Decorate a CLI command: start Django, then run it with friendly errors."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        setup_django()
        try:
            with domain_errors():
                return func(*args, **kwargs)
        finally:
            timezone.deactivate()  # commands run in the account's time zone (see params)
        raise AssertionError("unreachable")  # pragma: no cover (fail() always raises)

    return wrapper
