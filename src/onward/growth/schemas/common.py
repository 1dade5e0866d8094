"""Field types shared by the growth loop's API schemas."""

from __future__ import annotations

from typing import Annotated

from ninja import Field
from pydantic import StringConstraints

Scale = Annotated[int, Field(ge=1, le=5)]
Tag = Annotated[str, StringConstraints(strip_whitespace=True, max_length=80)]
Round = Annotated[int, Field(ge=1, le=50)]
Days = Annotated[int, Field(ge=1, le=180)]
Email = Annotated[str, StringConstraints(strip_whitespace=True, max_length=254)]

# Where the API lives, for links in answers.
API = "/api/v1"
