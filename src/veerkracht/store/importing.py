"""Merge validated records into a journal by UUID: plan first (no writes), then apply.

The plan says per table how many records are new, unchanged or updated; ``--dry-run`` shows
it and stops. A record whose ID is in the journal is replaced by the file's version. Two
records that are the same thing under different IDs (a value of the same name, the review of
the same week, the answer to the same prompt in the same cycle) are merged into the one the
journal already has, and everything that pointed at the file's ID follows.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from itertools import chain, repeat
from operator import eq, itemgetter
from typing import TYPE_CHECKING

from veerkracht.db import fts
from veerkracht.db.journal import Journal, sql_errors
from veerkracht.errors import InvalidValue
from veerkracht.store.exchange import COLUMNS

if TYPE_CHECKING:
    from veerkracht.domain.records import ExportFile

BULK = 100  # from this many written records on, the search index is filled in bulk (db.fts)
# Parents before children, so the file's order never trips a foreign key.
ORDER = ("values", "cycles", "cycle_answers", "reviews", "review_items", "value_checks",
         "actions", "connections", "entries", "briefs")
_NATURAL = {"values": ("name",), "reviews": ("iso_week",), "cycle_answers": ("cycle_id", "prompt_id")}
_FOLLOWS = ("cycle_answers", "review_items", "value_checks", "actions")  # rows that may point elsewhere
_REFERENCES = {  # column → the table whose IDs it holds
    "cycle_answers": {"cycle_id": "cycles"},
    "review_items": {"review_id": "reviews", "carried_from": "review_items"},
    "value_checks": {"value_id": "values", "cycle_id": "cycles", "review_id": "reviews"},
}


@dataclass
class Plan:
    """What an import would do: rows to write per table and the counts to show."""

    writes: dict[str, list[dict]] = field(default_factory=dict)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    settings: dict[str, str] = field(default_factory=dict)
    replaced: dict[str, list[str]] = field(default_factory=dict)  # IDs of the updated rows

    def changes(self) -> int:
        return sum(c["new"] + c["updated"] for c in self.counts.values())


def flatten(data: ExportFile) -> dict[str, list[dict]]:
    """The records of a validated ExportFile as table rows, in the journal's own types."""
    tables: dict[str, list[dict]] = {name: [] for name in ORDER}
    for entry in data.entries:
        tables["entries"].append(_row("entries", entry) | {"tags": tuple(entry.tags)})
    tables["values"] = [_row("values", value) for value in data.values]
    for cycle in data.cycles:
        tables["cycles"].append(_row("cycles", cycle))
        tables["cycle_answers"] += [_row("cycle_answers", a) for a in cycle.answers]
        tables["value_checks"] += [_row("value_checks", v) for v in cycle.value_checks]
    for review in data.reviews:
        tables["reviews"].append(_row("reviews", review))
        tables["review_items"] += [_row("review_items", i) for i in review.items]
        tables["value_checks"] += [_row("value_checks", v) for v in review.value_checks]
    tables["value_checks"] += [_row("value_checks", v) for v in data.value_checks]
    tables["actions"] = [_row("actions", action) for action in data.actions]
    tables["connections"] = [_row("connections", c) for c in data.connections]
    tables["briefs"] = [_row("briefs", brief) for brief in data.briefs]
    return tables


def _row(table: str, record: object) -> dict:
    row = {}
    for column in COLUMNS[table]:
        value = getattr(record, column)
        if isinstance(value, bool):
            value = int(value)
        elif column == "steps_done":
            value = _steps(value)
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        row[column] = value
    return row


def _steps(steps: list[str]) -> str:
    # Written as the review itself writes it (SQLite's json_insert): the same text comes back.
    return json.dumps(steps, ensure_ascii=False, separators=(",", ":"))


def plan(journal: Journal, tables: dict[str, list[dict]], settings: dict[str, str]) -> Plan:
    """Compare the file's rows with the journal's; nothing is written."""
    result = Plan()
    remap: dict[str, dict[str, str]] = {name: {} for name in ORDER}
    for table in ORDER:
        rows = tables.get(table, [])
        _unique_in_file(table, rows)
        existing, naturals = _existing(journal, table) if rows else ({}, {})  # nothing to compare
        in_file = {row["id"] for row in rows}
        compared = _compared(table, rows)
        # References are followed only once a record was merged into another (rare).
        follows = table in _FOLLOWS and any(remap.values())
        counts = {"new": 0, "unchanged": 0, "updated": 0}
        writes, replaced = [], []
        # Rows are copied only where they change (the file's own stay as they were).
        for row in rows:
            if follows:
                row = _follow(table, row, remap)
            if table == "review_items":
                row = _drop_lost_carry_over(row, existing, in_file)
            if naturals and row["id"] not in existing:
                natural = _natural_key(table, row)
                if natural in naturals:
                    remap[table][row["id"]] = naturals[natural]
                    row = {**row, "id": naturals[natural]}
            old = existing.get(row["id"])
            if old is None:
                counts["new"] += 1
                writes.append(row)
            elif old == compared(row):
                counts["unchanged"] += 1
            else:
                counts["updated"] += 1
                writes.append(row)
                replaced.append(row["id"])
        _check_references(journal, table, tables, remap)
        result.counts[table] = counts
        result.writes[table] = writes
        result.replaced[table] = replaced
    result.counts["settings"], result.settings = _plan_settings(journal, settings)
    return result


def _names(table: str) -> tuple[str, ...]:
    """The fields of a row as the plan compares them: the columns, and an entry's tags."""
    return (*COLUMNS[table], "tags") if table == "entries" else COLUMNS[table]


def _compared(table: str, rows: list[dict]) -> Callable[[dict], tuple | None]:
    """A row's values in the order of :func:`_existing`'s, for comparing with the stored ones.
    Rows with other fields than those (not of this module's making) compare unequal."""
    names = _names(table)
    fields = set(names)
    values = itemgetter(*names)
    if all(map(eq, map(dict.keys, rows), repeat(fields))):
        return values
    return lambda row: values(row) if row.keys() == fields else None


def _unique_in_file(table: str, rows: list[dict]) -> None:
    for key in (("id",), _NATURAL.get(table)):
        if key is None:
            continue
        values: list[tuple[str, ...]]
        if len(key) == 1:
            column = key[0]
            values = [(str(row[column]).lower(),) for row in rows]
        else:
            values = [tuple(str(row[k]).lower() for k in key) for row in rows]
        if len(set(values)) == len(values):
            continue
        seen: set = set()
        for value in values:  # the first one seen twice
            if value in seen:
                raise InvalidValue.of("export.duplicate", table=table, value=" / ".join(value))
            seen.add(value)


def _natural_key(table: str, row: dict) -> tuple | None:
    key = _NATURAL.get(table)
    return None if key is None else tuple(str(row[k]).lower() for k in key)


def _existing(journal: Journal, table: str) -> tuple[dict[str, tuple], dict[tuple, str]]:
    """The journal's rows of ``table`` by ID, each as a tuple of :func:`_names` (tuples: no
    dict for each of thousands of rows), and its natural keys (see ``_NATURAL``) → ID."""
    names = COLUMNS[table]
    rows = _stored(journal, table, names)
    if table == "entries":
        # Every entry's tags in one read (in order), not a subquery for each entry.
        tags: dict[str, list] = {}
        for entry_id, tag in _stored(journal, "entry_tags", ("entry_id", "tag"), "ORDER BY entry_id, tag"):
            tags.setdefault(entry_id, []).append(tag)
        rows = [(*row, tuple(tags.get(row[0], ()))) for row in rows]
    elif table == "reviews":  # compare the list, not how it was spelled
        at = names.index("steps_done")
        rows = [(*row[:at], _steps(json.loads(row[at] or "[]")), *row[at + 1:]) for row in rows]
    natural: dict[tuple, str] = {}
    if table in _NATURAL:
        places = [names.index(name) for name in _NATURAL[table]]
        natural = {tuple(str(row[place]).lower() for place in places): row[0] for row in rows}
    return {row[0]: row for row in rows}, natural


def _stored(journal: Journal, table: str, columns: tuple[str, ...], order: str = "") -> list[tuple]:
    """The ``columns`` of every row of ``table``, as the rest of veerkracht reads them.

    Read as SQLite stores them first (``+column`` has no declared type, so no converter runs,
    and the plain ``str`` text factory): no Python call per cell, a third of the time of the
    plan on a ten-year journal. A table holding bytes where text belongs or text that is not
    UTF-8 (a damaged journal) is read again through the journal's converters
    (``db.journal.stored_text``), so the plan compares what every other command would see.
    """
    conn = journal.conn
    quoted = [f'"{column}"' for column in columns]
    factory = conn.text_factory
    conn.text_factory = str
    try:
        rows: list[tuple] | None = conn.execute(
            f'SELECT {", ".join("+" + column for column in quoted)} FROM "{table}" {order}'
        ).fetchall()
    except sql_errors("OperationalError"):  # text that is not UTF-8, or anything else: see below
        rows = None
    finally:
        conn.text_factory = factory
    if rows is None or bytes in set(map(type, chain.from_iterable(rows))):
        careful = journal.query(f'SELECT {", ".join(quoted)} FROM "{table}" {order}')
        rows = [tuple(row.values()) for row in careful]
    return rows


def _follow(table: str, row: dict, remap: dict) -> dict:
    """Point references at the journal's own IDs where records were merged (a copy, then)."""
    changed = {}
    for column, target in _REFERENCES.get(table, {}).items():
        if row.get(column) in remap[target]:
            changed[column] = remap[target][row[column]]
    if table == "actions" and row.get("origin_id"):
        origin = row["origin_id"]
        for target in ("cycles", "reviews"):
            origin = remap[target].get(origin, origin)
        if origin != row["origin_id"]:
            changed["origin_id"] = origin
    return {**row, **changed} if changed else row


def _check_references(journal: Journal, table: str, tables: dict, remap: dict) -> None:
    """A value check must name a value the file or the journal holds."""
    if table != "value_checks":
        return
    known = {r["id"] for r in tables["values"]} | set(remap["values"].values())
    for row in tables[table]:
        value_id = remap["values"].get(row["value_id"], row["value_id"])
        if value_id not in known and journal.scalar(
            'SELECT 1 FROM "values" WHERE id = ?', (value_id,)
        ) is None:
            raise InvalidValue.of("export.dangling", what=row["id"], ref=value_id)


def _plan_settings(journal: Journal, settings: dict[str, str]) -> tuple[dict[str, int], dict]:
    current = journal.settings()
    counts = {"new": 0, "unchanged": 0, "updated": 0}
    writes = {}
    for key, value in settings.items():
        kind = "new" if key not in current else ("unchanged" if current[key] == value else "updated")
        counts[kind] += 1
        if kind != "unchanged":
            writes[key] = value
    return counts, writes


@contextmanager
def transaction(journal: Journal) -> Iterator[Journal]:
    """The one transaction an import is planned and written in, without SQLite checking the
    references of each row as it goes in: :func:`apply` checks all of them once, at the end
    (``PRAGMA foreign_key_check``), and undoes everything if one is broken. An import writes
    no row whose removal or change of ID another row follows (``ON DELETE``, ``ON UPDATE``),
    so nothing else changes. About a tenth less time for writing a ten-year export.

    Inside a transaction already, it joins it (SQLite takes the setting only outside one).
    """
    if journal.conn.in_transaction:
        with journal.write():
            yield journal
        return
    journal.execute("PRAGMA foreign_keys = OFF")
    try:
        with journal.write():
            yield journal
    finally:
        journal.execute("PRAGMA foreign_keys = ON")


def apply(journal: Journal, planned: Plan) -> None:
    """Write the plan in one transaction; any broken reference undoes all of it."""
    written = {table: [row["id"] for row in rows] for table, rows in planned.writes.items()}
    bulk = planned.changes() >= BULK
    # A larger page cache for this connection while thousands of rows go in (64 MiB at most,
    # only as much as is used); the journal's own setting comes back after.
    cache = journal.scalar("PRAGMA cache_size")
    if bulk:
        journal.execute("PRAGMA cache_size = -65536")
    try:
        with journal.write():
            # Checked once at the end, so the order of records in the file does not matter.
            journal.execute("PRAGMA defer_foreign_keys = ON")
            # The search index is filled once for all the written rows, not by a trigger a row.
            # So are the entries' day figures and tag lists (see _entries_aside).
            entries = written.get("entries") if bulk else None
            with (fts.bulk(journal.conn, written, planned.replaced) if bulk else nullcontext(),
                  _entries_aside(journal, entries, planned.replaced.get("entries", []))
                  if entries else nullcontext()):
                for table in ORDER:
                    _write(journal, table, planned.writes.get(table, []))
            journal.conn.executemany(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                list(planned.settings.items()),
            )
            problems = journal.query("PRAGMA foreign_key_check")
            if problems:
                raise InvalidValue.of("export.broken_reference", table=problems[0]["table"])
    except sql_errors("IntegrityError") as error:  # stdlib's or SQLCipher's
        raise InvalidValue.of("export.conflict", reason=error) from None
    finally:
        journal.execute(f"PRAGMA cache_size = {int(cache)}")


# The triggers that keep ``entry_days``, ``tag_days`` (db.migrations m004) and each entry's
# ``tag_list`` (m006) in step with entries and their tags, a row at a time. A bulk import sets
# them aside and computes the same figures once, for the days and entries it touched.
ENTRY_TRIGGERS = frozenset({
    "entries_entry_days_ai", "entries_entry_days_ad", "entries_entry_days_au",
    "entries_tag_days_au", "entries_tag_days_bd", "entries_tags_ad",
    "entry_tags_tag_days_ai", "entry_tags_tag_days_ad", "entry_tags_tag_days_au",
    "entry_tags_tag_list_ai", "entry_tags_tag_list_ad", "entry_tags_tag_list_au",
})
# The SHA-256 of their SQL as the migrations write it (``_digest``): a trigger changed under its
# old name keeps the journal on its triggers until _entries_aside computes what it computes.
ENTRY_TRIGGERS_SQL = "83b643284686c6a81df9029008aee24ff5c58b7faadbe8f182ffde9028f34cea"
_DAYS = "temp.veerkracht_import_days"


def _digest(triggers: list[tuple[str, str]]) -> str:
    import hashlib

    text = "\n".join(sql for _, sql in sorted(triggers))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
_IDS = "SELECT value FROM json_each(?)"


@contextmanager
def _entries_aside(journal: Journal, written: list[str], replaced: list[str]) -> Iterator[None]:
    """Inside the import's transaction: the triggers of ``ENTRY_TRIGGERS`` set aside while the
    body writes the entries ``written`` (``replaced``: those of them the journal had), then
    the figures of every day those entries were on, before or after, and their tag lists
    computed as the triggers would have left them (``tests/test_import_speed.py`` compares the
    two), the triggers back. A journal whose triggers on entries are not exactly these keeps
    them: each row is then counted by its triggers, as anywhere else.

    The triggers cost a fifth of writing a ten-year export, the sums once a few milliseconds.
    A failure inside leaves the triggers dropped in a transaction that the caller rolls back.
    """
    conn = journal.conn
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND tbl_name IN ('entries', 'entry_tags') AND sql NOT LIKE '%search_index%'"
    ).fetchall()
    if {name for name, _ in triggers} != ENTRY_TRIGGERS or _digest(triggers) != ENTRY_TRIGGERS_SQL:
        yield
        return
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute(f"DROP TABLE IF EXISTS {_DAYS}")
    conn.execute(f"CREATE TABLE {_DAYS} (day PRIMARY KEY) WITHOUT ROWID")
    # The days the replaced entries were on: after the write, they may be on others.
    conn.execute(f"INSERT OR IGNORE INTO {_DAYS} SELECT day FROM entries WHERE id IN ({_IDS})",
                 (json.dumps(replaced),))
    yield
    ids = json.dumps(written)
    # Every entry the journal holds was written (an import into a journal without entries, or
    # one that rewrote each of them): the days and tag lists of all of them, read in one pass
    # instead of each entry looked up by its ID.
    every = fts.holds_only(conn, "entries", written)
    chosen = "" if every else f" WHERE id IN ({_IDS})"
    conn.execute(f"INSERT OR IGNORE INTO {_DAYS} SELECT day FROM entries{chosen}", () if every else (ids,))
    days = f"(SELECT day FROM {_DAYS})"
    conn.execute(f"DELETE FROM entry_days WHERE day IN {days}")
    conn.execute(
        "INSERT INTO entry_days (day, entries, private, scored, total, public_scored, public_total) "
        "SELECT day, count(*), coalesce(sum(private = 1), 0), count(energy), coalesce(sum(energy), 0), "
        "coalesce(sum(energy IS NOT NULL AND private = 0), 0), "
        "coalesce(sum(CASE WHEN private = 0 THEN energy END), 0) "
        f"FROM entries WHERE day IN {days} GROUP BY day"
    )
    conn.execute(f"DELETE FROM tag_days WHERE day IN {days}")
    conn.execute(
        "INSERT INTO tag_days (day, tag, entries, public) "
        "SELECT e.day, t.tag, count(*), coalesce(sum(e.private = 0), 0) "
        "FROM entries e JOIN entry_tags t ON t.entry_id = e.id "
        f"WHERE e.energy IS NOT NULL AND e.day IN {days} GROUP BY e.day, t.tag"
    )
    conn.execute(
        "UPDATE entries SET tag_list = (SELECT json_group_array("
        "CASE typeof(tag) WHEN 'blob' THEN CAST(tag AS TEXT) ELSE tag END) "
        f"FROM (SELECT tag FROM entry_tags WHERE entry_id = entries.id ORDER BY tag)){chosen}",
        () if every else (ids,)
    )
    conn.execute(f"DROP TABLE {_DAYS}")
    for _, sql in triggers:
        conn.execute(sql)


def _write(journal: Journal, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    columns = COLUMNS[table]
    names = ", ".join(f'"{c}"' for c in columns)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
    values = itemgetter(*columns)  # a tuple of them, as the statement takes it
    _insert(journal, f'INSERT INTO "{table}" ({names})', len(columns), list(map(values, rows)),
            f"ON CONFLICT(id) DO UPDATE SET {updates}")
    if table == "entries":
        # The file's tags replace the journal's: one statement for all the entries written
        # (none in a journal without tags, such as a new one).
        if journal.conn.execute("SELECT 1 FROM entry_tags LIMIT 1").fetchone():
            journal.conn.execute(f"DELETE FROM entry_tags WHERE entry_id IN ({_IDS})",
                                 (json.dumps([row["id"] for row in rows]),))
        _insert(journal, "INSERT INTO entry_tags (entry_id, tag)", 2,
                [(row["id"], tag) for row in rows for tag in row["tags"]])


# The fewest ``?`` a statement may hold in any SQLite (SQLITE_MAX_VARIABLE_NUMBER before 3.32).
_VARIABLES = 999


def _insert(journal: Journal, head: str, width: int, rows: list[tuple], tail: str = "") -> None:
    """``head VALUES (…), (…), … tail`` for ``rows`` (each ``width`` values), as many rows a
    statement as its ``?`` allow: like ``executemany``, a row after another.

    SQLite builds the list of a ``CHECK (x IN (…))`` of three or more values once for each
    run of a statement: once a row with ``executemany``, once for 76 review items (13 values
    each) or 499 tags here. That is a third less time for the review items of a ten-year import.
    """
    per = max(1, _VARIABLES // width)
    row = f"({', '.join('?' * width)})"
    for start in range(0, len(rows), per):
        chunk = rows[start:start + per]
        journal.conn.execute(f"{head} VALUES {', '.join([row] * len(chunk))} {tail}",
                             list(chain.from_iterable(chunk)))


def _drop_lost_carry_over(row: dict, existing: dict, in_file: set[str]) -> dict:
    # An export of a period may hold an item carried over from a week it left out; the
    # item itself is kept, without the link to a record this journal never had.
    # ``in_file``: the IDs of the file's items, a set, so the check is linear in the items.
    source = row.get("carried_from")
    if source and source not in existing and source not in in_file:
        return {**row, "carried_from": None}
    return row
