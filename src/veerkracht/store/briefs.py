"""Briefs: when each coach's brief was made and for which days (``veerkracht brief``).

Only the facts of a brief are kept, never its text: a brief is made again from the journal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from veerkracht.clock import stamp
from veerkracht.db.journal import new_id

if TYPE_CHECKING:
    from veerkracht.db.journal import Journal
    from veerkracht.domain.period import Period


def add(journal: Journal, period: Period) -> str:
    """Remember a brief of ``period`` made now, in one transaction; return its ID."""
    brief_id = new_id()
    with journal.write():
        journal.execute(
            "INSERT INTO briefs (id, made_at, since, until) VALUES (?, ?, ?, ?)",
            (brief_id, stamp(), period.since.isoformat(), period.until.isoformat()),
        )
    return brief_id


def last(journal: Journal) -> dict | None:
    """The brief made last (``made_at``, ``since``, ``until``), or None before the first."""
    found = journal.query(
        "SELECT id, made_at, since, until FROM briefs ORDER BY made_at DESC, seq DESC LIMIT 1"
    )
    return found[0] if found else None


def listing(journal: Journal) -> list[dict]:
    """Every brief, the most recent first."""
    return journal.query(
        "SELECT id, made_at, since, until FROM briefs ORDER BY made_at DESC, seq DESC"
    )
