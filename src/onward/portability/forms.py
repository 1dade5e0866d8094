"""The web import's upload form."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile

from onward.core.forms import OnwardForm

MAX_IMPORT_BYTES = 64 * 1024 * 1024


class ImportUploadForm(OnwardForm):
    filename = ""
    file = forms.FileField(
        label="Export file",
        help_text="A .json file from Export (here, or onward export on the command line). "
        "You see what it would change before anything is written.",
        widget=forms.FileInput(attrs={"accept": ".json,application/json"}),
    )

    def clean_file(self) -> str:
        """The file's text (UTF-8, a byte order mark allowed)."""
        upload: UploadedFile[Any] = self.cleaned_data["file"]
        self.filename = str(upload.name or "the file")
        if (upload.size or 0) > MAX_IMPORT_BYTES:
            limit = MAX_IMPORT_BYTES // (1024 * 1024)
            raise forms.ValidationError(f"That file is over {limit} MB; is it an Onward export?")
        try:
            text: str = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise forms.ValidationError(
                "That file is not UTF-8 text; is it an Onward JSON export?"
            ) from exc
        return text
