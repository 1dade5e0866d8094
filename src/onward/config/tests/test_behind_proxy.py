"""The real ``onward serve`` behind a TLS proxy, and without one (forged headers ignored).

Each server is a separate process in server mode with its own data dir and database (a fresh
PostgreSQL database on the PostgreSQL leg), as users run it.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator

import pytest

from onward.config.tests.live import HOST, PASSWORD, Forwarder, Server, running_server


@pytest.fixture(scope="module")
def proxied(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Behind a proxy on 127.0.0.1 (the default ONWARD_TRUSTED_PROXIES)."""
    with running_server(
        tmp_path_factory.mktemp("proxied"), {"ONWARD_TRUST_PROXY": "true"}
    ) as server:
        yield server


@pytest.fixture(
    scope="module",
    params=[
        pytest.param({}, id="trust-proxy-off"),
        pytest.param(
            {"ONWARD_TRUST_PROXY": "true", "ONWARD_TRUSTED_PROXIES": "192.0.2.1,10.0.0.0/8"},
            id="peer-not-a-trusted-proxy",
        ),
    ],
)
def direct(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """Clients reach Onward directly: forwarding headers must count for nothing."""
    env = {**request.param, "ONWARD_SSL_REDIRECT": "false"}
    with running_server(tmp_path_factory.mktemp("direct"), env) as server:
        yield server


def test_https_request_is_served_with_hsts_and_csp(proxied: Server) -> None:
    page = Forwarder(proxied).get("/accounts/signin/")
    assert page.status == 200, (page.status, page.headers.get("location"))
    assert page.headers["strict-transport-security"].startswith("max-age=31536000")
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]


def test_plain_http_is_redirected_to_https(proxied: Server) -> None:
    page = Forwarder(proxied, proto="http").get("/accounts/signin/?next=/board/")
    assert page.status == 301
    assert page.headers["location"] == f"https://{HOST}/accounts/signin/?next=/board/"


def test_browser_form_post_passes_csrf_and_signs_in(proxied: Server) -> None:
    browser = Forwarder(proxied, client="198.51.100.20")
    done = browser.sign_in("alice", PASSWORD, browser.signin_form())
    assert done.status == 302, done.body[:500]
    assert done.headers["location"] == "/"
    assert "sessionid" in done.cookies


def test_made_up_names_from_one_address_do_not_lock_out_alice(proxied: Server) -> None:
    attacker = Forwarder(proxied, client="203.0.113.66")
    form = attacker.signin_form()
    statuses = [attacker.sign_in(f"nobody{i}", "guess", form).status for i in range(20)]
    assert statuses == [400] * 20
    refused = attacker.sign_in("alice", PASSWORD, form)
    assert refused.status == 429
    assert int(refused.headers["retry-after"]) > 0
    alice = Forwarder(proxied, client="198.51.100.30")
    assert alice.sign_in("alice", PASSWORD, alice.signin_form()).status == 302


def test_wrong_passwords_lock_alice_out_from_that_address_only(proxied: Server) -> None:
    # The proxy appends the address it saw; what the client put in front is not believed.
    form = Forwarder(proxied, client="203.0.113.77").signin_form()
    for i in range(5):
        guesser = Forwarder(proxied, forwarded_for=f"10.9.9.{i}, 203.0.113.77")
        assert guesser.sign_in("alice", "guess", form).status == 400
    guesser = Forwarder(proxied, forwarded_for="10.9.9.99, 203.0.113.77")
    assert guesser.sign_in("alice", PASSWORD, form).status == 429
    alice = Forwarder(proxied, client="198.51.100.40")
    assert alice.sign_in("alice", PASSWORD, alice.signin_form()).status == 302


@pytest.mark.parametrize(
    ("names", "checks"),
    [
        pytest.param(["alice"] * 16, 5, id="one-account-limit-5"),
        pytest.param([f"nobody{i}" for i in range(30)], 20, id="one-address-limit-20"),
    ],
)
def test_parallel_attempts_get_no_more_checks_than_the_limit(
    proxied: Server, names: list[str], checks: int
) -> None:
    client = f"203.0.113.{100 + len(names)}"  # an address of its own for each case
    forwarder = Forwarder(proxied, client=client)
    form = forwarder.signin_form()
    start = threading.Barrier(len(names))
    statuses: list[int] = []

    def attempt(name: str) -> None:
        start.wait()
        statuses.append(forwarder.sign_in(name, "guess", form).status)

    threads = [threading.Thread(target=attempt, args=(name,)) for name in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Counter(statuses) == {400: checks, 429: len(names) - checks}


def test_forged_https_is_not_believed(direct: Server) -> None:
    # Without a trusted proxy the request is plain HTTP, whatever the client claims: no HSTS,
    # and the CSRF check wants the http origin.
    forger = Forwarder(direct, client="203.0.113.5")
    page = forger.get("/accounts/signin/")
    assert page.status == 200
    assert "strict-transport-security" not in page.headers
    forged = forger.sign_in("alice", PASSWORD, forger.signin_form())
    assert forged.status == 403  # Origin https://... is not this plain-http site


def test_forged_addresses_do_not_dodge_the_limit(direct: Server) -> None:
    form = Forwarder(direct, proto="http").signin_form()
    for i in range(5):
        forger = Forwarder(direct, proto="http", client=f"10.8.8.{i}")
        assert forger.sign_in("alice", "guess", form).status == 400
    forger = Forwarder(direct, proto="http", client="10.8.8.99")
    assert forger.sign_in("alice", PASSWORD, form).status == 429
