"""Believe ``X-Forwarded-*`` headers only from the proxies in ``ONWARD_TRUSTED_PROXIES``.

``onward serve`` wraps the WSGI app with :func:`forwarded_headers`. For a request whose peer
is a trusted proxy, waitress's own parser rewrites the scheme (``X-Forwarded-Proto``), the
host (``X-Forwarded-Host``) and ``REMOTE_ADDR`` (the last ``X-Forwarded-For`` hop: the
address the proxy saw) before Django runs, so HTTPS detection, CSRF origin checks, HSTS and
the sign-in limits all see the real client. From any other peer, and always when
``ONWARD_TRUST_PROXY`` is off, every forwarding header is dropped, so a client cannot forge
them. waitress's ``trusted_proxy`` names one address only; this adds the list of networks.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterable
from typing import Any

from waitress.proxy_headers import proxy_headers_middleware

from onward.config.env import IPNetwork

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

# The headers a TLS-terminating proxy sets; ``Forwarded`` (RFC 7239) and the others are dropped.
TRUSTED_HEADERS = frozenset({"x-forwarded-proto", "x-forwarded-for", "x-forwarded-host"})


def is_trusted(peer: str, networks: Iterable[IPNetwork]) -> bool:
    try:
        address = ipaddress.ip_address(peer)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return any(address in network for network in networks)


def forwarded_headers(app: WSGIApp, *, trusted: Iterable[IPNetwork]) -> WSGIApp:
    """Apply forwarding headers from ``trusted`` peers (one hop), drop them from all others.

    Serve the result with waitress's ``clear_untrusted_proxy_headers=False``: otherwise
    waitress drops the headers before this wrapper sees them.
    """
    networks = tuple(trusted)
    from_proxy = proxy_headers_middleware(
        app, trusted_proxy="*", trusted_proxy_count=1, trusted_proxy_headers=TRUSTED_HEADERS
    )
    from_anyone_else = proxy_headers_middleware(app, trusted_proxy=None, clear_untrusted=True)

    def route(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        peer = str(environ.get("REMOTE_ADDR", ""))
        chosen = from_proxy if networks and is_trusted(peer, networks) else from_anyone_else
        return chosen(environ, start_response)  # type: ignore[no-any-return]

    return route
