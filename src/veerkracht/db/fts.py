"""The full-text index ``search_index``: what it holds, and indexing many rows at once.

Triggers (``db.migrations``) keep it in step with every write, one row at a time. An import of
thousands of records is many times faster when those triggers are set aside for its
transaction and the written rows are indexed with one statement per field (:func:`bulk`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

# Searchable text lives in one FTS5 table. Its rowid is ``seq * 16 + field code`` of the
# row it indexes, so a trigger can replace or delete exactly that row without a scan.
FIELD_CODES = {
    "entry.reflection": 1,
    "entry.win": 2,
    "cycle_answer.text": 3,
    "review.headline": 4,
    "review.reflection": 5,
    "review.coach_question": 6,
    "review_item.title": 7,
    "review_item.note": 8,
}
TABLES = {"entry": "entries", "cycle_answer": "cycle_answers", "review": "reviews",
          "review_item": "review_items"}


@contextmanager
def bulk(conn: sqlite3.Connection, written: dict[str, list[str]],
         replaced: dict[str, list[str]] | None = None) -> Iterator[None]:
    """Inside one transaction: the index triggers set aside while the body writes, then the
    rows named in ``written`` (table → IDs, filled by the body) indexed anew, the triggers back.

    ``replaced``: the IDs among them that were in the journal before (their old text leaves
    the index first); ``None``: any of them may have been. A failure inside leaves the
    triggers dropped in a transaction that the caller rolls back, which brings them back as
    they were.
    """
    if not conn.in_transaction:
        raise RuntimeError("fts.bulk needs a transaction")
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%search_index%'"
    ).fetchall()
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    yield
    old = written if replaced is None else replaced
    whole = {table for table in set(TABLES.values())
             if written.get(table) and holds_only(conn, table, written[table])}
    selects, listed = [], []
    for key, code in FIELD_CODES.items():
        kind, field = key.split(".")
        table = TABLES[kind]
        rows = f'SELECT seq, id, "{field}" AS body FROM "{table}" WHERE id IN (SELECT value FROM json_each(?))'
        if old.get(table):
            conn.execute(f"DELETE FROM search_index WHERE rowid IN (SELECT seq * 16 + {code} FROM ({rows}))",
                         (json.dumps(old[table]),))
        if table in whole:  # every row of the table: no list of IDs to look each one up by
            selects.append(f"SELECT seq * 16 + {code} AS at, \"{field}\" AS body, '{kind}' AS kind, "
                           f"id AS ref, '{field}' AS field FROM \"{table}\" WHERE coalesce(\"{field}\", '') != ''")
        elif written.get(table):
            selects.append(f"SELECT seq * 16 + {code} AS at, body, '{kind}' AS kind, id AS ref, "
                           f"'{field}' AS field FROM ({rows}) WHERE coalesce(body, '') != ''")
            listed.append(json.dumps(written[table]))
    if selects:
        # One statement, in the order of the rowids: FTS5 then adds to its index as it goes,
        # instead of writing out what it holds each time a rowid comes lower than the last
        # (a third less time than a statement per field, for a ten-year import).
        conn.execute("INSERT INTO search_index (rowid, body, kind, ref, field) "
                     f"SELECT * FROM ({' UNION ALL '.join(selects)}) ORDER BY at", listed)
    for _, sql in triggers:
        conn.execute(sql)


def holds_only(conn: sqlite3.Connection, table: str, ids: list[str]) -> bool:
    """Whether ``table`` holds no row but those with the IDs ``ids``, where every one of ``ids``
    is in the table (the caller's part: IDs of rows just written): true for an import into a
    journal that had none of that table's rows, or one that wrote every row it had.

    Then the written rows are all the rows, read in one pass instead of each looked up by its
    ID (a third of the bulk index statement of a ten-year import into an empty journal). The
    count stops one row past ``ids``, so a large table costs no more than the rows written.
    """
    distinct = len(set(ids))
    counted = conn.execute(f'SELECT count(*) FROM (SELECT 1 FROM "{table}" LIMIT ?)', (distinct + 1,))
    return bool(counted.fetchone()[0] == distinct)
