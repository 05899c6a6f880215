"""Generate the redaction evaluation corpus (deterministic for a given seed).

    .venv/bin/python -m bench.redaction.corpus --out bench/out/redaction-corpus.jsonl

Each line: {"id", "family" ("tune" | "holdout" | "holdout2" | "holdout3" | "holdout4" | "holdout5" | "holdout6" | "holdout7" | "holdout8" | "holdout9" | "holdout10" | "holdout11" | "holdout12" | "holdout13" | "holdout14" | "holdout15" | "holdout16"), "template", "text", "keep", "pii": [...],
"protected": [...]}; every gold item has start, end, kind, text (and pid for names).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from .holdout import HOLDOUT
from .holdout2 import HOLDOUT2
from .holdout3 import HOLDOUT3
from .holdout4 import HOLDOUT4
from .holdout5 import HOLDOUT5
from .holdout6 import HOLDOUT6
from .holdout7 import HOLDOUT7
from .holdout8 import HOLDOUT8
from .holdout9 import HOLDOUT9
from .holdout10 import HOLDOUT10
from .holdout11 import HOLDOUT11
from .holdout12 import HOLDOUT12
from .holdout13 import HOLDOUT13
from .holdout14 import HOLDOUT14
from .holdout15 import HOLDOUT15
from .holdout16 import HOLDOUT16
from .people import World
from .templates import TUNING, Doc

DEFAULT_SEED = 20240601


def documents(
    n_tune: int = 720,
    n_holdout: int = 350,
    seed: int = DEFAULT_SEED,
    n_holdout2: int = 350,
    n_holdout3: int = 350,
    n_holdout4: int = 300,
    n_holdout5: int = 400,
    n_holdout6: int = 300,
    n_holdout7: int = 350,
    n_holdout8: int = 300,
    n_holdout9: int = 300,
    n_holdout10: int = 300,
    n_holdout11: int = 300,
    n_holdout12: int = 300,
    n_holdout13: int = 300,
    n_holdout14: int = 300,
    n_holdout15: int = 300,
    n_holdout16: int = 300,
) -> Iterator[dict]:
    families = (
        ("tune", TUNING, n_tune),
        ("holdout", HOLDOUT, n_holdout),
        ("holdout2", HOLDOUT2, n_holdout2),
        ("holdout3", HOLDOUT3, n_holdout3),
        ("holdout4", HOLDOUT4, n_holdout4),
        ("holdout5", HOLDOUT5, n_holdout5),
        ("holdout6", HOLDOUT6, n_holdout6),
        ("holdout7", HOLDOUT7, n_holdout7),
        ("holdout8", HOLDOUT8, n_holdout8),
        ("holdout9", HOLDOUT9, n_holdout9),
        ("holdout10", HOLDOUT10, n_holdout10),
        ("holdout11", HOLDOUT11, n_holdout11),
        ("holdout12", HOLDOUT12, n_holdout12),
        ("holdout13", HOLDOUT13, n_holdout13),
        ("holdout14", HOLDOUT14, n_holdout14),
        ("holdout15", HOLDOUT15, n_holdout15),
        ("holdout16", HOLDOUT16, n_holdout16),
    )
    for fam_no, (family, templates, n) in enumerate(families):
        names = sorted(templates)
        for i in range(n):
            template = names[i % len(names)]
            world = World(seed * 1000003 + i * 7 + fam_no, family)
            doc = Doc(world)
            templates[template](doc)
            text = doc.text
            for item in doc.pii + doc.protected:
                assert text[item["start"] : item["end"]] == item["text"], (template, item)
            yield {
                "id": f"{family}-{i:04d}",
                "family": family,
                "template": template,
                "text": text,
                "keep": doc.keep,
                "pii": doc.pii,
                "protected": doc.protected,
            }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default="-")
    ap.add_argument("--tune", type=int, default=720)
    ap.add_argument("--holdout", type=int, default=350)
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
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    with out:
        for d in documents(args.tune, args.holdout, args.seed, args.holdout2, args.holdout3, args.holdout4, args.holdout5, args.holdout6, args.holdout7, args.holdout8, args.holdout9, args.holdout10, args.holdout11, args.holdout12, args.holdout13, args.holdout14, args.holdout15, args.holdout16):
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
