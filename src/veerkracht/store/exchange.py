"""The whole journal as plain records (for the JSON and CSV exports) and back (import).

Records are read with SQL that already shapes them (tags, nested answers and items as JSON
arrays built by SQLite), so a ten-year export does no per-row work in Python beyond decoding.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import chain, islice
from operator import itemgetter

from veerkracht.db.journal import Journal, sql_errors, stored_text
from veerkracht.domain.period import Period

# Columns of each table as they travel, in the order of the file. ``seq`` is local to one
# journal and never travels. Booleans travel as JSON true/false.
COLUMNS: dict[str, tuple[str, ...]] = {
    "entries": ("id", "day", "logged_at", "energy", "reflection", "win", "private", "source",
                "updated_at"),
    "values": ("id", "name", "scope", "why", "created_at", "retired_at"),
    "cycles": ("id", "started_at", "completed_at", "status", "lang", "plan"),
    "cycle_answers": ("id", "cycle_id", "phase", "pillar", "prompt_id", "text", "score",
                      "answered_at"),
    "value_checks": ("id", "value_id", "cycle_id", "review_id", "alignment", "note",
                     "checked_at"),
    "actions": ("id", "text", "due", "status", "origin", "origin_id", "created_at", "closed_at",
                "outcome", "outcome_note"),
    "connections": ("id", "day", "who", "kind", "care", "challenge", "note", "logged_at"),
    "reviews": ("id", "iso_week", "started_at", "completed_at", "share_do", "share_schedule",
                "share_delegate", "share_drop", "headline", "reflection", "coach_question",
                "recovery_habit", "win", "care_challenge", "lang", "steps_done"),
    "review_items": ("id", "review_id", "title", "urgent", "important", "decision",
                     "delegate_to", "note", "carried_from", "stop", "stop_kind", "status",
                     "created_at"),
    "briefs": ("id", "made_at", "since", "until"),
}
BOOLEANS = {"private", "care", "challenge", "urgent", "important", "stop"}


def _object(table: str, alias: str, *, as_stored: bool = False, extra: str = "") -> str:
    """``json_object(...)`` of a row, booleans as JSON true/false, then ``extra`` pairs.

    ``as_stored``: each value as SQLite holds it, without the check for bytes where text
    belongs (:func:`_as_text`) — twice as fast, and an error on a damaged row, which the
    caller then reads again the careful way (:func:`_entries`).
    """
    parts = []
    for column in COLUMNS[table]:
        value = f'{alias}."{column}"'
        if column in BOOLEANS:
            value = f"CASE WHEN {value} IS NULL THEN NULL WHEN {value} THEN json('true') ELSE json('false') END"
        elif column == "steps_done":
            value = f"json(coalesce({value}, '[]'))"
        elif not as_stored:
            value = _as_text(value)
        parts.append(f"'{column}', {value}")
    return f"json_object({', '.join(parts + ([extra] if extra else []))})"


def _as_text(value: str) -> str:
    """``value``, with bytes stored where text belongs read as text (JSON holds no BLOB):
    a damaged record is exported as well as it can be, and doctor names it."""
    return f"CASE typeof({value}) WHEN 'blob' THEN CAST({value} AS TEXT) ELSE {value} END"


def _children(table: str, alias: str, where: str) -> str:
    return (
        f"(SELECT coalesce(json_group_array(json(obj)), '[]') FROM "
        f"(SELECT {_object(table, alias)} AS obj FROM {table} {alias} WHERE {where} "
        f"ORDER BY {alias}.seq))"
    )


def dump(journal: Journal, period: Period, *, include_private: bool) -> dict[str, object]:
    """Every record of the period, nested as the JSON export holds them."""
    raw = dump_json(journal, period, include_private=include_private)
    return {key: [json.loads(record) for record in records] if isinstance(records, list) else records
            for key, records in raw.items()}


# The SQL of each list in the file; ``?``/``?`` are the period's first and last day.
# Entries in the order of the file (which makes "after the first N" a place to go on from).
# The fast read takes the tags from the entry's own ``tag_list`` (m006).
_ENTRIES_FAST = f"""SELECT {_object('entries', 'e', as_stored=True, extra="'tags', json(e.tag_list)")}
    FROM entries e WHERE e.day BETWEEN ? AND ? {{private}} ORDER BY e.day, e.logged_at, e.seq"""
_ENTRIES = f"""SELECT json_insert({_object('entries', 'e')}, '$.tags',
        json((SELECT coalesce(json_group_array({_as_text('tag')}), '[]') FROM
              (SELECT tag FROM entry_tags WHERE entry_id = e.id ORDER BY tag))))
    FROM entries e WHERE e.day BETWEEN ? AND ? {{private}} ORDER BY e.day, e.logged_at, e.seq
    LIMIT -1 OFFSET ?"""
_CYCLES = f"""SELECT json_insert(json_insert({_object('cycles', 'c')},
        '$.answers', json({_children('cycle_answers', 'a', 'a.cycle_id = c.id')})),
        '$.value_checks', json({_children('value_checks', 'v', 'v.cycle_id = c.id')}))
    FROM cycles c WHERE substr(c.started_at, 1, 10) BETWEEN ? AND ? ORDER BY c.seq"""
_REVIEWS = f"""SELECT r.iso_week, json_insert(json_insert({_object('reviews', 'r')},
        '$.items', json({_children('review_items', 'i', 'i.review_id = r.id')})),
        '$.value_checks', json({_children('value_checks', 'v',
            'v.review_id = r.id AND v.cycle_id IS NULL')}))
    FROM reviews r ORDER BY r.iso_week"""
_VALUES = f'SELECT {_object("values", "v")} FROM "values" v ORDER BY v.seq'
_ACTIONS = (f"SELECT {_object('actions', 'a')} FROM actions a "
            "WHERE substr(a.created_at, 1, 10) BETWEEN ? AND ? ORDER BY a.seq")
_CONNECTIONS = (f"SELECT {_object('connections', 'c')} FROM connections c "
                "WHERE c.day BETWEEN ? AND ? ORDER BY c.day, c.seq")
_BRIEFS = (f"SELECT {_object('briefs', 'b')} FROM briefs b "
           "WHERE substr(b.made_at, 1, 10) BETWEEN ? AND ? ORDER BY b.made_at, b.seq")
# Value checks of neither a cycle nor a review travel on their own.
_LOOSE_CHECKS = (f"SELECT {_object('value_checks', 'v')} FROM value_checks v "
                 "WHERE v.cycle_id IS NULL AND v.review_id IS NULL "
                 "AND substr(v.checked_at, 1, 10) BETWEEN ? AND ? ORDER BY v.seq")


def dump_json(journal: Journal, period: Period, *, include_private: bool) -> dict[str, object]:
    """Like :func:`dump`, with each record as the JSON text SQLite built (no Python per row)."""
    return {key: value if isinstance(value, dict) else list(_one_by_one(value))
            for key, value in records(journal, period, include_private=include_private)}


def _one_by_one(pieces: Iterator[str]) -> Iterator[str]:
    """Records from pieces of one or more records joined by ``,\n`` (compact JSON holds no
    line break of its own: one inside a string is written ``\n``)."""
    for piece in pieces:
        yield from piece.split(",\n")


def records(journal: Journal, period: Period, *,
            include_private: bool) -> Iterator[tuple[str, Iterator[str] | dict[str, str]]]:
    """The lists of the JSON export in the file's order, each as its records' JSON text read
    from a cursor as it is taken (so an export of any size never sits in memory), and the
    settings as a dict. Take each list whole before the next. An item is one record, or (the
    entries) a batch of records joined by ``,\n``, as the file holds them."""
    days = period.bounds()
    private = "" if include_private else "AND e.private = 0"
    yield "entries", _entries(journal, days, private)
    yield "values", _stream(journal, _VALUES)
    yield "cycles", _stream(journal, _CYCLES, days)
    yield "actions", _stream(journal, _ACTIONS, days)
    yield "connections", _stream(journal, _CONNECTIONS, days)
    reviews = journal.conn.execute(_REVIEWS)
    yield "reviews", (record for week, record in reviews if _week_in(week, period))
    yield "value_checks", _stream(journal, _LOOSE_CHECKS, days)
    yield "briefs", _stream(journal, _BRIEFS, days)
    yield "settings", journal.settings()


BATCH = 2000  # rows fetched from SQLite at a time while streaming


def _entries(journal: Journal, days: tuple[str, str], private: str) -> Iterator[str]:
    """The entries' JSON, a batch of records (joined by ``,\n``) at a time.

    Read as stored (``_ENTRIES_FAST``) and decoded a batch at a time rather than a record at
    a time; from a row SQLite cannot write as JSON as it is (bytes where text belongs, a
    damaged tag list) on, read again the careful way, after the rows already given.
    """
    given = 0
    conn = journal.conn
    try:
        # inside: SQLite may build the first day's records (or all of them) to sort them before
        # it hands back the first, so a damaged one can fail here already
        cursor = conn.execute(_ENTRIES_FAST.format(private=private), days)
        while True:
            conn.text_factory = bytes  # the batch is decoded whole below, as stored_text would
            try:
                batch = cursor.fetchmany(BATCH)
            finally:
                conn.text_factory = stored_text
            if not batch:
                return
            yield stored_text(_joined(batch))
            given += len(batch)
    except sql_errors("OperationalError"):
        pass
    cursor = conn.execute(_ENTRIES.format(private=private), (*days, given))
    while batch := cursor.fetchmany(BATCH):
        yield ",\n".join(row[0] for row in batch)


def _joined(batch: list[tuple]) -> bytes:
    """The records of a batch read as bytes, joined by ``,\n``.

    SQLCipher's driver reads a row ahead, under the factory of the fetch before: the first
    row may come as text already. The rest are joined without a Python call per row.
    """
    first = batch[0][0]
    rest = map(itemgetter(0), islice(batch, 1, None))
    try:
        return b",\n".join(chain((first if isinstance(first, bytes) else first.encode(),), rest))
    except TypeError:  # another row as text after all
        return b",\n".join(row[0] if isinstance(row[0], bytes) else row[0].encode() for row in batch)


def _stream(journal: Journal, sql: str, params: tuple = ()) -> Iterator[str]:
    cursor = journal.conn.execute(sql, params)
    while batch := cursor.fetchmany(BATCH):
        for row in batch:
            yield row[0]


def _week_in(iso_week: str, period: Period) -> bool:
    return period.overlaps(Period.labelled(iso_week))


def private_count(journal: Journal, period: Period) -> int:
    """How many private entries the period holds."""
    low, high = period.bounds()
    return int(
        journal.scalar("SELECT coalesce(sum(private), 0) FROM entry_days WHERE day BETWEEN ? AND ?",
                       (low, high))
    )


def entry_rows(journal: Journal, period: Period, *, include_private: bool) -> Iterator[list[tuple]]:
    """The entries as flat rows for CSV (tags joined by spaces), a batch at a time."""
    low, high = period.bounds()
    private = "" if include_private else "AND e.private = 0"
    cursor = journal.conn.execute(
        f"""SELECT e.id, e.day, e.logged_at, e.energy, e.reflection, e.win, e.tag_list,
                   e.private, e.source, e.updated_at
            FROM entries e WHERE e.day BETWEEN ? AND ? {private}
            ORDER BY e.day, e.logged_at, e.seq""",
        (low, high),
    )
    while batch := cursor.fetchmany(BATCH):
        yield [(*row[:6], _spaced(journal, row[0], row[6]), *row[7:]) for row in batch]


def _spaced(journal: Journal, entry_id: str, tag_list: str) -> str:
    """An entry's tags separated by spaces, from its ``tag_list`` (m006), or from ``entry_tags``
    where the list is damaged."""
    if tag_list == "[]":
        return ""
    try:
        return " ".join(json.loads(tag_list))
    except (ValueError, TypeError):
        return str(journal.scalar(
            "SELECT coalesce(group_concat(tag, ' '), '') FROM "
            "(SELECT tag FROM entry_tags WHERE entry_id = ? ORDER BY tag)", (entry_id,)))
