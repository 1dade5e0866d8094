"""Test settings: a private temporary data dir, never the developer's own data or config."""

from __future__ import annotations

import os
import tempfile

for _name in list(os.environ):
    # Keep the database choice (the PostgreSQL leg) and the screenshot switch of the
    # browser tests; drop everything else so no developer config leaks into a test.
    if _name.startswith("ONWARD_") and _name not in ("ONWARD_DATABASE_URL", "ONWARD_SCREENSHOTS"):
        del os.environ[_name]
os.environ["ONWARD_DATA_DIR"] = tempfile.mkdtemp(prefix="onward-test-")

from onward.config.settings import *  # noqa: E402,F403

# Argon2 is the real hasher (see test_settings); tests use a fast one.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# The skills engine: lexical only, unless a test asks for semantic linking itself.
SKILLS_SEMANTIC = "none"
