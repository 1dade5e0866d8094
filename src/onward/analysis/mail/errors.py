"""Errors of the mail readers: input problems with a message a person can act on."""

from __future__ import annotations


class MailFormatError(ValueError):
    """The input is not what it should be (not an email, not an mbox, unreadable)."""


class NotAnMboxError(MailFormatError):
    """The file does not start like an mbox file (``From `` envelope line)."""


class NotAnEmailError(MailFormatError):
    """The bytes do not look like one RFC 5322 message."""


# What a file is when it is not mail, by its first bytes, with what to do about it.
SIGNATURES = {
    b"\x1f\x8b": "gzip-compressed; unpack it first (gunzip)",
    b"PK\x03\x04": "a zip archive (a Takeout download?); unzip it and pick the mail inside",
    b"\xff\xfe": "UTF-16 text, not mail",
    b"\xfe\xff": "UTF-16 text, not mail",
    b"%PDF": "a PDF document",
    b"\xd0\xcf\x11\xe0": "an Outlook .msg or other OLE file (save the message as .eml instead)",
}


def binary_kind(data: bytes) -> str:
    """What ``data`` is when its first bytes say it is not mail ("" otherwise)."""
    return next((what for magic, what in SIGNATURES.items() if data.startswith(magic)), "")
