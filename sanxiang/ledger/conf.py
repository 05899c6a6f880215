"""Ledger settings, with defaults (``settings.X`` wins, then the environment variable, then the default).

- ``LEDGER_ORIGIN``            origin of the internal log (settings.py; e.g. ``sanxiang.<agency domain>/log``).
- ``LEDGER_KEY_DIR``           where the signer keys live (settings.py; default ``var/keys``), one file per
                               log and algorithm: ``<log>.<algorithm>.key`` (mode 0600).
- ``LEDGER_SEAL_INTERVAL``     seconds between sealer runs (settings.py; default 5).
- ``LEDGER_HASH_ALGORITHM``    ``sha256`` (default) or ``sm3``: the Merkle hash of logs created from now on.
- ``LEDGER_SIGNATURES``        comma-separated signature algorithms for checkpoints: ``ed25519`` (default),
                               ``sm2``, or ``ed25519,sm2`` (both signatures on every checkpoint).
- ``LEDGER_SEAL_BATCH``        entries integrated per sealer transaction (default 16384).
"""

from __future__ import annotations

import os
from pathlib import Path

from django.conf import settings


def _get(name: str, default: str) -> str:
    value = getattr(settings, name, None)
    if value is None:
        value = os.environ.get(name, default)
    return str(value)


def origin() -> str:
    return _get("LEDGER_ORIGIN", "sanxiang.local/log")


def key_dir() -> Path:
    return Path(_get("LEDGER_KEY_DIR", str(Path(settings.VAR_DIR) / "keys")))


def seal_interval() -> float:
    return float(_get("LEDGER_SEAL_INTERVAL", "5"))


def hash_algorithm() -> str:
    return _get("LEDGER_HASH_ALGORITHM", "sha256").strip().lower()


def signature_algorithms() -> list[str]:
    return [a.strip().lower() for a in _get("LEDGER_SIGNATURES", "ed25519").split(",") if a.strip()]


def seal_batch() -> int:
    return max(256, int(_get("LEDGER_SEAL_BATCH", "16384")))
