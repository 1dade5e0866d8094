from __future__ import annotations

import zoneinfo
from typing import Any

from django import forms


class SignInForm(forms.Form):
    username = forms.CharField(
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "username", "autofocus": True}),
    )
    password = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )


class SignUpForm(forms.Form):
    username = forms.CharField(
        max_length=150, widget=forms.TextInput(attrs={"autocomplete": "username"})
    )
    email = forms.EmailField(
        required=False, help_text="Optional. Only used to show on your account page."
    )
    password = forms.CharField(widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    password_again = forms.CharField(
        label="Password again", widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("password") and data.get("password") != data.get("password_again"):
            self.add_error("password_again", "The two passwords differ.")
        return data


def _zone_choices() -> list[tuple[str, str]]:
    zones = sorted(zoneinfo.available_timezones())
    return [("", "Server default"), *[(z, z) for z in zones]]


class ProfileForm(forms.Form):
    display_name = forms.CharField(max_length=150, required=False, label="Display name")
    email = forms.EmailField(required=False)
    time_zone = forms.ChoiceField(choices=_zone_choices, required=False, label="Time zone")
    ghost_after_days = forms.IntegerField(
        min_value=1,
        max_value=365,
        required=False,
        label="Mark as ghosted after (days)",
        help_text="With no news for this many days, an application is marked ghosted. "
        "You can undo it.",
    )


class PasswordForm(forms.Form):
    current_password = forms.CharField(
        required=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text="Leave empty if you have only ever signed in with a link.",
    )
    new_password = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )
    new_password_again = forms.CharField(
        label="New password again",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.user.has_usable_password() and not self.user.check_password(
            data.get("current_password") or ""
        ):
            self.add_error("current_password", "That is not your current password.")
        if data.get("new_password") and data.get("new_password") != data.get("new_password_again"):
            self.add_error("new_password_again", "The two passwords differ.")
        return data


class TokenForm(forms.Form):
    name = forms.CharField(
        max_length=100, label="Token name", help_text="What will use it, e.g. 'laptop script'."
    )
