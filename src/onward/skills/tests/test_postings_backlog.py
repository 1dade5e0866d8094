"""The postings backlog (an import, a taxonomy switch) is read to the end in one run, in
batches, a failing posting tried once; pages and the API show how far it has come."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from tests import factories

from onward.accounts.models import User
from onward.skills import services
from onward.skills.models import PostingAnalysis
from onward.skills.services import postings as postings_module
from onward.tracker.models import JobPosting

pytestmark = pytest.mark.django_db

TEXT = "Requirements:\n- Strong SQL\n- dbt is required."


def _stale(owner: User, count: int) -> list[JobPosting]:
    """Postings as an import leaves them: saved, not analysed yet."""
    found = [factories.posting(owner, description=TEXT) for _ in range(count)]
    PostingAnalysis.objects.filter(owner=owner).delete()
    return found


def test_the_backlog_runs_to_the_end_in_batches(alice: User) -> None:
    _stale(alice, 5)
    assert services.posting_progress(owner=alice) == services.PostingProgress(5, 5)
    assert services.postings_analyse_backlog(batch=2, pause=0) == 5
    progress = services.posting_progress(owner=alice)
    assert (progress.pending, progress.total, progress.percent) == (0, 5, 100)


def test_a_failing_posting_is_tried_once_per_run(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad, *good = _stale(alice, 3)
    real = postings_module.posting_skills_refresh_safely
    tried: list[int] = []

    def refresh(*, posting: JobPosting) -> bool:
        tried.append(posting.pk)
        return False if posting.pk == bad.pk else real(posting=posting)

    monkeypatch.setattr(postings_module, "posting_skills_refresh_safely", refresh)
    assert services.postings_analyse_backlog(batch=1, pause=0) == 2
    assert sorted(tried) == sorted([bad.pk, *(p.pk for p in good)])
    assert services.posting_progress(owner=alice).pending == 1


def test_progress_is_per_owner(alice: User, bob: User) -> None:
    _stale(alice, 2)
    factories.posting(bob, description=TEXT)
    assert services.posting_progress(owner=bob).pending == 0
    assert services.posting_progress(owner=alice).percent == 0


def test_pages_and_api_show_the_progress(alice: User, alice_client: Client) -> None:
    _stale(alice, 3)
    for url in (reverse("skills:gaps"), reverse("skills:profile")):
        text = alice_client.get(url).content.decode()
        assert "Reading 3 postings for skills: 0% done." in text
    body = alice_client.get("/api/v1/skills/gaps").json()
    assert (body["postings_pending"], body["postings_progress"]) == (3, 0)
    services.postings_analyse_backlog(pause=0)
    assert "Reading" not in alice_client.get(reverse("skills:gaps")).content.decode()
    body = alice_client.get("/api/v1/skills/gaps").json()
    assert (body["postings_pending"], body["postings_progress"]) == (0, 100)


def test_a_run_stops_when_its_time_is_up(alice: User) -> None:
    """A long backlog is left to the next run rather than outliving the task's lease."""
    _stale(alice, 3)
    assert services.postings_analyse_backlog(batch=1, pause=0, budget=0) == 0
    assert services.posting_progress(owner=alice).pending == 3
