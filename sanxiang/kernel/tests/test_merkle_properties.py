"""Hypothesis properties: every mutated RFC 9162 proof is rejected, for both algorithms.

The verify-ok direction for every size 1..300 is iterated deterministically in
``test_merkle.py``; here hypothesis draws a tree size up to 300, a proof, and one
mutation, and the verifier must raise :class:`ProofError`.

A mutation of a *parameter* (index, size) is checked against the true root for the
mutated parameters; it must fail unless the original proof happens to be the genuine
proof for those parameters too (then it is no forgery).
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sanxiang.kernel.merkle import (
    ALGORITHMS,
    CompactRange,
    ProofError,
    consistency_proof_from_nodes,
    inclusion_proof_from_nodes,
    leaf_hash,
    node_hash,
    verify_consistency,
    verify_inclusion,
)

N = 300
SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class Tree:
    def __init__(self, algorithm: str) -> None:
        self.algorithm = algorithm
        self.leaves = [leaf_hash(b"entry %d" % i, algorithm=algorithm) for i in range(N)]
        self.levels = [self.leaves]
        while len(self.levels[-1]) > 1:
            prev = self.levels[-1]
            self.levels.append(
                [node_hash(prev[i], prev[i + 1], algorithm=algorithm) for i in range(0, len(prev) - 1, 2)]
            )
        cr = CompactRange(algorithm=algorithm)
        self.roots = [cr.root()]
        for h in self.leaves:
            cr.append(h)
            self.roots.append(cr.root())

    def get_node(self, level: int, index: int) -> bytes:
        return self.levels[level][index]

    def inclusion(self, index: int, size: int) -> list[bytes]:
        return inclusion_proof_from_nodes(index, size, self.get_node, algorithm=self.algorithm)

    def consistency(self, size1: int, size2: int) -> list[bytes]:
        return consistency_proof_from_nodes(size1, size2, self.get_node, algorithm=self.algorithm)


@cache
def tree(algorithm: str) -> Tree:
    return Tree(algorithm)


def flip(h: bytes, bit: int) -> bytes:
    bit %= len(h) * 8
    b = bytearray(h)
    b[bit // 8] ^= 1 << (bit % 8)
    return bytes(b)


def mutate_list(proof: list[bytes], data: st.DataObject, extra: bytes) -> list[bytes] | None:
    """One structural mutation of a proof; None if it cannot apply to this proof."""
    kind = data.draw(st.sampled_from(["flip", "drop", "add", "swap", "dup", "truncate-hash", "extend-hash"]))
    p = list(proof)
    if kind == "add":
        pos = data.draw(st.integers(0, len(p)))
        p.insert(pos, data.draw(st.sampled_from([extra, bytes(32), *p] if p else [extra, bytes(32)])))
        return p
    if not p:
        return None
    i = data.draw(st.integers(0, len(p) - 1))
    if kind == "flip":
        p[i] = flip(p[i], data.draw(st.integers(0, 255)))
    elif kind == "drop":
        del p[i]
    elif kind == "dup":
        p.insert(i, p[i])
    elif kind == "truncate-hash":
        p[i] = p[i][: data.draw(st.integers(0, 31))]
    elif kind == "extend-hash":
        p[i] = p[i] + data.draw(st.binary(min_size=1, max_size=4))
    else:  # swap two different elements
        j = data.draw(st.integers(0, len(p) - 1))
        if p[i] == p[j]:
            return None
        p[i], p[j] = p[j], p[i]
    return p


algorithms = st.sampled_from(ALGORITHMS)


@SETTINGS
@given(algorithm=algorithms, data=st.data())
def test_mutated_inclusion_proof_fails(algorithm: str, data: st.DataObject) -> None:
    t = tree(algorithm)
    size = data.draw(st.integers(1, N), label="size")
    index = data.draw(st.integers(0, size - 1), label="index")
    proof = t.inclusion(index, size)
    root = t.roots[size]
    leaf = t.leaves[index]
    verify_inclusion(leaf_hash=leaf, index=index, size=size, proof=proof, root=root, algorithm=algorithm)

    target = data.draw(st.sampled_from(["proof", "index", "size", "root", "leaf"]), label="target")
    kwargs = {"leaf_hash": leaf, "index": index, "size": size, "proof": proof, "root": root}
    if target == "proof":
        mutated = mutate_list(proof, data, t.leaves[(index + 1) % N])
        assume(mutated is not None)
        kwargs["proof"] = mutated
    elif target == "index":
        new = data.draw(st.integers(0, size + 3).filter(lambda i: i != index), label="new index")
        # If the same proof is genuine for that index too, it is no forgery.
        assume(not (new < size and t.inclusion(new, size) == proof))
        kwargs["index"] = new
    elif target == "size":
        new = data.draw(st.integers(0, N).filter(lambda s: s != size), label="new size")
        kwargs["size"] = new
        kwargs["root"] = t.roots[new]
        assume(not (index < new and t.inclusion(index, new) == proof))
    elif target == "root":
        kwargs["root"] = data.draw(
            st.one_of(
                st.integers(0, 255).map(lambda b: flip(root, b)),
                st.sampled_from([r for r in t.roots[1:] if r != root][:50]),
            )
        )
    else:
        kwargs["leaf_hash"] = data.draw(
            st.one_of(
                st.integers(0, 255).map(lambda b: flip(leaf, b)),
                st.sampled_from(t.leaves).filter(lambda h: h != leaf),
            )
        )
    with pytest.raises(ProofError):
        verify_inclusion(**kwargs, algorithm=algorithm)


@SETTINGS
@given(algorithm=algorithms, data=st.data())
def test_mutated_consistency_proof_fails(algorithm: str, data: st.DataObject) -> None:
    t = tree(algorithm)
    size2 = data.draw(st.integers(1, N), label="size2")
    size1 = data.draw(st.integers(1, size2), label="size1")
    proof = t.consistency(size1, size2)
    root1, root2 = t.roots[size1], t.roots[size2]
    verify_consistency(size1=size1, size2=size2, proof=proof, root1=root1, root2=root2, algorithm=algorithm)

    target = data.draw(
        st.sampled_from(["proof", "size1", "size2", "root1", "root2", "swap-roots"]), label="target"
    )
    kwargs = {"size1": size1, "size2": size2, "proof": proof, "root1": root1, "root2": root2}
    if target == "proof":
        mutated = mutate_list(proof, data, t.leaves[size1 % N])
        assume(mutated is not None)
        kwargs["proof"] = mutated
    elif target == "size1":
        new = data.draw(st.integers(0, N).filter(lambda s: s != size1), label="new size1")
        kwargs.update(size1=new, root1=t.roots[new])
        assume(not (0 < new <= size2 and t.consistency(new, size2) == proof))
    elif target == "size2":
        new = data.draw(st.integers(0, N).filter(lambda s: s != size2), label="new size2")
        kwargs.update(size2=new, root2=t.roots[new])
        assume(not (0 < size1 <= new and t.consistency(size1, new) == proof))
    elif target == "swap-roots":
        assume(root1 != root2)
        kwargs.update(root1=root2, root2=root1)
    else:
        old = kwargs[target]
        assert isinstance(old, bytes)
        kwargs[target] = data.draw(
            st.one_of(
                st.integers(0, 255).map(lambda b: flip(old, b)),
                st.sampled_from([r for r in t.roots if r != old][:50]),
            )
        )
    with pytest.raises(ProofError):
        verify_consistency(**kwargs, algorithm=algorithm)


@SETTINGS
@given(algorithm=algorithms, data=st.data())
def test_proof_for_one_algorithm_fails_under_the_other(algorithm: str, data: st.DataObject) -> None:
    t = tree(algorithm)
    other = next(a for a in ALGORITHMS if a != algorithm)
    size = data.draw(st.integers(2, N))
    index = data.draw(st.integers(0, size - 1))
    with pytest.raises(ProofError):
        verify_inclusion(
            leaf_hash=t.leaves[index],
            index=index,
            size=size,
            proof=t.inclusion(index, size),
            root=t.roots[size],
            algorithm=other,
        )
    size1 = data.draw(st.integers(1, size - 1))
    with pytest.raises(ProofError):
        verify_consistency(
            size1=size1,
            size2=size,
            proof=t.consistency(size1, size),
            root1=t.roots[size1],
            root2=t.roots[size],
            algorithm=other,
        )


@SETTINGS
@given(
    algorithm=algorithms,
    chunks=st.lists(st.lists(st.binary(max_size=40), max_size=40), max_size=8),
)
def test_compact_range_resumed_anywhere_equals_one_pass(algorithm: str, chunks: list[list[bytes]]) -> None:
    """A sealer that saves and restores its state between batches builds the same tree."""
    one = CompactRange(algorithm=algorithm)
    state = CompactRange(algorithm=algorithm).to_bytes()
    for chunk in chunks:
        hashes = [leaf_hash(d, algorithm=algorithm) for d in chunk]
        one.extend(hashes)
        resumed = CompactRange.from_bytes(state, algorithm=algorithm)
        for h in hashes:
            resumed.append(h)
        state = resumed.to_bytes()
    assert CompactRange.from_bytes(state, algorithm=algorithm).root() == one.root()
