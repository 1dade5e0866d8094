"""Which skill a typed name means ("dbt", "DBT", "Go"): the candidates, best first.

A candidate is a skill with a label or alias (or either without its "(qualifier)") equal to
the name, or starting with it ("DBT" -> "DBT therapy"). Points order them: the form is the
whole name (+3), it is written with the same casing (+2), the skill is in one of the
caller's families (+2, e.g. the categories of the user's profile skills); ties go to a
match on the label rather than an alias. ``best`` is set only when one candidate scores
above all others:
"dbt" is the data build tool (its own casing), "DBT" with a healthcare context is the
therapy, "DBT" alone is the tool (a whole name beats a longer name that starts the same).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from onward.analysis.skills.forms import QUALIFIER
from onward.analysis.skills.taxonomy import Skill, Taxonomy
from onward.analysis.skills.text import normalise


@dataclass(frozen=True, slots=True)
class Candidate:
    skill: Skill
    form: str  # the label or alias that matched
    on_label: bool
    points: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Resolution:
    query: str
    candidates: tuple[Candidate, ...]  # best first

    @property
    def best(self) -> Skill | None:
        """The single best candidate, or None when there is none or a tie at the top."""
        top = self.candidates[:2]
        if not top or (len(top) == 2 and top[0].points == top[1].points):
            return None
        return top[0].skill


def resolve(
    taxonomy: Taxonomy, name: str, *, families: Iterable[str] = (), limit: int = 10
) -> Resolution:
    """The skills ``name`` may mean, best first (see the module docstring)."""
    query = " ".join(name.split())
    wanted = normalise(query)
    context = frozenset(families)
    found: dict[str, Candidate] = {}
    if wanted:
        for skill in taxonomy.skills:
            candidate = _best_form(skill, query, wanted, context)
            if candidate is not None:
                found[skill.id] = candidate
    ordered = sorted(
        found.values(), key=lambda c: (-c.points, not c.on_label, len(c.skill.label), c.skill.id)
    )
    return Resolution(query, tuple(ordered[:limit]))


def _forms(skill: Skill) -> Iterable[tuple[str, bool]]:
    for text, is_label in ((skill.label, True), *((a, False) for a in skill.alt_labels)):
        yield text, is_label
        bare = QUALIFIER.sub("", text)
        if bare and bare != text:
            yield bare, is_label


def _best_form(
    skill: Skill, query: str, wanted: tuple[str, ...], context: frozenset[str]
) -> Candidate | None:
    best: Candidate | None = None
    for form, is_label in _forms(skill):
        key = normalise(form)
        if key[: len(wanted)] != wanted:
            continue
        reasons: list[str] = []
        points = 0
        if key == wanted:  # a whole name outweighs a longer name that starts the same
            points, reasons = points + 3, [*reasons, f"named {form!r}"]
        if form == query or form.startswith(query + " "):
            points, reasons = points + 2, [*reasons, f"written {query!r} the same way"]
        if skill.category in context:
            points, reasons = points + 2, [*reasons, f"in your field ({skill.category})"]
        if best is None or (points, is_label) > (best.points, best.on_label):
            best = Candidate(skill, form, is_label, points, tuple(reasons))
    return best
