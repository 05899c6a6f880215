"""Checkpoint signing keys: one signer key file per log and algorithm in ``LEDGER_KEY_DIR``.

``<key dir>/<log name>.<algorithm>.key`` holds the C2SP signer key string
(``PRIVATE+KEY+<origin>+<key id>+…``, mode 0600), created on first use; the key name is the
log's origin (tlog-checkpoint: "the log's key name SHOULD match the origin line"). The
matching verifier keys are also written to the log row (``Log.verifier_keys``) and served at
``/transparency/<log>/key`` so that anyone can check the checkpoints.

``trusted_verifiers(log)`` is what ``sanxiang ledger verify`` trusts: the verifier keys
derived from the key files (not the copy in the database, which whoever can edit the
database could replace), plus any given on the command line.
"""

from __future__ import annotations

import os
from pathlib import Path

from sanxiang.kernel.checkpoints import KeyFormatError, Signer, Verifier, generate_key
from sanxiang.ledger import conf
from sanxiang.ledger.models import Log


def key_path(log: Log, algorithm: str) -> Path:
    return conf.key_dir() / f"{log.name}.{algorithm}.key"


def _write_secret(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text + "\n")


def signers_for(log: Log, *, create: bool = True) -> list[Signer]:
    """The log's signers for the configured algorithms, generating missing keys if *create*."""
    signers = []
    for algorithm in conf.signature_algorithms():
        path = key_path(log, algorithm)
        if not path.exists():
            if not create:
                continue
            skey, _ = generate_key(log.origin, algorithm=algorithm)
            try:
                _write_secret(path, skey)
            except FileExistsError:  # another sealer created it first
                pass
        signer = Signer.from_key(path.read_text(encoding="utf-8").strip())
        if signer.name != log.origin:
            raise KeyFormatError(f"{path}: key name {signer.name!r} is not the log origin {log.origin!r}")
        signers.append(signer)
    published = "\n".join(s.verifier().key for s in signers)
    known = set(filter(None, log.verifier_keys.splitlines()))
    if signers and not {s.verifier().key for s in signers} <= known:
        log.verifier_keys = "\n".join(sorted(known | set(published.splitlines())))
        Log.objects.filter(pk=log.pk).update(verifier_keys=log.verifier_keys)
    return signers


def key_file_verifiers(log: Log) -> list[Verifier]:
    """Verifiers derived from every signer key file of the log present in the key directory."""
    out = []
    directory = conf.key_dir()
    if directory.is_dir():
        for path in sorted(directory.glob(f"{log.name}.*.key")):
            try:
                out.append(Signer.from_key(path.read_text(encoding="utf-8").strip()).verifier())
            except (KeyFormatError, OSError, UnicodeDecodeError):
                continue
    return out


def database_verifiers(log: Log) -> list[Verifier]:
    out = []
    for line in log.verifier_keys.splitlines():
        try:
            out.append(Verifier.from_key(line.strip()))
        except KeyFormatError:
            continue
    return out


def trusted_verifiers(log: Log, extra: list[str] | None = None) -> tuple[list[Verifier], str]:
    """``(verifiers, source)``: from the key files (and *extra*), else the database copy."""
    verifiers = key_file_verifiers(log)
    sources = ["key files"] if verifiers else []
    matching = [v for v in (Verifier.from_key(k) for k in extra or []) if v.name == log.origin]
    if matching:
        verifiers += matching
        sources.append("command line")
    if not verifiers:
        return database_verifiers(log), "database (no key file found: the database copy is trusted)"
    return verifiers, " + ".join(sources)
