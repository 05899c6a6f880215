"""Transparency endpoints (public, hashes only) and the staff pages of the ledger.

Public, under ``/transparency/<log>/`` (c2sp.org/tlog-tiles layout):

* ``checkpoint``                    the latest signed checkpoint, ``text/plain; charset=utf-8``;
* ``tile/<L>/<N>[.p/<W>]``          tiles, ``application/octet-stream``, immutable;
* ``key``                           the verifier keys (C2SP signed-note format), one per line;
* ``proof/inclusion?index=I[&size=S]`` and ``proof/consistency?first=A[&second=B]`` — RFC 9162
  proofs as JSON (base64 hashes), computed from the tiles; the default size is the latest
  checkpoint's.

Entry bundles (``tile/entries/…``) are not served: entries of the internal log carry personal
data. Publication digests go to the public log, whose checkpoints and tiles are served alike.
"""

from __future__ import annotations

import base64

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from sanxiang.kernel import merkle
from sanxiang.ledger import selectors, tiles
from sanxiang.ledger import verify as verifier
from sanxiang.ledger.models import HASH_SIZE, TILE_WIDTH

_IMMUTABLE = "public, max-age=31536000, immutable"


def _b64(h: bytes) -> str:
    return base64.b64encode(h).decode()


def _bad(message: str, status: int = 400) -> JsonResponse:
    return JsonResponse({"detail": message}, status=status)


def _int_param(request, name: str, default: int | None = None) -> int:
    raw = request.GET.get(name)
    if raw is None or raw == "":
        if default is None:
            raise ValueError(f"参数 {name} 必填 / {name} is required")
        return default
    if not raw.isdigit() or (len(raw) > 1 and raw[0] == "0"):
        raise ValueError(f"参数 {name} 须为非负整数 / {name} must be a non-negative integer")
    return int(raw)


@require_GET
def transparency_index(request):
    logs = []
    for row in selectors.logs_overview():
        log, latest = row["log"], row["latest"]
        logs.append(
            {
                "name": log.name,
                "origin": log.origin,
                "hash_algorithm": log.algorithm,
                "checkpoint_size": latest.size if latest else None,
                "checkpoint_url": request.build_absolute_uri(f"/transparency/{log.name}/checkpoint"),
                "verifier_keys": row["keys"],
            }
        )
    return JsonResponse({"logs": logs}, json_dumps_params={"ensure_ascii": False})


@require_GET
def checkpoint(request, log: str):
    lg = selectors.log_get(log)
    latest = selectors.latest_checkpoint(lg)
    if latest is None:
        raise Http404("no checkpoint yet")
    response = HttpResponse(latest.note, content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=5"
    return response


@require_GET
def key(request, log: str):
    lg = selectors.log_get(log)
    text = "".join(k.strip() + "\n" for k in lg.verifier_keys.splitlines() if k.strip())
    return HttpResponse(text, content_type="text/plain; charset=utf-8")


@require_GET
def tile(request, log: str, path: str):
    lg = selectors.log_get(log)
    try:
        level, index, width = tiles.parse_tile_path(path)
    except ValueError:
        raise Http404("not a tile path") from None
    row = selectors.tile_row(lg, level, index)
    if row is None or row[0] < width:
        raise Http404("no such tile")
    if width == TILE_WIDTH and row[0] != TILE_WIDTH:
        raise Http404("tile not full yet")
    response = HttpResponse(row[1][: width * HASH_SIZE], content_type="application/octet-stream")
    response["Cache-Control"] = _IMMUTABLE
    return response


@require_GET
def inclusion_proof(request, log: str):
    lg = selectors.log_get(log)
    latest = selectors.latest_checkpoint(lg)
    try:
        size = _int_param(request, "size", latest.size if latest else None)
        index = _int_param(request, "index")
    except ValueError as exc:
        return _bad(str(exc))
    if not 0 <= index < size <= lg.integrated_size:
        return _bad(f"需要 0 ≤ index < size ≤ {lg.integrated_size} / need 0 ≤ index < size ≤ sealed size")
    reader = tiles.TileReader(lg)
    proof = tiles.inclusion_proof(lg, index, size, reader)
    root = tiles.root_at(lg, size, reader)
    leaf = reader.get_node(0, index)
    merkle.verify_inclusion(
        leaf_hash=leaf, index=index, size=size, proof=proof, root=root, algorithm=lg.algorithm
    )
    return JsonResponse(
        {
            "log": lg.origin,
            "hash_algorithm": lg.algorithm,
            "index": index,
            "size": size,
            "leaf_hash": _b64(leaf),
            "root": _b64(root),
            "proof": [_b64(p) for p in proof],
        }
    )


@require_GET
def consistency_proof(request, log: str):
    lg = selectors.log_get(log)
    latest = selectors.latest_checkpoint(lg)
    try:
        second = _int_param(request, "second", latest.size if latest else None)
        first = _int_param(request, "first")
    except ValueError as exc:
        return _bad(str(exc))
    if not 0 < first <= second <= lg.integrated_size:
        return _bad(f"需要 0 < first ≤ second ≤ {lg.integrated_size} / need 0 < first ≤ second ≤ sealed size")
    reader = tiles.TileReader(lg)
    proof = tiles.consistency_proof(lg, first, second, reader)
    return JsonResponse(
        {
            "log": lg.origin,
            "hash_algorithm": lg.algorithm,
            "first": first,
            "second": second,
            "root1": _b64(tiles.root_at(lg, first, reader)),
            "root2": _b64(tiles.root_at(lg, second, reader)),
            "proof": [_b64(p) for p in proof],
        }
    )


def _require_admin(user) -> None:
    if not selectors.can_view_ledger_admin(user):
        raise PermissionDenied(_("只有平台管理员可以查看账本"))


@login_required
def staff_home(request):
    _require_admin(request.user)
    return render(request, "ledger/home.html", {"logs": selectors.logs_overview(), "report": None})


@login_required
@require_POST
def staff_verify(request):
    _require_admin(request.user)
    report = verifier.verify()
    return render(request, "ledger/home.html", {"logs": selectors.logs_overview(), "report": report})
