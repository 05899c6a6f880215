"""Evaluate the redaction engine on the generated corpus.

    .venv/bin/python -m bench.redaction.evaluate [--tune 720 --holdout 350] [--json OUT]

Per family (tune and the held-out families) and per kind: recall (gold personal data fully covered by
redaction spans), leaks (a structured identifier whose original text is still in the output),
over-redaction (gold protected items touched by any span), spurious spans (spans touching no
gold personal data), pseudonym consistency, masking-rule checks, and characters per second.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict

from sanxiang.kernel.redaction import redact

from .corpus import DEFAULT_SEED, documents

STRUCTURED = (
    "id_number", "phone", "bank_account", "email", "vehicle_plate", "property_certificate", "passport", "contact",
    "other_id",
)  # fmt: skip
FAMILIES = ("tune", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16")
_INVISIBLE = set(" \t\n\u200b\u200c\u200d\u2060\ufeff")


def _covered_mask(n: int, spans) -> bytearray:
    cov = bytearray(n)
    for s in spans:
        cov[s.start : s.end] = b"\x01" * (s.end - s.start)
    return cov


def evaluate(docs, *, show: int = 0, family_filter: str | None = None) -> dict:
    stats: dict = defaultdict(lambda: defaultdict(Counter))
    misses: list = []
    overs: list = []
    spurious_examples: list = []
    chars = 0
    elapsed = 0.0
    for d in docs:
        fam = d["family"]
        if family_filter and fam != family_filter:
            continue
        text = d["text"]
        t0 = time.perf_counter()
        res = redact(text, keep=d["keep"])
        elapsed += time.perf_counter() - t0
        chars += len(text)
        fs = stats[fam]
        fs["_docs"]["n"] += 1
        cov = _covered_mask(len(text), res.spans)
        # recall
        for item in d["pii"]:
            k = item["kind"]
            need = [i for i in range(item["start"], item["end"]) if text[i] not in _INVISIBLE]
            hidden = all(cov[i] for i in need)
            fs[k]["total"] += 1
            fs[k]["hidden"] += hidden
            if k in STRUCTURED and item["text"] in res.text:
                fs[k]["leaked_verbatim"] += 1
            if not hidden and len(misses) < show:
                misses.append((d["id"], d["template"], k, item["text"], text[max(0, item["start"] - 25) : item["end"] + 15]))
        # over-redaction
        for item in d["protected"]:
            k = item["kind"]
            touched = any(cov[item["start"] : item["end"]])
            fs["protected:" + k]["total"] += 1
            fs["protected:" + k]["hidden"] += touched
            if touched and len(overs) < show:
                overs.append((d["id"], d["template"], k, item["text"], text[max(0, item["start"] - 25) : item["end"] + 15]))
        # spurious spans
        pii_cov = bytearray(len(text))
        for item in d["pii"]:
            pii_cov[item["start"] : item["end"]] = b"\x01" * (item["end"] - item["start"])
        for s in res.spans:
            fs["_spans"]["total"] += 1
            if not any(pii_cov[s.start : s.end]):
                fs["_spans"]["spurious"] += 1
                fs["_spurious_kind"][s.kind] += 1
                if len(spurious_examples) < show:
                    spurious_examples.append((d["id"], s.kind, s.original, text[max(0, s.start - 15) : s.end + 10]))
        # pseudonyms: one person -> one pseudonym; two people -> two pseudonyms
        by_pid: dict[int, set[str]] = defaultdict(set)
        for item in d["pii"]:
            if item["kind"] != "person_name":
                continue
            for s in res.spans:
                if s.kind == "person_name" and s.start == item["start"] and s.end == item["end"]:
                    by_pid[item["pid"]].add(s.replacement)
        fs["_pseudonym"]["people"] += len(by_pid)
        fs["_pseudonym"]["inconsistent"] += sum(1 for v in by_pid.values() if len(v) > 1)
        owners: dict[str, set[int]] = defaultdict(set)
        for pid, reps in by_pid.items():
            for rep in reps:
                owners[rep].add(pid)
        fs["_pseudonym"]["shared_by_two_people"] += sum(1 for v in owners.values() if len(v) > 1)
        # masking rules
        for s in res.spans:
            if s.kind == "id_number":
                rep = s.replacement
                if len(rep) == 18 and any(c.isdigit() for c in rep[6:14]) or len(rep) == 15 and any(c.isdigit() for c in rep[6:12]):
                    fs["_mask"]["id_birth_date_kept"] += 1
            elif s.kind == "phone":
                if sum(c.isdigit() for c in s.replacement) > 7:
                    fs["_mask"]["phone_too_many_digits"] += 1
            elif s.kind == "bank_account":
                if sum(c.isdigit() for c in s.replacement) > 4:
                    fs["_mask"]["bank_too_many_digits"] += 1
    return {"stats": stats, "chars": chars, "seconds": elapsed, "misses": misses, "overs": overs, "spurious": spurious_examples}


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.2f}%" if b else "—"


def report(result: dict) -> str:
    lines = []
    for fam in FAMILIES:
        fs = result["stats"].get(fam)
        if not fs:
            continue
        lines.append(f"\n## {fam}: {fs['_docs']['n']} documents")
        lines.append("\n| personal data | items | hidden | recall | leaked verbatim |\n|---|---:|---:|---:|---:|")
        pii_total = pii_hidden = 0
        for k in sorted(x for x in fs if not x.startswith(("_", "protected:"))):
            c = fs[k]
            pii_total += c["total"]
            pii_hidden += c["hidden"]
            lines.append(f"| {k} | {c['total']} | {c['hidden']} | {_pct(c['hidden'], c['total'])} | {c['leaked_verbatim']} |")
        lines.append(f"| **all** | {pii_total} | {pii_hidden} | {_pct(pii_hidden, pii_total)} | |")
        lines.append("\n| must stay | items | wrongly hidden | over-redaction |\n|---|---:|---:|---:|")
        pt = ph = 0
        for k in sorted(x for x in fs if x.startswith("protected:")):
            c = fs[k]
            pt += c["total"]
            ph += c["hidden"]
            lines.append(f"| {k.split(':', 1)[1]} | {c['total']} | {c['hidden']} | {_pct(c['hidden'], c['total'])} |")
        lines.append(f"| **all** | {pt} | {ph} | {_pct(ph, pt)} |")
        sp = fs["_spans"]
        lines.append(
            f"\nspans: {sp['total']}, touching no gold personal data: {sp['spurious']} "
            f"({_pct(sp['spurious'], sp['total'])}) by kind {dict(fs['_spurious_kind'])}"
        )
        ps = fs["_pseudonym"]
        lines.append(
            f"pseudonyms: {ps['people']} people, {ps['inconsistent']} with more than one pseudonym, "
            f"{ps['shared_by_two_people']} pseudonyms shared by two people"
        )
        lines.append(f"masking-rule violations: {dict(fs['_mask']) or 'none'}")
    cps = result["chars"] / result["seconds"] if result["seconds"] else 0
    lines.append(f"\nspeed (document by document, warm): {result['chars']} chars in {result['seconds']:.2f} s = {cps:,.0f} chars/s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--tune", type=int, default=720)
    ap.add_argument("--holdout", type=int, default=350)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--holdout2", type=int, default=350)
    ap.add_argument("--holdout3", type=int, default=350)
    ap.add_argument("--holdout4", type=int, default=300)
    ap.add_argument("--holdout5", type=int, default=400)
    ap.add_argument("--holdout6", type=int, default=300)
    ap.add_argument("--holdout7", type=int, default=350)
    ap.add_argument("--holdout8", type=int, default=300)
    ap.add_argument("--holdout9", type=int, default=300)
    ap.add_argument("--holdout10", type=int, default=300)
    ap.add_argument("--holdout11", type=int, default=300)
    ap.add_argument("--holdout12", type=int, default=300)
    ap.add_argument("--holdout13", type=int, default=300)
    ap.add_argument("--holdout14", type=int, default=300)
    ap.add_argument("--holdout15", type=int, default=300)
    ap.add_argument("--holdout16", type=int, default=300)
    ap.add_argument("--family", choices=FAMILIES)
    ap.add_argument("--no-stat", action="store_true", help="switch the statistical name layer off (for comparison)")
    ap.add_argument("--show", type=int, default=0, help="print up to N misses / over-redactions / spurious spans")
    ap.add_argument("--json", help="also write the figures as JSON to this file")
    args = ap.parse_args(argv)
    if args.no_stat:
        from sanxiang.kernel.redaction import _statnames

        _statnames.ENABLED = False
    redact("预热 warm-up：当事人王某")  # load tables before timing
    docs = list(documents(args.tune, args.holdout, args.seed, args.holdout2, args.holdout3, args.holdout4, args.holdout5, args.holdout6, args.holdout7, args.holdout8, args.holdout9, args.holdout10, args.holdout11, args.holdout12, args.holdout13, args.holdout14, args.holdout15, args.holdout16))
    result = evaluate(docs, show=args.show, family_filter=args.family)
    print(report(result))
    if args.show:
        print("\n# misses")
        for m in result["misses"]:
            print(m)
        print("\n# over-redactions")
        for m in result["overs"]:
            print(m)
        print("\n# spurious spans")
        for m in result["spurious"]:
            print(m)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({fam: {k: dict(v) for k, v in fs.items()} for fam, fs in result["stats"].items()}
                      | {"chars": result["chars"], "seconds": result["seconds"]}, fh, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
