"""Core values: personal and organisational, kept with why they matter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from veerkracht.clock import stamp
from veerkracht.db.journal import Journal, new_id
from veerkracht.errors import VeerkrachtError

if TYPE_CHECKING:
    from veerkracht.domain.models import ValueIn

_COLUMNS = 'id, name, scope, why, retired_at, created_at FROM "values"'


def add(journal: Journal, value: ValueIn) -> tuple[str, str, str]:
    """Store ``value``, or bring back a retired one of that name; return (id, what, name).

    What happened is ``added``, ``restored`` (it was retired) or ``exists`` (already active,
    left as it was); ``name`` is the name as stored.
    """
    with journal.write():
        rows = journal.query(f"SELECT {_COLUMNS} WHERE name = ? COLLATE NOCASE", (value.name,))
        if not rows:
            value_id = new_id()
            journal.execute(
                'INSERT INTO "values" (id, name, scope, why, created_at) VALUES (?, ?, ?, ?, ?)',
                (value_id, value.name, value.scope, value.why, stamp()),
            )
            return value_id, "added", value.name
        row = rows[0]
        if row["retired_at"] is None:
            return row["id"], "exists", row["name"]
        journal.execute(
            'UPDATE "values" SET retired_at = NULL, scope = ?, why = coalesce(?, why) WHERE id = ?',
            (value.scope, value.why, row["id"]),
        )
        return row["id"], "restored", row["name"]


def listing(journal: Journal, *, include_retired: bool = False) -> list[dict]:
    """Values, active ones first, each group in the order they were added."""
    where = "" if include_retired else "WHERE retired_at IS NULL"
    return journal.query(
        f"SELECT {_COLUMNS} {where} ORDER BY retired_at IS NOT NULL, created_at, seq"
    )


def active(journal: Journal) -> list[dict]:
    """The values a cycle checks against, in the order they were added."""
    return listing(journal)


def retire(journal: Journal, name: str) -> dict:
    """Retire the value called ``name`` (any case); return it. Unknown names are an error."""
    with journal.write():
        rows = journal.query(f"SELECT {_COLUMNS} WHERE name = ? COLLATE NOCASE", (name.strip(),))
        if not rows:
            raise VeerkrachtError.of("cycle.value_unknown", name=name)
        row = rows[0]
        if row["retired_at"] is None:
            row["retired_at"] = stamp()
            journal.execute(
                'UPDATE "values" SET retired_at = ? WHERE id = ?', (row["retired_at"], row["id"])
            )
            row["was_active"] = True
        else:
            row["was_active"] = False
        return row
