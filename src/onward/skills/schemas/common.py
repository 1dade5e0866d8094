"""Field types shared by the skills API schemas."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from ninja import Field
from pydantic import StringConstraints

from onward.core.api.fields import Text

Hours = Annotated[Decimal, Field(ge=0, le=99_999, max_digits=6, decimal_places=1)]
Url = Annotated[Text, StringConstraints(strip_whitespace=True, max_length=1000)]
Notes = Annotated[Text, StringConstraints(max_length=20_000)]
Label = Annotated[Text, StringConstraints(strip_whitespace=True, max_length=200)]
SkillId = Annotated[Text, StringConstraints(strip_whitespace=True, max_length=300)]
RequiredSkillId = Annotated[
    Text, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)
]
