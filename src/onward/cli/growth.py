"""Growth commands: ``reflect``, ``checkin``, ``wins``, ``lessons`` (goals, habits: ``goals``)."""

from __future__ import annotations

import html
import json
import re
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from onward.cli.errors import command
from onward.cli.output import console, err_console, fail, note
from onward.cli.params import UserOption, current_user, parse_choice

if TYPE_CHECKING:
    from onward.accounts.models import User
    from onward.growth.models import Reflection, Win
    from onward.tracker.models import Application, Rejection


def _many(text: str) -> Any:
    return typer.Option(help=f"{text} (repeatable).", show_default=False)


def _application(owner: User, app_id: int) -> Application:
    from django.http import Http404

    from onward.tracker import selectors

    try:
        return selectors.application_get(owner=owner, pk=app_id)
    except Http404:
        fail(f"no application with id {app_id}")


def next_steps(rejection: Rejection) -> list[str]:
    """What ``onward reject`` suggests next (each step optional, in any order)."""
    from onward.core import links

    app_id = rejection.application_id
    web = links.url_for("rebound", rejection.pk)
    return [
        "When you are ready, a few short steps (each optional):",
        f"  onward reflect {app_id}        what went well, what you felt unsure about",
        f"  onward checkin MOOD ENERGY --app {app_id}   how you feel, 1-5",
        "  onward wins                    what went right lately",
        *([f"  or in the browser: {web}"] if web else []),
    ]


# --- reflect -----------------------------------------------------------------------------


def _kind_for(application: Application | None) -> str:
    from onward.growth.choices import ReflectionKind

    if application is None:
        return ReflectionKind.GENERAL
    if application.stage == "rejected":
        return ReflectionKind.AFTER_REJECTION
    if application.stage in ("interview", "offer"):
        return ReflectionKind.AFTER_INTERVIEW
    return ReflectionKind.AFTER_APPLICATION


def _ask(fields: dict[str, Any]) -> dict[str, Any]:
    """Prompt for each part when none was given as an option (Enter skips one)."""
    err_console.print("A short reflection; press Enter to skip any question.", style="dim")

    def ask(text: str) -> str:
        return str(typer.prompt(text, default="", show_default=False, err=True)).strip()

    fields["went_well"] = ask("What went well?")
    unsure = ask("A moment you felt unsure (question or note)")
    fields["moments"] = [{"note": unsure}] if unsure else []
    fields["lacked"] = ask("Anything you felt you lacked?")
    fields["skill_tags"] = ask("Skills to tag (comma-separated)")
    within = ask("Something within your control")
    outside = ask("Something outside your control")
    fields["factors"] = [
        {"text": within, "control": "within"},
        {"text": outside, "control": "outside"},
    ]
    return fields


def _advance_flow(application: Application | None, step: str, **linked: Any) -> None:
    from onward.growth import services

    rejection = getattr(application, "rejection", None) if application else None
    flow = getattr(rejection, "rebound", None) if rejection else None
    if flow is not None and flow.finished_at is None and flow.step == step:
        services.rebound_advance(flow=flow, completed=step, **linked)


@command
def reflect(
    app_id: Annotated[
        int | None, typer.Argument(help="Application id (omit for a general reflection).")
    ] = None,
    went_well: Annotated[str, typer.Option(help="What went well.")] = "",
    lacked: Annotated[str, typer.Option(help="Qualifications you felt you lacked.")] = "",
    skill: Annotated[list[str] | None, _many("A skill to tag")] = None,
    unsure: Annotated[list[str] | None, _many("A moment you felt unsure")] = None,
    within: Annotated[list[str] | None, _many("A factor within your control")] = None,
    outside: Annotated[list[str] | None, _many("A factor outside your control")] = None,
    kind: Annotated[
        str | None,
        typer.Option(help="after_rejection, after_interview, after_application or general."),
    ] = None,
    user: UserOption = None,
) -> None:
    """Write a reflection (asks question by question when given no options).

    Repeat --skill TAG, --unsure TEXT (a moment you felt unsure), --within TEXT and
    --outside TEXT (factors within / outside your control) as often as you like.
    """
    from onward.growth import services
    from onward.growth.choices import ReflectionKind

    owner = current_user(user)
    application = _application(owner, app_id) if app_id is not None else None
    fields: dict[str, Any] = {
        "went_well": went_well,
        "lacked": lacked,
        "skill_tags": skill or [],
        "moments": [{"note": text} for text in unsure or []],
        "factors": [{"text": t, "control": "within"} for t in within or []]
        + [{"text": t, "control": "outside"} for t in outside or []],
    }
    if not any(fields.values()):
        fields = _ask(fields)
    chosen = parse_choice(kind, ReflectionKind, "kind") if kind else _kind_for(application)
    reflection = services.reflection_create(
        owner=owner, kind=chosen, application=application, **fields
    )
    _advance_flow(application, "reflect", reflection=reflection)
    console.print(_saved(reflection), highlight=False)


def _saved(reflection: Reflection) -> str:
    parts = [f"{reflection.moments.count()} unsure moment(s)"]
    parts.append(f"{reflection.factors.count()} factor(s)")
    return f"Saved reflection {reflection.pk} ({', '.join(parts)})."


# --- checkin -----------------------------------------------------------------------------


@command
def checkin(
    mood: Annotated[int, typer.Argument(min=1, max=5, help="Mood, 1 (low) to 5 (good).")],
    energy: Annotated[int, typer.Argument(min=1, max=5, help="Energy, 1 to 5.")],
    note_text: Annotated[str, typer.Option("--note", help="One optional line.")] = "",
    app: Annotated[int | None, typer.Option("--app", help="About this application.")] = None,
    user: UserOption = None,
) -> None:
    """Check in: mood and energy (1-5), with your trend and, when it helps, a gentle note."""
    from onward.analysis.wellbeing import ENERGY_WORDS, MOOD_WORDS
    from onward.growth import selectors, services
    from onward.growth.choices import CheckInContext

    owner = current_user(user)
    application = _application(owner, app) if app is not None else None
    context = CheckInContext.MANUAL
    if application is not None and application.stage == "rejected":
        context = CheckInContext.AFTER_REJECTION
    entry = services.checkin_create(
        owner=owner,
        mood=mood,
        energy=energy,
        note=note_text,
        context=context,
        application=application,
    )
    _advance_flow(application, "checkin", checkin=entry)
    console.print(
        f"Checked in: mood {MOOD_WORDS[mood]}, energy {ENERGY_WORDS[energy]}.", highlight=False
    )
    trend, _days = selectors.checkin_trend(owner=owner)
    note(trend.reason)
    care = selectors.care_note(owner=owner)
    if care is not None:
        err_console.print(f"\n{care.title} {care.message}", highlight=False)
        for r in care.resources:
            link = f" ({r.url})" if r.url else ""
            err_console.print(f"  - {r.name}: {r.detail}{link}", highlight=False)
    suggestion = selectors.wellbeing_suggestion(owner=owner)
    if suggestion is not None:
        err_console.print(f"\n{suggestion.title} {suggestion.message}", highlight=False)
        for idea in suggestion.focus_ideas:
            err_console.print(f"  - {idea}", highlight=False)


# --- wins --------------------------------------------------------------------------------


@command
def wins(
    add: Annotated[str | None, typer.Option("--add", help="Add a win by hand.")] = None,
    note_text: Annotated[str, typer.Option("--note", help="With --add: a note.")] = "",
    app: Annotated[int | None, typer.Option("--app", help="With --add: the application.")] = None,
    kind: Annotated[str | None, typer.Option(help="Only this kind, e.g. offer, manual.")] = None,
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0: all).")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    user: UserOption = None,
) -> None:
    """List your wins, newest first, or add one with --add TITLE."""
    from onward.growth import selectors, services
    from onward.growth.choices import WinKind

    owner = current_user(user)
    if add is not None:
        application = _application(owner, app) if app is not None else None
        win = services.win_add(owner=owner, title=add, note=note_text, application=application)
        console.print(f"Added win {win.pk}: {win.title}", highlight=False)
        return
    chosen = parse_choice(kind, WinKind, "kind").value if kind else None
    found = selectors.win_list(owner=owner, kind=chosen)
    _print_wins(list(found[:limit] if limit else found), as_json)


def _print_wins(shown: list[Win], as_json: bool) -> None:
    from django.utils import timezone

    if as_json:
        rows = [
            {
                "id": w.pk,
                "kind": w.kind,
                "title": w.title,
                "occurred_on": timezone.localdate(w.occurred_at).isoformat(),
                "note": w.note,
            }
            for w in shown
        ]
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not shown:
        console.print("No wins yet: an interview invitation or a goal met will show here.")
        return
    table = Table(show_edge=False, header_style="bold")
    for name in ("ID", "When", "Win", "Kind"):
        table.add_column(name, justify="right" if name == "ID" else "left")
    for win in shown:
        day = timezone.localdate(win.occurred_at).isoformat()
        table.add_row(str(win.pk), day, win.title, win.get_kind_display())
    console.print(table)


# --- lessons -----------------------------------------------------------------------------

_MARK = re.compile(r"<mark>(.*?)</mark>")


def _terminal(snippet: str) -> Text:
    """The HTML snippet for a terminal: matches in bold, entities decoded."""
    text = Text()
    position = 0
    for match in _MARK.finditer(snippet):
        text.append(html.unescape(snippet[position : match.start()]))
        text.append(html.unescape(match.group(1)), style="bold yellow")
        position = match.end()
    text.append(html.unescape(snippet[position:]))
    return text


@command
def lessons(
    query: Annotated[str, typer.Argument(help='Words, "phrases", -exclude, OR.')],
    kind: Annotated[list[str] | None, _many("Only reflection, feedback or reframe")] = None,
    limit: Annotated[int, typer.Option(min=1, max=200, help="At most this many.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead.")] = False,
    user: UserOption = None,
) -> None:
    """Search your reflections, feedback and reframes (--kind reflection|feedback|reframe)."""
    from onward.growth import selectors

    for value in kind or []:
        if value not in selectors.LESSON_KINDS:
            fail(f"kind: {value!r} is not one of {', '.join(selectors.LESSON_KINDS)}")
    hits = selectors.lessons_search(
        owner=current_user(user), q=query, kinds=kind or None, limit=limit
    )
    if as_json:
        rows = [
            {"kind": h.kind, "id": h.obj_id, "title": h.title, "snippet": str(h.snippet)}
            for h in hits
        ]
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not hits:
        console.print("Nothing matches.", highlight=False)
        return
    for hit in hits:
        console.print(Text(f"{hit.title}  ({hit.at:%Y-%m-%d}, {hit.kind} {hit.obj_id})", "bold"))
        console.print(_terminal(str(hit.snippet)))
