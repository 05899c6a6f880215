"""RFC 8785 JSON Canonicalization Scheme (JCS): the bytes the ledger hashes.

``canonical_json(obj)`` serialises a JSON value so that equal data always gives equal
bytes:

* no whitespace (RFC 8785 §3.2.1);
* literals ``null``, ``true``, ``false`` (§3.2.2.1);
* strings (§3.2.2.2): UTF-8, only the mandatory escapes — ``\\"``, ``\\\\``, ``\\b``,
  ``\\t``, ``\\n``, ``\\f``, ``\\r``, and ``\\u00xx`` (lowercase hex) for the other
  controls below U+0020; everything else, ``/`` and non-ASCII included, is written
  as is. Lone surrogates are not valid I-JSON (RFC 7493 §2.1) and are rejected;
* numbers (§3.2.2.3): the ECMAScript ``Number.prototype.toString`` form of the IEEE 754
  double — shortest round-trip digits, ``-0`` → ``0``, plain notation for
  ``1e-6 <= |x| < 1e21``, otherwise ``d.ddde±n`` (``1e+21``, ``1e-7``). NaN and ±Infinity
  are rejected (``ValueError``). Python ints within I-JSON's safe range ±(2**53 − 1)
  (RFC 7493 §2.2) are written as they are; a larger int only if the serialised double
  denotes exactly the same number, otherwise ``ValueError`` rather than silently
  changed digits — store such values as strings;
* objects (§3.2.3): members sorted by their names as arrays of UTF-16 code units;
  names must be ``str``.

Accepted Python types: ``None``, ``bool``, ``int``, ``float``, ``str``, ``list``/``tuple``
and ``dict`` with ``str`` keys. Anything else (``Decimal``, ``datetime``, ``bytes``,
``set``…) is a ``TypeError``: callers convert such values explicitly, so that the
hashed form is a decision, not an accident.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Any

__all__ = ["canonical_json", "format_number", "MAX_SAFE_INTEGER"]

#: Largest integer I-JSON guarantees to be exact (2**53 − 1).
MAX_SAFE_INTEGER = 2**53 - 1
#: Deepest nesting accepted (ledger events are shallow; this keeps clear of Python's recursion limit).
MAX_DEPTH = 256

_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}
for _c in range(0x20):
    _ESCAPES.setdefault(chr(_c), f"\\u{_c:04x}")
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f]')
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(m: re.Match[str]) -> str:
    return _ESCAPES[m.group(0)]


def _string(s: str) -> str:
    if _SURROGATE.search(s):
        raise ValueError(f"string contains a lone surrogate, not valid I-JSON: {s!r:.60}")
    return '"' + _NEEDS_ESCAPE.sub(_escape, s) + '"'


def format_number(value: float | int) -> str:
    """ECMAScript ``Number::toString`` of a double (RFC 8785 §3.2.2.3, ECMA-262 §6.1.6.1.20).

    Python's ``repr(float)`` already yields the shortest digit string that round-trips,
    which is what ECMAScript requires; only the layout differs, and is redone here.
    """
    if isinstance(value, bool):
        raise TypeError("bool is not a number")
    if isinstance(value, int):
        if -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
            return int.__repr__(value)
        # A larger integer is accepted only if the ECMAScript form of its double denotes
        # exactly the same number (10**21 → "1e+21"; 1152921504606847000 stays as is), so
        # no digit is ever dropped or changed; 2**60 would print as 1152921504606847000
        # and is refused. Such values belong in strings.
        try:
            text = _format_double(float(value))
        except OverflowError:
            text = ""
        if not text or Decimal(text) != value:
            raise ValueError(f"integer {value} would not survive as an IEEE 754 double; store it as a string")
        return text
    if not isinstance(value, float):
        raise TypeError(f"not a number: {type(value).__name__}")
    return _format_double(value)


def _format_double(value: float) -> str:
    if not math.isfinite(value):
        raise ValueError(f"{value!r} is not a JSON number")
    if value == 0:
        return "0"  # also for -0.0
    sign = "-" if value < 0 else ""
    r = float.__repr__(abs(value))
    mantissa, _, exp_str = r.partition("e")
    exp = int(exp_str) if exp_str else 0
    int_part, _, frac_part = mantissa.partition(".")
    digits = (int_part + frac_part).lstrip("0")
    stripped = digits.rstrip("0")
    # value = int(stripped) * 10**e10, with k significant digits
    e10 = exp - len(frac_part) + (len(digits) - len(stripped))
    s = stripped
    k = len(s)
    n = k + e10  # value = 0.s × 10**n, i.e. the decimal point sits after n digits
    if k <= n <= 21:
        out = s + "0" * (n - k)
    elif 0 < n <= 21:
        out = s[:n] + "." + s[n:]
    elif -6 < n <= 0:
        out = "0." + "0" * (-n) + s
    else:
        e = n - 1
        exp_out = ("+" if e >= 0 else "-") + str(abs(e))
        out = (s if k == 1 else s[0] + "." + s[1:]) + "e" + exp_out
    return sign + out


def _utf16_key(name: str) -> bytes:
    # Big-endian UTF-16 compares bytewise exactly as the code-unit sequence does.
    return name.encode("utf-16-be", "surrogatepass")


def _serialise(obj: Any, out: list[str], depth: int) -> None:
    if depth > MAX_DEPTH:
        raise ValueError("JSON value nested too deeply")
    if obj is None:
        out.append("null")
    elif obj is True:
        out.append("true")
    elif obj is False:
        out.append("false")
    elif isinstance(obj, str):
        out.append(_string(obj))
    elif isinstance(obj, int | float):
        out.append(format_number(obj))
    elif isinstance(obj, dict):
        for key in obj:
            if not isinstance(key, str):
                raise TypeError(f"object member names must be str, got {type(key).__name__}: {key!r:.40}")
        out.append("{")
        first = True
        for key in sorted(obj, key=_utf16_key):
            if not first:
                out.append(",")
            first = False
            out.append(_string(key))
            out.append(":")
            _serialise(obj[key], out, depth + 1)
        out.append("}")
    elif isinstance(obj, list | tuple):
        out.append("[")
        for i, item in enumerate(obj):
            if i:
                out.append(",")
            _serialise(item, out, depth + 1)
        out.append("]")
    else:
        raise TypeError(f"{type(obj).__name__} is not a JSON type; convert it explicitly before hashing")


def canonical_json(obj: Any) -> bytes:
    """The RFC 8785 canonical UTF-8 serialisation of *obj*.

    ``TypeError`` for non-JSON types or non-``str`` keys, ``ValueError`` for NaN,
    ±Infinity, unsafe integers and lone surrogates.
    """
    out: list[str] = []
    _serialise(obj, out, 0)
    return "".join(out).encode("utf-8")
