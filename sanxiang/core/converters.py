"""URL converters: ``<id:pk>`` matches a database key, at most 18 digits, so that an absurd number in
a URL is a 404 and never reaches the database (SQLite refuses ints beyond 2**63 − 1 with an
OverflowError, PostgreSQL with an out-of-range error — both would be 500s)."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from pydantic import BeforeValidator, Field, WithJsonSchema

MAX_ID = 2**63 - 1

# For API path and query parameters: the same bound, enforced by the schema (422 beyond it).
Id = Annotated[int, Field(ge=1, le=MAX_ID)]


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date_only(value):
    """Pydantic also reads 0 or 1700000000 as a date (a Unix time); dates in this API are YYYY-MM-DD."""
    if isinstance(value, date) or (isinstance(value, str) and _ISO_DATE.fullmatch(value)):
        return value
    raise ValueError("日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD")


IsoDate = Annotated[date, BeforeValidator(_iso_date_only), WithJsonSchema({"type": "string", "format": "date"})]


class IdConverter:
    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)
