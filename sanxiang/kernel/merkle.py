"""Merkle tree hashing and proofs of RFC 9162 (Certificate Transparency v2.0), §2.1.

Pure Python, no I/O: callers pass hashes (or a callable that returns stored subtree
hashes) in, and get hashes and proofs out.

Definitions (RFC 9162 §2.1.1), for a hash function ``H`` of ``N`` bytes:

* ``leaf_hash(d)    = H(0x00 || d)``
* ``node_hash(l, r) = H(0x01 || l || r)``
* ``MTH({})         = H("")`` (the empty tree)
* ``MTH(D[n])       = node_hash(MTH(D[0:k]), MTH(D[k:n]))`` with ``k`` the largest power
  of two strictly smaller than ``n``.

The hash algorithm is fixed per log: ``"sha256"`` (the default, interoperable with CT,
Go's sumdb and the C2SP tlog specifications) or ``"sm3"`` (GB/T 32905-2016) for
deployments that must use the national algorithms. Anything else is a ``ValueError``.

What this module offers:

* :func:`leaf_hash`, :func:`node_hash`, :func:`root_hash` — the definitions above, and
  :func:`hash_leaves` for a batch of entries;
* :func:`inclusion_proof` and :func:`consistency_proof` — RFC 9162 §2.1.3.1 ``PATH`` and
  §2.1.4.1 ``PROOF`` over a list of leaf hashes (O(n) hashing per proof; reference code);
* :func:`verify_inclusion` and :func:`verify_consistency` — RFC 9162 §2.1.3.2 and §2.1.4.2,
  with the strictness of the transparency-dev/merkle conformance suite (every hash exactly
  the digest size; a consistency proof from an empty tree is always an error; extra or
  missing proof elements are errors). Any failure raises :class:`ProofError`;
* :class:`CompactRange` — an incremental builder holding only the roots of the perfect
  subtrees of ``[0, size)`` (O(log n) memory), which gives the root at any size and can be
  saved and restored so a sealer resumes where it stopped;
* :func:`inclusion_proof_from_nodes`, :func:`consistency_proof_from_nodes` and
  :func:`root_from_nodes` — the same proofs computed from stored hashes of *full* subtrees
  (``get_node(level, index)``, node ``(level, i)`` covering leaves
  ``[i·2^level, (i+1)·2^level)``), as kept in C2SP tlog-tiles: O(log n) node reads each.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sanxiang.kernel import sm3 as _sm3

__all__ = [
    "ALGORITHMS",
    "CompactRange",
    "Hasher",
    "MerkleBuilder",
    "ProofError",
    "consistency_proof",
    "consistency_proof_from_nodes",
    "digest_size",
    "get_hasher",
    "hash_leaves",
    "inclusion_proof",
    "inclusion_proof_from_nodes",
    "leaf_hash",
    "node_hash",
    "root_from_nodes",
    "root_hash",
    "verify_consistency",
    "verify_inclusion",
]

#: The hash algorithms a log may be created with.
ALGORITHMS = ("sha256", "sm3")

GetNode = Callable[[int, int], bytes]


class ProofError(ValueError):
    """An inclusion or consistency proof (or one of its inputs) is invalid."""


# --------------------------------------------------------------------------- hashing


class Hasher:
    """The RFC 9162 §2.1.1 hash functions for one algorithm, bound once for speed.

    ``leaf(data)`` and ``node(left, right)`` are plain closures over the hashlib
    constructor, so hot loops can bind them to locals and pay no lookup per call.
    """

    __slots__ = ("digest_size", "empty", "leaf", "name", "new", "node")

    def __init__(self, name: str, new: Callable[..., Any]) -> None:
        self.name = name
        self.new = new
        self.empty: bytes = new(b"").digest()
        self.digest_size = len(self.empty)

        def leaf(data: bytes) -> bytes:
            return new(b"\x00" + data).digest()

        def node(left: bytes, right: bytes) -> bytes:
            return new(b"\x01" + left + right).digest()

        self.leaf: Callable[[bytes], bytes] = leaf
        self.node: Callable[[bytes, bytes], bytes] = node

    def __repr__(self) -> str:
        return f"Hasher({self.name!r})"


_sha256 = hashlib.sha256
_SHA256 = Hasher("sha256", _sha256)
_HASHERS = {"sha256": _SHA256, "sm3": Hasher("sm3", _sm3.new)}


def get_hasher(algorithm: str = "sha256") -> Hasher:
    """The :class:`Hasher` for *algorithm* (``"sha256"`` or ``"sm3"``); ``ValueError`` otherwise."""
    try:
        return _HASHERS[algorithm]
    except (KeyError, TypeError):
        raise ValueError(
            f"unknown Merkle hash algorithm {algorithm!r}; expected one of {ALGORITHMS}"
        ) from None


def digest_size(algorithm: str = "sha256") -> int:
    """Size in bytes of a hash of *algorithm* (32 for both SHA-256 and SM3)."""
    return get_hasher(algorithm).digest_size


def leaf_hash(data: bytes, *, algorithm: str = "sha256") -> bytes:
    """RFC 9162 §2.1.1 leaf hash ``H(0x00 || data)``."""
    if algorithm == "sha256":
        return _sha256(b"\x00" + data).digest()
    return get_hasher(algorithm).leaf(data)


def hash_leaves(entries: Iterable[bytes], *, algorithm: str = "sha256") -> list[bytes]:
    """``leaf_hash`` of every entry, in one comprehension (no Python call per entry)."""
    new = get_hasher(algorithm).new
    return [new(b"\x00" + d).digest() for d in entries]


def node_hash(left: bytes, right: bytes, *, algorithm: str = "sha256") -> bytes:
    """RFC 9162 §2.1.1 interior node hash ``H(0x01 || left || right)``."""
    if algorithm == "sha256":
        return _sha256(b"\x01" + left + right).digest()
    return get_hasher(algorithm).node(left, right)


def _split(n: int) -> int:
    """The largest power of two strictly smaller than *n* (n ≥ 2), RFC 9162 §2.1.1."""
    return 1 << ((n - 1).bit_length() - 1)


def _check_leaf_hashes(leaf_hashes: Sequence[bytes], size: int) -> None:
    for h in leaf_hashes:
        if not isinstance(h, bytes | bytearray) or len(h) != size:
            raise ValueError(f"every leaf hash must be {size} bytes, got {h!r:.80}")


def _mth(leaves: Sequence[bytes], new: Callable[..., Any], empty: bytes) -> bytes:
    """MTH over already validated leaf hashes, bottom-up.

    Pairing neighbours level by level and carrying an unpaired last node up unchanged
    builds exactly the RFC 9162 tree, whose left subtrees are always perfect. The
    comprehension calls the hashlib constructor directly: no Python call per node.
    """
    n = len(leaves)
    if n == 0:
        return empty
    level = list(leaves)
    while n > 1:
        nxt = [new(b"\x01" + level[i] + level[i + 1]).digest() for i in range(0, n - 1, 2)]
        if n & 1:
            nxt.append(level[-1])
        level = nxt
        n = len(level)
    return bytes(level[0])


def root_hash(leaf_hashes: Sequence[bytes], *, algorithm: str = "sha256") -> bytes:
    """RFC 9162 §2.1.1 Merkle Tree Hash of the given leaf hashes (``H("")`` when empty)."""
    hasher = get_hasher(algorithm)
    _check_leaf_hashes(leaf_hashes, hasher.digest_size)
    return _mth(leaf_hashes, hasher.new, hasher.empty)


# ------------------------------------------------------------ proofs over a leaf list


class _Subtrees:
    """MTH of the RFC 9162 subtree ``D[lo:hi]`` of a leaf list, recomputed on each call."""

    __slots__ = ("leaves", "new")

    def __init__(self, leaves: Sequence[bytes], new: Callable[..., Any]) -> None:
        self.leaves = leaves
        self.new = new

    def mth(self, lo: int, hi: int) -> bytes:
        return _mth(self.leaves[lo:hi], self.new, b"")


def inclusion_proof(index: int, leaf_hashes: Sequence[bytes], *, algorithm: str = "sha256") -> list[bytes]:
    """RFC 9162 §2.1.3.1 audit path ``PATH(index, D[n])`` for the leaf at *index*.

    Elements are ordered from the leaf's sibling up to the child of the root, as the
    verifier of §2.1.3.2 consumes them. ``ValueError`` if *index* is not in ``[0, n)``.
    """
    hasher = get_hasher(algorithm)
    _check_leaf_hashes(leaf_hashes, hasher.digest_size)
    n = len(leaf_hashes)
    if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < n:
        raise ValueError(f"leaf index {index!r} is outside a tree of size {n}")
    sub = _Subtrees(leaf_hashes, hasher.new)
    path: list[bytes] = []
    lo, hi, m = 0, n, index
    # PATH(m, D[lo:hi]) = PATH(m, D[lo:lo+k]) : MTH(D[lo+k:hi])        if m < k
    #                   = PATH(m-k, D[lo+k:hi]) : MTH(D[lo:lo+k])      otherwise
    # The recursion appends on the way back, so collect top-down and reverse.
    while hi - lo > 1:
        k = _split(hi - lo)
        if m < k:
            path.append(sub.mth(lo + k, hi))
            hi = lo + k
        else:
            path.append(sub.mth(lo, lo + k))
            lo += k
            m -= k
    path.reverse()
    return path


def consistency_proof(size1: int, leaf_hashes: Sequence[bytes], *, algorithm: str = "sha256") -> list[bytes]:
    """RFC 9162 §2.1.4.1 ``PROOF(size1, D[n])`` from the tree of *size1* leaves to all of them.

    ``[]`` when ``size1 == n``. ``ValueError`` unless ``0 < size1 <= n``: RFC 9162 defines no
    proof from the empty tree (and the verifier rejects one).
    """
    hasher = get_hasher(algorithm)
    _check_leaf_hashes(leaf_hashes, hasher.digest_size)
    n = len(leaf_hashes)
    if not isinstance(size1, int) or isinstance(size1, bool) or not 0 < size1 <= n:
        raise ValueError(f"no consistency proof from size {size1!r} to size {n}")
    sub = _Subtrees(leaf_hashes, hasher.new)
    proof: list[bytes] = []
    # SUBPROOF(m, D[lo:hi], b), §2.1.4.1, unrolled; elements collected top-down.
    m, lo, hi, b = size1, 0, n, True
    while True:
        if m == hi - lo:
            if not b:
                proof.append(sub.mth(lo, hi))
            break
        k = _split(hi - lo)
        if m <= k:
            proof.append(sub.mth(lo + k, hi))
            hi = lo + k
        else:
            proof.append(sub.mth(lo, lo + k))
            lo += k
            m -= k
            b = False
    proof.reverse()
    return proof


# ------------------------------------------------------ proofs from stored subtree hashes


def _node_getter(get_node: GetNode, size: int) -> GetNode:
    def checked(level: int, index: int) -> bytes:
        h = get_node(level, index)
        if not isinstance(h, bytes | bytearray) or len(h) != size:
            raise ValueError(f"get_node({level}, {index}) returned {h!r:.80}, not a {size}-byte hash")
        return bytes(h)

    return checked


def _range_root(lo: int, hi: int, get_node: GetNode, node: Callable[[bytes, bytes], bytes]) -> bytes:
    """MTH(D[lo:hi]) for an RFC 9162 subtree (``lo`` aligned to the power of two ≥ hi-lo).

    Such a range splits into perfect subtrees of strictly decreasing size, one per set
    bit of ``hi - lo``; the MTH folds them from the right (§2.1.1: the left child of
    every node is perfect).
    """
    n = hi - lo
    parts: list[bytes] = []
    pos = lo
    for level in range(n.bit_length() - 1, -1, -1):
        if n >> level & 1:
            parts.append(get_node(level, pos >> level))
            pos += 1 << level
    h = parts.pop()
    while parts:
        h = node(parts.pop(), h)
    return h


def root_from_nodes(size: int, get_node: GetNode, *, algorithm: str = "sha256") -> bytes:
    """MTH of the first *size* leaves, from stored full-subtree hashes (≤ log2(size)+1 reads)."""
    hasher = get_hasher(algorithm)
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise ValueError(f"invalid tree size {size!r}")
    if size == 0:
        return hasher.empty
    return _range_root(0, size, _node_getter(get_node, hasher.digest_size), hasher.node)


def inclusion_proof_from_nodes(
    index: int, size: int, get_node: GetNode, *, algorithm: str = "sha256"
) -> list[bytes]:
    """RFC 9162 §2.1.3.1 audit path computed from stored full-subtree hashes.

    ``get_node(level, i)`` returns the hash of the perfect subtree covering leaves
    ``[i·2^level, (i+1)·2^level)``; only nodes lying entirely inside ``[0, size)`` are
    requested, at most about ``2·log2(size)`` of them. Equal to :func:`inclusion_proof`.
    """
    hasher = get_hasher(algorithm)
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise ValueError(f"invalid tree size {size!r}")
    if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < size:
        raise ValueError(f"leaf index {index!r} is outside a tree of size {size}")
    get = _node_getter(get_node, hasher.digest_size)
    node = hasher.node
    path: list[bytes] = []
    lo, hi, m = 0, size, index
    while hi - lo > 1:
        k = _split(hi - lo)
        if m < k:
            path.append(_range_root(lo + k, hi, get, node))
            hi = lo + k
        else:
            level = k.bit_length() - 1
            path.append(get(level, lo >> level))
            lo += k
            m -= k
    path.reverse()
    return path


def consistency_proof_from_nodes(
    size1: int, size2: int, get_node: GetNode, *, algorithm: str = "sha256"
) -> list[bytes]:
    """RFC 9162 §2.1.4.1 consistency proof computed from stored full-subtree hashes.

    See :func:`inclusion_proof_from_nodes` for *get_node*. Equal to
    :func:`consistency_proof`; ``ValueError`` unless ``0 < size1 <= size2``.
    """
    hasher = get_hasher(algorithm)
    for v in (size1, size2):
        if not isinstance(v, int) or isinstance(v, bool):
            raise ValueError(f"invalid tree size {v!r}")
    if not 0 < size1 <= size2:
        raise ValueError(f"no consistency proof from size {size1} to size {size2}")
    get = _node_getter(get_node, hasher.digest_size)
    node = hasher.node
    proof: list[bytes] = []
    m, lo, hi, b = size1, 0, size2, True
    while True:
        if m == hi - lo:
            if not b:
                proof.append(_range_root(lo, hi, get, node))
            break
        k = _split(hi - lo)
        if m <= k:
            proof.append(_range_root(lo + k, hi, get, node))
            hi = lo + k
        else:
            level = k.bit_length() - 1
            proof.append(get(level, lo >> level))
            lo += k
            m -= k
            b = False
    proof.reverse()
    return proof


# ------------------------------------------------------------------------- verifiers


def _check_size(name: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ProofError(f"{name} must be a non-negative integer, got {value!r}")
    return value


def _check_hash(name: str, value: object, size: int) -> bytes:
    if not isinstance(value, bytes | bytearray):
        raise ProofError(f"{name} must be bytes, got {type(value).__name__}")
    if len(value) != size:
        raise ProofError(f"{name} must be exactly {size} bytes, got {len(value)}")
    return bytes(value)


def _check_proof(proof: object, size: int) -> list[bytes]:
    if isinstance(proof, bytes | bytearray | str) or not isinstance(proof, Sequence):
        raise ProofError(f"proof must be a sequence of hashes, got {type(proof).__name__}")
    return [_check_hash(f"proof[{i}]", p, size) for i, p in enumerate(proof)]


def _hasher_for_verify(algorithm: str) -> Hasher:
    try:
        return get_hasher(algorithm)
    except ValueError as exc:
        raise ProofError(str(exc)) from None


def verify_inclusion(
    *,
    leaf_hash: bytes,
    index: int,
    size: int,
    proof: Sequence[bytes],
    root: bytes,
    algorithm: str = "sha256",
) -> None:
    """Check an RFC 9162 §2.1.3.2 inclusion proof; raise :class:`ProofError` if it fails.

    Stricter than the RFC text, as the transparency-dev/merkle suite: every hash must be
    exactly the digest size, ``index < size`` and the proof must have exactly the right
    number of elements.
    """
    hasher = _hasher_for_verify(algorithm)
    n = hasher.digest_size
    index = _check_size("index", index)
    size = _check_size("size", size)
    leaf = _check_hash("leaf_hash", leaf_hash, n)
    root = _check_hash("root", root, n)
    path = _check_proof(proof, n)
    if index >= size:
        raise ProofError(f"index {index} is not below tree size {size}")
    node = hasher.node
    # §2.1.3.2 steps 2–5.
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            raise ProofError(
                f"inclusion proof has {len(path)} elements: too many for index {index} in size {size}"
            )
        if fn & 1 or fn == sn:
            r = node(p, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError(
            f"inclusion proof has {len(path)} elements: too few for index {index} in size {size}"
        )
    if not hmac.compare_digest(r, root):
        raise ProofError("inclusion proof does not lead to the given root")


def verify_consistency(
    *,
    size1: int,
    size2: int,
    proof: Sequence[bytes],
    root1: bytes,
    root2: bytes,
    algorithm: str = "sha256",
) -> None:
    """Check an RFC 9162 §2.1.4.2 consistency proof; raise :class:`ProofError` if it fails.

    Follows the transparency-dev/merkle strictness: ``size1 == 0`` is always an error
    (even 0 → 0), ``size1 > size2`` is an error, ``size1 == size2`` needs an empty proof
    and equal roots, and every hash must be exactly the digest size.
    """
    hasher = _hasher_for_verify(algorithm)
    n = hasher.digest_size
    size1 = _check_size("size1", size1)
    size2 = _check_size("size2", size2)
    root1 = _check_hash("root1", root1, n)
    root2 = _check_hash("root2", root2, n)
    path = _check_proof(proof, n)
    if size1 == 0:
        raise ProofError("a consistency proof from the empty tree is not accepted")
    if size2 < size1:
        raise ProofError(f"size2 {size2} is smaller than size1 {size1}")
    if size1 == size2:
        if path:
            raise ProofError("a consistency proof between equal sizes must be empty")
        if not hmac.compare_digest(root1, root2):
            raise ProofError("roots of equal-size trees differ")
        return
    # §2.1.4.2 step 1.
    if not path:
        raise ProofError("empty consistency proof")
    # Step 2: if size1 is a power of two, the proof omits the old root.
    if size1 & (size1 - 1) == 0:
        path = [root1, *path]
    node = hasher.node
    # Steps 3–5.
    fn, sn = size1 - 1, size2 - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    # Step 6.
    for c in path[1:]:
        if sn == 0:
            raise ProofError("consistency proof has too many elements")
        if fn & 1 or fn == sn:
            fr = node(c, fr)
            sr = node(c, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node(sr, c)
        fn >>= 1
        sn >>= 1
    # Step 7.
    if sn != 0:
        raise ProofError("consistency proof has too few elements")
    if not hmac.compare_digest(fr, root1):
        raise ProofError("consistency proof does not lead to root1")
    if not hmac.compare_digest(sr, root2):
        raise ProofError("consistency proof does not lead to root2")


# ------------------------------------------------------------------- compact range

OnNode = Callable[[int, int, bytes], None]
_SIZE = struct.Struct(">Q")


class CompactRange:
    """Incremental Merkle tree builder: the compact range ``[0, size)``.

    Holds the roots of the perfect subtrees that ``[0, size)`` decomposes into, one per
    set bit of ``size``, largest (leftmost) first — O(log n) memory. Appending a leaf
    merges equal-sized neighbours; :meth:`root` folds the stack from the right, which is
    exactly the RFC 9162 §2.1.1 MTH of the leaves appended so far.

    If *on_node* is given it is called as ``on_node(level, index, hash)`` for every full
    subtree completed by an append (the leaf itself is ``level 0``), in increasing level
    order: this is how a sealer writes tlog-tiles while it integrates entries.

    The state is ``(size, hashes)``; :meth:`to_bytes`/:meth:`from_bytes` serialise it as
    an 8-byte big-endian size followed by the hashes, and :meth:`from_state` rebuilds it.
    """

    __slots__ = ("_algorithm", "_digest_size", "_empty", "_hashes", "_new", "_node", "_on_node", "_size")

    def __init__(self, *, algorithm: str = "sha256", on_node: OnNode | None = None) -> None:
        hasher = get_hasher(algorithm)
        self._algorithm = algorithm
        self._digest_size = hasher.digest_size
        self._empty = hasher.empty
        self._node = hasher.node
        self._new = hasher.new
        self._on_node = on_node
        self._size = 0
        self._hashes: list[bytes] = []

    # ---- state

    @property
    def algorithm(self) -> str:
        return self._algorithm

    @property
    def size(self) -> int:
        """Number of leaves appended."""
        return self._size

    @property
    def hashes(self) -> list[bytes]:
        """Roots of the perfect subtrees covering ``[0, size)``, left to right (a copy)."""
        return list(self._hashes)

    @classmethod
    def from_state(
        cls,
        size: int,
        hashes: Sequence[bytes],
        *,
        algorithm: str = "sha256",
        on_node: OnNode | None = None,
    ) -> CompactRange:
        """Rebuild a range saved as ``(size, hashes)``; ``ValueError`` if they do not fit."""
        cr = cls(algorithm=algorithm, on_node=on_node)
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise ValueError(f"invalid compact range size {size!r}")
        if len(hashes) != size.bit_count():
            raise ValueError(
                f"a compact range of size {size} has {size.bit_count()} hashes, got {len(hashes)}"
            )
        _check_leaf_hashes(hashes, cr._digest_size)
        cr._size = size
        cr._hashes = [bytes(h) for h in hashes]
        return cr

    def to_bytes(self) -> bytes:
        """Serialised state: 8-byte big-endian size ‖ hashes."""
        return _SIZE.pack(self._size) + b"".join(self._hashes)

    @classmethod
    def from_bytes(
        cls, data: bytes, *, algorithm: str = "sha256", on_node: OnNode | None = None
    ) -> CompactRange:
        """Inverse of :meth:`to_bytes`."""
        n = get_hasher(algorithm).digest_size
        if len(data) < 8 or (len(data) - 8) % n:
            raise ValueError("malformed compact range state")
        (size,) = _SIZE.unpack_from(data)
        hashes = [data[i : i + n] for i in range(8, len(data), n)]
        return cls.from_state(size, hashes, algorithm=algorithm, on_node=on_node)

    def copy(self) -> CompactRange:
        other = CompactRange.from_state(self._size, self._hashes, algorithm=self._algorithm)
        other._on_node = self._on_node
        return other

    def nodes(self) -> list[tuple[int, int, bytes]]:
        """The stored subtree roots as ``(level, index, hash)``, left to right."""
        out = []
        pos = 0
        hashes = iter(self._hashes)
        for level in range(self._size.bit_length() - 1, -1, -1):
            if self._size >> level & 1:
                out.append((level, pos >> level, next(hashes)))
                pos += 1 << level
        return out

    # ---- growing

    def append(self, leaf_hash: bytes) -> None:
        """Append one leaf hash (amortised O(1) hashing)."""
        if len(leaf_hash) != self._digest_size:
            raise ValueError(f"leaf hash must be {self._digest_size} bytes, got {len(leaf_hash)}")
        size = self._size
        hashes = self._hashes
        h = bytes(leaf_hash)
        on_node = self._on_node
        if on_node is None:
            node = self._node
            while size & 1:
                h = node(hashes.pop(), h)
                size >>= 1
        else:
            on_node(0, size, h)
            level = 0
            while size & 1:
                h = self._node(hashes.pop(), h)
                size >>= 1
                level += 1
                on_node(level, size, h)
        hashes.append(h)
        self._size += 1

    def extend(self, leaf_hashes: Iterable[bytes]) -> None:
        """Append many leaf hashes at once.

        Without an *on_node* callback the batch is merged level by level: at level L the
        existing subtree root of that level (if ``size`` has bit L set) is followed by the
        nodes carried up from level L−1; neighbours are paired in one comprehension, an
        odd last node stays as the new root of that level. Same result as appending one
        by one, at the cost of bare hashlib calls. All or nothing: if any hash in the
        batch has the wrong length, nothing is appended.
        """
        batch = [bytes(h) for h in leaf_hashes]
        n = self._digest_size
        for h in batch:
            if len(h) != n:
                raise ValueError(f"leaf hash must be {n} bytes, got {len(h)}")
        if self._on_node is not None:
            for h in batch:
                self.append(h)
            return
        if not batch:
            return
        new = self._new
        size = self._size
        stack = self._hashes
        leftovers: list[bytes] = []  # new subtree roots, by increasing level
        carry = batch
        level = 0
        while carry:
            seq = [stack.pop(), *carry] if size >> level & 1 else carry
            if len(seq) & 1:
                leftovers.append(seq[-1])
            else:
                leftovers.append(b"")
            carry = [new(b"\x01" + seq[i] + seq[i + 1]).digest() for i in range(0, len(seq) - 1, 2)]
            level += 1
        stack.extend(h for h in reversed(leftovers) if h)
        self._size = size + len(batch)

    def root(self) -> bytes:
        """MTH of the leaves appended so far (``H("")`` for the empty range)."""
        hashes = self._hashes
        if not hashes:
            return self._empty
        node = self._node
        h = hashes[-1]
        for left in reversed(hashes[:-1]):
            h = node(left, h)
        return h

    def __len__(self) -> int:
        return self._size

    def __repr__(self) -> str:
        return f"CompactRange(size={self._size}, algorithm={self._algorithm!r})"


#: Alias: the builder a sealer uses.
MerkleBuilder = CompactRange
