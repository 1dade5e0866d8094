"""config.proxy: forwarding headers count only from the trusted proxies."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured

from onward.config import env, proxy

LOCAL = tuple(ipaddress.ip_network(n) for n in ("127.0.0.1", "::1", "10.0.0.0/8"))


def _seen_by_app(peer: str, headers: dict[str, str]) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        seen.update(environ)
        start_response("200 OK", [])
        return [b""]

    environ = {
        "REMOTE_ADDR": peer,
        "wsgi.url_scheme": "http",
        "HTTP_HOST": "127.0.0.1:8000",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        **{"HTTP_" + k.upper().replace("-", "_"): v for k, v in headers.items()},
    }
    proxy.forwarded_headers(app, trusted=LOCAL)(environ, lambda *a: None)
    return seen


FORWARDED = {
    "X-Forwarded-Proto": "https",
    "X-Forwarded-For": "6.6.6.6, 203.0.113.9",
    "X-Forwarded-Host": "onward.example.org",
    "Forwarded": "for=7.7.7.7;proto=http",
}


@pytest.mark.parametrize(
    ("peer", "scheme", "client", "host"),
    [
        pytest.param("127.0.0.1", "https", "203.0.113.9", "onward.example.org", id="loopback"),
        pytest.param("::1", "https", "203.0.113.9", "onward.example.org", id="loopback-v6"),
        pytest.param("10.1.2.3", "https", "203.0.113.9", "onward.example.org", id="in-network"),
        pytest.param(
            "::ffff:10.1.2.3", "https", "203.0.113.9", "onward.example.org", id="v4-mapped"
        ),
        pytest.param("192.0.2.50", "http", "192.0.2.50", "127.0.0.1:8000", id="stranger"),
    ],
)
def test_headers_count_only_from_trusted_peers(
    peer: str, scheme: str, client: str, host: str
) -> None:
    seen = _seen_by_app(peer, FORWARDED)
    assert (seen["wsgi.url_scheme"], seen["REMOTE_ADDR"], seen["HTTP_HOST"]) == (
        scheme,
        client,
        host,
    )
    assert "HTTP_FORWARDED" not in seen  # never believed, never passed on
    if scheme == "http":
        assert not any(k.startswith("HTTP_X_FORWARDED") for k in seen)


def test_nothing_is_trusted_when_the_list_is_empty() -> None:
    seen: dict[str, Any] = {}

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        seen.update(environ)
        return [b""]

    wrapped = proxy.forwarded_headers(app, trusted=())
    wrapped(
        {"REMOTE_ADDR": "127.0.0.1", "wsgi.url_scheme": "http", "HTTP_X_FORWARDED_PROTO": "https"},
        lambda *a: None,
    )
    assert seen["wsgi.url_scheme"] == "http" and "HTTP_X_FORWARDED_PROTO" not in seen


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("proxy.internal", id="hostname"),
        pytest.param("10.0.0.0/33", id="bad-prefix"),
        pytest.param("127.0.0.1,*", id="wildcard"),
    ],
)
def test_trusted_proxies_must_be_addresses(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv("ONWARD_TRUSTED_PROXIES", raw)
    with pytest.raises(ImproperlyConfigured, match="ONWARD_TRUSTED_PROXIES must list IP"):
        env.get_networks("ONWARD_TRUSTED_PROXIES", [])
