"""Ledger benchmarks (issue 3 §6): integration, verification, append throughput, proof latency.

    .venv/bin/python bench/ledger_bench.py                              # SQLite and PostgreSQL, all parts
    .venv/bin/python bench/ledger_bench.py --db sqlite --parts integrate --n 100000

Each database runs in its own child process (Django's settings are per process) against a fresh
database: a SQLite file in a temporary directory, or a PostgreSQL database ``sanxiang_bench``
(dropped and created; ``--pg-url`` sets the server, default ``postgres://postgres@127.0.0.1:5432``).

Parts:

* ``integrate`` — bulk-load N entries shaped exactly like ``record()`` writes them (canonical JSON
  events with their leaf hashes), then time ``sealer.seal()`` (read every entry, recompute its
  leaf hash from the payload, write the tiles, sign a checkpoint) and ``verify()`` (the full
  ``sanxiang ledger verify`` of that log, registered objects excluded). Both are compared with
  the time ``hashlib`` alone needs to hash the same payloads as RFC 9162 leaves (the same
  bytes, one digest each, from memory) and with the time to just read the rows back.
* ``append`` — ``record()`` with a commit per entry: one writer, then four writer processes.
* ``proofs`` — inclusion proofs served from the tiles (a fresh tile reader per proof: no warm
  cache), at the integrated size (N) and on a second log of 10M leaves (tiles only: its leaves
  are hashes of counters, bulk-integrated with the same tile code), through the kernel and
  through the HTTP endpoint; latency percentiles and proof sizes.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _setup(db: str, var: Path, pg_url: str) -> None:
    os.environ["SANXIANG_VAR"] = str(var)
    os.environ["LEDGER_KEY_DIR"] = str(var / "keys")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sanxiang.settings")
    if db == "postgres":
        import psycopg

        with psycopg.connect(f"{pg_url}/postgres", autocommit=True) as conn:
            conn.execute("DROP DATABASE IF EXISTS sanxiang_bench")
            conn.execute("CREATE DATABASE sanxiang_bench")
        os.environ["DATABASE_URL"] = f"{pg_url}/sanxiang_bench"
    else:
        os.environ["DATABASE_URL"] = f"sqlite:///{var / 'bench.sqlite3'}"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _payloads(n: int, origin: str, start: int = 0):
    """Events exactly as record() writes them (checked against canonical_json below)."""
    from sanxiang.kernel.canonical import canonical_json

    t0 = "2026-11-22T04:00:00.000000+00:00"
    kinds = ["cases.case.opened", "cases.step.completed", "evidence.file.added", "review.opinion.submitted"]
    out = []
    for i in range(start, start + n):
        kind = kinds[i % 4]
        subject = f"cases.case:{i // 7}"
        agency = 1 + i % 5
        payload = (
            f'{{"actor":{{"id":{10 + i % 40},"name":"officer{i % 40}"}},"agency":{agency},'
            f'"data":{{"note":"第{i}号记录","step":{i % 12}}},"digests":{{"state":"{i:064x}"}},'
            f'"kind":"{kind}","log":"{origin}","seq":{i},"subject":"{subject}","time":"{t0}"}}'
        ).encode()
        out.append((i, kind, subject, agency, 10 + i % 40, f"officer{i % 40}", payload))
    sample = json.loads(out[0][-1])
    assert canonical_json(sample) == out[0][-1], "bench payloads must be canonical"
    return out


def _bulk_load(log, rows) -> None:
    from datetime import UTC, datetime

    from django.db import connection, transaction

    from sanxiang.kernel.merkle import get_hasher

    new = get_hasher(log.algorithm).new
    created = datetime(2026, 11, 22, 4, tzinfo=UTC)
    batch = 20_000
    for a in range(0, len(rows), batch):
        part = rows[a : a + batch]
        values = [
            (
                log.pk,
                i,
                created,
                kind,
                agency,
                actor_id,
                actor_name,
                subject,
                payload,
                new(b"\x00" + payload).digest(),
            )
            for i, kind, subject, agency, actor_id, actor_name, payload in part
        ]
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cur:
                    with cur.cursor.copy(
                        "COPY ledger_entry (log_id, seq, created_at, kind, agency_id, actor_id, actor_name, subject, "
                        "payload, leaf_hash) FROM STDIN"
                    ) as copy:
                        for v in values:
                            copy.write_row(v)
            else:
                with connection.cursor() as cur:
                    cur.executemany(
                        "INSERT INTO ledger_entry (log_id, seq, created_at, kind, agency_id, actor_id, actor_name, "
                        "subject, payload, leaf_hash) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                        values,
                    )
    with connection.cursor() as cur:
        cur.execute("UPDATE ledger_log SET size = %s WHERE id = %s", [len(rows), log.pk])
    _analyze()


def _analyze() -> None:
    """Refresh planner statistics after a bulk load, as a DBA would (autovacuum does it later in
    production). Without it PostgreSQL still believes the tile table empty and scans every tile of a
    level with a filter instead of looking three up by index: 10M-proof p50 6.8 ms instead of 1.7 ms."""
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute("ANALYZE")


def part_integrate(n: int) -> dict:
    import hashlib

    from django.db import connection

    from sanxiang.ledger import sealer
    from sanxiang.ledger.models import Log
    from sanxiang.ledger.services import log_get_or_create
    from sanxiang.ledger.verify import verify

    log = log_get_or_create("internal")
    rows = _payloads(n, log.origin)
    t0 = time.perf_counter()
    _bulk_load(log, rows)
    load = time.perf_counter() - t0
    payloads = [r[-1] for r in rows]
    del rows
    sha = hashlib.sha256
    raw = []
    for _ in range(3):
        t0 = time.perf_counter()
        _ = [sha(b"\x00" + p).digest() for p in payloads]
        raw.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    h = sha()
    for p in payloads:
        h.update(p)
    stream = time.perf_counter() - t0
    nbytes = sum(len(p) for p in payloads)
    del payloads, _
    # Reading the rows back, nothing else: what any verifier pays to the database.
    t0 = time.perf_counter()
    with connection.cursor() as cur:
        for a in range(0, n, 20_480):
            cur.execute(
                "SELECT seq, payload, leaf_hash, kind, subject, actor_id, actor_name, agency_id FROM ledger_entry "
                "WHERE log_id = %s AND seq >= %s AND seq < %s ORDER BY seq",
                [log.pk, a, a + 20_480],
            )
            cur.fetchall()
    read = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = sealer.seal(log)
    integrate = time.perf_counter() - t0
    assert result.integrated_to == n and result.signed
    log = Log.objects.get(pk=log.pk)
    t0 = time.perf_counter()
    report = verify(logs=["internal"], objects=False)
    ver = time.perf_counter() - t0
    problems = [str(p) for p in report.problems]
    return {
        "n": n,
        "bytes": nbytes,
        "bulk_load_s": load,
        "raw_leaf_hash_s": min(raw),
        "raw_stream_s": stream,
        "read_rows_s": read,
        "integrate_s": integrate,
        "integrate_leaves_per_s": n / integrate,
        "verify_s": ver,
        "verify_vs_raw": ver / min(raw),
        "verify_ok": report.ok,
        "verify_problems": problems[:5],
    }


def _writer(count: int, tag: str) -> None:
    from django.db import connection, transaction

    from sanxiang.ledger.services import record

    for i in range(count):
        with transaction.atomic():
            record(kind="bench.append", actor=tag, agency=1, subject=f"bench.thing:{tag}-{i}", data={"i": i})
    connection.close()


def part_append(single: int, per_writer: int) -> dict:
    import multiprocessing

    from django.db import connections

    from sanxiang.ledger.models import Entry

    t0 = time.perf_counter()
    _writer(single, "solo")
    one = time.perf_counter() - t0
    connections.close_all()
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(per_writer, f"w{w}")) for w in range(4)]
    t0 = time.perf_counter()
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    four = time.perf_counter() - t0
    assert all(p.exitcode == 0 for p in procs)
    seqs = list(Entry.objects.filter(kind="bench.append").order_by("seq").values_list("seq", flat=True))
    gapless = seqs == list(range(seqs[0], seqs[0] + len(seqs)))
    return {
        "one_writer_entries": single,
        "one_writer_per_s": single / one,
        "one_writer_ms_per_entry": one / single * 1000,
        "four_writers_entries": 4 * per_writer,
        "four_writers_per_s": 4 * per_writer / four,
        "gapless": gapless,
    }


def _big_log(size: int, name: str):
    """A log of *size* leaves with tiles only (leaves = hashes of counters), integrated in batches."""
    import hashlib

    from django.db import connection, transaction

    from sanxiang.ledger import tiles
    from sanxiang.ledger.services import log_get_or_create

    log = log_get_or_create(name)
    batch = 1 << 20
    sha = hashlib.sha256
    for a in range(0, size, batch):
        b = min(size, a + batch)
        leaves = [sha(b"\x00" + i.to_bytes(8, "big")).digest() for i in range(a, b)]
        with transaction.atomic():
            edge = tiles.load_right_edge(log, a)
            writes = tiles.compute_tile_writes(log, a, leaves, lambda lv, ix, edge=edge: edge.get((lv, ix)))
            tiles.write_tiles(log, writes)
            with connection.cursor() as cur:
                cur.execute(
                    "UPDATE ledger_log SET size = %s, integrated_size = %s WHERE id = %s", [b, b, log.pk]
                )
    log.refresh_from_db()
    return log


def _proof_latency(log, size: int, samples: int, client) -> dict:
    import random

    from sanxiang.kernel import merkle
    from sanxiang.ledger import tiles

    rng = random.Random(7)
    root = tiles.root_at(log, size)
    times, lengths, http = [], [], []
    for _ in range(samples):
        i = rng.randrange(size)
        t0 = time.perf_counter()
        reader = tiles.TileReader(log)
        proof = tiles.inclusion_proof(log, i, size, reader)
        leaf = reader.get_node(0, i)
        times.append(time.perf_counter() - t0)
        merkle.verify_inclusion(
            leaf_hash=leaf, index=i, size=size, proof=proof, root=root, algorithm=log.algorithm
        )
        lengths.append(len(proof))
    for _ in range(min(samples, 300)):
        i = rng.randrange(size)
        t0 = time.perf_counter()
        r = client.get(f"/transparency/{log.name}/proof/inclusion", {"index": i, "size": size})
        http.append(time.perf_counter() - t0)
        assert r.status_code == 200, r.content
    q = statistics.quantiles(times, n=100)
    hq = statistics.quantiles(http, n=100)
    return {
        "size": size,
        "samples": samples,
        "p50_ms": q[49] * 1000,
        "p99_ms": q[98] * 1000,
        "max_ms": max(times) * 1000,
        "http_p50_ms": hq[49] * 1000,
        "http_p99_ms": hq[98] * 1000,
        "hashes_max": max(lengths),
        "hashes_mean": sum(lengths) / len(lengths),
    }


def part_proofs(n: int, big: int, samples: int) -> dict:
    from django.test import Client

    from sanxiang.ledger.models import Log

    client = Client()
    out = {}
    log = Log.objects.filter(name="internal", integrated_size__gt=0).first()
    if log is not None:
        out["sealed_log"] = _proof_latency(log, log.integrated_size, samples, client)
    t0 = time.perf_counter()
    big_log = _big_log(big, "big")
    out["big_build_s"] = time.perf_counter() - t0
    _analyze()
    out["big_log"] = _proof_latency(big_log, big, samples, client)
    return out


def worker(args) -> None:
    with tempfile.TemporaryDirectory(prefix="sanxiang-bench-") as tmp:
        _setup(args.db, Path(tmp), args.pg_url)
        from django.db import connection

        result = {"db": args.db, "vendor": connection.vendor}
        parts = args.parts.split(",")
        if "integrate" in parts:
            result["integrate"] = part_integrate(args.n)
        if "append" in parts:
            result["append"] = part_append(args.append, args.append // 2)
        if "proofs" in parts:
            result["proofs"] = part_proofs(args.n, args.big, args.samples)
        print("RESULT " + json.dumps(result))


def _table(results: list[dict]) -> str:
    lines = []
    for r in results:
        lines.append(f"\n## {r['db']}\n")
        if "integrate" in r:
            i = r["integrate"]
            lines += [
                f"entries: {i['n']:,} ({i['bytes'] / 1e6:.0f} MB of canonical JSON), bulk-loaded in {i['bulk_load_s']:.1f} s",
                "",
                "| step | time | rate | vs. raw hashlib |",
                "|---|---:|---:|---:|",
                f"| raw hashlib: one leaf hash per payload, from memory | {i['raw_leaf_hash_s']:.3f} s | "
                f"{i['n'] / i['raw_leaf_hash_s']:,.0f} /s | 1.00× |",
                f"| raw hashlib: one digest streamed over all payloads | {i['raw_stream_s']:.3f} s | – | "
                f"{i['raw_stream_s'] / i['raw_leaf_hash_s']:.2f}× |",
                f"| read the rows back (SELECT only) | {i['read_rows_s']:.3f} s | {i['n'] / i['read_rows_s']:,.0f} /s | "
                f"{i['read_rows_s'] / i['raw_leaf_hash_s']:.2f}× |",
                f"| **integrate** (seal: read, re-hash, tiles, sign) | {i['integrate_s']:.3f} s | "
                f"**{i['integrate_leaves_per_s']:,.0f} leaves/s** | {i['integrate_s'] / i['raw_leaf_hash_s']:.2f}× |",
                f"| **verify** (ledger verify of the log) | {i['verify_s']:.3f} s | {i['n'] / i['verify_s']:,.0f} /s | "
                f"**{i['verify_vs_raw']:.2f}×** |",
                "",
                f"verify ok: {i['verify_ok']}" + (f" {i['verify_problems']}" if i["verify_problems"] else ""),
            ]
        if "append" in r:
            a = r["append"]
            lines += [
                "",
                "| record() with a commit per entry | entries | entries/s | ms/entry |",
                "|---|---:|---:|---:|",
                f"| 1 writer | {a['one_writer_entries']:,} | {a['one_writer_per_s']:,.0f} | {a['one_writer_ms_per_entry']:.2f} |",
                f"| 4 writer processes | {a['four_writers_entries']:,} | {a['four_writers_per_s']:,.0f} | "
                f"{1000 / a['four_writers_per_s']:.2f} |",
                "",
                f"gapless after concurrent appends: {a['gapless']}",
            ]
        if "proofs" in r:
            p = r["proofs"]
            lines += [
                "",
                "| inclusion proof | tree size | p50 | p99 | max | HTTP p50 | HTTP p99 | hashes (max / mean) |",
                "|---|---:|---:|---:|---:|---:|---:|---:|",
            ]
            for key, label in (("sealed_log", "sealed log"), ("big_log", "tiles-only log")):
                if key in p:
                    x = p[key]
                    lines.append(
                        f"| {label} | {x['size']:,} | {x['p50_ms']:.2f} ms | {x['p99_ms']:.2f} ms | {x['max_ms']:.2f} ms | "
                        f"{x['http_p50_ms']:.2f} ms | {x['http_p99_ms']:.2f} ms | {x['hashes_max']} / {x['hashes_mean']:.1f} |"
                    )
            lines.append(f"\n(10M-leaf tiles built in {p['big_build_s']:.1f} s)")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="sqlite,postgres")
    parser.add_argument("--parts", default="integrate,append,proofs")
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--big", type=int, default=10_000_000)
    parser.add_argument(
        "--append", type=int, default=2000, help="entries for one writer (four writers: half each)"
    )
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--pg-url", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args)
        return
    import platform

    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs")
    results = []
    for db in args.db.split(","):
        cmd = [sys.executable, __file__, "--worker", "--db", db, "--parts", args.parts, "--n", str(args.n),
               "--big", str(args.big), "--append", str(args.append), "--samples", str(args.samples),
               "--pg-url", args.pg_url]  # fmt: skip
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        line = next((x for x in out.stdout.splitlines() if x.startswith("RESULT ")), None)
        if line is None:
            print(out.stdout[-3000:], out.stderr[-3000:], file=sys.stderr)
            raise SystemExit(f"{db}: the benchmark failed")
        results.append(json.loads(line[7:]))
        print(_table(results[-1:]), flush=True)


if __name__ == "__main__":
    main()
