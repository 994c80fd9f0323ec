"""What doctor reports about a journal file: schema, counts, integrity, file modes."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from veerkracht.db.journal import KNOWN_MIGRATIONS, Journal

TABLES = (
    "entries",
    "values",
    "cycles",
    "cycle_answers",
    "value_checks",
    "actions",
    "connections",
    "reviews",
    "review_items",
    "settings",
)


def check(journal: Journal) -> dict:
    """Facts about an open journal; ``problems`` lists what needs the user's attention."""
    applied = journal.applied_migrations()
    integrity = [row[0] for row in journal.conn.execute("PRAGMA integrity_check").fetchall()]
    counts = {
        table: int(journal.scalar(f'SELECT count(*) FROM "{table}"')) for table in TABLES
    }
    facts = {
        "path": str(journal.path),
        "exists": journal.exists,
        "size": journal.path.stat().st_size if journal.exists else 0,
        "sqlite_version": sqlite3.sqlite_version,
        "journal_mode": journal.scalar("PRAGMA journal_mode"),
        "migrations": {"applied": applied, "known": list(KNOWN_MIGRATIONS)},
        "integrity": integrity,
        "counts": counts,
        "file_mode": _mode(journal.path) if journal.exists else None,
        "folder_mode": _mode(journal.path.parent) if journal.path.parent.exists() else None,
    }
    facts["problems"] = _problems(facts)
    return facts


def _mode(path: Path) -> str:
    return oct(stat.S_IMODE(os.stat(path).st_mode))[2:].zfill(4)


def loose(mode: str | None) -> bool:
    """Whether a mode lets the group or others in."""
    return mode is not None and int(mode, 8) & 0o077 != 0


def _problems(facts: dict) -> list[str]:
    problems = []
    if facts["integrity"] != ["ok"]:
        problems.append("integrity")
    if loose(facts["file_mode"]):
        problems.append("file_mode")
    if loose(facts["folder_mode"]) and facts["exists"]:
        problems.append("folder_mode")
    return problems
