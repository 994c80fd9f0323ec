"""`nudge`: one line in a new shell, at most once a day, cheaper than a do-nothing Typer app."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_imports import PROBE  # the same probe of what a command imports
from veerkracht.entry import nudge_options

LINE_EN = "Nothing logged today yet. Take 30 seconds: veerkracht log\n"
LINE_NL = "Vandaag nog niets vastgelegd. Neem 30 seconden: veerkracht log\n"
SPEAK = {"VEERKRACHT_INTERACTIVE": "1"}  # as if its output were a terminal


@pytest.fixture
def yesterday_only(run_process, journal_path: Path) -> Path:
    """A journal whose last entry is yesterday's."""
    assert run_process("log", "6", "a day", "--date", "yesterday").returncode == 0
    return journal_path


def test_it_speaks_once_a_day_in_a_real_shell_process(run_process, yesterday_only):
    first = run_process("nudge", env=SPEAK)
    assert (first.returncode, first.stdout, first.stderr) == (0, LINE_EN, "")
    again = run_process("nudge", env=SPEAK)
    assert (again.returncode, again.stdout) == (0, "")
    tomorrow = run_process("nudge", env={**SPEAK, "VEERKRACHT_TODAY": "2026-11-28"})
    assert tomorrow.stdout == LINE_EN
    assert run_process("nudge", env={**SPEAK, "VEERKRACHT_TODAY": "2026-11-28"}).stdout == ""


@pytest.mark.parametrize(
    ("args", "env"),
    [(("--lang", "nl", "nudge"), {}), (("--lang=nl", "nudge"), {}), (("nudge",), {"VEERKRACHT_LANG": "nl"}),
     (("nudge",), {"LANG": "nl_NL.UTF-8"})],
)
def test_it_speaks_dutch_when_asked(run_process, yesterday_only, args, env):
    assert run_process(*args, env={**SPEAK, **env}).stdout == LINE_NL


def test_the_journals_own_language_counts(run_process, yesterday_only):
    assert run_process("config", "lang", "nl").returncode == 0
    assert run_process("nudge", env=SPEAK).stdout == LINE_NL


def test_a_journal_given_with_journal_gets_its_own_day(run_process, yesterday_only, tmp_path):
    other = tmp_path / "other.db"
    assert run_process("--journal", str(other), "log", "5", "today").returncode == 0
    assert run_process("--journal", str(other), "nudge", env=SPEAK).stdout == ""  # logged today
    assert run_process(f"--journal={yesterday_only}", "nudge", env=SPEAK).stdout == LINE_EN
    assert (tmp_path / ".other.db.nudged").read_text() == "2026-11-27\n"


def test_silent_when_today_is_logged_and_it_notes_the_day(run_process, journal_path):
    assert run_process("log", "note", "today").returncode == 0
    assert run_process("nudge", env=SPEAK).stdout == ""
    assert (journal_path.parent / ".journal.db.nudged").read_text() == "2026-11-27\n"


def test_silent_when_its_output_is_not_a_terminal_and_then_it_keeps_the_day(run_process, yesterday_only):
    """A start-up file also runs for scp and `ssh host command`: nothing on their pipe."""
    assert run_process("nudge", env={"VEERKRACHT_INTERACTIVE": ""}).stdout == ""
    assert not (yesterday_only.parent / ".journal.db.nudged").exists()
    assert run_process("nudge", env=SPEAK).stdout == LINE_EN


@pytest.mark.parametrize("kind", ["missing", "encrypted", "not a journal", "folder", "bad today", "fifo",
                                  "loop of links"])
def test_never_fails_the_shell(run_process, journal_path, kind):
    env = dict(SPEAK)
    if kind == "fifo":  # it must not wait for a writer: every new shell would hang
        os.mkfifo(journal_path)
    elif kind == "loop of links":  # Path.resolve raised RuntimeError: a traceback in every shell
        journal_path.symlink_to(journal_path.with_name("other.db"))
        journal_path.with_name("other.db").symlink_to(journal_path)
    elif kind == "encrypted":
        journal_path.write_bytes(os.urandom(8192))  # SQLCipher: no plain header, whole pages
    elif kind == "not a journal":
        journal_path.write_text("hello\n")
    elif kind == "folder":
        journal_path.mkdir()
    elif kind == "bad today":
        env["VEERKRACHT_TODAY"] = "someday"
        assert run_process("log", "note", "x", env={"VEERKRACHT_TODAY": "2026-11-26"}).returncode == 0
    before = sorted(os.listdir(journal_path.parent))
    result = run_process("nudge", env=env, timeout=20)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert sorted(os.listdir(journal_path.parent)) == before  # made nothing, not even its note


def test_a_journal_an_older_veerkracht_left_is_read_as_it_is_never_migrated(run_process, yesterday_only):
    """A migration rewrites the journal (and copies it first): never from a shell's start-up."""
    import hashlib
    import sqlite3

    conn = sqlite3.connect(yesterday_only)
    try:
        last = conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid DESC LIMIT 1").fetchone()[0]
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", (last,))
        conn.commit()
    finally:
        conn.close()
    before = hashlib.sha256(yesterday_only.read_bytes()).hexdigest()
    assert run_process("nudge", env=SPEAK).stdout == LINE_EN
    assert hashlib.sha256(yesterday_only.read_bytes()).hexdigest() == before
    assert not list(yesterday_only.parent.glob("journal.before-*"))  # no migration's copy either


def test_an_unreadable_stamp_is_looked_past(run_process, yesterday_only):
    (yesterday_only.parent / ".journal.db.nudged").write_bytes(b"\xff" * 100)
    assert run_process("nudge", env=SPEAK).stdout == LINE_EN


def test_in_process_through_the_app_it_says_the_same(cli, yesterday_only):
    assert cli("--lang", "nl", "nudge", interactive=True).stdout == LINE_NL
    assert cli("nudge", interactive=True).stdout == ""  # already said today
    assert "Say once a day, in a new shell" in cli("nudge", "--help").stdout


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["nudge"], {}),
        (["--journal", "j.db", "nudge"], {"--journal": "j.db"}),
        (["--lang", "nl", "--journal=j.db", "nudge"], {"--lang": "nl", "--journal": "j.db"}),
        (["nudge", "--help"], None),
        (["--help", "nudge"], None),
        (["log", "nudge"], None),
        (["--journal", "nudge"], None),
        (["--lang", "nl", "--lang", "en", "nudge"], None),
        ([], None),
    ],
)
def test_only_a_plain_nudge_takes_the_short_way(argv, expected):
    assert nudge_options(argv) == expected


def test_nudge_help_goes_to_the_app(run_process):
    result = run_process("--lang", "nl", "nudge", "--help")
    assert result.returncode == 0 and "Zeg één keer per dag" in result.stdout




@pytest.mark.parametrize("args", [["nudge"], ["--journal", "x.db", "--lang", "nl", "nudge"]])
def test_nudge_loads_no_typer_rich_or_pydantic(yesterday_only, args):
    env = {**os.environ, **SPEAK}
    result = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args)], capture_output=True, text=True,
                            env=env, timeout=60)
    modules = set(json.loads(result.stdout.strip().splitlines()[-1]))
    heavy = sorted(m for m in modules if m.split(".")[0] in ("typer", "click", "rich", "pydantic", "sqlite_utils",
                                                              "dateutil", "crontab"))
    assert heavy == []
    assert "veerkracht.app" not in modules
    if args == ["nudge"]:
        assert LINE_EN.strip() in result.stdout  # it did its work on that path


NOOP = "import typer\napp = typer.Typer()\n\n@app.command()\ndef main():\n    pass\n\napp()\n"


def test_nudge_costs_less_than_a_do_nothing_typer_app(yesterday_only, tmp_path):
    """The median of paired runs, as benchmarks/bench.py measures (that has the real figures),
    each nudge the day's first (its note removed), so it reads the journal and speaks."""
    noop = [sys.executable, str(tmp_path / "noop.py")]
    Path(noop[1]).write_text(NOOP)
    nudge = [sys.executable, "-m", "veerkracht", "nudge"]
    stamp = yesterday_only.parent / ".journal.db.nudged"
    env = {**os.environ, **SPEAK}
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def timed(argv: list[str]) -> float:
        stamp.unlink(missing_ok=True)
        started = time.perf_counter()
        subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        return time.perf_counter() - started

    timed(nudge), timed(noop)  # warm the caches
    ratios = []
    for n in range(7):
        if n % 2:
            ours, base = timed(nudge), timed(noop)
        else:
            base, ours = timed(noop), timed(nudge)
        ratios.append(ours / base)
    assert statistics.median(ratios) < 1.0
