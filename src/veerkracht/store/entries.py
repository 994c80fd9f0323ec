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
    with journal.snapshot():  # the count and the rows (and the figures they are read from) agree
        return _listing(journal, where)


def _listing(journal: Journal, where: EntryFilter) -> tuple[list[dict], int]:
    clauses, params = ["1 = 1"], []
    if where.since:
        clauses.append("e.day >= ?")
        params.append(where.since.isoformat())
    if where.until:
        clauses.append("e.day <= ?")
        params.append(where.until.isoformat())
    if not where.include_private:
        clauses.append("e.private = 0")
    plain = " AND ".join(clauses)
    if where.tag:
        # Within days that hold no more entries than the tag has scored ones, each of their
        # entries is looked up by (id, tag); otherwise each of the tag's entries by its ID (1.3 s
        # at 1,000,000 entries for a tag on 275,000, where a month of days takes 10 ms the first way).
        clauses.append(_HAS_TAG if _walks_days(journal, where) else
                       "e.id IN (SELECT entry_id FROM entry_tags WHERE tag = ?)")
        params.append(where.tag)
    condition = " AND ".join(clauses)
    sums = _tag_sums(journal, where) if where.tag else (0, 0)
    total = _count(journal, where, condition, params, sums)
    limit = f"LIMIT {int(where.last)}" if where.last else ""
    newest = ""
    if where.last and where.tag:
        start = _tag_walk_start(journal, where, sums[0])
        if start is not None:
            # Newest first through the day index from that day on, each entry's tag looked up by
            # (id, tag): a few rows for a common tag, where the tag's list costs a lookup of
            # each of its entries by ID (1.7–2 s for a tag on 280,000 of 1,000,000 entries).
            # The latest N lie on or after ``start`` whenever N rows match there, whatever the
            # day figures say; fewer rows and the plain query below answers.
            rows = _latest(journal, f"{plain} AND e.day >= ? AND {_HAS_TAG}",
                           [*params[:-1], start, where.tag], "", limit)
            if len(rows) == where.last:
                return [_shape(row) for row in rows], total
    elif where.last and not (where.since or where.until):
        # Only the days from the Nth newest entry's day on: a range of the day index. Without
        # it, the SQLite that SQLCipher bundles (3.51) scans and sorts every entry for the
        # latest N (30 ms at 3,000 entries, 1–2 s at 100,000); Python's own 3.40 did not. A day
        # bound or a tag already leads both to a good plan, which this would only slow down.
        newest = (f"AND e.day >= coalesce((SELECT day FROM entries e WHERE {condition} "
                  f"ORDER BY day DESC LIMIT 1 OFFSET {int(where.last) - 1}), '') ")
        params = params + params
    rows = _latest(journal, condition, params, newest, limit)
    return [_shape(row) for row in rows], total


# A tag on fewer scored entries is listed and counted the plain way, by its entries' IDs: a few
# milliseconds, less than the quick ways' own reads of the day figures.
FEW_TAGGED = 2000
# An entry has the tag: one search of entry_tags' key (entry_id, tag).
_HAS_TAG = "EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_id = e.id AND t.tag = ?)"


def _latest(journal: Journal, condition: str, params: list, newest: str, limit: str) -> list[dict]:
    return journal.query(
        f"SELECT * FROM (SELECT {_COLUMNS} FROM entries e WHERE {condition} {newest}"
        f"ORDER BY e.day DESC, e.logged_at DESC, e.seq DESC {limit}) "
        f"ORDER BY day, logged_at, seq",
        params,
    )


def _days(where: EntryFilter, column: str = "day") -> tuple[str, list[str]]:
    """``where``'s day bounds as SQL on ``column`` (none without bounds: a day stored oddly still
    counts then, as in the entries' own query)."""
    sql, params = "", []
    if where.since:
        sql += f" AND {column} >= ?"
        params.append(where.since.isoformat())
    if where.until:
        sql += f" AND {column} <= ?"
        params.append(where.until.isoformat())
    return sql, params


def _walks_days(journal: Journal, where: EntryFilter) -> bool:
    """Whether the entries with ``where.tag`` in ``where``'s days are found by walking those days'
    entries (the day index) rather than the tag's own list: when the days hold no more entries
    than the tag has scored ones in all (both from the day figures, ``entry_days`` and
    ``tag_days``: a millisecond, where counting the tag's rows takes 27 ms at 1,000,000
    entries). Both ways find the same entries; figures that are off only choose the slower."""
    if not (where.since or where.until):
        return False
    days = ((where.since or date.min).isoformat(), (where.until or date.max).isoformat())
    # total(), not sum(): a damaged figure near 2**63 must not end the command in an overflow
    in_days = journal.scalar("SELECT total(entries) FROM entry_days WHERE day BETWEEN ? AND ?", days)
    tagged = journal.scalar("SELECT total(entries) FROM tag_days WHERE tag = ?", [where.tag])
    return bool(in_days <= tagged)


def _tag_sums(journal: Journal, where: EntryFilter) -> tuple[int, int]:
    """The scored entries with ``where.tag`` in ``where``'s days, and of them the ones not
    private, from each day's tag counts (``tag_days``, m004): a few thousand rows a tag."""
    days, params = _days(where)
    row = journal.query(
        "SELECT coalesce(sum(entries), 0) AS scored, coalesce(sum(public), 0) AS public "
        f"FROM tag_days WHERE tag = ?{days}", [where.tag, *params])[0]
    return int(row["scored"]), int(row["public"])


def _tag_walk_start(journal: Journal, where: EntryFilter, scored: int) -> str | None:
    """The day from which the day index is walked for the latest ``where.last`` entries with the
    tag, or None where the tag's own list is the shorter way.

    The day is that of the Nth newest scored entry with the tag (``tag_days``), so at least N
    match from it on; the walk is chosen only when it looks at no more entries (``entry_days``)
    than the tag has: a rare tag (fewer than FEW_TAGGED) or one not used lately keeps its list.
    """
    if scored < FEW_TAGGED:
        return None
    days, params = _days(where)
    counted = "entries" if where.include_private else "public"
    start = journal.scalar(
        f"SELECT day FROM (SELECT day, sum({counted}) OVER (ORDER BY day DESC) AS running "
        f"FROM tag_days WHERE tag = ?{days}) WHERE running >= ? LIMIT 1",
        [where.tag, *params, int(where.last or 0)])
    if start is None:
        return None
    until, bound = _days(EntryFilter(until=where.until))  # from ``start`` on, not ``since``
    walked = journal.scalar(
        f"SELECT coalesce(sum(entries), 0) FROM entry_days WHERE day >= ?{until}", [start, *bound])
    return start if walked <= scored else None


def _count(journal: Journal, where: EntryFilter, condition: str, params: list,
           sums: tuple[int, int]) -> int:
    """How many entries match: without a tag, from each day's count (kept by triggers, m004),
    so the count of a million entries reads a few thousand days, not every entry."""
    if where.tag:
        quick = _tag_count(journal, where, sums)
        if quick is not None:
            return quick
        return int(journal.scalar(f"SELECT count(*) FROM entries e WHERE {condition}", params))
    counted = "entries" if where.include_private else "entries - private"
    days = ((where.since or date.min).isoformat(), (where.until or date.max).isoformat())
    return int(journal.scalar(
        f"SELECT coalesce(sum({counted}), 0) FROM entry_days WHERE day BETWEEN ? AND ?", days))


def _tag_count(journal: Journal, where: EntryFilter, sums: tuple[int, int]) -> int | None:
    """How many entries have the tag, private ones too, in a journal without day bounds, without
    looking each up by its ID: the scored ones from each day's tag counts (``sums``,
    ``tag_days``), the notes (no energy, which ``tag_days`` leaves out) looked at one by one on
    the days ``entry_days`` says have any, and the two held to the tag's rows in ``entry_tags``
    (one range of its index).

    None (count them the plain way) without the private entries (the public share of the
    figures could not be held to anything), with day bounds, for a tag on few entries or when
    the journal holds more notes than the tag has scored entries (the plain count is then as
    quick), and whenever the figures disagree: a day with fewer entries than scored ones, the
    notes seen not the notes counted, or the tag's rows not its scored entries and notes (a tag
    of an entry that is gone, a day figure off).
    """
    scored = sums[0]
    if not where.include_private or where.since or where.until or scored < FEW_TAGGED:
        return None
    figures = journal.query(
        "SELECT coalesce(sum(entries - scored), 0) AS notes, coalesce(sum(entries < scored), 0) AS odd "
        "FROM entry_days WHERE entries != scored")[0]
    notes = int(figures["notes"])
    if figures["odd"] or notes > scored:
        return None
    found = {"seen": 0, "tagged": 0}
    if notes:
        found = journal.query(
            f"""SELECT count(*) AS seen, coalesce(sum({_HAS_TAG}), 0) AS tagged
                FROM entry_days d CROSS JOIN entries e ON e.day = d.day AND e.energy IS NULL
                WHERE d.entries > d.scored""",
            [where.tag])[0]
    if found["seen"] != notes:
        return None
    tagged = scored + int(found["tagged"])
    if journal.scalar("SELECT count(*) FROM entry_tags WHERE tag = ?", [where.tag]) != tagged:
        return None
    return tagged


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
