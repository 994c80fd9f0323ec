"""The rhythm that reminds you: `nudge`'s line and what a fired reminder says.

Both run where nobody waits for them — every new shell, and a job the scheduler starts with
a bare environment — so everything here is standard library (no Typer, Rich or pydantic:
``tests/test_nudge.py`` checks it), reads the journal only through ``db.peek`` (never
migrating, unlocking or writing it), and says nothing rather than fail: an error is silence.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from datetime import date
from pathlib import Path

from veerkracht import i18n
from veerkracht.db import files, peek
from veerkracht.errors import VeerkrachtError
from veerkracht.i18n import t

# What may go wrong on the quiet paths, and is then silence: files, SQLite, a bad
# VEERKRACHT_TODAY (InvalidValue), text that is not UTF-8, a loop of links (RuntimeError from
# Path.resolve before Python 3.13).
QUIET = (OSError, sqlite3.Error, ValueError, VeerkrachtError, RuntimeError)

DAILY, WEEKLY = "daily", "weekly"
TITLE = "veerkracht"


def journal_path(chosen: Path | None) -> Path:
    """The journal in effect, as ``cli.common.journal_path`` finds it: ``--journal``, then
    VEERKRACHT_JOURNAL, then journal.db in the user data folder; ``~`` expanded, links followed."""
    if chosen is None and os.environ.get("VEERKRACHT_JOURNAL"):
        chosen = Path(os.environ["VEERKRACHT_JOURNAL"])
    if chosen is None:
        from veerkracht.db.journal import default_path  # already loaded by db.peek

        chosen = default_path()
    return chosen.expanduser().resolve()


def speaks() -> bool:
    """Whether `nudge` may print: its output is a terminal (VEERKRACHT_INTERACTIVE=1 says
    yes, =0 no). A start-up file also runs for scp, rsync and `ssh host command`, whose
    output is a pipe that one stray line would break."""
    forced = os.environ.get("VEERKRACHT_INTERACTIVE")
    if forced in ("0", "1"):
        return forced == "1"
    return sys.stdout.isatty()


def stamp_path(journal: Path) -> Path:
    """Where `nudge` notes the last day it looked: a hidden file beside the journal."""
    return journal.with_name(f".{journal.name}.nudged")


def nudge_line(journal: Path, today: date) -> str | None:
    """The one line `nudge` prints, at most once a day per journal, or ``None``.

    ``None`` when today is logged, when the journal is missing, encrypted or unreadable, or
    when it already looked today. The day is noted before the line is given, and a day that
    cannot be noted gives no line: better one shell too few than a line in every shell.
    """
    stamp = stamp_path(journal)
    try:
        if files.read_bounded(stamp, 64).decode("ascii").strip() == today.isoformat():
            return None
    except (*QUIET, files.NotRegular, files.TooLarge):
        pass  # no stamp yet, or one that cannot be read: look at the journal
    seen = peek.glance(journal, today)
    if seen is None:
        return None
    files.write_bytes(stamp, today.isoformat().encode("ascii") + b"\n", force=True)
    if seen.logged:
        return None  # noted too: the rest of today's shells need not open the journal
    i18n.set_journal_default(seen.lang)
    return t("core.status_nothing")


def reminder_text(kind: str, journal: Path, today: date) -> str | None:
    """What a fired reminder of ``kind`` says, or ``None`` when there is nothing to remind of
    (today logged; a weekly review completed in the last 7 days) or the journal cannot be read."""
    seen = peek.glance(journal, today)
    if seen is None:
        return None
    i18n.set_journal_default(seen.lang)
    if kind == DAILY:
        return None if seen.logged else t("core.status_nothing")
    return None if seen.reviewed else t("remind.weekly_due")


def can_notify() -> bool:
    """Whether this machine has a way to show a desktop notification."""
    # lazy: nudge, which shares this module, runs on every new shell and never notifies
    import shutil

    return bool(shutil.which("osascript") if sys.platform == "darwin" else shutil.which("notify-send"))


def notify(text: str) -> bool:
    """Show ``text`` as a desktop notification where there is a way (notify-send, osascript)."""
    # lazy: nudge, which shares this module, runs on every new shell and never notifies
    import subprocess

    if not can_notify():
        return False
    if sys.platform == "darwin":
        command = ["osascript", "-e", f"display notification {_applescript(text)} with title {_applescript(TITLE)}"]
    else:
        command = ["notify-send", "--app-name", TITLE, TITLE, text]
    env = dict(os.environ)
    bus = f"/run/user/{os.getuid()}/bus" if hasattr(os, "getuid") else ""
    if "DBUS_SESSION_BUS_ADDRESS" not in env and bus and os.path.exists(bus):
        env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus}"  # cron's bare environment lacks it
    try:
        done = subprocess.run(command, env=env, capture_output=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def _applescript(text: str) -> str:
    """``text`` as an AppleScript string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
