"""Database triggers that keep the record append-only on SQLite and PostgreSQL.

* ``ledger_entry``, ``ledger_checkpoint``: no UPDATE, no DELETE (and no TRUNCATE on PostgreSQL).
* ``ledger_tile``: no DELETE; an UPDATE may only widen a tile, keeping its old bytes as a
  prefix (a partial tile grows into a full one; C2SP tlog-tiles).
* ``ledger_log``: no DELETE; ``size`` and ``integrated_size`` never decrease; ``name``, ``origin``
  and ``algorithm`` never change.

A violating statement fails with ``IntegrityError`` whoever issues it — a bug in the platform,
a stray SQL statement in a console. (Someone who can drop triggers can also edit rows; that is
what the Merkle tree and the signed checkpoints catch: ``sanxiang ledger verify``.)

The migration installs the triggers, except under the test runner (``settings.TESTING``):
Django's test teardown for transactional tests empties every table with DELETE/TRUNCATE,
which the triggers (rightly) refuse. The ledger's own tests install them explicitly; override
with ``settings.LEDGER_TRIGGERS``. ``sanxiang ledger verify`` reports missing triggers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import connection as default_connection
from django.db.backends.base.base import BaseDatabaseWrapper

_MSG = "the ledger is append-only"

SQLITE_TRIGGERS = {
    "ledger_entry_no_update": f"""
        CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry
        BEGIN SELECT RAISE(ABORT, 'ledger_entry: UPDATE rejected, {_MSG}'); END""",
    "ledger_entry_no_delete": f"""
        CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry
        BEGIN SELECT RAISE(ABORT, 'ledger_entry: DELETE rejected, {_MSG}'); END""",
    "ledger_checkpoint_no_update": f"""
        CREATE TRIGGER ledger_checkpoint_no_update BEFORE UPDATE ON ledger_checkpoint
        BEGIN SELECT RAISE(ABORT, 'ledger_checkpoint: UPDATE rejected, {_MSG}'); END""",
    "ledger_checkpoint_no_delete": f"""
        CREATE TRIGGER ledger_checkpoint_no_delete BEFORE DELETE ON ledger_checkpoint
        BEGIN SELECT RAISE(ABORT, 'ledger_checkpoint: DELETE rejected, {_MSG}'); END""",
    "ledger_tile_grow_only": f"""
        CREATE TRIGGER ledger_tile_grow_only BEFORE UPDATE ON ledger_tile
        WHEN NEW.log_id IS NOT OLD.log_id OR NEW.level IS NOT OLD.level
          OR NEW.tile_index IS NOT OLD.tile_index OR NEW.width < OLD.width
          OR length(NEW.data) != NEW.width * 32
          OR substr(NEW.data, 1, length(OLD.data)) IS NOT OLD.data
        BEGIN SELECT RAISE(ABORT, 'ledger_tile: a tile may only grow, {_MSG}'); END""",
    "ledger_tile_no_delete": f"""
        CREATE TRIGGER ledger_tile_no_delete BEFORE DELETE ON ledger_tile
        BEGIN SELECT RAISE(ABORT, 'ledger_tile: DELETE rejected, {_MSG}'); END""",
    "ledger_log_guard": f"""
        CREATE TRIGGER ledger_log_guard BEFORE UPDATE ON ledger_log
        WHEN NEW.size < OLD.size OR NEW.integrated_size < OLD.integrated_size
          OR NEW.name IS NOT OLD.name OR NEW.origin IS NOT OLD.origin OR NEW.algorithm IS NOT OLD.algorithm
        BEGIN SELECT RAISE(ABORT, 'ledger_log: size may only grow, identity may not change, {_MSG}'); END""",
    "ledger_log_no_delete": f"""
        CREATE TRIGGER ledger_log_no_delete BEFORE DELETE ON ledger_log
        BEGIN SELECT RAISE(ABORT, 'ledger_log: DELETE rejected, {_MSG}'); END""",
}

_PG_FUNCTIONS = [
    f"""
    CREATE OR REPLACE FUNCTION ledger_reject() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '%: % rejected, {_MSG}', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
    END $$""",
    f"""
    CREATE OR REPLACE FUNCTION ledger_tile_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.log_id <> OLD.log_id OR NEW.level <> OLD.level OR NEW.tile_index <> OLD.tile_index
         OR NEW.width < OLD.width OR length(NEW.data) <> NEW.width * 32
         OR substring(NEW.data from 1 for length(OLD.data)) <> OLD.data THEN
        RAISE EXCEPTION 'ledger_tile: a tile may only grow, {_MSG}' USING ERRCODE = 'restrict_violation';
      END IF;
      RETURN NEW;
    END $$""",
    f"""
    CREATE OR REPLACE FUNCTION ledger_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.size < OLD.size OR NEW.integrated_size < OLD.integrated_size OR NEW.name <> OLD.name
         OR NEW.origin <> OLD.origin OR NEW.algorithm <> OLD.algorithm THEN
        RAISE EXCEPTION 'ledger_log: size may only grow, identity may not change, {_MSG}'
          USING ERRCODE = 'restrict_violation';
      END IF;
      RETURN NEW;
    END $$""",
]

PG_TRIGGERS = {
    "ledger_entry_append_only": "BEFORE UPDATE OR DELETE ON ledger_entry FOR EACH ROW EXECUTE FUNCTION ledger_reject()",
    "ledger_entry_no_truncate": "BEFORE TRUNCATE ON ledger_entry FOR EACH STATEMENT EXECUTE FUNCTION ledger_reject()",
    "ledger_checkpoint_append_only": (
        "BEFORE UPDATE OR DELETE ON ledger_checkpoint FOR EACH ROW EXECUTE FUNCTION ledger_reject()"
    ),
    "ledger_checkpoint_no_truncate": (
        "BEFORE TRUNCATE ON ledger_checkpoint FOR EACH STATEMENT EXECUTE FUNCTION ledger_reject()"
    ),
    "ledger_tile_grow_only": "BEFORE UPDATE ON ledger_tile FOR EACH ROW EXECUTE FUNCTION ledger_tile_guard()",
    "ledger_tile_no_delete": "BEFORE DELETE ON ledger_tile FOR EACH ROW EXECUTE FUNCTION ledger_reject()",
    "ledger_tile_no_truncate": "BEFORE TRUNCATE ON ledger_tile FOR EACH STATEMENT EXECUTE FUNCTION ledger_reject()",
    "ledger_log_guard": "BEFORE UPDATE ON ledger_log FOR EACH ROW EXECUTE FUNCTION ledger_log_guard()",
    "ledger_log_no_delete": "BEFORE DELETE ON ledger_log FOR EACH ROW EXECUTE FUNCTION ledger_reject()",
    "ledger_log_no_truncate": "BEFORE TRUNCATE ON ledger_log FOR EACH STATEMENT EXECUTE FUNCTION ledger_reject()",
}


def wanted() -> bool:
    """Whether migrations install the triggers here (everywhere except under the test runner)."""
    return bool(getattr(settings, "LEDGER_TRIGGERS", not getattr(settings, "TESTING", False)))


def expected_names(conn: BaseDatabaseWrapper | None = None) -> list[str]:
    conn = conn or default_connection
    if conn.vendor == "postgresql":
        return sorted(PG_TRIGGERS)
    if conn.vendor == "sqlite":
        return sorted(SQLITE_TRIGGERS)
    return []


def installed_names(conn: BaseDatabaseWrapper | None = None) -> list[str]:
    conn = conn or default_connection
    with conn.cursor() as cur:
        if conn.vendor == "postgresql":
            cur.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'ledger%%'")
        elif conn.vendor == "sqlite":
            cur.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'ledger%'")
        else:
            return []
        return sorted(row[0] for row in cur.fetchall())


def missing(conn: BaseDatabaseWrapper | None = None) -> list[str]:
    have = set(installed_names(conn))
    return [name for name in expected_names(conn) if name not in have]


def install(conn: BaseDatabaseWrapper | None = None) -> None:
    """Create the triggers (idempotent)."""
    conn = conn or default_connection
    uninstall(conn)
    with conn.cursor() as cur:
        if conn.vendor == "postgresql":
            for sql in _PG_FUNCTIONS:
                cur.execute(sql)
            for name, body in PG_TRIGGERS.items():
                cur.execute(f"CREATE TRIGGER {name} {body}")
        elif conn.vendor == "sqlite":
            for sql in SQLITE_TRIGGERS.values():
                cur.execute(sql)


def uninstall(conn: BaseDatabaseWrapper | None = None) -> None:
    conn = conn or default_connection
    with conn.cursor() as cur:
        if conn.vendor == "postgresql":
            for name, body in PG_TRIGGERS.items():
                table = body.split(" ON ", 1)[1].split()[0]
                cur.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        elif conn.vendor == "sqlite":
            for name in SQLITE_TRIGGERS:
                cur.execute(f"DROP TRIGGER IF EXISTS {name}")


@contextmanager
def suspended(conn: BaseDatabaseWrapper | None = None) -> Iterator[None]:
    """Drop the triggers for the duration (fault-injection tests; repairs by a DBA), then restore."""
    conn = conn or default_connection
    had = not missing(conn)
    uninstall(conn)
    try:
        yield
    finally:
        if had:
            install(conn)


def migrate_install(apps, schema_editor) -> None:
    if wanted():
        install(schema_editor.connection)


def migrate_uninstall(apps, schema_editor) -> None:
    uninstall(schema_editor.connection)
