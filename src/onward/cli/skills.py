"""Skills commands: ``skills``, ``gaps``, ``plan`` and ``taxonomy``. Thin adapters."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from onward.cli.errors import command
from onward.cli.output import console, fail, note, ok
from onward.cli.params import UserOption, current_user, parse_choice, parse_date

if TYPE_CHECKING:
    from onward.accounts.models import User
    from onward.skills.selectors_gaps import GapReport

skills_app = typer.Typer(help="Your skills: list, add, confirm suggestions, remove.")
gaps_app = typer.Typer(help="Skill gaps across your search; dismiss the ones not relevant to you.")
plan_app = typer.Typer(help="The learning plan: list it, or add an action from a skill gap.")
taxonomy_app = typer.Typer(
    help="The skills taxonomy: install ESCO, see what is active, build its caches."
)

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _attribution() -> str:
    from onward.skills.engine import get_engine

    return get_engine().attribution


def _print_json(items: list[dict[str, Any]], **extra: Any) -> None:
    from onward.skills.engine import get_engine

    engine = get_engine()
    document = {"taxonomy": engine.key, "attribution": engine.attribution, **extra, "items": items}
    typer.echo(json.dumps(document, indent=2, ensure_ascii=False, default=str))


def _table(columns: tuple[str, ...], rows: Sequence[Sequence[str]]) -> None:
    table = Table(show_edge=False, header_style="bold")
    for name in columns:
        table.add_column(name, justify="right" if name == "ID" else "left", overflow="fold")
    for row in rows:
        table.add_row(*row)
    console.print(table)
    if attribution := _attribution():
        ok(attribution)


# --- onward skills -----------------------------------------------------------------------


def _skill_rows(owner: User, *, everything: bool) -> list[dict[str, Any]]:
    from onward.skills import selectors
    from onward.skills.choices import SkillStatus

    status = None if everything else SkillStatus.CONFIRMED
    return [
        {
            "id": s.pk,
            "skill_id": s.skill_id,
            "label": s.label,
            "level": s.level,
            "status": s.status,
            "source": s.source,
            "evidence": s.evidence,
        }
        for s in selectors.profile_skill_list(owner=owner, status=status)
    ]


def _print_skills(owner: User, *, everything: bool, as_json: bool) -> None:
    rows = _skill_rows(owner, everything=everything)
    if as_json:
        _print_json(rows)
        return
    if not rows:
        ok("No skills yet: `onward skills --from-resume resume.pdf` or `onward skills add SQL`.")
        return
    _table(
        ("ID", "Skill", "Level", "Status"),
        [(str(r["id"]), r["label"], r["level"] or "-", r["status"]) for r in rows],
    )
    suggested = sum(r["status"] == "suggested" for r in rows)
    if suggested:
        note(f"{suggested} suggestion(s) to review: `onward skills confirm --all` or by id.")


def _from_resume(owner: User, path: Path, confirm: bool) -> None:
    from onward.skills import services

    try:
        with path.open("rb") as handle:  # no further than the size limit (think /dev/zero)
            data = handle.read(services.MAX_UPLOAD_BYTES + 1)
    except OSError as exc:
        fail(f"{path}: {exc.strerror or exc}")
    added = services.resume_add_file(owner=owner, filename=path.name, data=data)
    ok(f"Found {added.found} skill(s) in {path.name}; {len(added.suggested)} new to your profile.")
    if confirm:
        count = services.profile_skills_confirm(owner=owner, skills=added.suggested)
        ok(f"Confirmed {count}.")


@skills_app.callback(invoke_without_command=True)
def skills_main(
    ctx: typer.Context,
    from_resume: Annotated[
        Path | None,
        typer.Option("--from-resume", help="Read skills from a resume (.txt, .docx, .pdf)."),
    ] = None,
    confirm: Annotated[
        bool, typer.Option("--confirm", help="With --from-resume: confirm what it finds.")
    ] = False,
    everything: Annotated[bool, typer.Option("--all", help="Include suggestions.")] = False,
    as_json: JsonOption = False,
    user: UserOption = None,
) -> None:
    """Your confirmed skills; with --from-resume, read a resume's skills first."""
    if ctx.invoked_subcommand is None:
        _skills_main(from_resume, confirm, everything, as_json, user)


@command
def _skills_main(
    from_resume: Path | None, confirm: bool, everything: bool, as_json: bool, user: str | None
) -> None:
    owner = current_user(user)
    if from_resume is not None:
        _from_resume(owner, from_resume, confirm)
        everything = everything or not confirm
    _print_skills(owner, everything=everything, as_json=as_json)


@skills_app.command("list")
@command
def skills_list(
    everything: Annotated[bool, typer.Option("--all", help="Include suggestions.")] = False,
    as_json: JsonOption = False,
    user: UserOption = None,
) -> None:
    """Your skills (confirmed; --all adds suggestions to review)."""
    _print_skills(current_user(user), everything=everything, as_json=as_json)


@skills_app.command("add")
@command
def skills_add(
    label: Annotated[str, typer.Argument(help="The skill's name, e.g. SQL.")],
    level: Annotated[str, typer.Option(help="beginner, intermediate, advanced, expert.")] = "",
    user: UserOption = None,
) -> None:
    """Add a skill by name (it must be in the taxonomy; ambiguous names list choices)."""
    from onward.skills import services
    from onward.skills.choices import SkillLevel

    chosen = parse_choice(level, SkillLevel, "level").value if level else ""
    skill = services.profile_skill_add_by_label(owner=current_user(user), label=label, level=chosen)
    ok(f"Added {skill.label} ({skill.pk}).")


@skills_app.command("confirm")
@command
def skills_confirm(
    ids: Annotated[list[int] | None, typer.Argument(help="Suggestion ids.")] = None,
    everything: Annotated[bool, typer.Option("--all", help="Confirm every suggestion.")] = False,
    user: UserOption = None,
) -> None:
    """Confirm suggested skills (by id, or --all)."""
    from onward.skills import selectors, services
    from onward.skills.choices import SkillStatus

    owner = current_user(user)
    if not ids and not everything:
        fail("name the suggestions to confirm (ids from `onward skills --all`), or pass --all")
    suggested = selectors.profile_skill_list(owner=owner, status=SkillStatus.SUGGESTED)
    chosen = list(suggested) if everything else [s for s in suggested if s.pk in set(ids or ())]
    ok(f"Confirmed {services.profile_skills_confirm(owner=owner, skills=chosen)}.")


@skills_app.command("remove")
@command
def skills_remove(
    skill_id: Annotated[int, typer.Argument(help="Id from `onward skills --all`.")],
    user: UserOption = None,
) -> None:
    """Remove a skill from your profile."""
    from onward.skills import selectors, services

    skill = selectors.profile_skill_get(owner=current_user(user), pk=skill_id)
    services.profile_skill_delete(skill=skill)
    ok(f"Removed {skill.label}.")


@skills_app.command("adjacent")
@command
def skills_adjacent(
    limit: Annotated[int, typer.Option(min=1, max=50, help="How many roles to show.")] = 20,
    bridges: Annotated[
        int, typer.Option(min=0, max=50, help="Bridge skills to list per role.")
    ] = 5,
    as_json: JsonOption = False,
    user: UserOption = None,
) -> None:
    """Adjacent roles: occupations your confirmed skills cover best, with bridge skills."""
    from onward.skills import selectors_adjacent

    report = selectors_adjacent.adjacent_role_report(owner=current_user(user), limit=limit)
    if as_json:
        items = [selectors_adjacent.role_data(role, report.saved) for role in report.roles]
        _print_json(items, available=report.available, kind=report.kind, note=report.note)
        return
    for text in (report.about, report.note):
        if text:
            ok(text)
    if not report.roles:
        return
    rows = []
    for rank, role in enumerate(report.roles, start=1):
        shown = ", ".join(s.label for s in role.bridge[:bridges])
        more = len(role.bridge) - min(bridges, len(role.bridge))
        saved = " (target)" if role.occupation_id in report.saved else ""
        rows.append(
            (
                str(rank),
                role.label + saved,
                f"{role.percent}%",
                f"{len(role.matched_essential)}/{role.essential_total}",
                shown + (f" (+{more})" if more else ""),
            )
        )
    _table(("#", "Role", "Score", "Core" if report.kind == "role_families" else "Essential",
            "Bridge skills (essential first)"), rows)  # fmt: skip
    note("Plan a bridge skill: onward plan add SKILL")
    note("Save a role as a target role: onward skills target add #")


# --- onward skills target ----------------------------------------------------------------

target_app = typer.Typer(help="Target roles: adjacent roles you aim for (a strategy segment).")
skills_app.add_typer(target_app, name="target")


@target_app.command("list")
@command
def target_list(as_json: JsonOption = False, user: UserOption = None) -> None:
    """Your target roles, in the order you saved them."""
    from onward.tracker import selectors as tracker_selectors

    roles = tracker_selectors.target_role_list(owner=current_user(user))
    if as_json:
        items = [{"id": r.pk, "label": r.label, "occupation_id": r.occupation_id} for r in roles]
        typer.echo(json.dumps({"items": items}, indent=2, ensure_ascii=False))
        return
    if not roles:
        ok("No target roles yet: onward skills adjacent, then onward skills target add #.")
        return
    _table(
        ("ID", "Target role", "Occupation"), [(str(r.pk), r.label, r.occupation_id) for r in roles]
    )


def _role_id(owner: User, role: str) -> str:
    """A rank of ``onward skills adjacent``, a role's label there, or an occupation id."""
    from onward.skills import selectors_adjacent

    report = selectors_adjacent.adjacent_role_report(owner=owner, limit=50)
    if role.isdigit():
        rank = int(role)
        if not 1 <= rank <= len(report.roles):
            fail(f"no role #{rank}: onward skills adjacent lists {len(report.roles)}")
        return report.roles[rank - 1].occupation_id
    named = [r for r in report.roles if r.label.casefold() == role.strip().casefold()]
    return named[0].occupation_id if named else role.strip()


@target_app.command("add")
@command
def target_add(
    role: Annotated[
        str, typer.Argument(help="A # or label from `onward skills adjacent`, or an occupation id.")
    ],
    user: UserOption = None,
) -> None:
    """Save an adjacent role as a target role (tag applications with it to compare them)."""
    from onward.skills import services

    owner = current_user(user)
    saved = services.target_role_save_occupation(owner=owner, occupation_id=_role_id(owner, role))
    ok(f"Saved {saved.label} as a target role (id {saved.pk}).")


@target_app.command("remove")
@command
def target_remove(
    target_role_id: Annotated[int, typer.Argument(help="Id from `onward skills target list`.")],
    user: UserOption = None,
) -> None:
    """Remove a target role (its applications are kept, untagged)."""
    from onward.skills import services
    from onward.tracker import selectors as tracker_selectors

    role = tracker_selectors.target_role_get(owner=current_user(user), pk=target_role_id)
    services.target_role_remove(target_role=role)
    ok(f"Removed {role.label} from your target roles.")


# --- onward gaps -------------------------------------------------------------------------


@gaps_app.callback(invoke_without_command=True)
def gaps_main(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(min=1, max=200, help="How many to show.")] = 15,
    dismissed: Annotated[
        bool, typer.Option("--dismissed", help="List the gaps you marked as not relevant.")
    ] = False,
    as_json: JsonOption = False,
    user: UserOption = None,
) -> None:
    """Skill gaps across your rejected applications, reflections and feedback."""
    if ctx.invoked_subcommand is None:
        _gaps_main(limit, dismissed, as_json, user)


@command
def _gaps_main(limit: int, dismissed: bool, as_json: bool, user: str | None) -> None:
    from onward.skills import selectors_gaps

    report = selectors_gaps.skill_gaps(owner=current_user(user))
    if dismissed:
        _print_dismissed(report, as_json=as_json)
        return
    found = report.gaps[:limit]
    if as_json:
        items = [_gap_dict(gap) for gap in found]
        _print_json(
            items,
            rejected=report.rejected,
            progressing=report.progressing,
            dismissed_count=len(report.dismissed),
        )
        return
    if not found:
        ok("No gaps yet: they come from rejected applications with a saved job description.")
    else:
        rows = [
            (g.label, f"{g.score:.2f}", str(g.rejected_count), _lift(g.lift), g.reasons[0])
            for g in found
        ]
        _table(("Skill", "Score", "Rejections", "Lift", "Why"), rows)
        note("Plan one: onward plan add SKILL. Not relevant? onward gaps dismiss SKILL")
    if report.dismissed:
        note(f"{len(report.dismissed)} dismissed: onward gaps --dismissed")


def _print_dismissed(report: GapReport, *, as_json: bool) -> None:
    rows: list[dict[str, Any]] = [
        {
            "id": d.dismissal.pk,
            "skill_id": d.dismissal.skill_id,
            "label": d.dismissal.label,
            "reason": d.dismissal.reason,
            "is_gap": d.gap is not None,
        }
        for d in report.dismissed
    ]
    if as_json:
        _print_json(rows)
        return
    if not rows:
        ok("No dismissed gaps.")
        return
    _table(
        ("ID", "Skill", "Gap now", "Reason"),
        [(str(r["id"]), r["label"], "yes" if r["is_gap"] else "no", r["reason"]) for r in rows],
    )
    note("Show one again: onward gaps restore SKILL")


@gaps_app.command("dismiss")
@command
def gaps_dismiss(
    skill: Annotated[str, typer.Argument(help="The skill (a name from `onward gaps`).")],
    reason: Annotated[str, typer.Option(help="Why it is not relevant (only you see it).")] = "",
    user: UserOption = None,
) -> None:
    """Mark a gap as not relevant to you (a false match, a skill you don't pursue)."""
    from onward.skills import selectors_gaps, services

    owner = current_user(user)
    gap = selectors_gaps.skill_gap_named(owner=owner, name=skill)
    skill_id = gap.skill_id if gap else services.resolve_label(skill)
    dismissal = services.gap_dismiss(owner=owner, skill_id=skill_id, reason=reason)
    ok(f"Hid {dismissal.label} from your gaps ({dismissal.pk}).")


@gaps_app.command("restore")
@command
def gaps_restore(
    skill: Annotated[str, typer.Argument(help="A dismissed skill's name, or its id.")],
    user: UserOption = None,
) -> None:
    """Show a dismissed gap again."""
    from onward.skills import selectors, services

    found = selectors.gap_dismissal_named(owner=current_user(user), name=skill)
    if found is None:
        fail(f"no dismissed gap called {skill!r} (see `onward gaps --dismissed`)")
    services.gap_restore(dismissal=found)
    ok(f"{found.label} is back in your gaps.")


def _lift(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}x"


def _gap_dict(gap: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return {**asdict(gap), "evidence": [asdict(e) for e in gap.evidence]}


# --- onward plan -------------------------------------------------------------------------


@plan_app.callback(invoke_without_command=True)
def plan_main(ctx: typer.Context, as_json: JsonOption = False, user: UserOption = None) -> None:
    """Your open learning actions; with no subcommand, the same as ``plan list``."""
    if ctx.invoked_subcommand is None:
        plan_list(as_json=as_json, user=user)


@plan_app.command("list")
@command
def plan_list(as_json: JsonOption = False, user: UserOption = None) -> None:
    """Open learning actions, with the rejections that surfaced them."""
    from onward.skills import selectors

    rows = [
        {
            "id": a.pk,
            "title": a.title,
            "kind": a.kind,
            "skill": a.skill_label,
            "status": a.status,
            "due_on": a.due_on.isoformat() if a.due_on else None,
            "surfaced_by": sorted(app.pk for app in a.surfaced_by.all()),
        }
        for a in selectors.learning_action_list(owner=current_user(user))
        if a.status in ("planned", "in_progress")
    ]
    if as_json:
        _print_json(rows)
        return
    if not rows:
        ok("Nothing planned: `onward gaps` shows what to learn, `onward plan add SKILL` plans it.")
        return
    _table(
        ("ID", "Action", "Skill", "Status", "Due"),
        [
            [str(r[key] or "-") for key in ("id", "title", "skill", "status", "due_on")]
            for r in rows
        ],
    )


@plan_app.command("add")
@command
def plan_add(
    skill: Annotated[str, typer.Argument(help="The skill (a name from `onward gaps`).")],
    kind: Annotated[
        str, typer.Option(help="course, certification, volunteer, freelance, practice, other.")
    ] = "course",
    title: Annotated[str, typer.Option(help="What to do (default from the kind).")] = "",
    hours: Annotated[float | None, typer.Option(help="Hours planned.")] = None,
    due: Annotated[str | None, typer.Option(help="Aim to finish by, YYYY-MM-DD.")] = None,
    user: UserOption = None,
) -> None:
    """Plan a learning action for a skill gap, linked to the rejections that surfaced it."""
    from onward.skills import selectors_gaps, services
    from onward.skills.choices import LearningKind

    owner = current_user(user)
    due_on: dt.date | None = parse_date(due, "due") if due else None
    gap = selectors_gaps.skill_gap_named(owner=owner, name=skill)
    action = services.learning_action_plan(
        owner=owner,
        skill_id=gap.skill_id if gap else services.resolve_label(skill),
        kind=parse_choice(kind, LearningKind, "kind").value,
        title=title,
        hours_planned=Decimal(str(hours)) if hours is not None else None,
        due_on=due_on,
    )
    linked = action.surfaced_by.count()
    ok(f"Planned {action.pk}: {action.title} (linked to {linked} rejected application(s)).")


# --- onward taxonomy ---------------------------------------------------------------------


@taxonomy_app.command("status")
@command
def taxonomy_status() -> None:
    """Which taxonomy is installed and active, and how skills are linked."""
    from django.conf import settings

    from onward.analysis.skills import store
    from onward.skills import selectors
    from onward.skills.engine import esco_dir

    folder = esco_dir()
    if store.is_installed(folder):
        installed = store.load_taxonomy(folder)
        ok(f"ESCO: installed, v{installed.version}, {len(installed):,} skills ({folder})")
    else:
        ok("ESCO: not installed (onward taxonomy install esco --from PATH)")
    info = selectors.taxonomy_active()
    ok(f"Active: {info.source} ({info.key}), {info.skills:,} skills")
    ok(
        f"Settings: ONWARD_SKILLS_TAXONOMY={settings.SKILLS_TAXONOMY}, "
        f"ONWARD_SKILLS_SEMANTIC={settings.SKILLS_SEMANTIC} (in use: {info.semantic})"
    )
    if info.attribution:
        ok(info.attribution)


@taxonomy_app.command("install")
@command
def taxonomy_install(
    name: Annotated[str, typer.Argument(help="The taxonomy: esco.")],
    source: Annotated[
        Path | None,
        typer.Option("--from", help="The two official ESCO CSV zips' folder, or unpacked CSVs."),
    ] = None,
    download: Annotated[
        bool, typer.Option("--download", help="Fetch the official release (needs the internet).")
    ] = False,
) -> None:
    """Install the official ESCO classification (from files, or downloaded)."""
    from onward.analysis.skills.esco import EscoError, install_esco
    from onward.skills import services
    from onward.skills.engine import active_source, esco_dir, reset_engine, taxonomy_root
    from onward.skills.esco_download import DownloadError, download_esco

    if name.strip().lower() != "esco":
        fail(f"unknown taxonomy {name!r}; only esco can be installed")
    if (source is None) == (not download):
        fail("pass either --from PATH (the ESCO CSV zips or folder) or --download")
    try:
        if download:
            note("Downloading the ESCO release...")
            download_esco(taxonomy_root() / "downloads")
            source = taxonomy_root() / "downloads"
        assert source is not None
        taxonomy = install_esco(source.expanduser(), esco_dir())
    except (EscoError, DownloadError) as exc:
        fail(str(exc))
    reset_engine()
    ok(f"Installed ESCO v{taxonomy.version}: {len(taxonomy):,} skills in {esco_dir()}.")
    if active_source() == "esco":
        from onward.cli.bootstrap import ensure_migrated

        ensure_migrated()  # a fresh install may not have its database yet
        done = services.postings_analyse_backlog(pause=0)
        ok(f"ESCO is active; re-analysed {done} posting(s).")
    else:
        note("ONWARD_SKILLS_TAXONOMY keeps the built-in vocabulary active.")
    ok(taxonomy.attribution)


@taxonomy_app.command("warm")
@command
def taxonomy_warm() -> None:
    """Build the skills engine and its caches now (semantic embeddings), not on first use."""
    from django.conf import settings

    from onward.skills.engine import EngineUnavailable, cache_dir, warm

    started = time.monotonic()
    try:
        engine = warm()
    except EngineUnavailable as exc:
        fail(str(exc))
    seconds = time.monotonic() - started
    ok(
        f"Skills engine ready in {seconds:.1f} s: {engine.key}, {len(engine.taxonomy):,} skills, "
        f"semantic linking: {engine.semantic}. Caches in {cache_dir()}."
    )
    wanted = settings.SKILLS_SEMANTIC
    if wanted not in ("auto", "none") and engine.semantic != wanted:
        note(
            f"ONWARD_SKILLS_SEMANTIC={wanted} is not available here (see the log above); "
            "skills are linked by name only."
        )
