"""Strategy commands: ``strategy`` (the summary) and ``experiment add|list|done``."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from onward.cli.errors import command
from onward.cli.output import console, ok
from onward.cli.params import UserOption, current_user, parse_choice, parse_date

if TYPE_CHECKING:
    from onward.accounts.models import User
    from onward.strategy.figures import Figures, RateView

experiment_app = typer.Typer(help="Strategy experiments: add, list, done.")
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _rate(rate: RateView) -> str:
    from onward.strategy.wording import percent

    counts = f"{rate.successes} of {rate.n}"
    if not rate.enough:
        return f"not enough data yet ({counts})"
    return f"about {percent(rate.mean)} ({percent(rate.low)} to {percent(rate.high)}), {counts}"


def _funnel(figures: Figures) -> None:
    funnel = figures.funnel
    console.print(
        f"[bold]Your funnel[/]: {funnel.applications} applications, counted after "
        f"{figures.quiet_days} quiet days",
        highlight=False,
    )
    table = Table(show_edge=False, header_style="bold")
    table.add_column("Step")
    table.add_column("Rate (90% range), counted")
    for step in funnel.steps:
        table.add_row(f"{step.name}: {step.label}", _rate(step.rate))
    console.print(table)


def _findings(figures: Figures) -> None:
    from onward.strategy.wording import chance

    diagnosis = figures.diagnosis
    if diagnosis.status == "weak_stage":
        ok(f"Where it leaks: {diagnosis.name}. {diagnosis.advice}")
    elif diagnosis.status == "nothing_stands_out":
        ok("Where it leaks: no step stands out as weaker than a typical search.")
    else:
        ok("Where it leaks: not enough data yet.")
    for item in figures.findings:
        ok(
            f"Finding: {item.sentence}: {_rate(item.a)} against {_rate(item.b)}; "
            f"a {chance(item.better_prob)} chance this is real."
        )
    if not figures.findings:
        ok("No difference between your groups of applications is clear enough yet.")
    if figures.times.overdue_total:
        ok(f"{figures.times.overdue_total} open application(s) waited longer than usual.")


def _summary(owner: User) -> dict[str, Any]:
    from onward.strategy import selectors
    from onward.strategy.snapshot import snapshot_of

    figures = selectors.figures(owner=owner)
    running = list(selectors.experiments_running(owner=owner))
    return snapshot_of(figures, running) | {
        "overdue_application_ids": [o.application_id for o in figures.times.overdue]
    }


@command
def strategy(as_json: JsonOption = False, user: UserOption = None) -> None:
    """Your funnel with intervals, where it leaks, findings, overdue applications."""
    from onward.strategy import selectors

    owner = current_user(user)
    if as_json:
        typer.echo(json.dumps(_summary(owner), indent=2, ensure_ascii=False))
        return
    figures = selectors.figures(owner=owner)
    if not figures.funnel.applications:
        ok("Nothing to count yet: add applications (`onward add`) and log what you hear back.")
        return
    _funnel(figures)
    _findings(figures)
    running = list(selectors.experiments_running(owner=owner))
    for experiment in running:
        result = figures.experiment(experiment.pk)
        ok(f"Experiment {experiment.pk}, {experiment.name}: {result.reasons[0] if result else ''}")


def _experiment_rows(owner: User) -> list[dict[str, Any]]:
    from onward.strategy import selectors

    figures = selectors.figures(owner=owner)
    rows = []
    for experiment in selectors.experiment_list(owner=owner):
        result = figures.experiment(experiment.pk)
        rows.append(
            {
                "id": experiment.pk,
                "name": experiment.name,
                "metric": experiment.metric,
                "status": experiment.status,
                "started_on": experiment.started_on.isoformat(),
                "ended_on": experiment.ended_on.isoformat() if experiment.ended_on else None,
                "target_count": experiment.target_count,
                "result": result.status if result else "",
                "summary": result.reasons[0] if result else "",
            }
        )
    return rows


@experiment_app.callback(invoke_without_command=True)
def experiment_main(
    ctx: typer.Context, as_json: JsonOption = False, user: UserOption = None
) -> None:
    """Strategy experiments; with no subcommand, the same as ``experiment list``."""
    if ctx.invoked_subcommand is None:
        experiment_list(as_json=as_json, user=user)


@experiment_app.command("list")
@command
def experiment_list(as_json: JsonOption = False, user: UserOption = None) -> None:
    """Your experiments with their result so far."""
    rows = _experiment_rows(current_user(user))
    if as_json:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        ok('No experiments yet: `onward experiment add "Tailor every resume"` starts one.')
        return
    table = Table(show_edge=False, header_style="bold")
    for name in ("ID", "Experiment", "Status", "So far"):
        table.add_column(name, justify="right" if name == "ID" else "left")
    for row in rows:
        table.add_row(str(row["id"]), row["name"], row["status"], row["summary"])
    console.print(table)


@experiment_app.command("add")
@command
def experiment_add(
    name: Annotated[str, typer.Argument(help='The change, e.g. "Tailor every resume".')],
    metric: Annotated[
        str,
        typer.Option(
            help="The step to judge it on: response, screen, interview, offer, "
            "applied_to_screen, applied_to_interview or applied_to_offer."
        ),
    ] = "response",
    target: Annotated[int, typer.Option(help="For how many applications.")] = 10,
    start: Annotated[str | None, typer.Option(help="Start day, YYYY-MM-DD (today).")] = None,
    hypothesis: Annotated[str, typer.Option(help="What you expect, and why.")] = "",
    user: UserOption = None,
) -> None:
    """Start an experiment: one change, judged on one step chosen now."""
    from onward.strategy import services
    from onward.strategy.choices import StrategyMetric

    owner = current_user(user)
    chosen = parse_choice(metric, StrategyMetric, "metric").value
    day = parse_date(start, "start") if start else None
    experiment = services.experiment_create(
        owner=owner,
        name=name,
        metric=chosen,
        target_count=target,
        started_on=day,
        hypothesis=hypothesis,
    )
    ok(f"Started experiment {experiment.pk}: {experiment.name}.")


@experiment_app.command("done")
@command
def experiment_done(
    experiment_id: Annotated[int, typer.Argument(help="Experiment id (see `onward experiment`).")],
    learned: Annotated[str, typer.Option(help="What you learned.")] = "",
    end: Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD (today).")] = None,
    user: UserOption = None,
) -> None:
    """Complete an experiment; it is added to your wins."""
    from onward.strategy import selectors, services

    owner = current_user(user)
    experiment = selectors.experiment_get(owner=owner, pk=experiment_id)
    day = parse_date(end, "end") if end else None
    services.experiment_complete(experiment=experiment, learned=learned, ended_on=day)
    result = selectors.figures(owner=owner).experiment(experiment.pk)
    ok(f"Completed: {experiment.name}. Added to your wins.")
    if result is not None:
        ok(result.reasons[0])
