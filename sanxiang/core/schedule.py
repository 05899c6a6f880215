"""Periodic jobs run by ``sanxiang scheduler`` (started by ``sanxiang serve``).

Apps register a callable and an interval in their ``AppConfig.ready()``; the scheduler calls each
job in its own process when it is due. Jobs must be idempotent and safe to run concurrently with
another scheduler (e.g. the ledger sealer takes a database lock), because a cluster may run several.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    every_seconds: float
    func: Callable[[], object]


_jobs: dict[str, PeriodicJob] = {}


def register(name: str, *, every_seconds: float, func: Callable[[], object]) -> None:
    _jobs[name] = PeriodicJob(name=name, every_seconds=every_seconds, func=func)


def jobs() -> list[PeriodicJob]:
    return sorted(_jobs.values(), key=lambda j: j.name)
