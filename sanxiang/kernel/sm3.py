"""SM3 cryptographic hash (GB/T 32905-2016, GM/T 0004-2012).

`new()` returns a hashlib-compatible object. It uses OpenSSL's SM3 through
``hashlib.new("sm3")`` when the linked OpenSSL provides it (OpenSSL ≥ 1.1.1 built
with SM3, as on Debian 12), and otherwise :class:`SM3`, a pure-Python
implementation of the standard kept here so that an SM3 log can always be
verified, even on a Python whose OpenSSL lacks the algorithm (it is ~100× slower).

Check value (GB/T 32905-2016, appendix A.1)::

    SM3("abc") = 66c7f0f4 62eeedd9 d1f2d46b dc10e4e2 4167c487 5cf2f7a2 297da02b 8f4ba8e0
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Callable
from typing import Any

__all__ = ["SM3", "DIGEST_SIZE", "new", "sm3", "OPENSSL_SM3"]

DIGEST_SIZE = 32
BLOCK_SIZE = 64

_IV = (0x7380166F, 0x4914B2B9, 0x172442D7, 0xDA8A0600, 0xA96F30BC, 0x163138AA, 0xE38DEE4D, 0xB0FB0E4E)
_MASK = 0xFFFFFFFF


def _rotl(x: int, n: int) -> int:
    n &= 31
    return ((x << n) | (x >> (32 - n))) & _MASK


# T_j rotated left by j (mod 32), precomputed for the 64 rounds (GB/T 32905 §5.3.3).
_TJ_ROT = tuple(_rotl(0x79CC4519 if j < 16 else 0x7A879D8A, j) for j in range(64))
_UNPACK16 = struct.Struct(">16I").unpack
_PACK8 = struct.Struct(">8I").pack


def _compress(v: tuple[int, ...], block: bytes) -> tuple[int, ...]:
    """The compression function CF(V, B) of GB/T 32905-2016 §5.3.3."""
    w = list(_UNPACK16(block))
    for j in range(16, 68):
        x = w[j - 16] ^ w[j - 9] ^ (((w[j - 3] << 15) | (w[j - 3] >> 17)) & _MASK)
        p1 = x ^ (((x << 15) | (x >> 17)) & _MASK) ^ (((x << 23) | (x >> 9)) & _MASK)
        w.append(p1 ^ (((w[j - 13] << 7) | (w[j - 13] >> 25)) & _MASK) ^ w[j - 6])
    a, b, c, d, e, f, g, h = v
    for j in range(64):
        a12 = ((a << 12) | (a >> 20)) & _MASK
        ss1 = (a12 + e + _TJ_ROT[j]) & _MASK
        ss1 = ((ss1 << 7) | (ss1 >> 25)) & _MASK
        ss2 = ss1 ^ a12
        if j < 16:
            ff = a ^ b ^ c
            gg = e ^ f ^ g
        else:
            ff = (a & b) | (a & c) | (b & c)
            gg = (e & f) | (~e & g)
        tt1 = (ff + d + ss2 + (w[j] ^ w[j + 4])) & _MASK
        tt2 = (gg + h + ss1 + w[j]) & _MASK
        d = c
        c = ((b << 9) | (b >> 23)) & _MASK
        b = a
        a = tt1
        h = g
        g = ((f << 19) | (f >> 13)) & _MASK
        f = e
        e = tt2 ^ (((tt2 << 9) | (tt2 >> 23)) & _MASK) ^ (((tt2 << 17) | (tt2 >> 15)) & _MASK)
    return (
        v[0] ^ a, v[1] ^ b, v[2] ^ c, v[3] ^ d,
        v[4] ^ e, v[5] ^ f, v[6] ^ g, v[7] ^ h,
    )  # fmt: skip


class SM3:
    """Pure-Python SM3 with the hashlib interface (``update``, ``digest``, ``hexdigest``, ``copy``)."""

    name = "sm3"
    digest_size = DIGEST_SIZE
    block_size = BLOCK_SIZE

    def __init__(self, data: bytes = b"") -> None:
        self._v: tuple[int, ...] = _IV
        self._buf = b""
        self._len = 0
        if data:
            self.update(data)

    def update(self, data: bytes) -> None:
        data = bytes(data)
        self._len += len(data)
        buf = self._buf + data
        v = self._v
        end = len(buf) - len(buf) % BLOCK_SIZE
        for i in range(0, end, BLOCK_SIZE):
            v = _compress(v, buf[i : i + BLOCK_SIZE])
        self._v = v
        self._buf = buf[end:]

    def digest(self) -> bytes:
        bit_len = self._len * 8
        pad = b"\x80" + b"\x00" * ((55 - self._len) % 64) + struct.pack(">Q", bit_len)
        v = self._v
        tail = self._buf + pad
        for i in range(0, len(tail), BLOCK_SIZE):
            v = _compress(v, tail[i : i + BLOCK_SIZE])
        return _PACK8(*v)

    def hexdigest(self) -> str:
        return self.digest().hex()

    def copy(self) -> SM3:
        other = SM3.__new__(SM3)
        other._v, other._buf, other._len = self._v, self._buf, self._len
        return other


def _openssl_sm3() -> Callable[..., Any] | None:
    try:
        h = hashlib.new("sm3", b"abc")
    except (ValueError, TypeError):
        return None
    if h.hexdigest() != "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0":
        return None  # pragma: no cover - a broken provider; fall back to the pure implementation

    # Copying a fresh context is ~30% cheaper than hashlib.new("sm3", …), which looks
    # the algorithm up by name on every call.
    copy = hashlib.new("sm3").copy

    def _new(data: bytes = b"") -> Any:
        h = copy()
        h.update(data)
        return h

    return _new


_OPENSSL = _openssl_sm3()
#: True when SM3 comes from OpenSSL (fast), False when the pure-Python fallback is used.
OPENSSL_SM3 = _OPENSSL is not None
#: ``new(data=b"")`` → a hashlib-like SM3 object (OpenSSL when available, else :class:`SM3`).
new: Callable[..., Any] = _OPENSSL if _OPENSSL is not None else SM3


def sm3(data: bytes) -> bytes:
    """SM3 digest of *data* (32 bytes)."""
    return new(data).digest()
