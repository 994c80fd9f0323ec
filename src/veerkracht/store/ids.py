"""Record IDs for people: a short unambiguous handle, and any unambiguous prefix back."""

from __future__ import annotations

import json
from collections.abc import Iterable

from veerkracht.db.journal import Journal
from veerkracht.errors import Term, VeerkrachtError

HANDLE = 8  # the UUID's first group: short, and unique in practice


def resolve(journal: Journal, table: str, ref: str, kind_key: str) -> str:
    """The full ID in ``table`` that ``ref`` (a UUID, a prefix or a handle) names."""
    text = ref.strip().lower()
    kind = Term(kind_key)
    if not text or any(ch not in "0123456789abcdef-" for ch in text):
        raise VeerkrachtError.of("core.not_found", kind=kind, ref=ref)
    rows = journal.query(
        f'SELECT id FROM "{table}" WHERE id >= ? AND id < ? ORDER BY id LIMIT 2',
        (text, text + "g"),
    )
    if not rows:
        raise VeerkrachtError.of("core.not_found", kind=kind, ref=ref)
    if len(rows) > 1 and rows[0]["id"] != text:
        raise VeerkrachtError.of("core.ambiguous", kind=kind, ref=ref)
    return rows[0]["id"]


def handles(journal: Journal, table: str, ids: Iterable[str]) -> dict[str, str]:
    """Short handles for ``ids``: eight characters, longer where two records share them."""
    ids = list(ids)
    if not ids:
        return {}
    # Each handle is checked against its neighbours in the UNIQUE index: O(shown · log n).
    rows = journal.query(
        f"""SELECT value AS id, (
                SELECT count(*) FROM "{table}"
                WHERE id >= substr(value, 1, {HANDLE}) AND id < substr(value, 1, {HANDLE}) || 'g'
            ) AS sharing
            FROM json_each(?)""",
        (json.dumps(ids),),
    )
    return {
        row["id"]: _unique_prefix(journal, table, row["id"]) if row["sharing"] > 1 else row["id"][:HANDLE]
        for row in rows
    }


def _unique_prefix(journal: Journal, table: str, record_id: str) -> str:
    """The shortest prefix that only ``record_id`` has (its sorted neighbours decide)."""
    neighbours = journal.query(
        f'SELECT (SELECT max(id) FROM "{table}" WHERE id < ?) AS before, '
        f'(SELECT min(id) FROM "{table}" WHERE id > ?) AS after',
        (record_id, record_id),
    )[0]
    longest = 0
    for other in (neighbours["before"], neighbours["after"]):
        if other:
            shared = next((i for i, (a, b) in enumerate(zip(record_id, other)) if a != b), len(other))
            longest = max(longest, shared)
    return record_id[: max(HANDLE, longest + 1)]
