"""A glance at a plain journal for `nudge` and the reminders: read-only, standard library only.

``Journal.open`` would migrate an older journal, unlock an encrypted one (the keyring, a
passphrase) and load what a command needs; a line in the shell's start-up file and a job the
scheduler runs must do none of that. So this opens the file read-only with ``sqlite3`` under
the rules ``Journal`` reads by (``db.journal._uri_mode``), changes nothing, and answers
``None`` when it cannot tell: no journal, an encrypted one (its pages cannot be read without
the key), a file that is not a journal, a schema it does not know.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from veerkracht.db import journal as _journal

_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Glance:
    """What the reminders need to know about one day of a journal."""

    logged: bool  # an entry (a note included) for the day
    reviewed: bool  # a weekly review completed in the 7 days up to the day
    lang: str | None  # the journal's stored language


def glance(path: Path, day: date) -> Glance | None:
    """What the journal at ``path`` holds for ``day``; ``None`` when it cannot be read plainly."""
    try:
        # Without blocking, and only a regular file: a FIFO would hold up every new shell.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode) or os.read(fd, len(_HEADER)) != _HEADER:
                return None  # a folder, a FIFO, a device; encrypted, or not a journal
        finally:
            os.close(fd)
    except OSError:  # missing, or not ours to read
        return None
    target = os.fspath(path)
    uri = f"file:{_journal._quote_uri(target)}?{_journal._uri_mode(target, read_only=True)}"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=2.0, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        logged = conn.execute("SELECT EXISTS (SELECT 1 FROM entries WHERE day = ?)",
                              (day.isoformat(),)).fetchone()[0]
        reviewed = conn.execute(
            "SELECT EXISTS (SELECT 1 FROM reviews WHERE completed_at IS NOT NULL "
            "AND substr(completed_at, 1, 10) BETWEEN ? AND ?)",
            ((day - timedelta(days=6)).isoformat(), day.isoformat()),
        ).fetchone()[0]
        lang = conn.execute("SELECT value FROM settings WHERE key = 'lang'").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return Glance(logged=bool(logged), reviewed=bool(reviewed), lang=str(lang[0]) if lang else None)
