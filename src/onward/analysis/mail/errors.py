"""Errors of the mail readers: input problems with a message a person can act on."""

from __future__ import annotations


class MailFormatError(ValueError):
    """The input is not what it should be (not an email, not an mbox, unreadable)."""


class NotAnMboxError(MailFormatError):
    """The file does not start like an mbox file (``From `` envelope line)."""


class NotAnEmailError(MailFormatError):
    """The bytes do not look like one RFC 5322 message."""
