"""`actions --ics FILE` and `export --format ics`: open actions and the weekly review as RFC 5545."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import uuid
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from conftest import rows

LONG_DUTCH = (
    "Bel Sam over het budget, de planning; en plan de één-op-één met Noor — een heel lange "
    "Nederlandse zin met ë, ï, ü en ĳ die ruim over de vijfenzeventig octetten heen gaat"
)


def _add(cli, *args: str) -> str:
    result = cli("actions", "add", *args)
    assert result.exit_code == 0, result.output
    return re.search(r"action ([0-9a-f]+)", result.stderr)[1]


def _insert(journal: Path, text: str, due: str | None, status: str = "open", origin: str = "manual") -> str:
    """An action as a cycle or review stores it, or with a due day in the past."""
    action_id = str(uuid.uuid4())
    conn = sqlite3.connect(journal)
    with conn:
        conn.execute(
            "INSERT INTO actions (id, text, due, status, origin, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (action_id, text, due, status, origin, "2026-11-20T09:00:00+01:00"),
        )
    conn.close()
    return action_id


def _full_id(journal: Path, text: str) -> str:
    return rows(journal, "SELECT id FROM actions WHERE text = ?", (text,))[0]["id"]


def _events(data: bytes) -> dict[str, object]:
    """UID → VEVENT of a calendar file, each UID at most once."""
    book = Calendar.from_ical(data)
    events = book.walk("VEVENT")
    uids = [str(event["UID"]) for event in events]
    assert len(uids) == len(set(uids)), uids
    return {str(event["UID"]): event for event in events}


def _valid_rfc5545(data: bytes) -> None:
    """The rules of RFC 5545 §3.1 and §3.6 a parser forgives: CRLF, 75 octets, nesting, required."""
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b""), "a bare LF"
    assert b"\r" not in data.replace(b"\r\n", b""), "a bare CR"
    lines = data.split(b"\r\n")[:-1]
    stack: list[str] = []
    seen: list[set[str]] = []
    for line in lines:
        assert len(line) <= 75, line
        line.decode("utf-8")  # folded between characters, never inside one
        assert not re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", line), line
        if line.startswith((b" ", b"\t")):
            continue
        name = line.split(b":", 1)[0].split(b";", 1)[0].decode()
        if name == "BEGIN":
            stack.append(line.split(b":", 1)[1].decode())
            seen.append(set())
        elif name == "END":
            component, props = stack.pop(), seen.pop()
            assert line.split(b":", 1)[1].decode() == component
            required = {"VCALENDAR": {"PRODID", "VERSION"}, "VEVENT": {"UID", "DTSTAMP", "DTSTART"},
                        "VALARM": {"ACTION", "TRIGGER", "DESCRIPTION"}}.get(component, set())
            assert required <= props, (component, props)
        else:
            seen[-1].add(name)
    assert stack == []


def test_open_dated_actions_once_each_and_nothing_else(cli, journal_path, tmp_path):
    soon = _add(cli, "Call Sam", "--due", "2026-12-01")
    _add(cli, "Someday, maybe")
    _add(cli, "Already done", "--due", "2026-12-02")
    _add(cli, "Not doing this", "--due", "2026-12-03")
    assert cli("actions", "done", _full_id(journal_path, "Already done")).exit_code == 0
    assert cli("actions", "drop", _full_id(journal_path, "Not doing this")).exit_code == 0
    overdue = _insert(journal_path, "Budget memo", "2026-11-20", origin="review")
    from_cycle = _insert(journal_path, "Ask the team", "2026-11-27", origin="cycle")
    target = tmp_path / "actions.ics"

    result = cli("actions", "--ics", str(target))

    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    data = target.read_bytes()
    _valid_rfc5545(data)
    book = Calendar.from_ical(data)
    assert str(book["PRODID"]) == "-//veerkracht//veerkracht 0.1.0//EN"
    assert str(book["VERSION"]) == "2.0"
    events = _events(data)
    sam = _full_id(journal_path, "Call Sam")
    assert soon == sam[:8]
    expected = {sam: ("Call Sam", date(2026, 12, 1)), overdue: ("Budget memo", date(2026, 11, 20)),
                from_cycle: ("Ask the team", date(2026, 11, 27))}
    assert set(events) == {f"{key}@veerkracht" for key in expected} | {"weekly-review@veerkracht"}
    for key, (text, due) in expected.items():
        event = events[f"{key}@veerkracht"]
        assert str(event["SUMMARY"]) == text
        assert event.decoded("DTSTART") == due  # a date: all day, no time zone
        assert event.decoded("DTEND") == due + timedelta(days=1)
        assert event["DTSTART"].params["VALUE"] == "DATE"
        assert event.decoded("DTSTAMP").tzinfo is not None
        assert str(event["TRANSP"]) == "TRANSPARENT"
        alarm = event.walk("VALARM")[0]
        assert alarm.decoded("TRIGGER") == timedelta(hours=9)
    assert "from: weekly review" in str(events[f"{overdue}@veerkracht"]["DESCRIPTION"])
    assert "from: cycle" in str(events[f"{from_cycle}@veerkracht"]["DESCRIPTION"])
    assert f"veerkracht actions done {sam[:8]}" in str(events[f"{sam}@veerkracht"]["DESCRIPTION"])
    assert "The calendar holds 3 actions with a due date and the weekly review, every week from " \
           "Fri 27 Nov 2026 at 16:00." in result.stderr
    assert f"The calendar is in {target}" in result.stderr
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_the_weekly_review_recurs_in_floating_local_time(cli, tmp_path):
    target = tmp_path / "review.ics"
    assert cli("actions", "--ics", str(target)).exit_code == 0
    review = _events(target.read_bytes())["weekly-review@veerkracht"]
    start = review.decoded("DTSTART")
    assert start == datetime(2026, 11, 27, 16, 0) and start.tzinfo is None  # floating: no TZID
    assert "TZID" not in review["DTSTART"].params
    assert review.decoded("DURATION") == timedelta(minutes=30)
    assert review["RRULE"]["FREQ"] == ["WEEKLY"] and review["RRULE"]["BYDAY"] == ["FR"]
    assert str(review["SUMMARY"]) == "Weekly review (veerkracht)"
    assert "veerkracht review" in str(review["DESCRIPTION"])
    assert b"RRULE:FREQ=WEEKLY;BYDAY=FR\r\n" in target.read_bytes()


def test_on_a_saturday_the_review_starts_next_friday(cli, tmp_path):
    target = tmp_path / "review.ics"
    result = cli("actions", "--ics", str(target), env={"VEERKRACHT_TODAY": "2026-11-28"})
    assert result.exit_code == 0, result.output
    review = _events(target.read_bytes())["weekly-review@veerkracht"]
    assert review.decoded("DTSTART") == datetime(2026, 12, 4, 16, 0)
    assert "None of your open actions has a due date, so the calendar holds only the weekly " \
           "review, every week from Fri 4 Dec 2026 at 16:00." in result.stderr


def test_dutch_words_in_the_calendar_and_the_messages(cli, journal_path, tmp_path):
    _add(cli, LONG_DUTCH, "--due", "2026-12-04")
    _insert(journal_path, "Teamoverleg korter", "2026-12-07", origin="review")
    target = tmp_path / "acties.ics"

    result = cli("--lang", "nl", "actions", "--ics", str(target))

    assert result.exit_code == 0, result.output
    assert "De agenda bevat 2 acties met een uiterlijke datum en de weekreview, elke week vanaf " \
           "vr 27 nov 2026 om 16:00." in result.stderr
    assert f"De agenda staat in {target}; importeer het bestand in je agenda-app." in result.stderr
    data = target.read_bytes()
    _valid_rfc5545(data)
    book = Calendar.from_ical(data)
    assert str(book["X-WR-CALNAME"]) == "veerkracht: acties en weekreview"
    events = _events(data)
    review = events["weekly-review@veerkracht"]
    assert str(review["SUMMARY"]) == "Weekreview (veerkracht)"
    assert "doen / inplannen / delegeren / schrappen" in str(review["DESCRIPTION"])
    dutch = next(event for event in events.values() if str(event["SUMMARY"]) == LONG_DUTCH)
    assert "herkomst: zelf toegevoegd" in str(dutch["DESCRIPTION"])
    assert "Voer veerkracht actions done" in str(dutch["DESCRIPTION"])
    meeting = next(event for event in events.values() if str(event["SUMMARY"]) == "Teamoverleg korter")
    assert "herkomst: weekreview" in str(meeting["DESCRIPTION"])


def test_one_action_is_counted_as_one(cli, tmp_path):
    _add(cli, "Call Sam", "--due", "2026-12-01")
    english = cli("actions", "--ics", str(tmp_path / "en.ics"))
    dutch = cli("--lang", "nl", "actions", "--ics", str(tmp_path / "nl.ics"))
    assert "The calendar holds one action with a due date" in english.stderr
    assert "De agenda bevat één actie met een uiterlijke datum" in dutch.stderr


def test_a_long_dutch_text_is_folded_between_characters_with_crlf(cli, tmp_path):
    _add(cli, LONG_DUTCH, "--due", "2026-12-04")
    target = tmp_path / "lang.ics"
    assert cli("actions", "--ics", str(target)).exit_code == 0
    data = target.read_bytes()
    _valid_rfc5545(data)
    summary = [line for line in data.split(b"\r\n") if line.startswith(b"SUMMARY:Bel Sam")][0]
    assert len(summary) <= 75 and len(LONG_DUTCH.encode()) > 75  # so it was folded
    assert b"\r\n " in data
    event = next(e for e in _events(data).values() if str(e["SUMMARY"]).startswith("Bel Sam"))
    assert str(event["SUMMARY"]) == LONG_DUTCH


def test_commas_semicolons_newlines_escaped_and_control_characters_left_out(cli, journal_path, tmp_path):
    text = "Plan: budget, team; and\nthe back\\slash"
    assert cli("config", "private", "no").exit_code == 0  # the journal, made
    action_id = _insert(journal_path, text + "\x1b]0;owned\x07", "2026-12-02")
    target = tmp_path / "escaped.ics"
    assert cli("actions", "--ics", str(target)).exit_code == 0
    data = target.read_bytes()
    _valid_rfc5545(data)
    unfolded = data.replace(b"\r\n ", b"")
    assert b"SUMMARY:Plan: budget\\, team\\; and\\nthe back\\\\slash]0\\;owned\r\n" in unfolded
    assert b"\x1b" not in data and b"\x07" not in data
    assert str(_events(data)[f"{action_id}@veerkracht"]["SUMMARY"]) == text + "]0;owned"


def test_an_existing_file_is_refused_and_replaced_only_with_force(cli, tmp_path):
    target = tmp_path / "a.ics"
    target.write_text("mine")
    for lang, words in (("en", "already exists"), ("nl", "bestaat al")):
        result = cli("--lang", lang, "actions", "--ics", str(target))
        assert result.exit_code == 1
        assert words in result.stderr and "--force" in result.stderr
        assert target.read_text() == "mine"
    _add(cli, "Call Sam", "--due", "2026-12-01")
    assert cli("actions", "--ics", str(target), "--force").exit_code == 0
    assert "Call Sam" in target.read_text()


def test_a_closed_action_leaves_the_calendar_on_the_next_run(cli, journal_path, tmp_path):
    _add(cli, "Call Sam", "--due", "2026-12-01")
    target = tmp_path / "a.ics"
    assert cli("actions", "--ics", str(target)).exit_code == 0
    first = _events(target.read_bytes())
    assert cli("actions", "done", _full_id(journal_path, "Call Sam")).exit_code == 0
    assert cli("actions", "--ics", str(target), "--force").exit_code == 0
    second = _events(target.read_bytes())
    assert set(second) == {"weekly-review@veerkracht"} and len(first) == 2


def test_the_review_keeps_its_uid_from_one_file_to_the_next(cli, tmp_path):
    assert cli("actions", "--ics", str(tmp_path / "1.ics")).exit_code == 0
    result = cli("actions", "--ics", str(tmp_path / "2.ics"), env={"VEERKRACHT_TODAY": "2026-12-10"})
    assert result.exit_code == 0
    assert set(_events((tmp_path / "1.ics").read_bytes())) == set(_events((tmp_path / "2.ics").read_bytes()))


def test_standard_output_gets_the_bytes_as_they_are(cli):
    _add(cli, "Call Sam", "--due", "2026-12-01")
    result = cli("actions", "--ics", "-")
    assert result.exit_code == 0
    _valid_rfc5545(result.stdout_bytes)
    assert result.stdout_bytes.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert "The calendar holds one action" in result.stderr


@pytest.mark.parametrize("lang, words", [("en", "leave out --all and --json"), ("nl", "laat --all en --json weg")])
@pytest.mark.parametrize("extra", ["--all", "--json"])
def test_ics_with_all_or_json_is_refused(cli, tmp_path, lang, words, extra):
    target = tmp_path / "a.ics"
    result = cli("--lang", lang, "actions", "--ics", str(target), extra)
    assert result.exit_code == 2
    assert words in result.stderr
    assert not target.exists()


def test_export_format_ics_to_a_file_and_to_standard_output(cli, journal_path, tmp_path):
    _add(cli, "Call Sam", "--due", "2026-12-01")
    target = tmp_path / "export.ics"
    result = cli("export", "--format", "ics", "-o", str(target))
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    _valid_rfc5545(data)
    assert set(_events(data)) == {f"{_full_id(journal_path, 'Call Sam')}@veerkracht", "weekly-review@veerkracht"}
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert "The calendar holds one action" in result.stderr
    again = cli("--lang", "nl", "export", "-f", "ics", "-o", str(target))
    assert again.exit_code == 1 and "bestaat al" in again.stderr
    assert cli("export", "-f", "ics", "-o", str(target), "--force").exit_code == 0
    piped = cli("--lang", "nl", "export", "-f", "ICS")
    assert piped.exit_code == 0
    _valid_rfc5545(piped.stdout_bytes)
    assert "De agenda bevat één actie" in piped.stderr
    assert str(_events(piped.stdout_bytes)["weekly-review@veerkracht"]["SUMMARY"]) == "Weekreview (veerkracht)"


@pytest.mark.parametrize("lang, words", [("en", "--since, --until and --weeks do not apply"),
                                         ("nl", "--since, --until en --weeks gelden daar niet voor")])
@pytest.mark.parametrize("period", [("--weeks", "2"), ("--since", "2026-11-01"), ("--until", "today")])
def test_export_ics_refuses_a_period(cli, tmp_path, lang, words, period):
    target = tmp_path / "a.ics"
    result = cli("--lang", lang, "export", "--format", "ics", *period, "-o", str(target))
    assert result.exit_code == 2
    assert words in result.stderr
    assert not target.exists()


def test_export_names_ics_among_its_formats(cli):
    result = cli("export", "--format", "ical")
    assert result.exit_code == 2
    assert "markdown, json, csv, ics" in result.stderr


def test_listing_actions_does_not_load_icalendar(run_process):
    import json
    import subprocess
    import sys

    probe = ("import sys, runpy; sys.argv = ['veerkracht', 'actions']\n"
             "try:\n    runpy.run_module('veerkracht', run_name='__main__')\nexcept SystemExit:\n    pass\n"
             "import json; print(json.dumps(sorted(sys.modules)))")
    assert run_process("actions", "add", "Call Sam", "--due", "2026-12-01").returncode == 0
    env = {**os.environ, "VEERKRACHT_INTERACTIVE": "0"}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    modules = json.loads(result.stdout.strip().splitlines()[-1])
    assert not [name for name in modules if name.startswith(("icalendar", "veerkracht.render.ics"))]


# -- the pure renderer ---------------------------------------------------------------------------

PRINTABLE = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=200)


@given(PRINTABLE)
@settings(max_examples=150, deadline=None)
def test_any_printable_action_text_comes_back_as_its_summary(text):
    from veerkracht.render.ics import DEFAULT_SLOT, DatedAction, calendar

    action = DatedAction("3f2a9c1e-0000-4000-8000-000000000001", "3f2a9c1e", text, date(2026, 12, 4), "manual")
    data = calendar([action], DEFAULT_SLOT, today=date(2026, 11, 27),
                    stamp=datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc), version="0.1.0")
    _valid_rfc5545(data)
    event = _events(data)["3f2a9c1e-0000-4000-8000-000000000001@veerkracht"]
    assert str(event["SUMMARY"]) == text


def test_another_review_slot_gives_its_own_rule():
    from veerkracht.render.ics import WeeklySlot, calendar

    slot = WeeklySlot(weekday=0, at=time(8, 30), minutes=20)
    data = calendar([], slot, today=date(2026, 11, 27),
                    stamp=datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc), version="9.9")
    review = _events(data)["weekly-review@veerkracht"]
    assert review.decoded("DTSTART") == datetime(2026, 11, 30, 8, 30)
    assert review["RRULE"]["BYDAY"] == ["MO"]
    assert review.decoded("DURATION") == timedelta(minutes=20)
    assert b"PRODID:-//veerkracht//veerkracht 9.9//EN\r\n" in data
