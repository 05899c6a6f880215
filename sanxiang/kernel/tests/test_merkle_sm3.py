"""SM3 (GB/T 32905-2016): check values, the pure-Python fallback, and SM3 Merkle trees."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sanxiang.kernel import sm3
from sanxiang.kernel.merkle import CompactRange, Hasher, leaf_hash, root_hash

VECTORS = {
    # GB/T 32905-2016 appendix A, examples 1 and 2.
    b"abc": "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
    b"abcd" * 16: "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732",
    b"": "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b",
}


@pytest.mark.parametrize(("data", "want"), VECTORS.items())
def test_check_values(data: bytes, want: str) -> None:
    assert sm3.sm3(data).hex() == want
    assert sm3.SM3(data).hexdigest() == want
    h = sm3.SM3()
    for i in range(len(data)):
        h.update(data[i : i + 1])
    assert h.hexdigest() == want


def test_openssl_is_used_when_available() -> None:
    try:
        hashlib.new("sm3")
    except ValueError:
        assert not sm3.OPENSSL_SM3
    else:
        assert sm3.OPENSSL_SM3


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=300), cut=st.integers(0, 300))
def test_pure_python_equals_default_implementation(data: bytes, cut: int) -> None:
    h = sm3.SM3(data[:cut])
    c = h.copy()
    h.update(data[cut:])
    assert h.digest() == sm3.new(data).digest()
    assert c.digest() == sm3.new(data[:cut]).digest()


def test_merkle_root_with_pure_python_fallback_matches() -> None:
    pure = Hasher("sm3", sm3.SM3)
    leaves = [leaf_hash(b"%d" % i, algorithm="sm3") for i in range(20)]
    assert [pure.leaf(b"%d" % i) for i in range(20)] == leaves
    cr = CompactRange(algorithm="sm3")
    cr.extend(leaves)
    # A root computed with the pure-Python node hash equals the OpenSSL one.
    level = leaves
    while len(level) > 1:
        nxt = [pure.node(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            nxt.append(level[-1])
        level = nxt
    assert level[0] == cr.root() == root_hash(leaves, algorithm="sm3")
