"""Django settings for Onward.

Everything comes from ``ONWARD_*`` env vars, documented in docs/configuration.md.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import platformdirs
from django.core.exceptions import ImproperlyConfigured

from onward.config import env
from onward.config.checks import ServerSettings, enforce_server_settings
from onward.config.database import parse_database_url, sqlite_config
from onward.config.secrets import load_or_create_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent

MODE = env.get_choice("ONWARD_MODE", "local", ("local", "server"))
SERVER_MODE = MODE == "server"

DATA_DIR = Path(
    env.get_str("ONWARD_DATA_DIR") or platformdirs.user_data_dir("onward", appauthor=False)
).expanduser()
DATA_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)

DEBUG = env.get_bool("ONWARD_DEBUG", False)
HTTPS = env.get_bool("ONWARD_HTTPS", SERVER_MODE)

if SERVER_MODE:
    SECRET_KEY = env.get_str("ONWARD_SECRET_KEY")
    ALLOWED_HOSTS = env.get_list("ONWARD_ALLOWED_HOSTS", [])
    enforce_server_settings(
        ServerSettings(secret_key=SECRET_KEY, debug=DEBUG, allowed_hosts=ALLOWED_HOSTS, https=HTTPS)
    )
else:
    SECRET_KEY = env.get_str("ONWARD_SECRET_KEY") or load_or_create_secret_key(DATA_DIR)
    ALLOWED_HOSTS = env.get_list("ONWARD_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])

SIGNUP_ENABLED = env.get_bool("ONWARD_SIGNUP", False)
GHOST_AFTER_DAYS = env.get_int("ONWARD_GHOST_AFTER_DAYS", 30, minimum=1)
# Where to find support, shown after repeated very low check-ins (growth/support.py):
# a UTF-8 file, one "Name | what it is | https://..." per line; empty: the built-in list.
SUPPORT_RESOURCES = env.get_str("ONWARD_SUPPORT_RESOURCES", "")
SIGNIN_LINK_MINUTES = env.get_int("ONWARD_SIGNIN_LINK_MINUTES", 24 * 60, minimum=1)
CSRF_TRUSTED_ORIGINS = env.get_list("ONWARD_CSRF_TRUSTED_ORIGINS", [])
# Skills engine: which taxonomy (auto: ESCO when installed, else the built-in vocabulary)
# and which semantic linking (auto: the fast static encoder when the extra is installed).
SKILLS_TAXONOMY = env.get_choice("ONWARD_SKILLS_TAXONOMY", "auto", ("auto", "builtin", "esco"))
SKILLS_SEMANTIC = env.get_choice(
    "ONWARD_SKILLS_SEMANTIC", "auto", ("auto", "static", "minilm", "none")
)

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.forms",
    "django_htmx",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "onward.core",
    "onward.accounts",
    "onward.tracker",
    "onward.growth",
    "onward.skills",
    "onward.strategy",
    "onward.networking",
    "onward.inbox",
    "onward.timeline",
    "onward.portability",
    "onward.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "onward.core.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "onward.core.middleware.UserTimezoneMiddleware",
    "onward.web.page_cache.PageCacheMiddleware",
    "onward.core.middleware.DatabaseBusyMiddleware",
]

FORM_RENDERER = "onward.core.forms.OnwardFormRenderer"
ROOT_URLCONF = "onward.config.urls"
WSGI_APPLICATION = "onward.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "onward.core.context_processors.site",
            ],
        },
    },
]

_database_url = env.get_str("ONWARD_DATABASE_URL")
DATABASES = {
    "default": parse_database_url(_database_url)
    if _database_url
    else sqlite_config(DATA_DIR / "onward.sqlite3")
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Background work: Django's tasks API (django-tasks backport), queued in the database and
# run by `onward worker`, or by `onward serve` in local mode (see core/background.py).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# The reminders digest over SMTP (networking); no mail is sent unless ONWARD_EMAIL_HOST is
# set. The password may come from ONWARD_EMAIL_PASSWORD_FILE (see config/env.py).
EMAIL_HOST = env.get_str("ONWARD_EMAIL_HOST")
EMAIL_PORT = env.get_int("ONWARD_EMAIL_PORT", 587, minimum=1)
EMAIL_HOST_USER = env.get_str("ONWARD_EMAIL_USER")
EMAIL_HOST_PASSWORD = env.get_str("ONWARD_EMAIL_PASSWORD")
_email_security = env.get_choice("ONWARD_EMAIL_SECURITY", "starttls", ("starttls", "tls", "none"))
EMAIL_USE_TLS = _email_security == "starttls"
EMAIL_USE_SSL = _email_security == "tls"
EMAIL_TIMEOUT = env.get_int("ONWARD_EMAIL_TIMEOUT", 20, minimum=1)
DEFAULT_FROM_EMAIL = env.get_str("ONWARD_EMAIL_FROM") or EMAIL_HOST_USER or "onward@localhost"
ONWARD_EMAIL_ENABLED = bool(EMAIL_HOST)
DIGEST_HOUR = env.get_int("ONWARD_DIGEST_HOUR", 7, minimum=0)
if DIGEST_HOUR > 23:
    raise ImproperlyConfigured(f"ONWARD_DIGEST_HOUR must be 0-23, not {DIGEST_HOUR}")

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:signin"
LOGIN_REDIRECT_URL = "web:dashboard"
LOGOUT_REDIRECT_URL = "accounts:signin"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Sign-in limits (docs/configuration.md, ONWARD_SIGNIN_MAX_FAILURES): per account and
# address, per address, and a much higher per-account ceiling that slows down, never locks.
SIGNIN_MAX_FAILURES = env.get_int("ONWARD_SIGNIN_MAX_FAILURES", 5, minimum=1)
SIGNIN_MAX_FAILURES_PER_ADDRESS = 4 * SIGNIN_MAX_FAILURES
SIGNIN_ACCOUNT_CEILING = 10 * SIGNIN_MAX_FAILURES
SIGNIN_BACKOFF_MAX_SECONDS = 60
SIGNIN_LOCKOUT_MINUTES = 15

SESSION_COOKIE_AGE = 14 * 24 * 3600
if not SERVER_MODE:
    # Cookies are per data dir: on 127.0.0.1 the demo (`onward serve --demo`) and your own
    # Onward share a host, and one must not sign the other out.
    _COOKIE_SUFFIX = hashlib.sha256(str(DATA_DIR.resolve()).encode()).hexdigest()[:8]
    SESSION_COOKIE_NAME = f"onward_session_{_COOKIE_SUFFIX}"
    CSRF_COOKIE_NAME = f"onward_csrftoken_{_COOKIE_SUFFIX}"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

if HTTPS:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env.get_bool("ONWARD_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env.get_int("ONWARD_HSTS_SECONDS", 31536000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
# Behind a TLS proxy: `onward serve` applies X-Forwarded-Proto/-For/-Host from these peers
# only (config/proxy.py), so Django sees the real scheme, host and client address and needs
# no SECURE_PROXY_SSL_HEADER of its own (which would believe the header from anyone).
TRUST_PROXY = env.get_bool("ONWARD_TRUST_PROXY", False)
TRUSTED_PROXIES = env.get_networks("ONWARD_TRUSTED_PROXIES", ["127.0.0.1", "::1"])

LANGUAGE_CODE = "en-us"
TIME_ZONE = env.get_str("ONWARD_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# Repeat views of unchanged pages answered from this process's memory (web/page_cache.py,
# docs/configuration.md ONWARD_PAGE_CACHE). "default" holds drawn charts (core/chart_cache.py).
PAGE_CACHE = env.get_bool("ONWARD_PAGE_CACHE", True)
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "onward-pages",
        "OPTIONS": {"MAX_ENTRIES": 100},
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.get_str("ONWARD_LOG_LEVEL", "WARNING").upper()},
}

NINJA_PAGINATION_PER_PAGE = 50
NINJA_PAGINATION_MAX_LIMIT = 200
