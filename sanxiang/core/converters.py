"""URL converters: ``<id:pk>`` matches a database key, at most 18 digits, so that an absurd number in
a URL is a 404 and never reaches the database (SQLite refuses ints beyond 2**63 − 1 with an
OverflowError, PostgreSQL with an out-of-range error — both would be 500s)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

MAX_ID = 2**63 - 1

# For API path and query parameters: the same bound, enforced by the schema (422 beyond it).
Id = Annotated[int, Field(ge=1, le=MAX_ID)]


class IdConverter:
    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)
