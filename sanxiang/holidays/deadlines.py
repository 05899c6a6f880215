"""Which models hold stored deadlines, so that a calendar change recomputes them.

An app whose model uses :class:`~sanxiang.holidays.models.DeadlineFields` registers it in its
``AppConfig.ready()``::

    from sanxiang.holidays import deadlines
    deadlines.register(Step, on_change=step_deadline_changed)

``on_change(obj, old, new)`` runs inside the recompute transaction after the row is saved and its
ledger event written; use it for the owning app's own follow-up (a warning, a notification).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import models

from sanxiang.kernel.workdays import DeadlineResult

OnChange = Callable[[Any, DeadlineResult, DeadlineResult], None]


@dataclass(frozen=True)
class DeadlineSource:
    model: type[models.Model]
    on_change: OnChange | None = None

    @property
    def label(self) -> str:
        return self.model._meta.label_lower


_registry: dict[str, DeadlineSource] = {}


def register(model: type[models.Model], *, on_change: OnChange | None = None) -> None:
    from sanxiang.holidays.models import DeadlineFields

    if not issubclass(model, DeadlineFields):
        raise TypeError(f"{model.__name__} must use holidays.models.DeadlineFields")
    _registry[model._meta.label_lower] = DeadlineSource(model=model, on_change=on_change)


def unregister(model: type[models.Model]) -> None:
    _registry.pop(model._meta.label_lower, None)


def sources() -> list[DeadlineSource]:
    return list(_registry.values())
