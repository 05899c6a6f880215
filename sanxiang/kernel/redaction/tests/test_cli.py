"""sanxiang redact: files, stdin, --json, --keep and --jsonl."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from sanxiang.kernel.redaction.cli import main

TEXT = "当事人：王小明，身份证号码：440524188001010014，联系电话：13800138000。"


def _run(argv, stdin_text=""):
    out = io.StringIO()
    rc = main(argv, stdin=io.StringIO(stdin_text), stdout=out)
    return rc, out.getvalue()


def test_file_to_text(tmp_path):
    f = tmp_path / "decision.txt"
    f.write_text(TEXT, encoding="utf-8")
    rc, out = _run([str(f)])
    assert rc == 0
    assert out == "当事人：王某，身份证号码：4405**************，联系电话：138****8000。"


def test_stdin_and_dash():
    assert _run([], TEXT)[1] == _run(["-"], TEXT)[1]
    assert "王某" in _run([], TEXT)[1]


def test_json_output():
    rc, out = _run(["--json"], TEXT)
    obj = json.loads(out)
    assert rc == 0
    assert obj["text"].startswith("当事人：王某")
    assert [s["kind"] for s in obj["spans"]] == ["person_name", "id_number", "phone"]
    assert set(obj["spans"][0]) == {"start", "end", "kind", "original", "replacement", "confidence"}
    assert "\\u" not in out  # UTF-8, not escapes


def test_keep_option():
    rc, out = _run(["--keep", "王小明", "--keep", "其他"], TEXT)
    assert "王小明" in out and "440524188001010014" not in out


def test_jsonl_with_malformed_lines(capsys):
    lines = [
        json.dumps({"id": 1, "text": TEXT}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b", "text": 42}),
        json.dumps({"id": 3, "text": TEXT, "keep": ["王小明"]}, ensure_ascii=False),
        "",
        json.dumps(["a list"]),
    ]
    rc, out = _run(["--jsonl"], "\n".join(lines) + "\n")
    rows = [json.loads(x) for x in out.splitlines()]
    assert rc == 1
    assert [r.get("id") for r in rows] == [1, None, "b", 3, None]
    assert rows[0]["text"].startswith("当事人：王某")
    assert "error" in rows[1] and rows[1]["line"] == 2
    assert "error" in rows[2]
    assert "王小明" in rows[3]["text"]
    assert "error" in rows[4] and rows[4]["line"] == 6
    err = capsys.readouterr().err
    assert "line 2" in err and "line 3" in err


def test_jsonl_all_good_exits_zero():
    rc, out = _run(["--jsonl"], json.dumps({"id": 1, "text": "无个人信息。"}) + "\n")
    assert rc == 0 and json.loads(out) == {"id": 1, "text": "无个人信息。", "spans": []}


def test_missing_file():
    rc, _ = _run(["/nonexistent/decision.txt"])
    assert rc == 2


def test_module_entry_point(tmp_path):
    f = tmp_path / "d.txt"
    f.write_text(TEXT, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "sanxiang.kernel.redaction.cli", str(f), "--json"],
        capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.decode("utf-8"))["text"].startswith("当事人：王某")
