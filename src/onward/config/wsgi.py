"""WSGI entry point: ``waitress-serve onward.config.wsgi:application`` or gunicorn.

``onward serve`` is the supported way to run Onward: it also applies a TLS proxy's
``X-Forwarded-*`` headers for ``ONWARD_TRUSTED_PROXIES`` (config/proxy.py). Another server
must do that itself, from trusted peers only.
"""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "onward.config.settings")
application = get_wsgi_application()
