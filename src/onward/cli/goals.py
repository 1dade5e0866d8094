"""Goal and habit commands: ``goals list|add|log`` and ``habits list|add|check``."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from onward.cli.errors import command
from onward.cli.output import console
from onward.cli.params import UserOption, current_user, parse_choice, parse_date

if TYPE_CHECKING:
    from onward.accounts.models import User

goals_app = typer.Typer(help="Weekly goals on what you control: list, add, log.")
habits_app = typer.Typer(help="Habits with daily or weekly check-offs: list, add, check.")


# --- goals -------------------------------------------------------------------------------


def _goal_rows(owner: User) -> list[dict[str, Any]]:
    from onward.growth import selectors
    from onward.growth.services.goals import goal_name

    return [
        {
            "id": s.goal.pk,
            "goal": goal_name(s.goal),
            "metric": s.goal.metric,
            "active": s.goal.active,
            "this_week": s.progress.done,
            "target": s.progress.target,
            "progress": s.progress.label,
            "streak_weeks": s.streak.current,
            "longest_weeks": s.streak.longest,
        }
        for s in selectors.goal_list_with_progress(owner=owner)
    ]


def _print_goals(rows: list[dict[str, Any]], as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        console.print("No goals yet: `onward goals add tailored_applications 3` is a start.")
        return
    table = Table(show_edge=False, header_style="bold")
    for name in ("ID", "Goal", "This week", "Streak"):
        table.add_column(name, justify="right" if name == "ID" else "left")
    for row in rows:
        weeks = f"{row['streak_weeks']} week(s)" if row["streak_weeks"] else "-"
        style = "" if row["active"] else "dim"
        table.add_row(str(row["id"]), row["goal"], row["progress"], weeks, style=style)
    console.print(table)


@goals_app.callback(invoke_without_command=True)
def goals_main(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    user: UserOption = None,
) -> None:
    """Weekly goals on what you control; with no subcommand, the same as ``goals list``."""
    if ctx.invoked_subcommand is None:
        goals_list(as_json=as_json, user=user)


@goals_app.command("list")
@command
def goals_list(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    user: UserOption = None,
) -> None:
    """Your goals with this week's progress and the streak of weeks met."""
    _print_goals(_goal_rows(current_user(user)), as_json)


@goals_app.command("add")
@command
def goals_add(
    metric: Annotated[
        str,
        typer.Argument(
            help="tailored_applications, outreach_messages, learning_hours, "
            "practice_sessions or custom."
        ),
    ],
    target: Annotated[int, typer.Argument(help="How many a week.")],
    label: Annotated[str, typer.Option(help="What a custom goal counts.")] = "",
    user: UserOption = None,
) -> None:
    """Set a weekly goal (tailored applications are counted from your tracker)."""
    from onward.growth import services
    from onward.growth.choices import GoalMetric

    owner = current_user(user)
    chosen = parse_choice(metric, GoalMetric, "metric").value
    goal = services.goal_create(owner=owner, metric=chosen, target=target, label=label)
    console.print(f"Added goal {goal.pk}.", highlight=False)


@goals_app.command("log")
@command
def goals_log(
    goal_id: Annotated[int, typer.Argument(help="Goal id (see `onward goals`).")],
    amount: Annotated[float, typer.Argument(help="How much (default 1).")] = 1.0,
    on: Annotated[str | None, typer.Option(help="The day, YYYY-MM-DD (default today).")] = None,
    note_text: Annotated[str, typer.Option("--note", help="A short note.")] = "",
    user: UserOption = None,
) -> None:
    """Log progress toward a goal, e.g. `onward goals log 3 2` for two outreach messages."""
    from onward.growth import selectors, services

    owner = current_user(user)
    goal = selectors.goal_get(owner=owner, pk=goal_id)
    day = parse_date(on, "on") if on else None
    services.goal_log(goal=goal, amount=Decimal(str(amount)), on=day, note=note_text)
    status = selectors.goal_status(goal=goal)
    console.print(f"Logged. This week: {status.progress.label}.", highlight=False)


# --- habits ------------------------------------------------------------------------------


@habits_app.callback(invoke_without_command=True)
def habits_main(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    user: UserOption = None,
) -> None:
    """Habits; with no subcommand, the same as ``habits list``."""
    if ctx.invoked_subcommand is None:
        habits_list(as_json=as_json, user=user)


@habits_app.command("list")
@command
def habits_list(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    user: UserOption = None,
) -> None:
    """Your habits with their streaks."""
    from onward.growth import selectors

    statuses = selectors.habit_list_with_streaks(owner=current_user(user))
    rows = [
        {
            "id": s.habit.pk,
            "name": s.habit.name,
            "cadence": s.habit.cadence,
            "streak": s.streak.current,
            "done_today": s.done_today,
            "done_this_week": s.done_this_week,
            "reason": s.streak.reason,
        }
        for s in statuses
    ]
    if as_json:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        console.print("No habits yet: `onward habits add Walk --kind exercise`.")
        return
    table = Table(show_edge=False, header_style="bold")
    for name in ("ID", "Habit", "Cadence", "Streak"):
        table.add_column(name, justify="right" if name == "ID" else "left")
    for status in statuses:
        habit = status.habit
        table.add_row(str(habit.pk), habit.name, habit.get_cadence_display(), status.streak.reason)
    console.print(table)


@habits_app.command("add")
@command
def habits_add(
    name: Annotated[str, typer.Argument(help="e.g. Walk, Read, Call a friend.")],
    kind: Annotated[str, typer.Option(help="exercise, stress, hobby, rest, social, other.")] = (
        "other"
    ),
    cadence: Annotated[str, typer.Option(help="daily or weekly.")] = "daily",
    user: UserOption = None,
) -> None:
    """Add a habit."""
    from onward.growth import services
    from onward.growth.choices import Cadence, HabitKind

    habit = services.habit_create(
        owner=current_user(user),
        name=name,
        kind=parse_choice(kind, HabitKind, "kind").value,
        cadence=parse_choice(cadence, Cadence, "cadence").value,
    )
    console.print(f"Added habit {habit.pk}.", highlight=False)


@habits_app.command("check")
@command
def habits_check(
    habit_id: Annotated[int, typer.Argument(help="Habit id (see `onward habits`).")],
    on: Annotated[str | None, typer.Option(help="The day, YYYY-MM-DD (default today).")] = None,
    undo: Annotated[bool, typer.Option("--undo", help="Remove the check-off instead.")] = False,
    user: UserOption = None,
) -> None:
    """Tick a habit off for today (or --on a day)."""
    from django.utils import timezone

    from onward.growth import selectors, services

    owner = current_user(user)
    habit = selectors.habit_get(owner=owner, pk=habit_id)
    day = parse_date(on, "on") if on else timezone.localdate()
    if undo:
        services.habit_uncheck(habit=habit, on=day)
    else:
        services.habit_check(habit=habit, on=day)
    status = selectors.habit_status(habit=habit)
    console.print(f"{habit.name}: {status.streak.reason}", highlight=False)
