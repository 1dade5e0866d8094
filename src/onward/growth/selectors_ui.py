"""Small read helpers for the web UI that the growth contract does not cover."""

from __future__ import annotations

from collections.abc import Sequence

from onward.analysis import wellbeing


def factors_suggest(*, texts: Sequence[str]) -> list[wellbeing.FactorGuess | None]:
    """A within/outside-my-control guess per factor text, aligned with ``texts``.

    Blank texts get ``None``. Only a suggestion: the user confirms or flips it.
    """
    guesses = iter(wellbeing.sort_factors([t for t in texts if t.strip()]))
    return [next(guesses) if text.strip() else None for text in texts]
