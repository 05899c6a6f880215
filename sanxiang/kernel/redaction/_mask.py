"""Masking policy: what each kind of span is replaced with.

The limits of the disclosure rules are enforced here whatever the policy asks for: an ID
number never keeps a birth-date digit, a phone keeps at most the first 3 and last 4 digits
(and always hides at least half of them), a bank account at most its last 4 digits, an
address at most its county/district.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

PSEUDONYM_SUFFIXES = "甲乙丙丁戊己庚辛壬癸"
ADDRESS_LEVELS = ("none", "province", "city", "county")
NAME_STYLES = ("surname", "placeholder")


@dataclass(frozen=True, slots=True)
class Policy:
    """How to mask. Every field has a default that follows the disclosure rules."""

    #: ``surname`` → 张某 (张某甲/张某乙 for distinct people); ``placeholder`` → 某某 (某某甲 …).
    name_style: str = "surname"
    #: Leading characters of an ID number to keep (at most 6: the region code).
    id_keep_head: int = 4
    #: Trailing characters of an ID number to keep (at most 4 for 18-digit, 3 for 15-digit).
    id_keep_tail: int = 0
    phone_keep_head: int = 3  # at most 3
    phone_keep_tail: int = 4  # at most 4
    bank_keep_tail: int = 4  # at most 4
    #: Administrative level of an address kept in clear: none / province / city / county.
    address_keep: str = "county"
    mask_char: str = "*"
    #: Kinds not to redact at all (e.g. ``frozenset({"vehicle_plate"})``).
    skip_kinds: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.name_style not in NAME_STYLES:
            raise ValueError(f"name_style must be one of {NAME_STYLES}")
        if self.address_keep not in ADDRESS_LEVELS:
            raise ValueError(f"address_keep must be one of {ADDRESS_LEVELS}")
        if len(self.mask_char) != 1:
            raise ValueError("mask_char must be one character")
        for f in ("id_keep_head", "id_keep_tail", "phone_keep_head", "phone_keep_tail", "bank_keep_tail"):
            if getattr(self, f) < 0:
                raise ValueError(f"{f} must not be negative")
        # Clamp to the legal limits instead of failing: a policy can only hide more.
        object.__setattr__(self, "id_keep_head", min(self.id_keep_head, 6))
        object.__setattr__(self, "id_keep_tail", min(self.id_keep_tail, 4))
        object.__setattr__(self, "phone_keep_head", min(self.phone_keep_head, 3))
        object.__setattr__(self, "phone_keep_tail", min(self.phone_keep_tail, 4))
        object.__setattr__(self, "bank_keep_tail", min(self.bank_keep_tail, 4))
        object.__setattr__(self, "skip_kinds", frozenset(self.skip_kinds))

    @classmethod
    def coerce(cls, policy: Policy | Mapping | None) -> Policy:
        if policy is None:
            return DEFAULT_POLICY
        if isinstance(policy, Policy):
            return policy
        known = {f.name for f in fields(cls)}
        unknown = set(policy) - known
        if unknown:
            raise ValueError(f"unknown policy fields: {sorted(unknown)}")
        return replace(DEFAULT_POLICY, **dict(policy))


DEFAULT_POLICY = Policy()


def _keep_ends(chars: str, head: int, tail: int, mask: str, *, hide_at_least: int) -> str:
    n = len(chars)
    hidden = n - head - tail
    while hidden < hide_at_least and (head or tail):
        if head >= tail and head:
            head -= 1
        else:
            tail -= 1
        hidden = n - head - tail
    hidden = max(hidden, 0)
    return chars[:head] + mask * hidden + (chars[n - tail :] if tail else "")


def _alnum(s: str) -> str:
    return "".join(c for c in s if c.isascii() and c.isalnum())


def mask_id_number(digits: str, p: Policy) -> str:
    digits = _alnum(digits).upper()
    n = len(digits)
    if n == 15:  # yyMMdd at 6..11
        head, tail = min(p.id_keep_head, 6), min(p.id_keep_tail, 3)
    elif n == 18:  # yyyyMMdd at 6..13
        head, tail = min(p.id_keep_head, 6), min(p.id_keep_tail, 4)
    else:  # an unknown layout: keep nothing that might be a date
        head, tail = min(p.id_keep_head, 2), 0
    # The clamps above already keep the birth date out; an unknown layout hides at least half.
    return _keep_ends(digits, head, tail, p.mask_char, hide_at_least=0 if n in (15, 18) else (n + 1) // 2)


def mask_phone(digits: str, p: Policy) -> str:
    digits = _alnum(digits)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return _keep_ends(digits, p.phone_keep_head, p.phone_keep_tail, p.mask_char, hide_at_least=max(4, len(digits) - 7))


def mask_bank(digits: str, p: Policy) -> str:
    digits = _alnum(digits)
    return _keep_ends(digits, 0, p.bank_keep_tail, p.mask_char, hide_at_least=max(len(digits) - 4, (len(digits) + 1) // 2))


def mask_email(address: str, p: Policy) -> str:
    local, _, domain = address.partition("@")
    return (local[:1] if len(local) > 2 else "") + p.mask_char * 3 + "@" + domain


def mask_plate(plate: str, p: Policy) -> str:
    compact = "".join(c for c in plate if not c.isspace() and c not in "·•-")
    return compact[:2] + p.mask_char * max(len(compact) - 2, 1)


def mask_certificate(number: str, p: Policy) -> str:
    """Passport and other certificate numbers: keep the first letter of a letter prefix only."""
    compact = _alnum(number)
    head = 1 if compact[:1].isalpha() else 0
    return compact[:head] + p.mask_char * max(len(compact) - head, 1)


def mask_property_certificate(text: str, p: Policy) -> str:
    """Keep the certificate's wording and year, hide its serial digits (第0123456号)."""
    out: list[str] = []
    in_year = False
    for c in text:
        if c in "(（〔[":
            in_year = True
        elif c in ")）〕]":
            in_year = False
        out.append(p.mask_char if (c.isdigit() or c.isascii() and c.isalpha()) and not in_year else c)
    return "".join(out)


def mask_generic(text: str, p: Policy) -> str:
    return p.mask_char * max(3, min(len(text), 8))
