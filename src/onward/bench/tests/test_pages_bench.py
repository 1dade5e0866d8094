"""The page benchmark's account builder and route discovery (no timing here: the bench
itself is run by hand, ``python -m onward.bench pages``)."""

from __future__ import annotations

import pytest
from django.test import Client

from onward.accounts.models import User
from onward.bench.account import build_account
from onward.bench.pages import api_urls, html_urls
from onward.growth.models import Win
from onward.skills.models import NamedSkill, PostingSkill
from onward.tracker.choices import Stage
from onward.tracker.models import Application, ApplicationEvent

pytestmark = pytest.mark.django_db


def test_the_account_has_a_realistic_history(alice: User) -> None:
    built = build_account(owner=alice, applications=60)
    apps = Application.objects.filter(owner=alice)
    assert apps.count() == 60 == built.counts["applications"]
    stages = set(apps.values_list("stage", flat=True))
    assert {Stage.REJECTED, Stage.GHOSTED} <= stages
    assert ApplicationEvent.objects.filter(owner=alice).count() == built.counts["events"] > 60
    assert PostingSkill.objects.filter(owner=alice).exists()
    assert Win.objects.filter(owner=alice, source_key__startswith="event:").exists()
    assert NamedSkill.objects.filter(owner=alice).exists()  # reflections read for skills


def test_every_discovered_page_and_list_answers(alice: User) -> None:
    built = build_account(owner=alice, applications=40)
    urls = {**html_urls(built.ids), **api_urls()}
    assert "tracker:board" in urls and "api /api/v1/skills/gaps" in urls
    assert "strategy:experiment" in urls and "strategy:review_detail" in urls
    client = Client()
    client.force_login(alice)
    bearer = f"Bearer {built.token}"
    failed = {
        name: status
        for name, url in urls.items()
        if (status := client.get(url, HTTP_AUTHORIZATION=bearer).status_code) not in (200, 302, 405)
    }
    assert failed == {}
