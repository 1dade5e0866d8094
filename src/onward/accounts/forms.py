from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings

from onward.accounts import time_zones


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


class ZoneInput(forms.TextInput):
    """A text box with a list of zones to pick from as you type (a ``<datalist>``): it
    searches without JavaScript; the page script puts this device's zone first."""

    template_name = "accounts/widgets/zone_input.html"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(
            {
                "list": "time-zones",
                "autocomplete": "off",
                "autocapitalize": "off",
                "spellcheck": "false",
                "placeholder": "Type a city, e.g. Berlin",
                "data-zone-input": "",
                **(attrs or {}),
            }
        )
        self.preferred: list[str] = []

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        context["widget"]["zones"] = time_zones.zone_options(preferred=self.preferred)
        return context


class ProfileForm(forms.Form):
    display_name = forms.CharField(max_length=150, required=False, label="Display name")
    email = forms.EmailField(required=False)
    time_zone = forms.CharField(
        max_length=64,
        required=False,
        label="Time zone",
        widget=ZoneInput(),
    )
    ghost_after_days = forms.IntegerField(
        min_value=1,
        max_value=365,
        required=False,
        label="Mark as ghosted after (days)",
        help_text="With no news for this many days, an application is marked ghosted. "
        "You can undo it.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        widget: Any = self.fields["time_zone"].widget
        widget.preferred = [self.initial.get("time_zone") or "", settings.TIME_ZONE]
        widget.attrs["data-default-zone"] = settings.TIME_ZONE
        zone_field = self.fields["time_zone"]
        zone_field.help_text = (
            "Type to search; your usual zones come first. "
            f"Empty: the server's ({settings.TIME_ZONE})."
        )

    def clean_time_zone(self) -> str:
        text = str(self.cleaned_data.get("time_zone") or "").strip()
        if not text:
            return ""
        zone = time_zones.zone_named(text)
        if zone is None:
            raise forms.ValidationError(
                "Onward does not know that time zone. Pick one from the list, e.g. Europe/Berlin."
            )
        return zone


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
