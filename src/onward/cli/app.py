"""The ``onward`` command line (Typer). Each command is a thin adapter over services."""

from __future__ import annotations

import typer

from onward.cli import data as data_commands
from onward.cli import goals as goal_commands
from onward.cli import growth as growth_commands
from onward.cli import imports as import_commands
from onward.cli import inbox as inbox_commands
from onward.cli import networking as networking_commands
from onward.cli import report as report_commands
from onward.cli import serve as serve_commands
from onward.cli import skills as skills_commands
from onward.cli import strategy as strategy_commands
from onward.cli import tracker as tracker_commands
from onward.cli import users as user_commands
from onward.cli.bootstrap import setup_django
from onward.cli.users import user_app

app = typer.Typer(
    name="onward",
    help="Onward: a self-hosted job search companion that turns rejections into growth.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def root() -> None:
    """Onward: a self-hosted job search companion that turns rejections into growth."""


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def manage(ctx: typer.Context) -> None:
    """Run a Django management command (migrate, check --deploy, ...)."""
    setup_django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["onward manage", *ctx.args])


app.command()(serve_commands.serve)
app.command()(serve_commands.worker)

app.command("add")(tracker_commands.add)
app.command("list")(tracker_commands.list_applications)
app.command("move")(tracker_commands.move)
app.command("reject")(tracker_commands.reject)
app.command("show")(tracker_commands.show)

app.command("reflect")(growth_commands.reflect)
app.command("checkin")(growth_commands.checkin)
app.command("wins")(growth_commands.wins)
app.command("lessons")(growth_commands.lessons)
app.add_typer(goal_commands.goals_app, name="goals")
app.add_typer(goal_commands.habits_app, name="habits")

app.add_typer(skills_commands.skills_app, name="skills")
app.add_typer(skills_commands.gaps_app, name="gaps")
app.add_typer(skills_commands.plan_app, name="plan")
app.add_typer(skills_commands.taxonomy_app, name="taxonomy")

app.command("strategy")(strategy_commands.strategy)
app.command("report")(report_commands.report)
app.add_typer(strategy_commands.experiment_app, name="experiment")
app.add_typer(networking_commands.contact_app, name="contact")
app.add_typer(networking_commands.reminders_app, name="reminders")

app.command("export")(data_commands.export)
app.add_typer(import_commands.import_app, name="import")  # FILE.json, mail, csv
app.add_typer(inbox_commands.inbox_app, name="inbox")
app.command("backup")(data_commands.backup)

app.add_typer(user_app, name="user")
# The way back in on your own computer: a fresh one-time sign-in link.
app.command("signin-link")(user_commands.link)


def run() -> None:
    app(prog_name="onward")


if __name__ == "__main__":
    run()
