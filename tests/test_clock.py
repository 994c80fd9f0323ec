"""One clock: VEERKRACHT_TODAY moves everything, records count on the user's own day.

The conftest fixes VEERKRACHT_TODAY at 2026-11-27. CI runs this module (and the rest of the
suite) again under other time zones with the real clock moved years away (``.ci/run``), so a
stamp or a day taken from the real clock, or a day cut out of a UTC stamp, fails here.
"""

from __future__ import annotations

import ast
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import rows
from veerkracht import clock

pytestmark = pytest.mark.clock

SRC = Path(__file__).resolve().parents[1] / "src" / "veerkracht"
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")


def cycle_input(*alignments: str) -> str:
    """A whole cycle: the opening question skipped, four answers, a score per core value, the
    balance, the options skipped, two answers (not taken as actions), one commitment."""
    lines = ["", "a1", "a2", "a3", "a4", *alignments, "0", "", "a5", "a6", "n", "n", "Call Sam", "", ""]
    return "\n".join(lines) + "\n"


# A short weekly review that is completed: one item, neither urgent nor important.
SHORT_REVIEW = "A\nn\nn\n\n\n\n\n"


def process(*args: str, tz: str, today: str = "2026-11-27", input: str | None = None):
    environment = {**os.environ, "TZ": tz, "VEERKRACHT_TODAY": today,
                   "VEERKRACHT_INTERACTIVE": "0" if input is None else "1"}
    return subprocess.run([sys.executable, "-m", "veerkracht", *args], capture_output=True,
                          text=True, env=environment, timeout=60, input=input)


# -- VEERKRACHT_TODAY ------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["2026-13-01", "tomorrow", "0001-01-01", "27-11-2026",
                                   "2026-11-27T10:00", "9999-12-31"])
def test_an_invalid_today_is_one_sentence_exit_2_and_nothing_written(cli, journal_path, value):
    result = cli("log", "5", "text", env={"VEERKRACHT_TODAY": value})
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("VEERKRACHT_TODAY must be a date written as 2026-11-27")
    assert f"'{value}'" in result.stderr and "Traceback" not in result.stderr
    assert not journal_path.exists()


def test_a_fixed_day_moves_every_stamp(cli, journal_path):
    day = {"VEERKRACHT_TODAY": "2026-10-12"}
    assert cli("values", "add", "Honesty", env=day).exit_code == 0
    assert cli("log", "6", "text", env=day).exit_code == 0
    assert cli("actions", "add", "Plan", env=day).exit_code == 0
    assert cli("connect", "Sam", "--care", env=day).exit_code == 0
    assert cli("review", "--week", "this", "--split", "1 1 1 1", "--headline", "Calm",
               "-i", "Rest", env=day).exit_code == 0
    assert cli("review", "--short", input=SHORT_REVIEW, interactive=True, env=day).exit_code == 0
    cycle = cli("cycle", input=cycle_input("4"), interactive=True, env=day)
    assert cycle.exit_code == 0, cycle.stderr
    data = json.loads(cli("export", "--format", "json", "--include-private", env=day).stdout)
    assert data["exported_at"].startswith("2026-10-12T") and STAMP.match(data["exported_at"])
    stamps = []
    for table in ("entries", "values", "cycles", "actions", "connections", "reviews"):
        for record in data[table]:
            stamps += [value for key, value in record.items() if key.endswith("_at") and value]
            for child in record.get("answers", []) + record.get("items", []):
                stamps += [v for k, v in child.items() if k.endswith("_at") and v]
    assert len(stamps) >= 10
    assert all(STAMP.match(s) and s.startswith("2026-10-12T") for s in stamps), stamps


def test_backup_names_follow_the_fixed_day(cli, journal_path):
    cli("log", "5", "x", env={"VEERKRACHT_TODAY": "2026-10-12"})
    assert cli("backup", env={"VEERKRACHT_TODAY": "2026-10-12"}).exit_code == 0
    (copy,) = (journal_path.parent / "backups").iterdir()
    assert copy.name.startswith("journal-20261012-")


def test_a_journal_written_on_a_fixed_day_reads_back_as_written_then(cli):
    """The issue's walk-through: a cycle and two reviews, then the dashboard weeks later."""
    early = {"VEERKRACHT_TODAY": "2026-10-12"}
    assert cli("values", "add", "Honesty", env=early).exit_code == 0
    assert cli("cycle", input=cycle_input("4"), interactive=True, env=early).exit_code == 0
    for week, today in (("2026-W46", "2026-11-13"), ("2026-W47", "2026-11-20")):
        done = cli("review", "--week", week, "--short", input=SHORT_REVIEW, interactive=True,
                   env={"VEERKRACHT_TODAY": today})
        assert done.exit_code == 0, done.stderr
    out = cli().stdout  # today is 2026-11-27
    assert "Last cycle: 46 days ago" in out
    assert "Last weekly review: 7 days ago" in out
    assert not re.search(r"-\d+ days|\b1 days", out)
    listed = json.loads(cli("cycle", "list", "--json").stdout)
    assert listed[0]["started_at"].startswith("2026-10-12T")
    report = json.loads(cli("report", "--since", "2026-10-01", "--json").stdout)
    assert report["cycles"]["count"] == 1
    assert report["actions"]["created"] == 1


@pytest.mark.parametrize(("days", "line"), [(0, "Last cycle: today"), (1, "Last cycle: yesterday"),
                                             (2, "Last cycle: 2 days ago")])
def test_days_since_a_cycle_are_words_a_person_uses(cli, journal_path, days, line):
    cli("log", "5", "x")
    day = f"2026-11-{27 - days:02d}"
    with sqlite3.connect(journal_path) as conn:
        conn.execute("INSERT INTO cycles (id, started_at, completed_at, status) VALUES "
                     "('c', ?, ?, 'complete')", (f"{day}T23:30:00+09:00", f"{day}T23:50:00+09:00"))
    assert line in cli().stdout


def test_a_cycle_finished_after_today_is_not_in_the_future(cli, journal_path):
    """A journal can hold a later day (a fixed VEERKRACHT_TODAY, a flight west): never '-1 days'."""
    cli("log", "5", "x")
    with sqlite3.connect(journal_path) as conn:
        conn.execute("INSERT INTO cycles (id, started_at, completed_at, status) VALUES "
                     "('c', '2026-11-28T01:00:00+01:00', '2026-11-28T01:10:00+01:00', 'complete')")
    out = cli().stdout
    assert "No cycle yet" in out and "-1" not in out


# -- the user's own day, in any time zone -----------------------------------------------------


@pytest.mark.parametrize("tz", ["Asia/Tokyo", "America/Los_Angeles", "Pacific/Kiritimati",
                                "Pacific/Pago_Pago"])
def test_records_land_on_the_users_day_in_any_zone(journal_path, tz):
    """In Tokyo at 04:22 a UTC stamp is still 'yesterday'; a local stamp is today."""
    assert process("log", "6", "x", tz=tz).returncode == 0
    assert process("values", "add", "Honesty", tz=tz).returncode == 0
    assert process("review", "-i", "Rest", tz=tz).returncode == 0
    done = process("review", "--short", tz=tz, input=SHORT_REVIEW)
    assert done.returncode == 0, done.stderr
    for table, column in (("entries", "logged_at"), ("reviews", "completed_at"),
                          ("actions", "created_at"), ("values", "created_at")):
        (row,) = rows(journal_path, f'SELECT {column} AS at FROM "{table}"')
        assert row["at"].startswith("2026-11-27T") and STAMP.match(row["at"]), (table, row)
    out = process(tz=tz).stdout
    assert "Last weekly review: today" in out
    shown = process("entries", "show", rows(journal_path, "SELECT id FROM entries")[0]["id"], tz=tz)
    logged = rows(journal_path, "SELECT logged_at FROM entries")[0]["logged_at"]
    assert f"2026-11-27 {logged[11:16]}" in shown.stdout and "UTC" not in shown.stdout


def test_a_cycle_finished_in_a_tokyo_morning_counts_on_that_day(cli, journal_path):
    """04:22 in Tokyo is 19:22 UTC the day before: every view says the 27th."""
    cli("log", "5", "x")
    with sqlite3.connect(journal_path) as conn:
        conn.execute("INSERT INTO cycles (id, started_at, completed_at, status) VALUES "
                     "('c', '2026-11-27T04:02:00+09:00', '2026-11-27T04:22:00+09:00', 'complete')")
        conn.execute("INSERT INTO cycle_answers (id, cycle_id, phase, pillar, prompt_id, text, "
                     "answered_at) VALUES ('a', 'c', 'vertragen', 'values', 'slow.values.1', "
                     "'Early answer', '2026-11-27T04:10:00+09:00')")
    assert "Last cycle: today" in cli().stdout
    assert "Fri 27 Nov 2026" in cli("cycle", "list").stdout
    summary = cli("export", "--since", "2026-11-27", "--until", "2026-11-27").stdout
    assert "Early answer" in summary
    report = json.loads(cli("report", "--since", "2026-11-27", "--until", "2026-11-27",
                            "--json").stdout)
    assert report["cycles"]["count"] == 1


# -- old journals ---------------------------------------------------------------------------


def test_old_utc_stamps_move_to_local_time_once(cli, journal_path, tmp_path):
    """A journal from before m003 (UTC stamps) is rewritten in the user's zone, same instants."""
    cli("log", "5", "late evening")
    with sqlite3.connect(journal_path) as conn:
        conn.execute("UPDATE entries SET logged_at = '2026-11-26T23:30:00+00:00'")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm003_local_stamps'")
    result = process("entries", "--json", tz="Europe/Amsterdam")
    assert result.returncode == 0, result.stderr
    (entry,) = json.loads(result.stdout)
    assert entry["logged_at"] == "2026-11-27T00:30:00+01:00"
    assert "before-m003_local_stamps" in result.stderr
    again = process("entries", "--json", tz="Europe/Amsterdam")
    assert json.loads(again.stdout)[0]["logged_at"] == "2026-11-27T00:30:00+01:00"
    assert len(list(tmp_path.glob("journal.before-*"))) == 1


# -- the clock itself ------------------------------------------------------------------------


def test_clock_helpers(monkeypatch):
    monkeypatch.setenv("VEERKRACHT_TODAY", "2026-02-28")
    assert clock.today().isoformat() == "2026-02-28"
    assert clock.now().date().isoformat() == "2026-02-28" and clock.now().tzinfo is not None
    assert STAMP.match(clock.stamp()) and clock.stamp().startswith("2026-02-28T")
    assert clock.file_stamp().startswith("20260228-")
    assert clock.day_of("2026-11-27T04:22:00+09:00").isoformat() == "2026-11-27"
    assert clock.time_of("2026-11-27T04:22:00+09:00") == "04:22"


_CLOCK_READS = {("datetime", "now"), ("date", "today"), ("datetime", "today"), ("time", "time"),
                ("time", "localtime"), ("datetime", "utcnow"), ("time", "strftime")}


def test_only_the_clock_module_reads_the_real_clock():
    """Every other module asks veerkracht.clock, so VEERKRACHT_TODAY moves everything."""
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.name == "clock.py":
            continue
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
                if (name, node.func.attr) in _CLOCK_READS or (
                    node.func.attr == "astimezone" and not node.args
                ):
                    offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
        if re.search(r"'now'|CURRENT_(DATE|TIME)", source):
            offenders.append(f"{path.relative_to(SRC)}: SQLite's clock")
    assert offenders == []
