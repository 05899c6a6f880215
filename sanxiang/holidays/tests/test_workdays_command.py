"""``sanxiang workdays``: add, calendar-deadline, between; --json; stdin mode with one result per line."""

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


def run(*args, stdin=None):
    out, err = StringIO(), StringIO()
    call_command(
        "workdays", *args, stdout=out, stderr=err, **({"stdin": StringIO(stdin)} if stdin is not None else {})
    )
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_add(seeded):
    assert run("add", "2024-09-27", "7")[0] == "2024-10-12\n"


@pytest.mark.django_db
def test_calendar_deadline(seeded):
    assert run("calendar-deadline", "2025-09-20", "11")[0] == "2025-10-09\n"


@pytest.mark.django_db
def test_between(seeded):
    assert run("between", "2024-09-30", "2024-10-08")[0] == "1\n"
    assert run("between", "2024-10-08", "2024-09-30")[0] == "-1\n"


@pytest.mark.django_db
@pytest.mark.parametrize("args", [("--json", "add", "2024-09-27", "7"), ("add", "2024-09-27", "7", "--json")])
def test_json_before_or_after_the_operation(seeded, args):
    assert json.loads(run(*args)[0]) == {"date": "2024-10-12", "provisional": False}


@pytest.mark.django_db
def test_json_count(seeded):
    assert json.loads(run("between", "2024-01-01", "2024-12-31", "--json")[0]) == {
        "count": 251,
        "provisional": False,
    }


@pytest.mark.django_db
def test_provisional_results_are_flagged(seeded):
    out, err = run("add", "2026-12-28", "7")
    assert out == "2027-01-06\n" and "暂定" in err
    assert json.loads(run("--json", "calendar-deadline", "2026-12-20", "12")[0]) == {
        "date": "2027-01-01",
        "provisional": True,
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("add", "2024-13-01", "7"), "DATE：“2024-13-01”不是有效日期"),
        (("add", "2024-09-27", "x"), "N：“x”不是整数"),
        (("add", "2024-09-27", "0"), "N：天数应在1至10000之间"),
        (("add", "2024-09-27"), "N：缺少第二个参数"),
        (("between", "2024-09-27", "someday"), "B：“someday”不是有效日期"),
        (("calendar-deadline", "1800-01-01", "3"), "DATE：日期应在1900年至2199年之间"),
    ],
)
def test_bad_arguments_name_the_argument(seeded, args, message):
    with pytest.raises(CommandError) as exc:
        run(*args)
    assert message in str(exc.value)
    assert exc.value.returncode == 2


@pytest.mark.django_db
def test_bad_arguments_with_json_also_print_an_error_object(seeded):
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("workdays", "--json", "add", "nope", "3", stdout=out, stderr=StringIO())
    assert json.loads(out.getvalue())["field"] == "date"


@pytest.mark.django_db
def test_stdin_one_result_per_line(seeded):
    out, err = run("add", "-", stdin="2024-09-27 7\n2025-01-24\t3\n  2026-12-28   7  \n")
    assert out == "2024-10-12\n2025-02-05\n2027-01-06\n"
    assert err == ""


@pytest.mark.django_db
def test_stdin_with_the_count_on_the_command_line(seeded):
    out, _ = run("calendar-deadline", "-", "11", stdin="2025-09-20\n2024-09-20 1\n")
    assert out == "2025-10-09\n2024-09-23\n"


@pytest.mark.django_db
def test_stdin_between_json(seeded):
    out, _ = run("--json", "between", "-", stdin="2024-01-01 2024-12-31\n2026-12-01 2027-01-05\n")
    assert [json.loads(line) for line in out.splitlines()] == [
        {"count": 251, "provisional": False},
        {"count": 25, "provisional": True},
    ]


@pytest.mark.django_db
def test_stdin_bad_lines_keep_the_alignment_and_fail_at_the_end(seeded):
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError) as exc:
        call_command(
            "workdays",
            "add",
            "-",
            "--json",
            stdout=out,
            stderr=err,
            stdin=StringIO("2024-09-27 7\n2024-02-30 1\n\n2024-09-27 7 extra\n2024-09-27 7\n"),
        )
    assert exc.value.returncode == 2
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(lines) == 5
    assert lines[0] == lines[4] == {"date": "2024-10-12", "provisional": False}
    assert lines[1]["line"] == 2 and lines[1]["field"] == "date" and "不是有效日期" in lines[1]["error"]
    assert lines[2]["line"] == 3 and lines[3]["line"] == 4
    assert "第2行" in err.getvalue() and "第4行" in err.getvalue()


@pytest.mark.django_db
def test_empty_table_warns(capsys):
    out, err = run("add", "2024-09-27", "7")
    assert out == "2024-10-08\n"  # weekends only
    assert "节假日表为空" in err


# ------------------------------------------------------------------------------------------------
# Through the real console command, reading a pipe
# ------------------------------------------------------------------------------------------------

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def console(tmp_path_factory):
    """``sanxiang`` in a subprocess, on its own migrated and seeded SQLite database."""
    var = tmp_path_factory.mktemp("sanxiang-var")
    env = {
        **os.environ,
        "SANXIANG_VAR": str(var),
        "DATABASE_URL": f"sqlite:///{var / 'db.sqlite3'}",
        "TASKS_BACKEND": "immediate",
        "SANXIANG_TESTING": "1",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)

    def sanxiang(*args, stdin: str | None = None, check: bool = True):
        return subprocess.run(
            [sys.executable, "-m", "sanxiang", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            timeout=300,
            check=check,
        )

    sanxiang("migrate", "--noinput", "-v", "0")
    sanxiang("seed_holidays")
    return sanxiang


@pytest.mark.slow
def test_console_stdin_mode(console):
    result = console("workdays", "add", "-", stdin="2024-09-27 7\n2025-01-24 3\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "2024-10-12\n2025-02-05\n"


@pytest.mark.slow
def test_console_stdin_bad_line_exit_status_2(console):
    result = console(
        "workdays", "--json", "between", "-", stdin="2024-01-01 2024-12-31\nnot a date\n", check=False
    )
    assert result.returncode == 2
    lines = result.stdout.splitlines()
    assert json.loads(lines[0]) == {"count": 251, "provisional": False}
    assert "error" in json.loads(lines[1])
    assert "第2行" in result.stderr


@pytest.mark.slow
def test_console_single_case(console):
    result = console("workdays", "calendar-deadline", "2025-09-20", "11", "--json")
    assert json.loads(result.stdout) == {"date": "2025-10-09", "provisional": False}
    bad = console("workdays", "add", "2025-09-20", "many", check=False)
    assert bad.returncode == 2 and "N：“many”不是整数" in bad.stderr
