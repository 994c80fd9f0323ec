"""A real terminal (issue 16): a pasted text of several lines is one answer, and Ctrl-C says
its words on a line of their own, with how to continue.

These drive ``python -m veerkracht`` in a pseudo-terminal (pexpect): bracketed paste and SIGINT
exist only there.
"""

from __future__ import annotations

import io
import os
import sys

import pytest

from conftest import rows

pexpect = pytest.importorskip("pexpect")

PASTE_ON, PASTE_OFF = "\x1b[?2004h", "\x1b[?2004l"


def _spawn(*args: str, term: str = "xterm") -> pexpect.spawn:
    env = {key: value for key, value in os.environ.items() if key != "VEERKRACHT_INTERACTIVE"}
    env.update(TERM=term, COLUMNS="100")
    child = pexpect.spawn(sys.executable, ["-m", "veerkracht", *args], env=env, encoding="utf-8",
                          timeout=30, dimensions=(40, 100))
    child.logfile_read = io.StringIO()  # everything the terminal was sent
    return child


def _finish(child: pexpect.spawn) -> str:
    """Wait for the end; everything the terminal was sent."""
    child.expect(pexpect.EOF)
    child.close()
    return child.logfile_read.getvalue()


def test_a_pasted_text_of_three_lines_is_the_whole_reflection(journal_path):
    child = _spawn("log")
    child.expect("0 = empty")
    child.sendline("6")
    child.expect("what stood out today")
    child.send("\x1b[200~line1\nline2\nline3\x1b[201~\r")  # as a terminal sends a paste, then Enter
    child.expect("One win")  # the win is still asked, not answered by the paste's second line
    child.sendline("Shipped it")
    child.expect("Tags")
    child.sendline("")
    child.expect("Logged for Fri 27 Nov 2026")
    seen = _finish(child)
    assert child.exitstatus == 0
    [entry] = rows(journal_path, "SELECT reflection, win FROM entries")
    assert entry == {"reflection": "line1\nline2\nline3", "win": "Shipped it"}
    assert seen.count(PASTE_ON) == seen.count(PASTE_OFF) == 4  # on and off again per question
    assert seen.rindex(PASTE_OFF) < seen.index("Logged for")


def test_each_question_turns_bracketed_paste_off_again(journal_path):
    child = _spawn("log", "--win", "w", "-t", "x")
    child.expect("0 = empty")
    child.sendline("7")
    child.expect("what stood out")
    child.send("\x1b[200~ends with a line end\n\x1b[201~\r")
    seen = _finish(child)
    assert child.exitstatus == 0
    assert seen.count(PASTE_ON) == seen.count(PASTE_OFF) == 2
    assert rows(journal_path, "SELECT reflection FROM entries") == [{"reflection": "ends with a line end\n"}]


@pytest.mark.parametrize("term", ["xterm", "dumb"])  # bracketed paste on, and Click's own prompt
def test_ctrl_c_at_a_log_question_speaks_on_a_new_line(journal_path, term):
    child = _spawn("log", term=term)
    child.expect(r"no score\): ")
    child.sendintr()
    child.expect("Stopped. Nothing was logged; start again with 'veerkracht log'.")
    before = child.before
    assert before.endswith("\r\n")  # not beside the question and its "^C"
    assert (PASTE_OFF in before) == (term == "xterm")  # the terminal put back first
    _finish(child)
    assert child.exitstatus == 130
    assert not journal_path.exists()


def test_ctrl_c_while_pasting_mode_is_on_puts_the_terminal_back(journal_path):
    child = _spawn("log")
    child.expect(r"no score\): ")
    child.sendline("5")
    child.expect(r"Enter to skip\): ")
    child.sendintr()
    child.expect("Logged for Fri 27 Nov 2026")
    assert child.before.endswith("\r\n")
    child.expect(r"add the rest with 'veerkracht entries edit [0-9a-f]{8}'")
    seen = _finish(child)
    assert child.exitstatus == 130
    assert seen.count(PASTE_ON) == seen.count(PASTE_OFF) == 2  # off again after Ctrl-C
    assert rows(journal_path, "SELECT energy FROM entries") == [{"energy": 5}]


def test_ctrl_c_in_the_weekly_review_says_how_to_continue(journal_path):
    child = _spawn("--lang", "nl", "review", "--week", "last")
    child.expect(r"Punt 1")
    child.sendintr()
    child.expect(r"Gestopt\. Je antwoorden zijn bewaard; ga verder met 'veerkracht review --week 2026-W47'\.")
    assert child.before.endswith("\r\n")
    _finish(child)
    assert child.exitstatus == 130


def test_ctrl_c_as_the_question_is_written_still_turns_bracketed_paste_off(monkeypatch):
    """A Ctrl-C that came before the answer was read (a busy machine) left the terminal in
    bracketed-paste mode: the next program's pastes arrived wrapped in "^[[200~"."""
    import pty

    from veerkracht.cli import conversation

    class Screen(io.StringIO):
        flushes = 0

        def isatty(self) -> bool:
            return True

        def flush(self) -> None:
            Screen.flushes += 1
            if Screen.flushes == 1:  # the signal arrives while the question goes out
                raise KeyboardInterrupt

    master, slave = pty.openpty()
    screen = Screen()
    try:
        with os.fdopen(slave, "r") as terminal:
            monkeypatch.setattr(sys, "stdin", terminal)
            monkeypatch.setattr(sys, "stderr", screen)
            with pytest.raises(KeyboardInterrupt):
                conversation._read_pasted("Energy: ")
    finally:
        os.close(master)
    assert screen.getvalue() == PASTE_ON + "Energy: " + PASTE_OFF
