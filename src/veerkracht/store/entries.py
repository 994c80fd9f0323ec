"""Entries: the daily check-ins, their tags, and full-text search over the journal."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from veerkracht.clock import stamp
from veerkracht.db.journal import Journal, new_id
from veerkracht.errors import VeerkrachtError

if TYPE_CHECKING:  # reading needs no pydantic; only writing builds models
    from veerkracht.domain.models import EntryIn

_COLUMNS = """e.seq, e.id, e.day, e.logged_at, e.energy, e.reflection, e.win,
    coalesce((SELECT json_group_array(tag) FROM
        (SELECT tag FROM entry_tags WHERE entry_id = e.id ORDER BY tag)), '[]') AS tags,
    e.private, e.source, e.updated_at"""


@dataclass(frozen=True)
class EntryFilter:
    """Which entries to list: a period, a tag, and how many of the latest."""

    since: date | None = None
    until: date | None = None
    tag: str | None = None
    last: int | None = None
    include_private: bool = True


def add(journal: Journal, entry: EntryIn, *, source: str = "cli") -> str:
    """Store a new entry and its tags in one transaction; return its ID."""
    entry_id = new_id()
    with journal.write():
        _insert(journal, entry_id, entry, logged_at=stamp(), source=source)
    return entry_id


def _insert(journal: Journal, entry_id: str, entry: EntryIn, *, logged_at: str, source: str) -> None:
    journal.execute(
        "INSERT INTO entries (id, day, logged_at, energy, reflection, win, private, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry_id,
            entry.day.isoformat(),
            logged_at,
            entry.energy,
            entry.reflection,
            entry.win,
            int(entry.private),
            source,
        ),
    )
    _set_tags(journal, entry_id, entry.tags)


def _set_tags(journal: Journal, entry_id: str, tags: list[str]) -> None:
    journal.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
    journal.conn.executemany(
        "INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)", [(entry_id, tag) for tag in tags]
    )


def get(journal: Journal, entry_id: str) -> dict:
    """One entry as a dict (tags a list, private a bool)."""
    rows = journal.query(f"SELECT {_COLUMNS} FROM entries e WHERE e.id = ?", (entry_id,))
    return _shape(rows[0])


def as_input(row: dict) -> EntryIn:
    """The editable fields of a stored entry, as the model that validates changes."""
    # lazy: pydantic models cost start-up, and reading commands must not load them
    from pydantic import ValidationError

    from veerkracht.domain.models import EntryIn

    values = {
        "day": date.fromisoformat(row["day"]),
        "energy": row["energy"],
        "reflection": row["reflection"],
        "win": row["win"],
        "tags": row["tags"],
        "private": row["private"],
    }
    try:
        return EntryIn(**values)
    except ValidationError:  # kept before a rule of today (a day before 1900): correctable
        return EntryIn.model_construct(**values)


def update(journal: Journal, entry_id: str, entry: EntryIn) -> None:
    """Replace an entry's editable fields and tags in one transaction.

    An entry another process deleted meanwhile (while its form was open in $EDITOR) is not
    there to update: VeerkrachtError, nothing written.
    """
    with journal.write():
        changed = journal.execute(
            "UPDATE entries SET day = ?, energy = ?, reflection = ?, win = ?, private = ?, "
            "updated_at = ? WHERE id = ?",
            (
                entry.day.isoformat(),
                entry.energy,
                entry.reflection,
                entry.win,
                int(entry.private),
                stamp(),
                entry_id,
            ),
        )
        if changed.rowcount == 0:
            raise VeerkrachtError.of("core.entry_gone")
        _set_tags(journal, entry_id, entry.tags)


def delete(journal: Journal, entry_id: str) -> None:
    """Remove an entry (its tags and index rows go with it)."""
    with journal.write():
        journal.execute("DELETE FROM entries WHERE id = ?", (entry_id,))


def listing(journal: Journal, where: EntryFilter) -> tuple[list[dict], int]:
    """Entries matching ``where``, oldest first, and how many match in all."""
    clauses, params = ["1 = 1"], []
    if where.since:
        clauses.append("e.day >= ?")
        params.append(where.since.isoformat())
    if where.until:
        clauses.append("e.day <= ?")
        params.append(where.until.isoformat())
    if where.tag:
        clauses.append("e.id IN (SELECT entry_id FROM entry_tags WHERE tag = ?)")
        params.append(where.tag)
    if not where.include_private:
        clauses.append("e.private = 0")
    condition = " AND ".join(clauses)
    total = _count(journal, where, condition, params)
    limit = f"LIMIT {int(where.last)}" if where.last else ""
    newest = ""
    if where.last and not (where.tag or where.since or where.until):
        # Only the days from the Nth newest entry's day on: a range of the day index. Without
        # it, the SQLite that SQLCipher bundles (3.51) scans and sorts every entry for the
        # latest N (30 ms at 3,000 entries, 1–2 s at 100,000); Python's own 3.40 did not. A day
        # bound or a tag already leads both to a good plan, which this would only slow down.
        newest = (f"AND e.day >= coalesce((SELECT day FROM entries e WHERE {condition} "
                  f"ORDER BY day DESC LIMIT 1 OFFSET {int(where.last) - 1}), '') ")
        params = params + params
    rows = journal.query(
        f"SELECT * FROM (SELECT {_COLUMNS} FROM entries e WHERE {condition} {newest}"
        f"ORDER BY e.day DESC, e.logged_at DESC, e.seq DESC {limit}) "
        f"ORDER BY day, logged_at, seq",
        params,
    )
    return [_shape(row) for row in rows], total


def _count(journal: Journal, where: EntryFilter, condition: str, params: list) -> int:
    """How many entries match: without a tag, from each day's count (kept by triggers, m004),
    so the count of a million entries reads a few thousand days, not every entry."""
    if where.tag:
        return int(journal.scalar(f"SELECT count(*) FROM entries e WHERE {condition}", params))
    counted = "entries" if where.include_private else "entries - private"
    days = ((where.since or date.min).isoformat(), (where.until or date.max).isoformat())
    return int(journal.scalar(
        f"SELECT coalesce(sum({counted}), 0) FROM entry_days WHERE day BETWEEN ? AND ?", days))


def on_day(journal: Journal, day: date) -> list[dict]:
    """The entries of one day, in the order they were logged."""
    rows = journal.query(
        f"SELECT {_COLUMNS} FROM entries e WHERE e.day = ? ORDER BY e.logged_at, e.seq",
        (day.isoformat(),),
    )
    return [_shape(row) for row in rows]


def recent_tags(journal: Journal, since: date, *, limit: int = 8) -> list[str]:
    """The tags most used on scored entries from ``since`` on, most used first (``log``'s hint).

    From each day's tag counts (``tag_days``, its key is the day): a month of days, not every
    tagged entry.
    """
    rows = journal.query(
        "SELECT tag FROM tag_days WHERE day >= ? GROUP BY tag ORDER BY sum(entries) DESC, tag LIMIT ?",
        (since.isoformat(), limit),
    )
    return [row["tag"] for row in rows]


# Ranking (bm25) costs a few microseconds a match: a common word in a million entries matches
# hundreds of thousands. The best matches are taken from the RANKED last written.
RANKED = 2000


def search(journal: Journal, query: str, *, limit: int = 50) -> list[dict]:
    """Full-text matches, best first, with the matching words marked by \\x02 … \\x03.

    The best of the :data:`RANKED` matches written last (every match, in a journal of a few
    years; never fewer than ``limit``).
    """
    words = fts_query(query)
    # The index's rowid grows with each record written (seq * 16 + field): the last matches
    # are cheap to find, and bounded by rowid only those are ranked.
    oldest = journal.scalar(
        "SELECT min(rowid) FROM (SELECT rowid FROM search_index WHERE search_index MATCH ? "
        "ORDER BY rowid DESC LIMIT ?)", (words, max(RANKED, limit)))
    return journal.query(
        """SELECT s.kind, s.ref AS id, s.field,
                  snippet(search_index, 0, char(2), char(3), '…', 24) AS snippet,
                  round(s.rank, 4) AS rank,
                  coalesce(e.day, substr(a.answered_at, 1, 10), r.iso_week, ri_r.iso_week) AS day,
                  e.energy AS energy,
                  coalesce(e.private, 0) AS private
           FROM search_index s
           LEFT JOIN entries e ON s.kind = 'entry' AND e.id = s.ref
           LEFT JOIN cycle_answers a ON s.kind = 'cycle_answer' AND a.id = s.ref
           LEFT JOIN reviews r ON s.kind = 'review' AND r.id = s.ref
           LEFT JOIN review_items ri ON s.kind = 'review_item' AND ri.id = s.ref
           LEFT JOIN reviews ri_r ON ri_r.id = ri.review_id
           WHERE search_index MATCH ? AND s.rowid >= ?
           ORDER BY s.rank
           LIMIT ?""",
        (words, oldest or 0, limit),
    )


def fts_query(text: str) -> str:
    """The user's words as an FTS5 query: every word must occur; ``word*`` is a prefix.

    Each word is quoted, so FTS5 operators and punctuation in user text are plain text.
    """
    terms = []
    for word in text.split():
        prefix = word.endswith("*") and len(word) > 1
        word = word.rstrip("*") if prefix else word
        if word:
            terms.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms)


def count(journal: Journal) -> int:
    return int(journal.scalar("SELECT count(*) FROM entries"))


def _shape(row: dict) -> dict:
    row = dict(row)
    row.pop("seq", None)
    row["tags"] = json.loads(row["tags"])
    row["private"] = bool(row["private"])
    return row
