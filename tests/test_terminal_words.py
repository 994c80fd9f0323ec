"""Messages on a terminal wrap between words; elsewhere a message stays one line (scripts)."""

from __future__ import annotations

import io

import pytest

from veerkracht.cli import common

SENTENCE = ("Added 'Budget follow-ups with the regional finance leads' to week 48 (2026): "
            "delegate to Samira before the quarterly planning session.")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("width", [40, 60, 80, 100])
def test_a_message_on_a_terminal_wraps_between_words(monkeypatch, width):
    monkeypatch.setenv("COLUMNS", str(width))
    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    common.say(SENTENCE)
    lines = screen.getvalue().splitlines()
    assert all(len(line) < width for line in lines)
    assert " ".join(lines).split() == SENTENCE.split()  # every word whole, in order
    assert (len(lines) > 1) == (len(SENTENCE) >= width)


def test_a_message_to_a_file_or_pipe_stays_one_line(monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    pipe = io.StringIO()
    monkeypatch.setattr("sys.stderr", pipe)
    common.say(SENTENCE)
    assert pipe.getvalue() == SENTENCE + "\n"


def test_a_bullet_continues_under_its_text_and_a_long_path_stays_whole():
    text = "  • " + "word " * 20 + "\n/a/very/long/path/that/does/not/fit/on/one/line/of/forty/columns.db"
    lines = common.wrapped(text, 40).splitlines()
    assert lines[0].startswith("  • ") and all(line.startswith("    ") for line in lines[1:-1])
    assert lines[-1] == "/a/very/long/path/that/does/not/fit/on/one/line/of/forty/columns.db"


def test_a_long_confirmation_is_asked_on_a_line_of_its_own(monkeypatch):
    monkeypatch.setenv("COLUMNS", "50")
    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    asked: list[str] = []
    monkeypatch.setattr("typer.prompt", lambda text, **_: asked.append(text) or "j")
    assert common.confirm("Delete the moment of contact with Samira van den Berg on Friday 27 November?")
    assert asked == ["› [y/N]"]
    assert all(len(line) < 50 for line in screen.getvalue().splitlines())


@pytest.mark.parametrize(("text", "expected"), [
    ("week 48", (2026, 48)), ("Week 48 (2026)", (2026, 48)), ("w48", (2026, 48)), ("wk 47", (2026, 47)),
    ("week 49", (2026, 49)),  # next week: a review may be prepared a week ahead
    ("week 50", (2025, 50)),  # not yet this year: last year's
    ("week 3 2025", (2025, 3)), ("2026-W48", (2026, 48)),
])
def test_a_week_is_read_as_people_write_it_and_as_the_list_shows_it(text, expected):
    from datetime import date

    from veerkracht.domain.dates import parse_week

    assert parse_week(text, date(2026, 11, 27)) == expected


def test_review_list_names_weeks_in_words_and_show_reads_them_back(cli):
    assert cli("review", "add", "Budget follow-ups", "--urgent", "--important").exit_code == 0
    listed = cli("review", "list").output
    assert "week 48 (2026)" in listed and "2026-W48" not in listed
    assert "Budget follow-ups" in cli("review", "show", "--week", "week 48 (2026)").output
    assert "week 48 (2026)" in cli("--lang", "nl", "review", "list").output


@pytest.mark.parametrize(("lang", "done"), [("en", "done"), ("nl", "gedaan")])
def test_a_narrow_list_of_all_actions_still_shows_which_are_done(cli, lang, done):
    assert cli("actions", "add", "Ask the team what made us stronger this quarter", "--due", "fri").exit_code == 0
    assert cli("actions", "add", "Call Sam about the budget follow-ups").exit_code == 0
    handle = cli("actions", "--json").output.split('"id": "')[2][:8]
    assert cli("actions", "done", handle).exit_code == 0
    narrow = cli("--lang", lang, "actions", "--all", env={"COLUMNS": "60"}).output
    assert "✓ Call Sam" in narrow  # the status column may go; the mark stays
    assert done in cli("--lang", lang, "actions", "--all", env={"COLUMNS": "140"}).output
    open_only = cli("--lang", lang, "actions", env={"COLUMNS": "60"}).output
    assert "stronger" in open_only


def test_messages_wrap_at_the_terminals_width_when_stdout_is_a_pipe(monkeypatch):
    """`veerkracht report | less`: stdout is a pipe, the messages still go to a 60-column
    terminal; asking stdout alone for the width said 80 and the terminal folded words."""
    import fcntl
    import os
    import pty
    import struct
    import termios

    monkeypatch.delenv("COLUMNS", raising=False)
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 60, 0, 0))

    class Screen(Terminal):
        def fileno(self) -> int:
            return slave

    screen = Screen()
    try:
        monkeypatch.setattr("sys.stderr", screen)
        monkeypatch.setattr("sys.stdout", io.StringIO())  # a pipe: no terminal, no width
        assert common.columns() == 60
        common.say(SENTENCE)
    finally:
        os.close(master)
        os.close(slave)
    lines = screen.getvalue().splitlines()
    assert len(lines) > 1 and all(len(line) < 60 for line in lines)
    assert " ".join(lines).split() == SENTENCE.split()


@pytest.mark.parametrize(("lang", "day", "week"), [("en", "Fri 27 Nov 2026", "week 48 (2026)"),
                                                   ("nl", "vr 27 nov 2026", "week 48 (2026)")])
def test_search_names_days_and_weeks_as_people_read_them(cli, lang, day, week):
    assert cli("log", "6", "Offsite planning with the team").exit_code == 0
    assert cli("review", "add", "Offsite budget", "--urgent", "--important").exit_code == 0
    found = cli("--lang", lang, "search", "offsite").stdout
    assert day in found and week in found
    assert "2026-W48" not in found and "2026-11-27" not in found
