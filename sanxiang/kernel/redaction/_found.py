"""The internal record of something found, in shadow coordinates."""

from __future__ import annotations

from dataclasses import dataclass

# Kinds, highest priority first: when two findings overlap, the earlier kind wins.
KINDS = (
    "id_number",
    "email",
    "bank_account",
    "phone",
    "property_certificate",
    "passport",
    "vehicle_plate",
    "contact",
    "other_id",
    "address",
    "financial",
    "person_name",
)
PRIORITY = {k: len(KINDS) - i for i, k in enumerate(KINDS)}
STRUCTURED = frozenset(KINDS[:9])


@dataclass(slots=True)
class Found:
    start: int
    end: int
    kind: str
    confidence: float
    value: str  # the shadow text of the span (normalised), used to build the replacement
    extra: str = ""  # kind-specific: the kept address prefix, a name's surname …
