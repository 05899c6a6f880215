"""RFC 8785 JSON Canonicalization Scheme: the RFC's examples, edge cases, properties."""

from __future__ import annotations

import json
import math
import struct
from collections import OrderedDict
from decimal import Decimal
from enum import IntEnum

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sanxiang.kernel.canonical import MAX_SAFE_INTEGER, canonical_json, format_number


def _double(hex_bits: str) -> float:
    return struct.unpack(">d", bytes.fromhex(hex_bits))[0]


# RFC 8785 Appendix B: IEEE 754 binary64 → ECMAScript serialisation.
APPENDIX_B = [
    ("0000000000000000", "0"),
    ("8000000000000000", "0"),  # minus zero
    ("0000000000000001", "5e-324"),  # min pos number
    ("8000000000000001", "-5e-324"),  # min neg number
    ("7fefffffffffffff", "1.7976931348623157e+308"),  # max pos number
    ("ffefffffffffffff", "-1.7976931348623157e+308"),  # max neg number
    ("4340000000000000", "9007199254740992"),  # max pos int
    ("c340000000000000", "-9007199254740992"),  # max neg int
    ("4430000000000000", "295147905179352830000"),  # ~2**68
    ("44b52d02c7e14af5", "9.999999999999997e+22"),
    ("44b52d02c7e14af6", "1e+23"),
    ("44b52d02c7e14af7", "1.0000000000000001e+23"),
    ("444b1ae4d6e2ef4e", "999999999999999700000"),
    ("444b1ae4d6e2ef4f", "999999999999999900000"),
    ("444b1ae4d6e2ef50", "1e+21"),
    ("3eb0c6f7a0b5ed8c", "9.999999999999997e-7"),
    ("3eb0c6f7a0b5ed8d", "0.000001"),
    ("41b3de4355555553", "333333333.3333332"),
    ("41b3de4355555554", "333333333.33333325"),
    ("41b3de4355555555", "333333333.3333333"),
    ("41b3de4355555556", "333333333.3333334"),
    ("41b3de4355555557", "333333333.33333343"),
    ("becbf647612f3696", "-0.0000033333333333333333"),
    ("43143ff3c1cb0959", "1424953923781206.2"),  # round to even
]


@pytest.mark.parametrize(("bits", "want"), APPENDIX_B)
def test_appendix_b_numbers(bits: str, want: str) -> None:
    value = _double(bits)
    assert format_number(value) == want
    assert canonical_json(value) == want.encode()
    assert float(want) == value or (value == 0 and float(want) == 0)


@pytest.mark.parametrize("bits", ["7fffffffffffffff", "7ff0000000000000", "fff0000000000000"])
def test_appendix_b_non_finite_rejected(bits: str) -> None:
    with pytest.raises(ValueError):
        canonical_json(_double(bits))


@pytest.mark.parametrize(
    ("value", "want"),
    [
        (1e21, "1e+21"),
        (1e20, "100000000000000000000"),
        (1e-7, "1e-7"),
        (1e-6, "0.000001"),
        (1.5e-7, "1.5e-7"),
        (123e-20, "1.23e-18"),
        (0.1, "0.1"),
        (-0.0, "0"),
        (4.5, "4.5"),
        (2e-3, "0.002"),
        (1e30, "1e+30"),
        (100.0, "100"),
        (1.0, "1"),
        (-1.25, "-1.25"),
        (12345678.9, "12345678.9"),
        (0, "0"),
        (-7, "-7"),
        (MAX_SAFE_INTEGER, "9007199254740991"),
        (-MAX_SAFE_INTEGER, "-9007199254740991"),
        (2**53, "9007199254740992"),
        (1152921504606847000, "1152921504606847000"),
        (10**30, "1e+30"),
        (10**21, "1e+21"),
        (11011959935285314, "11011959935285314"),
    ],
)
def test_number_forms(value: float, want: str) -> None:
    assert format_number(value) == want


def test_rfc8785_section_3_2_4_example() -> None:
    source = r"""{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }"""
    want = (
        '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],'
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}'
    )
    assert canonical_json(json.loads(source)) == want.encode("utf-8")


def test_rfc8785_section_3_2_3_sorting() -> None:
    source = r"""{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }"""
    out = json.loads(canonical_json(json.loads(source)), object_pairs_hook=list)
    assert [v for _, v in out] == [
        "Carriage Return",
        "One",
        "Control",
        "Latin Small Letter O With Diaeresis",
        "Euro Sign",
        "Emoji: Grinning Face",
        "Hebrew Letter Dalet With Dagesh",
    ]


def test_utf16_order_differs_from_code_point_order() -> None:
    # U+1F600 is D83D DE00 in UTF-16 and so sorts before U+FB33, though its code point is larger.
    assert canonical_json({"\ufb33": 1, "😀": 2}) == '{"😀":2,"\ufb33":1}'.encode()


def test_string_escapes() -> None:
    assert canonical_json("\x00\x01\x1f\x7f") == b'"\\u0000\\u0001\\u001f\x7f"'
    assert canonical_json("\b\t\n\f\r") == b'"\\b\\t\\n\\f\\r"'
    assert canonical_json('"\\/') == b'"\\"\\\\/"'
    assert canonical_json("行政处罚决定书 €") == '"行政处罚决定书 €"'.encode()
    assert canonical_json("\u2028\u2029") == '"\u2028\u2029"'.encode()


def test_structure_and_whitespace() -> None:
    assert (
        canonical_json({"b": [1, 2, {"d": None, "c": True}], "a": {}})
        == b'{"a":{},"b":[1,2,{"c":true,"d":null}]}'
    )
    assert canonical_json([]) == b"[]"
    assert canonical_json((1, "x")) == b'[1,"x"]'
    assert canonical_json(OrderedDict([("z", 1), ("a", 2)])) == b'{"a":2,"z":1}'
    assert canonical_json(False) == b"false"


class Level(IntEnum):
    HIGH = 3


@pytest.mark.parametrize(
    ("value", "exc"),
    [
        (math.nan, ValueError),
        (math.inf, ValueError),
        (-math.inf, ValueError),
        ([1, float("nan")], ValueError),
        (2**53 + 1, ValueError),
        (-(2**53) - 1, ValueError),
        (2**60, ValueError),  # its double prints as 1152921504606847000: digits would change
        (10**400, ValueError),
        ("\ud800", ValueError),
        ({"\udfff": 1}, ValueError),
        ({1: "x"}, TypeError),
        ({None: "x"}, TypeError),
        ({("a",): 1}, TypeError),
        (b"bytes", TypeError),
        ({1, 2}, TypeError),
        (Decimal("1.5"), TypeError),
        (object(), TypeError),
        ({"a": [1, {"b": b"x"}]}, TypeError),
    ],
)
def test_rejected(value: object, exc: type[Exception]) -> None:
    with pytest.raises(exc):
        canonical_json(value)


def test_int_subclasses_serialise_as_numbers() -> None:
    assert canonical_json({"level": Level.HIGH}) == b'{"level":3}'


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    value: list = []
    for _ in range(1100):
        value = [value]
    with pytest.raises(ValueError):
        canonical_json(value)


# --------------------------------------------------------------------- properties

finite = st.floats(allow_nan=False, allow_infinity=False)
safe_ints = st.integers(-MAX_SAFE_INTEGER, MAX_SAFE_INTEGER)
texts = st.text(st.characters(exclude_categories=["Cs"]))


def json_values(numbers: st.SearchStrategy) -> st.SearchStrategy:
    return st.recursive(
        st.none() | st.booleans() | numbers | texts,
        lambda children: st.lists(children, max_size=6) | st.dictionaries(texts, children, max_size=6),
        max_leaves=40,
    )


@settings(max_examples=400, deadline=None)
@given(json_values(safe_ints | st.floats(-(2.0**53), 2.0**53)))
def test_round_trip_and_idempotent(value: object) -> None:
    data = canonical_json(value)
    parsed = json.loads(data)
    assert parsed == value
    assert canonical_json(parsed) == data
    # Whitespace, key order and number spelling of the input do not matter.
    assert canonical_json(json.loads(json.dumps(value, indent=2))) == data


@settings(max_examples=400, deadline=None)
@given(json_values(safe_ints | finite))
def test_round_trip_as_doubles_and_idempotent(value: object) -> None:
    # RFC 8785 numbers are doubles: 5.206688246331849e+16 is written 52066882463318490,
    # which Python's json reads back as an int of a different value unless told that
    # JSON numbers are doubles (as JavaScript's JSON.parse does).
    data = canonical_json(value)
    assert json.loads(data, parse_int=float) == value
    assert canonical_json(json.loads(data)) == data
    assert canonical_json(json.loads(data, parse_int=float)) == data


@settings(max_examples=2000, deadline=None)
@given(finite)
def test_numbers_round_trip_exactly(value: float) -> None:
    text = format_number(value)
    assert float(text) == value
    assert text == format_number(float(text))
    assert "E" not in text and not text.startswith("+")
    if value != 0 and 1e-6 <= abs(value) < 1e21:
        assert "e" not in text
    else:
        assert value == 0 or "e" in text


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(texts, safe_ints, max_size=10))
def test_key_order_is_independent_of_insertion_order(d: dict[str, int]) -> None:
    reversed_dict = dict(reversed(list(d.items())))
    assert canonical_json(d) == canonical_json(reversed_dict)
