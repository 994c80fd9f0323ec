"""What doctor reports about a journal file: schema, counts, integrity, file modes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from veerkracht.db.journal import KNOWN_MIGRATIONS, Journal, stored_text
from veerkracht.store.ids import handles

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
# Where a table's rows are named for people: (the table whose handles they get, the key).
_NAMED_BY = {"settings": ("settings", "key"), "entry_tags": ("entries", "entry_id")}


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
        # the SQLite running this journal (SQLCipher's own for an encrypted one); asking it
        # spares `report` on an encrypted journal the stdlib's driver (~1.5 ms)
        "sqlite_version": journal.scalar("SELECT sqlite_version()"),
        "journal_mode": journal.scalar("PRAGMA journal_mode"),
        "migrations": {"applied": applied, "known": list(KNOWN_MIGRATIONS)},
        "integrity": integrity,
        "counts": counts,
        "file_mode": _mode(journal.path) if journal.exists else None,
        "folder_mode": _mode(journal.path.parent) if journal.path.parent.exists() else None,
        "damaged_text": damaged_text(journal),
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
    if facts["damaged_text"]:
        problems.append("damaged_text")
    return problems


def damaged_text(journal: Journal) -> list[dict]:
    """The records holding bytes that are not UTF-8 where text belongs: each as its table,
    its ID, the handle people type and the damaged columns.

    Reading never fails on them (``stored_text`` shows U+FFFD), so without this nobody would
    know which records lost characters. Every TEXT column of every table is read as bytes.
    """
    found: dict[tuple[str, str], list[str]] = {}
    for table in (*TABLES, "entry_tags"):
        owner, key = _NAMED_BY.get(table, (table, "id"))
        columns = [row["name"] for row in journal.query(f'PRAGMA table_info("{table}")')
                   if row["type"].upper() == "TEXT"]
        raw = ", ".join(f'CAST("{column}" AS BLOB)' for column in columns)
        for record, *values in journal.conn.execute(f'SELECT CAST("{key}" AS BLOB), {raw} FROM "{table}"'):
            bad = [column for column, value in zip(columns, values) if value is not None and not _utf8(value)]
            if bad:
                found.setdefault((owner, stored_text(record)), []).extend(bad)
    shown = {table: handles(journal, table, [i for t, i in found if t == table])
             for table in {table for table, _ in found} - {"settings"}}
    return [{"table": table, "id": record, "handle": shown.get(table, {}).get(record, record),
             "columns": columns} for (table, record), columns in found.items()]


def damaged_shown(journal: Journal, shown: str) -> int:
    """How many damaged records the journal holds, when ``shown`` (what a command is about to
    show or write) holds U+FFFD; 0 otherwise, without reading the journal again."""
    return len(damaged_text(journal)) if "\ufffd" in shown else 0


def _utf8(raw: bytes) -> bool:
    if raw.isascii():  # nearly all of a journal: no decoding needed
        return True
    try:
        raw.decode()
    except UnicodeDecodeError:
        return False
    return True
