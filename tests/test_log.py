import json
import sqlite3
import stat
import sys
from datetime import datetime

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st


def entries(cli, *args):
    result = cli("entries", "--all", "--json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_log_with_arguments_stores_and_echoes_the_day(cli, journal_path):
    result = cli("log", "7", "Good talk with the team", "--win", "Plan agreed", "-t", "team", "-t", "#Sleep")
    assert result.exit_code == 0, result.stderr
    assert "Logged for Fri 27 Nov 2026 · energy 7" in result.stderr
    assert result.stdout == ""
    [entry] = entries(cli)
    assert entry["energy"] == 7
    assert entry["reflection"] == "Good talk with the team"
    assert entry["win"] == "Plan agreed"
    assert entry["tags"] == ["sleep", "team"]
    assert entry["day"] == "2026-11-27"
    assert entry["private"] is False
    # the user's local time with its offset, on the day it was logged (any time zone)
    logged = datetime.fromisoformat(entry["logged_at"])
    assert entry["logged_at"].startswith("2026-11-27T") and logged.utcoffset() == logged.astimezone().utcoffset()
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(journal_path.parent.stat().st_mode) in (0o700, stat.S_IMODE(journal_path.parent.stat().st_mode))


def test_log_creates_missing_folders_private(cli, tmp_path):
    target = tmp_path / "deep" / "er" / "journal.db"
    result = cli("--journal", str(target), "log", "5")
    assert result.exit_code == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "deep").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "deep" / "er").stat().st_mode) == 0o700


@pytest.mark.parametrize(
    ("when", "day", "echo"),
    [
        ("yesterday", "2026-11-26", "Thu 26 Nov 2026"),
        ("mon", "2026-11-23", "Mon 23 Nov 2026"),
        ("20-11", "2026-11-20", "Fri 20 Nov 2026"),
        ("3 days ago", "2026-11-24", "Tue 24 Nov 2026"),
    ],
)
def test_log_for_another_day(cli, when, day, echo):
    result = cli("log", "6", "--date", when)
    assert result.exit_code == 0, result.stderr
    assert f"Logged for {echo}" in result.stderr
    assert entries(cli)[0]["day"] == day


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["11"], "energy: must be a whole number from 0 (empty) to 10 (full), not '11'"),
        (["-1"], "energy: must be a whole number"),
        (["7.5"], "energy: must be a whole number"),
        (["abc", "text"], "energy: must be a whole number"),
        (["5", "--date", "tomorrow"], "is in the future"),
        (["5", "--date", "someday"], "not a date I can read"),
        (["5", "--date", "2026-11-28"], "is in the future"),
        (["5", "--date", "2026-02-30"], "not a day that exists"),
        (["5", "--tag", "two words"], "tags: 'two words' is not a tag"),
        (["note"], "entry: needs an energy score, a reflection or a win"),
    ],
)
def test_bad_values_exit_2_with_one_sentence_and_write_nothing(cli, journal_path, args, message):
    result = cli("log", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not journal_path.exists()  # not even an empty journal is created


def test_missing_energy_without_a_terminal_fails_at_once(cli, journal_path):
    result = cli("log")
    assert result.exit_code == 2
    assert "no terminal to ask on" in result.stderr
    assert not journal_path.exists()


def test_missing_parts_are_asked_on_a_terminal(cli):
    result = cli("log", input="x\n12\n4\nA long day\nHelped Sam\n\n", interactive=True)
    assert result.exit_code == 0, result.stderr
    assert "0 = empty … 10 = full" in result.stderr
    assert result.stderr.count("energy: must be a whole number") == 2  # asked again twice
    [entry] = entries(cli)
    assert (entry["energy"], entry["reflection"], entry["win"]) == (4, "A long day", "Helped Sam")


def test_prompts_are_dutch_with_lang_nl(cli):
    result = cli("--lang", "nl", "log", input="6\nRustige dag\n\n\n", interactive=True)
    assert result.exit_code == 0, result.stderr
    assert "Energie vandaag, 0 = leeg … 10 = vol" in result.stderr
    assert "Vastgelegd voor vr 27 nov 2026 · energie 6" in result.stderr


def test_enter_at_the_energy_prompt_makes_a_note(cli):
    result = cli("log", input="\nJust a thought\n\n\n", interactive=True)
    assert result.exit_code == 0, result.stderr
    assert "a note" in result.stderr
    assert entries(cli)[0]["energy"] is None


def test_note_keyword_logs_without_energy(cli):
    assert cli("log", "note", "Read about sprints").exit_code == 0
    assert entries(cli)[0]["energy"] is None


def test_stdin_as_reflection(cli):
    result = cli("log", "3", "-", input="line one\nline two\n")
    assert result.exit_code == 0, result.stderr
    assert entries(cli)[0]["reflection"] == "line one\nline two"


def test_edit_opens_the_editor(cli, tmp_path):
    script = tmp_path / "fake-editor"
    script.write_text(f"#!{sys.executable}\nimport sys\nopen(sys.argv[1], 'w').write('Written in the editor')\n")
    script.chmod(0o755)
    result = cli("log", "8", "--edit", env={"EDITOR": str(script)})
    assert result.exit_code == 0, result.stderr
    assert entries(cli)[0]["reflection"] == "Written in the editor"


def test_several_entries_a_day(cli):
    for energy in ("3", "8"):
        assert cli("log", energy, "x").exit_code == 0
    assert [entry["energy"] for entry in entries(cli)] == [3, 8]


def test_private_flag_and_private_by_default(cli):
    cli("log", "5", "secret", "--private")
    cli("config", "private", "yes")
    cli("log", "5", "also secret")
    cli("log", "5", "open", "--public")
    assert [entry["private"] for entry in entries(cli)] == [True, True, False]


@pytest.mark.parametrize(
    "text",
    ["[bold]not bold[/bold] and [red]x", "a | b | c", "# not a heading", "emoji 🌱💪🏽 ok", "x" * 50_000],
)
def test_text_is_stored_and_shown_exactly_as_typed(cli, text):
    assert cli("log", "5", text).exit_code == 0
    [entry] = entries(cli)
    assert entry["reflection"] == text
    shown = cli("entries", "show", entry["id"][:8])
    assert text[:40] in shown.stdout.replace("│", "").replace("\n", "")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=300),
    energy=st.integers(0, 10),
)
def test_round_trip_of_any_text(cli, journal_path, text, energy):
    assume(text != "-")  # '-' alone means: read the reflection from standard input
    assume(text.strip())  # text of only spaces is no reflection (tested on its own)
    if journal_path.exists():
        with sqlite3.connect(journal_path) as conn:
            conn.execute("DELETE FROM entries")
    result = cli("log", str(energy), "--", text) if text.startswith("-") else cli("log", str(energy), text)
    assert result.exit_code == 0, result.stderr
    [entry] = entries(cli)
    assert entry["reflection"] == text
    assert entry["energy"] == energy


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(energy=st.one_of(st.integers(-1000, 1000).map(str), st.text(max_size=6), st.floats(allow_nan=True).map(str)))
def test_any_energy_is_stored_when_valid_and_refused_otherwise(cli, journal_path, energy):
    assume(not energy.startswith("--") and energy not in ("-", "note", "notitie") and "\x00" not in energy)
    before = len(entries(cli)) if journal_path.exists() else 0
    result = cli("log", energy, "text")
    text = energy.strip()
    valid = text.isdigit() and text.isascii() and 0 <= int(text) <= 10
    if not text and not energy.startswith("-"):
        valid = True  # an empty score is a note: the reflection still makes an entry
    if valid:
        assert result.exit_code == 0, result.stderr
        assert len(entries(cli)) == before + 1
    else:
        assert result.exit_code == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert (len(entries(cli)) if journal_path.exists() else 0) == before


def test_text_that_is_not_utf8_is_refused_not_a_traceback(run_process, journal_path):
    import subprocess

    latin1 = subprocess.run(
        [sys.executable, "-m", "veerkracht", "log", "5", "-"], input=b"caf\xe9 with the team",
        capture_output=True, env={**__import__("os").environ, "VEERKRACHT_INTERACTIVE": "0"},
    )
    assert latin1.returncode == 2, latin1.stderr
    assert b"is not UTF-8 text" in latin1.stderr and b"Traceback" not in latin1.stderr
    assert not journal_path.exists()


def test_bad_tags_are_refused_before_any_question(cli, journal_path):
    result = cli("log", "-t", "bad tag", input="6\nA long reflection\n\n", interactive=True)
    assert result.exit_code == 2 and "tags: 'bad tag' is not a tag" in result.stderr
    assert "Energy today" not in result.stderr


def test_a_home_relative_journal_path_works_everywhere(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("VEERKRACHT_JOURNAL", "~/journals/j.db")
    assert cli("log", "5", "x").exit_code == 0
    assert (tmp_path / "journals" / "j.db").exists()
    assert cli("backup").exit_code == 0
    assert list((tmp_path / "journals" / "backups").glob("*.db"))


def test_dutch_errors_name_the_field_in_dutch(cli, journal_path):
    energy = cli("--lang", "nl", "log", "11", "x")
    assert energy.exit_code == 2
    assert energy.stderr.strip().startswith("energie: moet een heel getal van 0 (leeg) tot 10 (vol) zijn")
    tag = cli("--lang", "nl", "log", "5", "x", "--tag", "twee woorden")
    assert tag.exit_code == 2 and tag.stderr.strip().startswith("labels: 'twee woorden' is geen label")
    note = cli("--lang", "nl", "log", "notitie", "Alleen tekst")
    assert note.exit_code == 0 and "notitie zonder score (ID " in note.stderr
    assert not any(word in note.stderr + energy.stderr for word in ("energy:", "tags:", "een notitie ("))
