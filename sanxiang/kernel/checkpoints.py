"""C2SP signed notes and tlog checkpoints, with Ed25519 (default) and SM2 signers.

Formats (https://c2sp.org/signed-note, https://c2sp.org/tlog-checkpoint)
------------------------------------------------------------------------

A **checkpoint** body (tlog-checkpoint "Note text") is::

    <origin>\\n
    <tree size, ASCII decimal, no leading zeros>\\n
    <base64 root hash>\\n
    [<extension line>\\n ...]          (non-empty lines, optional)

A **signed note** (signed-note "Format") is the body, a blank line, and one or more
signature lines ``— <key name> <base64(4-byte key ID ‖ signature)>\\n`` (U+2014 EM DASH,
space). Signatures cover the body including its final newline. The key ID is
``SHA-256(key name ‖ 0x0A ‖ signature type ‖ public key)[:4]`` (big-endian uint32).

Keys are exchanged as text, as golang.org/x/mod/sumdb/note does:

* verifier key: ``<name>+<8 hex digits key ID>+<base64(signature type ‖ public key)>``
* signer key:   ``PRIVATE+KEY+<name>+<8 hex digits key ID>+<base64(signature type ‖ private key)>``

Signature types
---------------

``ed25519`` — type ``0x01`` (signed-note "Ed25519 signatures"): RFC 8032 Ed25519 over
the note text; public key 32 bytes, private key the 32-byte seed, signature 64 bytes.
Notes signed this way verify with Go's ``note.Open`` and every C2SP tool.

``sm2`` — a Sanxiang-defined type for deployments that must use the national
algorithms (密评). signed-note reserves ``0xff`` for "signature types without an
identifier byte assigned by this specification", RECOMMENDED to be "followed by a
longer identifier that is unlikely to collide", so the type is the 17 bytes
``0xff ‖ ASCII "sanxiang-sm2-sm3"``::

    ff 73 61 6e 78 69 61 6e 67 2d 73 6d 32 2d 73 6d 33

* public key: 65 bytes, uncompressed SEC1 point ``0x04 ‖ X ‖ Y`` on the SM2 recommended
  curve (GB/T 32918.5-2017); private key: the 32-byte big-endian scalar ``d``,
  ``1 ≤ d ≤ n − 2``;
* signature: SM2 (GB/T 32918.2-2016) with SM3 over ``Z_A ‖ note text``, where
  ``Z_A = SM3(ENTL ‖ ID ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A)`` with the default user ID
  ``ID = "1234567812345678"`` (GM/T 0009-2012 §10, ENTL = 0x0080); encoded as the
  64 bytes ``r ‖ s`` (each 32-byte big-endian), not DER;
* key ID: computed exactly as for Ed25519, with the 17-byte type above:
  ``SHA-256(name ‖ 0x0A ‖ 0xff ‖ "sanxiang-sm2-sm3" ‖ 0x04 ‖ X ‖ Y)[:4]``.

Other verifiers ignore these lines as signatures of an unknown key (signed-note
"Signatures"), so a note may carry both an Ed25519 and an SM2 signature. The SM2 curve
arithmetic comes from ``gmssl`` (pure Python, ~10 ms a signature); nonces come from
:mod:`secrets`, and signatures and public keys are range- and curve-checked here.

Strictness of :func:`open_note` (beyond Go's ``note.Open``)
-----------------------------------------------------------

Malformed input raises :class:`NoteError`: non-UTF-8, control characters other than
newline, no blank line before the signatures, a signature line without the em-dash
prefix, an invalid key name, non-canonical base64, a signature shorter than 5 bytes,
more than 100 signatures, a note over 1 MiB or a line over 8 KiB. Unlike Go, which
silently drops repeated signatures, a note that carries two signature lines with the
same key name and key ID is rejected: a conforming signer never writes one.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import secrets
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sanxiang.kernel import sm3 as _sm3

__all__ = [
    "ALGORITHMS",
    "Checkpoint",
    "KeyFormatError",
    "NoteError",
    "Signer",
    "Verifier",
    "generate_key",
    "key_hash",
    "open_note",
    "parse_checkpoint",
    "sign_note",
    "verify_checkpoint",
]

ALGORITHMS = ("ed25519", "sm2")

#: signed-note signature type identifiers.
TYPE_ED25519 = b"\x01"
TYPE_SM2 = b"\xff" + b"sanxiang-sm2-sm3"
_TYPES = {"ed25519": TYPE_ED25519, "sm2": TYPE_SM2}

#: The GM/T 0009-2012 default signer ID.
SM2_DEFAULT_ID = b"1234567812345678"

MAX_NOTE_BYTES = 1 << 20
MAX_LINE_BYTES = 8 << 10
MAX_SIGNATURES = 100
HASH_SIZE = 32

_SIG_PREFIX = "— "
_PRIVATE_PREFIX = "PRIVATE+KEY+"
# Unicode White_Space (what Go's unicode.IsSpace tests), which key names must not contain.
_WHITE_SPACE = frozenset(
    [
        *range(0x09, 0x0E),
        0x20,
        0x85,
        0xA0,
        0x1680,
        *range(0x2000, 0x200B),
        0x2028,
        0x2029,
        0x202F,
        0x205F,
        0x3000,
    ]
)
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f]")
_DECIMAL = re.compile(r"(0|[1-9][0-9]*)")


class NoteError(ValueError):
    """A note or checkpoint is malformed, unsigned by a known key, or badly signed."""


class KeyFormatError(ValueError):
    """A signer or verifier key string is malformed or inconsistent."""


# ------------------------------------------------------------------------- helpers


def _valid_name(name: object) -> bool:
    return (
        isinstance(name, str)
        and name != ""
        and "+" not in name
        and not any(ord(c) in _WHITE_SPACE for c in name)
        and _CONTROL.search(name) is None
        and "\n" not in name
        and _encodable(name)
    )


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _b64decode_strict(text: str) -> bytes:
    """Standard base64 (RFC 4648 §4), padded, canonical: re-encoding gives the same text."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise ValueError(f"invalid base64 {text!r:.60}") from None
    if base64.b64encode(raw).decode("ascii") != text:
        raise ValueError(f"non-canonical base64 {text!r:.60}")
    return raw


def key_hash(name: str, key: bytes) -> int:
    """signed-note key ID: first 4 bytes (big-endian) of ``SHA-256(name ‖ 0x0A ‖ key)``.

    *key* is the signature type followed by the public key.
    """
    return struct.unpack(">I", hashlib.sha256(name.encode("utf-8") + b"\n" + key).digest()[:4])[0]


# ---------------------------------------------------------------------------- SM2


class _SM2:
    """SM2 signatures with SM3 (GB/T 32918.2-2016), curve arithmetic from gmssl."""

    P = 0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFF
    A = 0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC
    B = 0x28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93
    N = 0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123
    GX = 0x32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7
    GY = 0xBC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0

    @staticmethod
    def _crypt(d: int, public: bytes):  # type: ignore[no-untyped-def]
        from gmssl.sm2 import CryptSM2

        c = CryptSM2(private_key=f"{d:064x}", public_key="")
        # Set after construction: gmssl's constructor strips a "04" prefix with lstrip,
        # which also eats leading '0'/'4' hex digits of X.
        c.public_key = public[1:].hex()
        return c

    @classmethod
    def on_curve(cls, public: bytes) -> bool:
        if len(public) != 65 or public[0] != 4:
            return False
        x = int.from_bytes(public[1:33], "big")
        y = int.from_bytes(public[33:], "big")
        if not (0 <= x < cls.P and 0 <= y < cls.P):
            return False
        return (y * y - (x * x * x + cls.A * x + cls.B)) % cls.P == 0

    @classmethod
    def public_key(cls, d: int) -> bytes:
        if not 1 <= d <= cls.N - 2:
            raise KeyFormatError("SM2 private key out of range")
        c = cls._crypt(d, b"\x04" + bytes(64))
        point = c._kg(d, f"{cls.GX:064x}{cls.GY:064x}")
        return b"\x04" + bytes.fromhex(point)

    @classmethod
    def digest(cls, public: bytes, message: bytes, uid: bytes = SM2_DEFAULT_ID) -> bytes:
        """``e = SM3(Z_A ‖ M)``, GB/T 32918.2-2016 §5.5 and §6.1."""
        entl = struct.pack(">H", len(uid) * 8)
        z = _sm3.sm3(
            entl + uid
            + cls.A.to_bytes(32, "big") + cls.B.to_bytes(32, "big")
            + cls.GX.to_bytes(32, "big") + cls.GY.to_bytes(32, "big")
            + public[1:]
        )  # fmt: skip
        return _sm3.sm3(z + message)

    @classmethod
    def sign(cls, d: int, public: bytes, message: bytes, *, k: int | None = None) -> bytes:
        c = cls._crypt(d, public)
        e = cls.digest(public, message)
        while True:
            nonce = k if k is not None else secrets.randbelow(cls.N - 1) + 1
            sig = c.sign(e, f"{nonce:064x}")
            if sig:
                return bytes.fromhex(sig)
            if k is not None:
                raise ValueError("SM2 nonce gives a degenerate signature")

    @classmethod
    def verify(cls, public: bytes, message: bytes, signature: bytes) -> bool:
        if len(signature) != 64 or not cls.on_curve(public):
            return False
        r = int.from_bytes(signature[:32], "big")
        s = int.from_bytes(signature[32:], "big")
        if not (1 <= r < cls.N and 1 <= s < cls.N) or (r + s) % cls.N == 0:
            return False
        c = cls._crypt(1, public)
        try:
            return bool(c.verify(signature.hex(), cls.digest(public, message)))
        except (TypeError, ValueError):  # the sum point at infinity: gmssl returns None and fails
            return False


# ---------------------------------------------------------------- signers, verifiers


@dataclass(frozen=True, repr=False)
class Verifier:
    """Checks signatures of one key: ``name``, ``key_hash`` (key ID) and public key."""

    name: str
    key_hash: int
    algorithm: str
    public_key: bytes

    @classmethod
    def from_key(cls, vkey: str) -> Verifier:
        """Parse ``<name>+<hex key ID>+<base64(type ‖ public key)>``."""
        if not isinstance(vkey, str):
            raise KeyFormatError("a verifier key is a str")
        parts = vkey.split("+", 2)
        if len(parts) != 3:
            raise KeyFormatError(f"malformed verifier key {vkey!r:.80}")
        name, hash_hex, key_b64 = parts
        if not _valid_name(name):
            raise KeyFormatError(f"invalid key name {name!r:.60}")
        if not re.fullmatch(r"[0-9a-fA-F]{8}", hash_hex):
            raise KeyFormatError("the key ID must be 8 hex digits")
        try:
            key = _b64decode_strict(key_b64)
        except ValueError as exc:
            raise KeyFormatError(str(exc)) from None
        algorithm, public = _split_typed_key(key)
        if algorithm == "ed25519" and len(public) != 32:
            raise KeyFormatError("an Ed25519 public key is 32 bytes")
        if algorithm == "sm2" and not _SM2.on_curve(public):
            raise KeyFormatError("an SM2 public key is a 65-byte uncompressed point on the curve")
        if key_hash(name, key) != int(hash_hex, 16):
            raise KeyFormatError(f"key ID {hash_hex} does not match the key")
        return cls(name=name, key_hash=int(hash_hex, 16), algorithm=algorithm, public_key=public)

    @property
    def key(self) -> str:
        """The verifier key string."""
        typed = _TYPES[self.algorithm] + self.public_key
        return f"{self.name}+{self.key_hash:08x}+{base64.b64encode(typed).decode()}"

    def verify(self, message: bytes, signature: bytes) -> bool:
        if self.algorithm == "ed25519":
            if len(signature) != 64:
                return False
            try:
                Ed25519PublicKey.from_public_bytes(self.public_key).verify(signature, message)
            except InvalidSignature:
                return False
            return True
        return _SM2.verify(self.public_key, message, signature)

    def __repr__(self) -> str:
        return f"Verifier({self.name!r}, {self.key_hash:08x}, {self.algorithm})"


@dataclass(frozen=True, repr=False)
class Signer:
    """Signs notes with one key. ``repr`` never shows the private key."""

    name: str
    key_hash: int
    algorithm: str
    _private: bytes = field(compare=False)
    public_key: bytes = b""

    @classmethod
    def from_key(cls, skey: str) -> Signer:
        """Parse ``PRIVATE+KEY+<name>+<hex key ID>+<base64(type ‖ private key)>``."""
        if not isinstance(skey, str) or not skey.startswith(_PRIVATE_PREFIX):
            raise KeyFormatError("a signer key starts with PRIVATE+KEY+")
        parts = skey[len(_PRIVATE_PREFIX) :].split("+", 2)
        if len(parts) != 3:
            raise KeyFormatError("malformed signer key")
        name, hash_hex, key_b64 = parts
        if not _valid_name(name):
            raise KeyFormatError(f"invalid key name {name!r:.60}")
        if not re.fullmatch(r"[0-9a-fA-F]{8}", hash_hex):
            raise KeyFormatError("the key ID must be 8 hex digits")
        try:
            key = _b64decode_strict(key_b64)
        except ValueError:
            raise KeyFormatError("invalid base64 in signer key") from None
        algorithm, private = _split_typed_key(key)
        if len(private) != 32:
            raise KeyFormatError("a private key is 32 bytes")
        public = _public_from_private(algorithm, private)
        if key_hash(name, _TYPES[algorithm] + public) != int(hash_hex, 16):
            raise KeyFormatError(f"key ID {hash_hex} does not match the key")
        return cls(
            name=name, key_hash=int(hash_hex, 16), algorithm=algorithm, _private=private, public_key=public
        )

    @property
    def key(self) -> str:
        """The signer key string (secret)."""
        typed = _TYPES[self.algorithm] + self._private
        return f"{_PRIVATE_PREFIX}{self.name}+{self.key_hash:08x}+{base64.b64encode(typed).decode()}"

    def verifier(self) -> Verifier:
        return Verifier(
            name=self.name, key_hash=self.key_hash, algorithm=self.algorithm, public_key=self.public_key
        )

    def sign(self, message: bytes) -> bytes:
        if self.algorithm == "ed25519":
            return Ed25519PrivateKey.from_private_bytes(self._private).sign(message)
        return _SM2.sign(int.from_bytes(self._private, "big"), self.public_key, message)

    def __repr__(self) -> str:
        return f"Signer({self.name!r}, {self.key_hash:08x}, {self.algorithm})"


def _split_typed_key(key: bytes) -> tuple[str, bytes]:
    if key[:1] == TYPE_ED25519:
        return "ed25519", key[1:]
    if key.startswith(TYPE_SM2):
        return "sm2", key[len(TYPE_SM2) :]
    raise KeyFormatError(f"unsupported signature type {key[:1].hex() or 'none'}")


def _public_from_private(algorithm: str, private: bytes) -> bytes:
    if algorithm == "ed25519":
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        return (
            Ed25519PrivateKey.from_private_bytes(private)
            .public_key()
            .public_bytes(Encoding.Raw, PublicFormat.Raw)
        )
    return _SM2.public_key(int.from_bytes(private, "big"))


def generate_key(name: str, *, algorithm: str = "ed25519") -> tuple[str, str]:
    """A new key pair as ``(signer key, verifier key)`` strings (see the module docstring)."""
    if algorithm not in _TYPES:
        raise ValueError(f"unknown signature algorithm {algorithm!r}; expected one of {ALGORITHMS}")
    if not _valid_name(name):
        raise ValueError(f"invalid key name {name!r}: non-empty, no spaces, no '+'")
    if algorithm == "ed25519":
        private = secrets.token_bytes(32)
    else:
        private = (secrets.randbelow(_SM2.N - 2) + 1).to_bytes(32, "big")
    public = _public_from_private(algorithm, private)
    h = key_hash(name, _TYPES[algorithm] + public)
    signer = Signer(name=name, key_hash=h, algorithm=algorithm, _private=private, public_key=public)
    return signer.key, signer.verifier().key


# ---------------------------------------------------------------------- signed notes


def _check_text(text: str, what: str) -> bytes:
    if _CONTROL.search(text):
        raise NoteError(f"{what} contains a control character other than newline")
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        raise NoteError(f"{what} is not valid UTF-8 (lone surrogate)") from None
    return data


def sign_note(body: str, signers: Signer | Iterable[Signer]) -> str:
    """The signed note: *body*, a blank line, one signature line per signer (signed-note "Format").

    *body* must end with a newline and be valid note text. ``NoteError`` otherwise, or
    if two signers share a key name and key ID, or if there is no signer.
    """
    if isinstance(signers, Signer):
        signers = [signers]
    signers = list(signers)
    if not isinstance(body, str) or not body.endswith("\n"):
        raise NoteError("note text must be a str ending in a newline")
    message = _check_text(body, "note text")
    if not signers:
        raise NoteError("a signed note needs at least one signer")
    if len(signers) > MAX_SIGNATURES:
        raise NoteError("too many signers")
    seen: set[tuple[str, int]] = set()
    lines = []
    for s in signers:
        if (s.name, s.key_hash) in seen:
            raise NoteError(f"duplicate signer {s.name} {s.key_hash:08x}")
        seen.add((s.name, s.key_hash))
        sig = struct.pack(">I", s.key_hash) + s.sign(message)
        lines.append(f"{_SIG_PREFIX}{s.name} {base64.b64encode(sig).decode()}\n")
    note = body + "\n" + "".join(lines)
    if len(note.encode("utf-8")) > MAX_NOTE_BYTES:
        raise NoteError("signed note would exceed the size limit")
    return note


def open_note(note: str | bytes, verifiers: Verifier | Sequence[Verifier]) -> tuple[str, list[str]]:
    """Check a signed note against known *verifiers*; return ``(text, verified key names)``.

    Follows signed-note "Signatures": lines from unknown keys are ignored; a known key's
    bad signature rejects the note; at least one known key must have signed. Raises
    :class:`NoteError` for all failures (see the module docstring for the strictness).
    """
    if isinstance(verifiers, Verifier):
        verifiers = [verifiers]
    known = {(v.name, v.key_hash): v for v in verifiers}
    if isinstance(note, bytes | bytearray):
        if len(note) > MAX_NOTE_BYTES:
            raise NoteError("note too large")
        try:
            text = bytes(note).decode("utf-8")
        except UnicodeDecodeError:
            raise NoteError("note is not valid UTF-8") from None
    elif isinstance(note, str):
        text = note
    else:
        raise NoteError(f"a note is str or bytes, not {type(note).__name__}")
    raw = _check_text(text, "note")
    if len(raw) > MAX_NOTE_BYTES:
        raise NoteError("note too large")
    if any(len(line.encode("utf-8")) > MAX_LINE_BYTES for line in text.split("\n")):
        raise NoteError(f"note has a line over {MAX_LINE_BYTES} bytes")
    split = text.rfind("\n\n")
    if split < 0:
        raise NoteError("no blank line before the signatures")
    body, sigs = text[: split + 1], text[split + 2 :]
    if not sigs or not sigs.endswith("\n"):
        raise NoteError("signature block missing or not ending in a newline")
    sig_lines = sigs[:-1].split("\n")
    if len(sig_lines) > MAX_SIGNATURES:
        raise NoteError("too many signatures")
    message = body.encode("utf-8")
    seen: set[tuple[str, int]] = set()
    verified: list[str] = []
    for line in sig_lines:
        if not line.startswith(_SIG_PREFIX):
            raise NoteError(f"malformed signature line {line!r:.60}")
        name, sep, b64 = line[len(_SIG_PREFIX) :].partition(" ")
        if not sep or not _valid_name(name) or not b64:
            raise NoteError(f"malformed signature line {line!r:.60}")
        try:
            sig = _b64decode_strict(b64)
        except ValueError:
            raise NoteError(f"bad base64 in signature by {name}") from None
        if len(sig) < 5:
            raise NoteError(f"signature by {name} is too short")
        (h,) = struct.unpack(">I", sig[:4])
        if (name, h) in seen:
            raise NoteError(f"duplicate signature by {name} {h:08x}")
        seen.add((name, h))
        v = known.get((name, h))
        if v is None:
            continue  # a key we do not know: ignored (signed-note "Signatures")
        if not v.verify(message, sig[4:]):
            raise NoteError(f"invalid signature by {name} {h:08x}")
        verified.append(name)
    if not verified:
        raise NoteError("note has no verified signature from a known key")
    return body, verified


# ------------------------------------------------------------------------ checkpoints


@dataclass(frozen=True)
class Checkpoint:
    """A tlog-checkpoint body: origin, tree size, root hash, optional extension lines."""

    origin: str
    size: int
    root_hash: bytes
    extensions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.origin, str) or not self.origin or "\n" in self.origin:
            raise NoteError("checkpoint origin must be a non-empty single line")
        _check_text(self.origin, "origin")
        if not isinstance(self.size, int) or isinstance(self.size, bool) or not 0 <= self.size < 2**63:
            raise NoteError(f"invalid tree size {self.size!r}")
        if not isinstance(self.root_hash, bytes) or len(self.root_hash) != HASH_SIZE:
            raise NoteError(f"root hash must be {HASH_SIZE} bytes")
        object.__setattr__(self, "extensions", tuple(self.extensions))
        for ext in self.extensions:
            if not isinstance(ext, str) or not ext or "\n" in ext:
                raise NoteError("extension lines must be non-empty single lines")
            _check_text(ext, "extension line")

    def body(self) -> str:
        """The note text (tlog-checkpoint "Note text")."""
        lines = [self.origin, str(self.size), base64.b64encode(self.root_hash).decode(), *self.extensions]
        return "\n".join(lines) + "\n"


def parse_checkpoint(text: str) -> Checkpoint:
    """Parse a checkpoint note text (the body, without signatures); ``NoteError`` if malformed."""
    if not isinstance(text, str) or not text.endswith("\n"):
        raise NoteError("checkpoint text must end with a newline")
    lines = text[:-1].split("\n")
    if len(lines) < 3:
        raise NoteError("checkpoint needs origin, size and root hash lines")
    origin, size_line, root_line, *extensions = lines
    if not _DECIMAL.fullmatch(size_line):
        raise NoteError(f"invalid tree size line {size_line!r:.40}")
    size = int(size_line)
    try:
        root = _b64decode_strict(root_line)
    except ValueError:
        raise NoteError("invalid root hash line") from None
    if any(not e for e in extensions):
        raise NoteError("empty extension line")
    return Checkpoint(origin=origin, size=size, root_hash=root, extensions=tuple(extensions))


def verify_checkpoint(
    note: str | bytes, verifier: Verifier | Sequence[Verifier], *, origin: str
) -> Checkpoint:
    """Open a signed checkpoint, check it is from *origin*, and return it.

    ``NoteError`` if the note is malformed or not signed by *verifier*, if the body is
    not a checkpoint, or if its origin differs.
    """
    body, _ = open_note(note, verifier)
    cp = parse_checkpoint(body)
    if cp.origin != origin:
        raise NoteError(f"checkpoint origin {cp.origin!r} is not the expected {origin!r}")
    return cp
