"""C2SP signed notes and tlog checkpoints: Go known answers, SM2 vectors, malformed notes."""

from __future__ import annotations

import base64
import hashlib
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sanxiang.kernel import checkpoints as cp_mod
from sanxiang.kernel.checkpoints import (
    TYPE_SM2,
    Checkpoint,
    KeyFormatError,
    NoteError,
    Signer,
    Verifier,
    generate_key,
    key_hash,
    open_note,
    parse_checkpoint,
    sign_note,
    verify_checkpoint,
)

# golang.org/x/mod/sumdb/note package documentation, "Signing Notes" and "Verifying Notes".
GO_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
GO_TEXT = (
    "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
)
GO_NOTE = (
    GO_TEXT
    + "\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
)

ORIGIN = "sanxiang.example.gov.cn/log"
ROOT = hashlib.sha256(b"root").digest()
URLSAFE_ROOT = base64.urlsafe_b64encode(b"\xff" * 32).decode()  # "_" and "-" are not standard base64


@pytest.fixture(scope="module")
def ed_keys() -> tuple[Signer, Verifier]:
    skey, vkey = generate_key(ORIGIN)
    return Signer.from_key(skey), Verifier.from_key(vkey)


@pytest.fixture(scope="module")
def sm2_keys() -> tuple[Signer, Verifier]:
    skey, vkey = generate_key(ORIGIN, algorithm="sm2")
    return Signer.from_key(skey), Verifier.from_key(vkey)


@pytest.fixture(scope="module", params=["ed25519", "sm2"])
def keys(request, ed_keys, sm2_keys) -> tuple[Signer, Verifier]:
    return ed_keys if request.param == "ed25519" else sm2_keys


# ----------------------------------------------------------------- known answers


def test_go_note_verifies() -> None:
    v = Verifier.from_key(GO_VKEY)
    assert (v.name, v.key_hash, v.algorithm) == ("PeterNeumann", 0xC74F20A3, "ed25519")
    assert open_note(GO_NOTE, v) == (GO_TEXT, ["PeterNeumann"])
    assert open_note(GO_NOTE.encode(), [v]) == (GO_TEXT, ["PeterNeumann"])


def test_go_signer_key_reproduces_the_go_note() -> None:
    s = Signer.from_key(GO_SKEY)
    assert s.verifier().key == GO_VKEY
    assert s.key == GO_SKEY
    # Ed25519 is deterministic: the same key signs the same text to the same bytes.
    assert sign_note(GO_TEXT, s) == GO_NOTE


def test_key_hash_definition() -> None:
    v = Verifier.from_key(GO_VKEY)
    digest = hashlib.sha256(b"PeterNeumann\n\x01" + v.public_key).digest()
    assert (
        key_hash("PeterNeumann", b"\x01" + v.public_key) == struct.unpack(">I", digest[:4])[0] == 0xC74F20A3
    )


def test_sm2_gmt_0003_5_vector() -> None:
    # GM/T 0003.5-2012 (GB/T 32918.5) example on the recommended curve, ID 1234567812345678.
    sm2 = cp_mod._SM2
    d = 0x3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8
    pub = sm2.public_key(d)
    assert pub.hex() == (
        "04"
        "09f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020"
        "ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13"
    )
    assert sm2.digest(pub, b"message digest").hex() == (
        "f0b43e94ba45accaace692ed534382eb17e6ab5a19ce7b31f4486fdfc0d28640"
    )
    k = 0x59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21
    sig = sm2.sign(d, pub, b"message digest", k=k)
    assert sig.hex() == (
        "f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3"
        "b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa"
    )
    assert sm2.verify(pub, b"message digest", sig)
    assert not sm2.verify(pub, b"message digest!", sig)


def test_sm2_signature_interoperates_with_gmssl(sm2_keys) -> None:
    from gmssl.sm2 import CryptSM2

    signer, verifier = sm2_keys
    sig = signer.sign(b"hello\n")
    c = CryptSM2(private_key="", public_key="")
    c.public_key = verifier.public_key[1:].hex()
    assert c.verify_with_sm3(sig.hex(), b"hello\n")


def test_sm2_key_encoding(sm2_keys) -> None:
    signer, verifier = sm2_keys
    name, hash_hex, b64 = verifier.key.split("+", 2)
    raw = base64.b64decode(b64)
    assert raw[:17] == TYPE_SM2 == b"\xffsanxiang-sm2-sm3"
    assert len(raw) == 17 + 65 and raw[17] == 4
    assert int(hash_hex, 16) == key_hash(name, raw)
    sraw = base64.b64decode(signer.key.split("+", 4)[4])
    assert sraw[:17] == TYPE_SM2 and len(sraw) == 17 + 32


@pytest.mark.parametrize(
    "sig",
    [
        bytes(64),
        bytes(32) + (1).to_bytes(32, "big"),
        cp_mod._SM2.N.to_bytes(32, "big") + (1).to_bytes(32, "big"),
        (1).to_bytes(32, "big") + (cp_mod._SM2.N - 1).to_bytes(32, "big"),  # r + s = n
        b"\x01" * 63,
        b"\x01" * 65,
    ],
)
def test_sm2_degenerate_signatures_rejected(sm2_keys, sig: bytes) -> None:
    _, verifier = sm2_keys
    assert not verifier.verify(b"x\n", sig)


# ----------------------------------------------------------------- round trips


def test_generate_key_round_trip(keys) -> None:
    signer, verifier = keys
    assert Signer.from_key(signer.key) == signer
    assert Verifier.from_key(verifier.key) == verifier
    assert signer.verifier() == verifier
    assert signer.key.startswith(f"PRIVATE+KEY+{ORIGIN}+{verifier.key_hash:08x}+")
    assert "PRIVATE" not in repr(signer) and signer.key.split("+")[-1] not in repr(signer)


def test_checkpoint_body_format() -> None:
    cp = Checkpoint(ORIGIN, 20852163, ROOT)
    assert cp.body() == f"{ORIGIN}\n20852163\n{base64.b64encode(ROOT).decode()}\n"
    ext = Checkpoint(ORIGIN, 0, ROOT, ("extension one", "二"))
    assert ext.body().endswith("\nextension one\n二\n")
    assert parse_checkpoint(ext.body()) == ext
    assert parse_checkpoint(cp.body()) == cp


def test_sign_and_verify_checkpoint(keys) -> None:
    signer, verifier = keys
    cp = Checkpoint(ORIGIN, 42, ROOT)
    note = sign_note(cp.body(), signer)
    assert note.startswith(cp.body() + "\n— " + ORIGIN + " ")
    assert verify_checkpoint(note, verifier, origin=ORIGIN) == cp
    assert verify_checkpoint(note.encode(), [verifier], origin=ORIGIN) == cp


def test_multiple_signatures_and_unknown_keys(ed_keys, sm2_keys) -> None:
    (es, ev), (ss, sv) = ed_keys, sm2_keys
    other_s, other_v = (
        Signer.from_key(k) if i == 0 else Verifier.from_key(k) for i, k in enumerate(generate_key("w"))
    )
    note = sign_note("text\n", [es, ss, other_s])
    assert open_note(note, [ev, sv]) == ("text\n", [ORIGIN, ORIGIN])
    assert open_note(note, sv) == ("text\n", [ORIGIN])
    assert open_note(note, [other_v]) == ("text\n", ["w"])
    with pytest.raises(NoteError, match="no verified signature"):
        open_note(note, [])


def test_note_text_may_contain_blank_lines(ed_keys) -> None:
    signer, verifier = ed_keys
    text = "para one\n\npara two\n"
    assert open_note(sign_note(text, signer), verifier) == (text, [ORIGIN])


# -------------------------------------------------------------- rejections


def test_wrong_key(keys) -> None:
    signer, _ = keys
    _, other = generate_key(ORIGIN, algorithm=signer.algorithm)
    note = sign_note(Checkpoint(ORIGIN, 1, ROOT).body(), signer)
    with pytest.raises(NoteError, match="no verified signature"):
        verify_checkpoint(note, Verifier.from_key(other), origin=ORIGIN)


def test_known_key_id_with_wrong_public_key_is_a_bad_signature(keys) -> None:
    signer, verifier = keys
    _, other = generate_key(ORIGIN, algorithm=signer.algorithm)
    impostor = Verifier(
        name=verifier.name,
        key_hash=verifier.key_hash,
        algorithm=verifier.algorithm,
        public_key=Verifier.from_key(other).public_key,
    )
    with pytest.raises(NoteError, match="invalid signature"):
        open_note(sign_note("x\n", signer), impostor)


def test_wrong_origin(ed_keys) -> None:
    signer, verifier = ed_keys
    note = sign_note(Checkpoint("evil.example/log", 1, ROOT).body(), signer)
    with pytest.raises(NoteError, match="origin"):
        verify_checkpoint(note, verifier, origin=ORIGIN)


@pytest.mark.parametrize("field", ["size", "root", "origin", "extension"])
def test_tampered_checkpoint(keys, field: str) -> None:
    signer, verifier = keys
    cp = Checkpoint(ORIGIN, 1000, ROOT)
    note = sign_note(cp.body(), signer)
    root_b64 = base64.b64encode(ROOT).decode()
    if field == "size":
        bad = note.replace("\n1000\n", "\n999\n", 1)
    elif field == "root":
        bad = note.replace(root_b64, base64.b64encode(hashlib.sha256(b"other").digest()).decode(), 1)
    elif field == "origin":
        bad = note.replace(ORIGIN + "\n", ORIGIN + "2\n", 1)
    else:
        bad = note.replace(root_b64 + "\n", root_b64 + "\nextra\n", 1)
    assert bad != note
    with pytest.raises(NoteError):
        verify_checkpoint(bad, verifier, origin=ORIGIN)


def _sig_line(note: str) -> str:
    return note.split("\n\n", 1)[1]


def _malformed_notes(note: str, body: str) -> dict[str, str | bytes]:
    sig_line = _sig_line(note)
    name, b64 = sig_line[2:-1].split(" ")
    raw = base64.b64decode(b64)
    return {
        "missing blank line": body + sig_line,
        "no signatures": body + "\n",
        "no final newline": note[:-1],
        "bad base64": body + "\n— " + name + " " + b64[:-2] + "!!\n",
        "non-canonical base64": body + "\n— " + name + " " + b64.rstrip("=") + "\n",
        "base64 with whitespace": body + "\n— " + name + " " + b64[:8] + " " + b64[8:] + "\n",
        "too-long line": body + "\n— " + name + " " + base64.b64encode(raw[:4] + b"x" * 9000).decode() + "\n",
        "too-long body line": "x" * 9000 + "\n" + note,
        "non-UTF-8": note.encode()[:5] + b"\xff\xfe" + note.encode()[5:],
        "lone surrogate": "\ud800" + note,
        "trailing data": note + "trailing",
        "trailing line": note + "not a signature\n",
        "duplicate signatures": note + sig_line,
        "truncated signature (key ID only)": body
        + "\n— "
        + name
        + " "
        + base64.b64encode(raw[:4]).decode()
        + "\n",
        "truncated signature": body + "\n— " + name + " " + base64.b64encode(raw[:-1]).decode() + "\n",
        "hyphen instead of em dash": body + "\n-- " + name + " " + b64 + "\n",
        "no space after name": body + "\n— " + name + b64 + "\n",
        "empty name": body + "\n—  " + b64 + "\n",
        "name with plus": body + "\n— a+b " + b64 + "\n",
        "control character": note.replace("\n", "\r\n", 1),
        "tab in body": "\t" + note,
        "NUL": note + "\x00",
        "too many signatures": body + "\n" + "".join(f"— k{i} {b64}\n" for i in range(101)),
    }


MALFORMED = list(_malformed_notes("b\n\n— n QUFBQUFB\n", "b\n"))


@pytest.mark.parametrize("case", MALFORMED)
def test_malformed_notes_rejected(keys, case: str) -> None:
    signer, verifier = keys
    body = Checkpoint(ORIGIN, 7, ROOT).body()
    note = sign_note(body, signer)
    open_note(note, verifier)  # the unmodified note is fine
    bad = _malformed_notes(note, body)[case]
    with pytest.raises(NoteError):
        open_note(bad, verifier)
    with pytest.raises(NoteError):
        verify_checkpoint(bad, verifier, origin=ORIGIN)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "origin\n5\n",
        f"origin\n5\n{base64.b64encode(ROOT).decode()}",
        f"\n5\n{base64.b64encode(ROOT).decode()}\n",
        f"origin\n05\n{base64.b64encode(ROOT).decode()}\n",
        f"origin\n-5\n{base64.b64encode(ROOT).decode()}\n",
        f"origin\n+5\n{base64.b64encode(ROOT).decode()}\n",
        f"origin\n 5\n{base64.b64encode(ROOT).decode()}\n",
        f"origin\n５\n{base64.b64encode(ROOT).decode()}\n",
        f"origin\n{2**64}\n{base64.b64encode(ROOT).decode()}\n",
        f"origin\n5\n{base64.b64encode(ROOT[:31]).decode()}\n",
        f"origin\n5\n{base64.b64encode(ROOT).decode().rstrip('=')}\n",
        f"origin\n5\n{base64.b64encode(ROOT).decode()}\n\n",
        f"origin\n5\n{base64.b64encode(ROOT).decode()}\next\n\n",
        f"origin\n5\n{URLSAFE_ROOT}\n",
    ],
)
def test_malformed_checkpoint_text(text: str) -> None:
    with pytest.raises(NoteError):
        parse_checkpoint(text)


def test_checkpoint_constructor_validation() -> None:
    for kwargs in (
        {"origin": "", "size": 1, "root_hash": ROOT},
        {"origin": "a\nb", "size": 1, "root_hash": ROOT},
        {"origin": "o", "size": -1, "root_hash": ROOT},
        {"origin": "o", "size": True, "root_hash": ROOT},
        {"origin": "o", "size": 1, "root_hash": ROOT[:16]},
        {"origin": "o", "size": 1, "root_hash": ROOT, "extensions": ("",)},
        {"origin": "o", "size": 1, "root_hash": ROOT, "extensions": ("a\nb",)},
    ):
        with pytest.raises(NoteError):
            Checkpoint(**kwargs)


def test_sign_note_argument_errors(ed_keys) -> None:
    signer, _ = ed_keys
    with pytest.raises(NoteError):
        sign_note("no newline", signer)
    with pytest.raises(NoteError):
        sign_note("ctl\x01\n", signer)
    with pytest.raises(NoteError):
        sign_note("x\n", [])
    with pytest.raises(NoteError):
        sign_note("x\n", [signer, signer])


@pytest.mark.parametrize(
    "key",
    [
        "",
        "name",
        "name+c74f20a3",
        "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",  # wrong key ID
        "PeterNeumann+c74f20a+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",  # 7 hex digits
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T",  # bad base64
        "PeterNeumann+c74f20a3+Apc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",  # bad base64
        "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",  # space in name
        "PeterNeumann+c74f20a3+AhpcXQcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",  # type 0x02
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy",  # short key
    ],
)
def test_bad_verifier_keys(key: str) -> None:
    with pytest.raises(KeyFormatError):
        Verifier.from_key(key)


def test_bad_signer_and_sm2_keys(sm2_keys) -> None:
    with pytest.raises(KeyFormatError):
        Signer.from_key(GO_VKEY)
    with pytest.raises(KeyFormatError):
        Signer.from_key(GO_SKEY.replace("c74f20a3", "c74f20a4"))
    with pytest.raises(KeyFormatError):
        Signer.from_key(GO_SKEY[:-4])
    _, verifier = sm2_keys
    off_curve = bytearray(verifier.public_key)
    off_curve[-1] ^= 1
    raw = TYPE_SM2 + bytes(off_curve)
    with pytest.raises(KeyFormatError):
        Verifier.from_key(f"{ORIGIN}+{key_hash(ORIGIN, raw):08x}+{base64.b64encode(raw).decode()}")
    # An SM2 private key of 0 or ≥ n − 1 is not a key.
    for d in (0, cp_mod._SM2.N - 1):
        raw = TYPE_SM2 + d.to_bytes(32, "big")
        with pytest.raises(KeyFormatError):
            Signer.from_key(f"PRIVATE+KEY+{ORIGIN}+00000000+{base64.b64encode(raw).decode()}")
    with pytest.raises(ValueError):
        generate_key(ORIGIN, algorithm="rsa")
    with pytest.raises(ValueError):
        generate_key("has space")


@settings(max_examples=50, deadline=None)
@given(
    origin=st.text(st.characters(min_codepoint=0x20, exclude_categories=["Cs"]), min_size=1, max_size=60),
    size=st.integers(0, 2**63 - 1),
    root=st.binary(min_size=32, max_size=32),
    extensions=st.lists(
        st.text(st.characters(min_codepoint=0x20, exclude_categories=["Cs"]), min_size=1, max_size=80),
        max_size=3,
    ),
)
def test_checkpoint_round_trip_property(
    ed_keys, origin: str, size: int, root: bytes, extensions: list[str]
) -> None:
    signer, verifier = ed_keys
    cp = Checkpoint(origin, size, root, tuple(extensions))
    assert parse_checkpoint(cp.body()) == cp
    assert verify_checkpoint(sign_note(cp.body(), signer), verifier, origin=origin) == cp
