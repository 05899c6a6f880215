"""Automatic redaction of personal data in Chinese enforcement documents (seed 000 §三(三)).

``redact(text, keep=(), policy=None)`` proposes what to hide — natural persons' names (other
than legal representatives and officers), home addresses, ID numbers, phones, e-mail, bank
accounts, passports and other certificates, property certificates, vehicle plates — and how to
mask it. A person confirms the proposal before publication. Pure Python, no Django, works
offline. Kinds, rules and limits: docs/redaction.md.
"""

from ._engine import RedactionResult, Span, redact
from ._found import KINDS
from ._mask import DEFAULT_POLICY, Policy

__all__ = ["DEFAULT_POLICY", "KINDS", "Policy", "RedactionResult", "Span", "redact"]
