"""Skills named in reflections and feedback are read once and stored: new, edited,
deleted and re-themed texts, another engine, and one bad text among good ones."""

from __future__ import annotations

from typing import Any

import pytest

from onward.accounts.models import User
from onward.growth import services as growth_services
from onward.skills import services
from onward.skills.engine import get_engine
from onward.skills.models import JournalAnalysis, NamedSkill
from onward.skills.services import journal
from onward.skills.tests.conftest import MakeApp

pytestmark = pytest.mark.django_db


def _named(owner: User) -> list[str]:
    return sorted(NamedSkill.objects.filter(owner=owner).values_list("label", flat=True))


def test_new_and_edited_reflections_are_read_once(alice: User) -> None:
    reflection = growth_services.reflection_create(
        owner=alice, kind="general", lacked="Tableau in depth"
    )
    assert services.journal_analyse_pending() == 1
    assert _named(alice) == ["Tableau"]
    assert services.journal_analyse_pending() == 0  # unchanged: not read again
    growth_services.reflection_update(
        reflection=reflection,
        went_well="",
        lacked="Python, not Tableau",
        skill_tags=[],
        moments=[],
        factors=[],
    )
    assert services.journal_analyse_pending() == 1
    assert _named(alice) == ["Python", "Tableau"]
    growth_services.reflection_delete(reflection=reflection)
    assert (JournalAnalysis.objects.count(), NamedSkill.objects.count()) == (0, 0)


def test_feedback_counts_only_when_it_is_about_skills(alice: User, make_app: MakeApp) -> None:
    app = make_app(alice, "", stage="rejected")
    feedback = growth_services.feedback_record(
        application=app,
        text="We needed stronger SQL.",
        themes=["culture_fit"],
        received_on=app.rejection.received_on,
    )
    services.journal_analyse_pending()
    assert _named(alice) == []  # read, and nothing named: not pending any more
    assert journal.journal_pending(owner=alice) == []
    growth_services.feedback_update(
        feedback=feedback,
        text=feedback.text,
        received_on=feedback.received_on,
        themes=["technical_skills"],
    )
    services.journal_analyse_pending()
    assert _named(alice) == ["SQL"]


def test_another_engine_reads_everything_again(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    growth_services.reflection_create(owner=alice, kind="general", lacked="Excel")
    services.journal_analyse_pending()
    engine = get_engine()
    monkeypatch.setattr(type(engine), "analysis_key", property(lambda self: "another|x9|none"))
    assert [s.kind for s in journal.journal_pending(owner=alice)] == ["reflection"]
    assert services.journal_analyse_pending(owner=alice) == 1
    assert JournalAnalysis.objects.get().taxonomy_key == "another|x9|none|j2"


def test_one_bad_text_does_not_stop_the_others(
    alice: User, bob: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    growth_services.reflection_create(owner=alice, kind="general", lacked="Excel")
    growth_services.reflection_create(owner=bob, kind="general", lacked="SQL")
    real = journal._skills

    def flaky(engine: Any, source: Any) -> list[tuple[str, str, str]]:
        if source.owner_id == alice.pk:
            raise RuntimeError("boom")
        return real(engine, source)

    monkeypatch.setattr(journal, "_skills", flaky)
    assert services.journal_analyse_pending() == 1
    assert (_named(alice), _named(bob)) == ([], ["SQL"])
    assert [s.owner_id for s in journal.journal_pending(owner=None)] == [alice.pk]


def test_pending_is_per_owner(alice: User, bob: User) -> None:
    growth_services.reflection_create(owner=alice, kind="general", lacked="Excel")
    growth_services.reflection_create(owner=bob, kind="general", lacked="SQL")
    assert services.journal_analyse_pending(owner=bob) == 1
    assert (_named(alice), _named(bob)) == ([], ["SQL"])


def test_feedback_names_only_what_it_says_was_lacking(alice: User, make_app: MakeApp) -> None:
    # The example of issue 10: a name that is also a product, praise, then the gap.
    text = (
        "Hi Maya, thanks for asking. Your SQL was strong. Where you fell short was the "
        "experimentation question: we needed someone who could size an A/B test and "
        "reason about statistical power."
    )
    app = make_app(alice, "", stage="rejected")
    growth_services.feedback_record(
        application=app,
        text=text,
        themes=["technical_skills"],
        received_on=app.rejection.received_on,
    )
    services.journal_analyse_pending()
    assert _named(alice) == ["A/B testing", "Statistics"]
    sentences = set(NamedSkill.objects.filter(owner=alice).values_list("sentence", flat=True))
    assert sentences == {text[text.index("Where") :]}
