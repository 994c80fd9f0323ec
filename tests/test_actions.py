"""veerkracht actions: add, list, done, drop; due dates ahead; the reminder after log."""

from __future__ import annotations

import json
from datetime import date

import pytest

from veerkracht.domain.due import parse_due
from veerkracht.errors import InvalidValue

FRIDAY = date(2026, 11, 27)


def _ids(cli, *flags):
    return json.loads(cli("actions", "list", "--json", *flags).stdout)


def test_add_echoes_due_and_lists_json_shape(cli):
    first = cli("actions", "add", "Call Sam", "--due", "tue")
    assert first.exit_code == 0 and "due Tue 1 Dec 2026" in first.stderr
    cli("actions", "add", "Plan the offsite")
    rows = _ids(cli)
    assert [r["text"] for r in rows] == ["Call Sam", "Plan the offsite"]
    assert set(rows[0]) >= {"id", "text", "due", "status", "origin"}
    assert rows[0]["due"] == "2026-12-01" and rows[1]["due"] is None
    assert {r["status"] for r in rows} == {"open"} and {r["origin"] for r in rows} == {"manual"}


@pytest.mark.parametrize("how", ["full", "prefix", "handle"])
def test_done_and_drop_accept_every_id_form(cli, how):
    cli("actions", "add", "One")
    cli("actions", "add", "Two")
    one, two = (row["id"] for row in _ids(cli))
    ref = {"full": one, "prefix": one[:5], "handle": one[:8]}[how]
    done = cli("actions", "done", ref)
    assert done.exit_code == 0 and done.stderr.strip() == "Done: One"
    dropped = cli("actions", "drop", two[:8])
    assert dropped.exit_code == 0 and dropped.stderr.strip() == "Dropped: Two"
    assert _ids(cli) == []
    every = {row["text"]: row["status"] for row in _ids(cli, "--all")}
    assert every == {"One": "done", "Two": "dropped"}
    assert "Already done" in cli("actions", "done", one).stderr


def test_unknown_id_one_sentence_exit_1(cli):
    cli("actions", "add", "One")
    for command in ("done", "drop"):
        result = cli("actions", command, "zzz")
        assert result.exit_code == 1
        assert result.stderr.strip() == "No action matches 'zzz'."
    missing = cli("actions", "done", "0000000")
    assert missing.exit_code == 1 and missing.stderr.count("\n") == 1


def test_overdue_stands_out(cli):
    cli("actions", "add", "Late one", "--due", "mon")
    cli("actions", "add", "Today one", "--due", "wed")
    cli("actions", "add", "Later one", "--due", "2026-12-20")
    later = cli("actions", env={"VEERKRACHT_TODAY": "2026-12-02"})
    lines = {line.split("│")[2].strip(): line for line in later.stdout.splitlines() if "one" in line}
    assert "overdue" in lines["Late one"]
    assert "today" in lines["Today one"]
    assert "overdue" not in lines["Later one"] and "today" not in lines["Later one"]


def test_log_mentions_actions_due(cli):
    quiet = cli("log", "6", "fine")
    assert "open action" not in quiet.stderr
    cli("actions", "add", "Call Sam", "--due", "today")
    one = cli("log", "6", "fine")
    assert "1 open action is due today or overdue" in one.stderr
    cli("actions", "add", "Write plan", "--due", "tomorrow")
    two = cli("log", "5", "later", env={"VEERKRACHT_TODAY": "2026-11-29"})
    assert "2 open actions are due today or overdue" in two.stderr
    assert two.stderr.count("\n") == 2  # the logged line and one reminder


def test_bad_input_exit_2(cli):
    past = cli("actions", "add", "Old", "--due", "2026-11-20")
    assert past.exit_code == 2 and "in the past" in past.stderr
    blank = cli("actions", "add", "  ")
    assert blank.exit_code == 2 and "action: must not be empty" in blank.stderr
    unreadable = cli("actions", "add", "x", "--due", "someday")
    assert unreadable.exit_code == 2
    assert " ".join(unreadable.stderr.split()) == (
        "'someday' is not a day I can read; use tomorrow, a weekday, 'in 3 days', next week, "
        "2026-12-04 or '4 dec'."
    )
    assert _ids(cli, "--all") == []


def test_empty_and_dutch(cli):
    assert "No open actions" in cli("actions").stderr
    added = cli("--lang", "nl", "actions", "add", "Sam bellen", "--due", "morgen")
    assert "uiterlijk za 28 nov 2026" in added.stderr
    listing = cli("--lang", "nl", "actions")
    assert "Acties" in listing.stdout and "Uiterlijk" in listing.stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", FRIDAY),
        ("tomorrow", date(2026, 11, 28)),
        ("fri", FRIDAY),
        ("mon", date(2026, 11, 30)),
        ("next wed", date(2026, 12, 2)),
        ("vrijdag", FRIDAY),
        ("in 3 days", date(2026, 11, 30)),
        ("over 2 weken", date(2026, 12, 11)),
        ("+2w", date(2026, 12, 11)),
        ("2026-12-04", date(2026, 12, 4)),
        ("4 dec", date(2026, 12, 4)),
        ("3 jan", date(2027, 1, 3)),
        ("20-11", date(2027, 11, 20)),
        ("next week", date(2026, 12, 4)),
        ("volgende week", date(2026, 12, 4)),
        ("next month", date(2026, 12, 27)),
    ],
)
def test_parse_due_reads_ahead(text, expected):
    assert parse_due(text, FRIDAY) == expected


@pytest.mark.parametrize("text", ["yesterday", "2026-11-26", "3 days ago", "soon"])
def test_parse_due_refuses_the_past(text):
    with pytest.raises(InvalidValue):
        parse_due(text, FRIDAY)
