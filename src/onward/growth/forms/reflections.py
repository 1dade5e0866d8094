"""The reflection form: a few free-text fields plus two repeating parts (formsets):
moments you felt unsure, and factors sorted into within / outside your control."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django import forms

from onward.core.forms import OnwardForm
from onward.growth.choices import Control
from onward.growth.forms.common import textarea
from onward.growth.models import Reflection
from onward.tracker.choices import InterviewKind, Stage
from onward.tracker.models import ApplicationEvent

MAX_TAGS = 20
MAX_TAG_LENGTH = 60


GENERIC_MOMENTS = [
    ("applied", "The application itself"),
    ("screening", "Screening"),
    ("interview", "An interview"),
    ("offer", "Offer talks"),
]


def moment_choices(events: Iterable[ApplicationEvent]) -> list[tuple[str, str]]:
    """When a moment happened: the application, or one of its screening/interview steps."""
    choices = [("", "Choose…"), ("applied", "The application itself")]
    for event in events:
        if event.stage == Stage.SCREENING:
            choices.append(("screening", "Screening"))
        elif event.stage == Stage.INTERVIEW and event.interview_round:
            kind = InterviewKind(event.interview_kind).label if event.interview_kind else ""
            label = f"Interview round {event.interview_round}" + (f" ({kind})" if kind else "")
            choices.append((f"interview:{event.interview_round}", label))
        elif event.stage == Stage.OFFER:
            choices.append(("offer", "Offer talks"))
    return list(dict.fromkeys(choices)) if len(choices) > 2 else [("", "Choose…"), *GENERIC_MOMENTS]


def _when_value(stage: str, interview_round: int | None) -> str:
    return f"{stage}:{interview_round}" if stage and interview_round else stage


class MomentForm(OnwardForm):
    when = forms.ChoiceField(required=False, label="When")
    question = forms.CharField(
        required=False, max_length=1000, label="The question, if there was one"
    )
    note = forms.CharField(
        required=False, max_length=2000, label="What made you unsure", widget=textarea(2)
    )

    def __init__(self, *args: Any, when_choices: Sequence[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["when"]
        field.choices = list(when_choices)
        initial = self.initial.get("when", "")
        if initial and initial not in dict(when_choices):
            field.choices = [*field.choices, (initial, initial.replace(":", " round "))]

    def moment(self) -> dict[str, Any] | None:
        data = getattr(self, "cleaned_data", {})
        if not any(data.get(name) for name in ("when", "question", "note")):
            return None
        stage, _, round_text = str(data.get("when", "")).partition(":")
        interview_round = int(round_text) if round_text.isdigit() else None
        return {
            "stage": stage,
            "interview_round": interview_round,
            "question": data.get("question", ""),
            "note": data.get("note", ""),
        }


class FactorForm(OnwardForm):
    text = forms.CharField(required=False, max_length=300, label="Factor")
    control = forms.ChoiceField(
        choices=Control.choices,
        initial=Control.UNSURE,
        required=False,
        widget=forms.RadioSelect,
        label="Whose hands is it in?",
    )

    def factor(self) -> dict[str, str] | None:
        data = getattr(self, "cleaned_data", {})
        text = str(data.get("text", "")).strip()
        return {"text": text, "control": data.get("control") or Control.UNSURE} if text else None


MomentFormSet = forms.formset_factory(MomentForm, extra=1, max_num=20, absolute_max=40)
FactorFormSet = forms.formset_factory(FactorForm, extra=2, max_num=20, absolute_max=40)


class ReflectionMainForm(OnwardForm):
    went_well = forms.CharField(
        required=False,
        max_length=5000,
        label="What went well",
        help_text="Small things count: an answer you liked, a good conversation, getting this far.",
        widget=textarea(3),
    )
    lacked = forms.CharField(
        required=False,
        max_length=5000,
        label="Qualifications you felt you lacked",
        help_text="Only what you noticed; this is a note to yourself.",
        widget=textarea(3),
    )
    skill_tags = forms.CharField(
        required=False,
        max_length=1000,
        label="Skills to name",
        help_text="Separate with commas, e.g. SQL, dbt, stakeholder management.",
    )

    def clean_skill_tags(self) -> list[str]:
        raw = str(self.cleaned_data.get("skill_tags", ""))
        tags = list(dict.fromkeys(t.strip() for t in raw.split(",") if t.strip()))
        if len(tags) > MAX_TAGS:
            raise forms.ValidationError(f"Up to {MAX_TAGS} skills, please.")
        if any(len(tag) > MAX_TAG_LENGTH for tag in tags):
            raise forms.ValidationError(f"Keep each skill under {MAX_TAG_LENGTH} characters.")
        return tags


class ReflectionForms:
    """The reflection form with its two repeating parts: unsure moments and factors."""

    def __init__(
        self,
        data: Any = None,
        *,
        when_choices: Sequence[tuple[str, str]],
        reflection: Reflection | None = None,
    ) -> None:
        main, moments, factors = self._initial(reflection)
        self.main = ReflectionMainForm(data, initial=main)
        self.moments = MomentFormSet(
            data,
            prefix="moments",
            initial=moments,
            form_kwargs={"when_choices": when_choices},
        )
        self.factors = FactorFormSet(data, prefix="factors", initial=factors)

    @staticmethod
    def _initial(reflection: Reflection | None) -> tuple[dict[str, Any], list[Any], list[Any]]:
        if reflection is None:
            return {}, [], []
        main = {
            "went_well": reflection.went_well,
            "lacked": reflection.lacked,
            "skill_tags": ", ".join(reflection.skill_tags),
        }
        moments = [
            {
                "when": _when_value(m.stage, m.interview_round),
                "question": m.question,
                "note": m.note,
            }
            for m in reflection.moments.all()
        ]
        factors = [{"text": f.text, "control": f.control} for f in reflection.factors.all()]
        return main, moments, factors

    @property
    def is_bound(self) -> bool:
        return self.main.is_bound

    def is_valid(self) -> bool:
        return all([self.main.is_valid(), self.moments.is_valid(), self.factors.is_valid()])

    @property
    def has_errors(self) -> bool:
        return self.is_bound and not self.is_valid()

    def payload(self) -> dict[str, Any]:
        moments = [m for m in (form.moment() for form in self.moments.forms) if m]
        factors = [f for f in (form.factor() for form in self.factors.forms) if f]
        return {**self.main.cleaned_data, "moments": moments, "factors": factors}

    def is_empty(self) -> bool:
        data = self.payload()
        return not any(data[name] for name in data)

    def factor_texts(self) -> list[str]:
        return [str(form["text"].value() or "") for form in self.factors.forms]
