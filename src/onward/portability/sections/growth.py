"""Sections for the growth loop and the learning plan (after the tracker's).

Wins, feedback requests and rebound flows are unique per source key, application and
rejection: an import that brings one you already have under another uid reuses yours.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from onward.core.models import OwnedModel
from onward.growth.models import (
    CheckIn,
    ControlFactor,
    Feedback,
    FeedbackRequest,
    FollowUp,
    Goal,
    GoalEntry,
    GuardrailDismissal,
    Habit,
    HabitCheck,
    ReboundFlow,
    Reflection,
    Reframe,
    UnsureMoment,
    Win,
)
from onward.portability.errors import Problem
from onward.portability.sections import growth_records as records
from onward.portability.sections.base import Record
from onward.portability.sections.context import LoadContext
from onward.portability.sections.linked import LinkedSection, same_uids
from onward.skills.models import LearningAction

if TYPE_CHECKING:
    from onward.portability.document import Document


class _ReuseSection(LinkedSection):
    """A section whose rows are unique per ``unique_by`` (besides the uid)."""

    unique_by: str = ""  # a reference field of the record and the model

    def check(self, document: Document) -> Iterator[Problem]:
        yield from super().check(document)
        for index, record, value in same_uids(document.sections[self.name], self.unique_by):
            message = f"{self.unique_by}: more than one {self.noun} for {value} in this file"
            yield self.problem(index, record, message)

    def match(self, record: Record, values: dict[str, Any], ctx: LoadContext) -> OwnedModel | None:
        target = values[f"{self.unique_by}_id"]
        if target is None:  # a new target has no rows yet
            return None
        return self.model._default_manager.filter(
            owner_id__in=ctx.owner_ids, **{f"{self.unique_by}_id": target}
        ).first()


class ReframeSection(LinkedSection):
    name = "reframes"
    noun = "reframe"
    record = records.ReframeRecord
    model = Reframe
    optional_refs = {"application": "applications"}
    fields = ("thought", "evidence_for", "evidence_against", "balanced_view", "points_toward")


class ReflectionSection(LinkedSection):
    name = "reflections"
    noun = "reflection"
    record = records.ReflectionRecord
    model = Reflection
    optional_refs = {"application": "applications", "event": "events"}
    fields = ("kind", "went_well", "lacked", "skill_tags")

    def check(self, document: Document) -> Iterator[Problem]:
        yield from super().check(document)
        events = {e.uid: e for e in document.sections.get("events", ())}
        for index, item in enumerate(document.sections[self.name]):
            assert isinstance(item, records.ReflectionRecord)
            event = events.get(item.event) if item.event else None
            if event is not None and getattr(event, "application", None) != item.application:
                yield self.problem(index, item, "event: belongs to another application")


class UnsureMomentSection(LinkedSection):
    name = "unsure_moments"
    noun = "unsure moment"
    record = records.UnsureMomentRecord
    model = UnsureMoment
    refs = {"reflection": "reflections"}
    fields = ("stage", "interview_round", "question", "note")


class ControlFactorSection(LinkedSection):
    name = "control_factors"
    noun = "control factor"
    record = records.ControlFactorRecord
    model = ControlFactor
    refs = {"reflection": "reflections"}
    fields = ("text", "control")


class FeedbackRequestSection(_ReuseSection):
    name = "feedback_requests"
    noun = "feedback request"
    record = records.FeedbackRequestRecord
    model = FeedbackRequest
    refs = {"application": "applications"}
    unique_by = "application"
    fields = (
        "status",
        "contact_name",
        "contact_email",
        "tone",
        "subject",
        "body",
        "requested_on",
        "no_reply_after_days",
        "replied_on",
    )


class FeedbackSection(LinkedSection):
    name = "feedback"
    noun = "feedback"
    record = records.FeedbackRecord
    model = Feedback
    refs = {"application": "applications"}
    optional_refs = {"request": "feedback_requests"}
    fields = ("received_on", "text", "themes")


class CheckInSection(LinkedSection):
    name = "checkins"
    noun = "check-in"
    record = records.CheckInRecord
    model = CheckIn
    optional_refs = {"application": "applications"}
    fields = ("at", "mood", "energy", "note", "context")


class GoalSection(LinkedSection):
    name = "goals"
    noun = "goal"
    record = records.GoalRecord
    model = Goal
    optional_refs = {"reframe": "reframes"}
    fields = ("metric", "label", "target", "active", "started_on")


class GoalEntrySection(LinkedSection):
    name = "goal_entries"
    noun = "goal entry"
    record = records.GoalEntryRecord
    model = GoalEntry
    refs = {"goal": "goals"}
    fields = ("on", "amount", "note")


class HabitSection(LinkedSection):
    name = "habits"
    noun = "habit"
    record = records.HabitRecord
    model = Habit
    fields = ("name", "kind", "cadence", "active")


class HabitCheckSection(LinkedSection):
    name = "habit_checks"
    noun = "habit check-off"
    record = records.HabitCheckRecord
    model = HabitCheck
    refs = {"habit": "habits"}
    fields = ("on",)

    def check(self, document: Document) -> Iterator[Problem]:
        seen: set[tuple[Any, Any]] = set()
        for index, item in enumerate(document.sections[self.name]):
            assert isinstance(item, records.HabitCheckRecord)
            if (item.habit, item.on) in seen:
                yield self.problem(index, item, "on: the habit is already checked off that day")
            seen.add((item.habit, item.on))

    def match(self, record: Record, values: dict[str, Any], ctx: LoadContext) -> OwnedModel | None:
        if values["habit_id"] is None:
            return None
        return HabitCheck.objects.filter(habit_id=values["habit_id"], on=values["on"]).first()


class WinSection(LinkedSection):
    name = "wins"
    noun = "win"
    record = records.WinRecord
    model = Win
    optional_refs = {"application": "applications"}
    fields = ("kind", "title", "note", "occurred_at", "source_key", "celebrated_at", "hidden_at")

    def check(self, document: Document) -> Iterator[Problem]:
        yield from super().check(document)
        automatic = [w for w in document.sections[self.name] if getattr(w, "source_key", "")]
        for _, item, value in same_uids(automatic, "source_key"):
            index = document.sections[self.name].index(item)
            yield self.problem(index, item, f"source_key: {value!r} is used twice")

    def match(self, record: Record, values: dict[str, Any], ctx: LoadContext) -> OwnedModel | None:
        if not values["source_key"]:
            return None
        return Win.objects.filter(
            owner_id__in=ctx.owner_ids, source_key=values["source_key"]
        ).first()


class FollowUpSection(LinkedSection):
    name = "follow_ups"
    noun = "follow-up"
    record = records.FollowUpRecord
    model = FollowUp
    optional_refs = {"application": "applications"}
    fields = ("title", "due_on", "done_at", "notes")


class LearningActionSection(LinkedSection):
    name = "learning_actions"
    noun = "learning action"
    record = records.LearningActionRecord
    model = LearningAction
    optional_refs = {"reframe": "reframes"}
    many_refs = {"applications": ("surfaced_by", "applications")}
    fields = (
        "title",
        "kind",
        "skill_label",
        "skill_id",
        "status",
        "hours_planned",
        "hours_spent",
        "due_on",
        "url",
        "notes",
        "completed_at",
    )


class ReboundFlowSection(_ReuseSection):
    name = "rebound_flows"
    noun = "rebound flow"
    record = records.ReboundFlowRecord
    model = ReboundFlow
    refs = {"rejection": "rejections"}
    unique_by = "rejection"
    optional_refs = {"reflection": "reflections", "checkin": "checkins", "reframe": "reframes"}
    fields = ("step", "skipped", "finished_at")


class GuardrailDismissalSection(LinkedSection):
    name = "guardrail_dismissals"
    noun = "dismissal"
    record = records.GuardrailDismissalRecord
    model = GuardrailDismissal
    fields = ("dismissed_at",)


GROWTH_SECTIONS = (
    ReframeSection(),
    ReflectionSection(),
    UnsureMomentSection(),
    ControlFactorSection(),
    FeedbackRequestSection(),
    FeedbackSection(),
    CheckInSection(),
    GoalSection(),
    GoalEntrySection(),
    HabitSection(),
    HabitCheckSection(),
    WinSection(),
    FollowUpSection(),
    LearningActionSection(),
    ReboundFlowSection(),
    GuardrailDismissalSection(),
)
