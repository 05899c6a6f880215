"""Apps register how to compute the current state of each kind of object they record.

``register(Model, state=fn)`` — ``fn(obj) -> dict`` returns the JSON-serialisable fields that the
record vouches for. ``record(subject=obj)`` stores ``sha256(canonical_json(state(obj)))`` with the
event, and ``sanxiang ledger verify`` recomputes it for every registered object and compares it
with the digest of the object's last event: editing a row behind the platform's back is caught.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import models

from sanxiang.kernel.canonical import canonical_json


@dataclass(frozen=True)
class Registration:
    model: type[models.Model]
    state: Callable[[Any], dict]

    @property
    def label(self) -> str:
        return self.model._meta.label_lower


_registry: dict[str, Registration] = {}


def register(model: type[models.Model], *, state: Callable[[Any], dict]) -> None:
    _registry[model._meta.label_lower] = Registration(model=model, state=state)


def registrations() -> list[Registration]:
    return list(_registry.values())


def registration_for(obj_or_model: Any) -> Registration | None:
    return _registry.get(obj_or_model._meta.label_lower)


def subject_label(obj: models.Model) -> str:
    return f"{obj._meta.label_lower}:{obj.pk}"


def object_digest(obj: models.Model) -> str | None:
    reg = registration_for(obj)
    if reg is None:
        return None
    return hashlib.sha256(canonical_json(reg.state(obj))).hexdigest()
