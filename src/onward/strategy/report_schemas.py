"""API schemas of the growth report (GET /api/v1/strategy/report); docs/strategy.md says
what each number means."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from ninja import Field, Schema

from onward.strategy.report import Report
from onward.strategy.schemas import FunnelOut, RateOut


class ReportQuery(Schema):
    period: Literal["week", "month"] = "week"


class PeriodOut(Schema):
    kind: str = Field(description="week (7 days) or month (30 days), ending today.")
    first: dt.date
    last: dt.date = Field(description="Today, in your time zone; included.")
    days: int


class ActivityOut(Schema):
    applied: int = Field(description="Applications moved to applied in the period.")
    responses: int = Field(description="First answers: applied to screening/interview/offer/no.")
    interviews: int = Field(description="Interview rounds reached in the period.")
    offers: int
    rejections: int


class GoalWeekOut(Schema):
    week_start: dt.date = Field(description="The Monday of the week.")
    done: int
    met: bool


class GoalReportOut(Schema):
    name: str
    target: int = Field(description="Per week.")
    weeks: list[GoalWeekOut]
    met_weeks: int


class MoodDayOut(Schema):
    day: dt.date
    mood: float | None = Field(description="The day's mean (1-5); null without a check-in.")
    energy: float | None
    activity: int = Field(description="Application updates, goal entries and habit check-offs.")


class MoodReportOut(Schema):
    checkins: int
    mean_mood: float | None
    mean_energy: float | None
    direction: str = Field(description="up, flat, down or unknown")
    reason: str
    days: list[MoodDayOut]


class WinOut(Schema):
    title: str
    kind: str
    occurred_on: dt.date


class WinKindOut(Schema):
    kind: str
    wins: int


class ReportExperimentOut(Schema):
    id: int
    name: str
    metric: str
    status: str
    started_on: dt.date
    ended_on: dt.date | None
    result: str = Field(description="waiting, too_few, no_baseline, result, or empty")
    reasons: list[str]
    during: RateOut | None = Field(description="The metric for applications made during it.")
    baseline: RateOut | None = Field(description="The metric for those made before it.")


class ReportGapOut(Schema):
    label: str
    rejected: int = Field(description="Rejected applications whose posting asks for it.")
    named: int = Field(description="Times named as missing in feedback or reflections.")
    stage: str = Field(
        description="How far it is from closed: closed (in your profile now), done, "
        "in_progress or planned (its learning actions), or empty (no plan yet)."
    )


class ReportGapsOut(Schema):
    rows: list[ReportGapOut] = Field(description="The most pressing gaps, 8 at most.")
    gaps_total: int
    closed: int
    learning_done: int = Field(description="Learning actions completed in the period.")
    learning_open: int = Field(description="Learning actions planned or in progress now.")


class ReportOut(Schema):
    period: PeriodOut
    generated_at: dt.datetime
    activity: ActivityOut
    funnel: FunnelOut = Field(description="The whole search's funnel, not the period's.")
    quiet_days: int
    goals: list[GoalReportOut]
    mood: MoodReportOut
    wins: list[WinOut] = Field(description="The latest wins of the period (at most 20).")
    wins_total: int
    wins_by_kind: list[WinKindOut] = Field(description="Wins of the period by kind, most first.")
    experiments: list[ReportExperimentOut] = Field(
        description="Running, or completed in the period."
    )
    gaps: ReportGapsOut = Field(description="Skill gaps as they stand, and learning done.")

    @staticmethod
    def of(report: Report) -> dict[str, Any]:
        period = report.period
        return {
            "period": {
                "kind": period.kind,
                "first": period.first,
                "last": period.last,
                "days": period.days,
            },
            "generated_at": report.generated_at,
            "activity": report.activity,
            "funnel": FunnelOut.of(report.funnel),
            "quiet_days": report.quiet_days,
            "goals": [
                {"name": g.name, "target": g.target, "weeks": g.weeks, "met_weeks": g.met_weeks}
                for g in report.goals
            ],
            "mood": {
                "checkins": report.mood.checkins,
                "mean_mood": report.mood.mean_mood,
                "mean_energy": report.mood.mean_energy,
                "direction": report.mood.direction,
                "reason": report.mood.reason,
                "days": [d._asdict() for d in report.mood.days],
            },
            "wins": report.wins,
            "wins_total": report.wins_total,
            "wins_by_kind": [{"kind": k, "wins": n} for k, n in report.wins_by_kind],
            "experiments": report.experiments,
            "gaps": report.gaps,
        }
