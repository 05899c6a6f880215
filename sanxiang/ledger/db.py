"""Bulk reads for the sealer and the verifier.

On PostgreSQL, rows are fetched with psycopg's binary protocol (a server-side-binding cursor on
Django's connection): ``bytea`` columns then arrive as raw bytes instead of hex text to decode,
about 40 % faster for a million entries. Elsewhere, Django's cursor.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection


def fetch_all(sql: str, params: Sequence[object]) -> list[tuple]:
    if connection.vendor == "postgresql":
        import psycopg

        connection.ensure_connection()
        with psycopg.Cursor(connection.connection) as cur:
            cur.execute(sql, list(params), binary=True)
            return cur.fetchall()
    with connection.cursor() as cur:
        cur.execute(sql, list(params))
        return cur.fetchall()
