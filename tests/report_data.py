"""A small journal whose report figures are worked out by hand (see test_insights.py).

Period 2025-12-26 (Fri) … 2026-01-08 (Thu): it crosses a year boundary, and 2025-12-29 (Mon)
already belongs to ISO week 2026-W01. Day means: 12-26 → 2, 12-27 → 3, 12-28 not logged,
12-29 → (4 + 7) / 2 = 5.5 (two entries), 12-30 → 6, 12-31 a note only (no energy), 01-01 → 8,
01-02 → 1, 01-03 → 2, 01-04 → 3, 01-05 → 9, 01-06 … 01-08 not logged.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from veerkracht.db.journal import Journal, new_id

SINCE, UNTIL = date(2025, 12, 26), date(2026, 1, 8)
ENTRIES = [  # (day, energy, tags)
    ("2025-12-26", 2, []),
    ("2025-12-27", 3, ["team"]),
    ("2025-12-29", 4, ["team"]),
    ("2025-12-29", 7, []),
    ("2025-12-30", 6, ["sport"]),
    ("2025-12-31", None, ["sport"]),
    ("2026-01-01", 8, ["sport"]),
    ("2026-01-02", 1, []),
    ("2026-01-03", 2, []),
    ("2026-01-04", 3, []),
    ("2026-01-05", 9, ["sport"]),
    ("2025-12-10", 10, ["sport"]),  # before the period: only the baseline and history see it
]


def add_entries(journal: Journal, rows) -> None:  # type: ignore[no-untyped-def]
    """Entries as (day, energy, tags); the n-th of a day is logged n minutes later."""
    with journal.write():
        for index, (day, energy, tags) in enumerate(rows):
            entry_id = new_id()
            journal.execute(
                "INSERT INTO entries (id, day, logged_at, energy, reflection) VALUES (?, ?, ?, ?, ?)",
                (entry_id, day, f"{day}T08:{index % 60:02d}:00+00:00", energy,
                 None if energy is not None else "a note"),
            )
            for tag in tags:
                journal.execute("INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)", (entry_id, tag))


def build_small(path: Path) -> None:
    """The whole hand-worked journal: entries, cycles, values, reviews, actions, contacts."""
    with Journal.open(path, write=True) as journal:
        add_entries(journal, ENTRIES)
        with journal.write():
            _cycles(journal)
            _reviews(journal)
            _actions(journal)
            _connections(journal)


def _cycles(journal: Journal) -> None:
    sql = "INSERT INTO cycles (id, started_at, completed_at, status) VALUES (?, ?, ?, ?)"
    journal.execute(sql, ("c1", "2025-12-28T19:00:00+00:00", "2025-12-28T19:20:00+00:00", "complete"))
    journal.execute(sql, ("c2", "2026-01-03T19:00:00+00:00", None, "draft"))
    journal.execute(sql, ("c3", "2025-11-01T19:00:00+00:00", "2025-11-01T19:30:00+00:00", "complete"))
    answer = ("INSERT INTO cycle_answers (id, cycle_id, phase, pillar, prompt_id, text, answered_at) "
              "VALUES (?, ?, ?, ?, ?, 'x', '2025-12-28T19:05:00+00:00')")
    journal.execute(answer, ("a1", "c1", "vertragen", "values", "slow.values.1"))
    journal.execute(answer, ("a2", "c1", "versnellen", "connect", "act.connect.1"))
    journal.execute(answer, ("a3", "c2", "vertragen", "stamina", "slow.stamina.1"))
    journal.execute(answer, ("a4", "c3", "vertragen", "stamina", "slow.stamina.2"))
    journal.execute("INSERT INTO \"values\" (id, name, created_at) VALUES ('v1', 'Honesty', '2025-01-01')")
    check = "INSERT INTO value_checks (id, value_id, cycle_id, alignment, checked_at) VALUES (?, 'v1', ?, ?, ?)"
    journal.execute(check, ("k1", "c1", 4, "2025-12-28T19:10:00+00:00"))
    journal.execute(check, ("k2", "c2", 5, "2026-01-03T19:10:00+00:00"))
    journal.execute(check, ("k3", "c3", 1, "2025-11-01T19:10:00+00:00"))


def _reviews(journal: Journal) -> None:
    sql = ("INSERT INTO reviews (id, iso_week, started_at, completed_at, share_do, share_schedule, "
           "share_delegate, share_drop, care_challenge) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
    journal.execute(sql, ("r0", "2025-W51", "2025-12-19T15:00", "2025-12-19T15:30", 90, 5, 5, 0, 2))
    journal.execute(sql, ("r1", "2025-W52", "2025-12-26T15:00", "2025-12-26T15:30", 80, 10, 5, 5, -1))
    journal.execute(sql, ("r2", "2026-W01", "2026-01-02T15:00", "2026-01-02T15:30", 50, 30, 10, 10, 2))
    journal.execute(sql, ("r3", "2026-W02", "2026-01-08T15:00", None, None, None, None, None, None))
    item = ("INSERT INTO review_items (id, review_id, title, urgent, important, decision, carried_from, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2025-12-26T15:10')")
    journal.execute(item, ("i0", "r0", "old", 0, 0, None, None))
    journal.execute(item, ("i1", "r1", "budget", 1, 1, None, None))
    journal.execute(item, ("i2", "r1", "slides", 0, 1, "drop", None))
    journal.execute(item, ("i3", "r1", "mail", 0, 0, None, None))
    journal.execute(item, ("i4", "r2", "budget", 1, 1, None, "i1"))
    journal.execute(item, ("i5", "r2", "expenses", 1, 0, "delegate", None))


def _actions(journal: Journal) -> None:
    sql = "INSERT INTO actions (id, text, due, status, created_at) VALUES (?, ?, ?, ?, ?)"
    journal.execute(sql, ("x1", "call", "2026-01-05", "open", "2025-12-28T20:00:00+00:00"))
    journal.execute(sql, ("x2", "plan", "2026-01-02", "done", "2025-12-28T20:00:00+00:00"))
    journal.execute(sql, ("x3", "memo", None, "dropped", "2026-01-02T16:00:00+00:00"))
    journal.execute(sql, ("x4", "offsite", "2026-01-20", "open", "2026-01-02T16:00:00+00:00"))
    journal.execute(sql, ("x5", "older", "2025-12-05", "open", "2025-12-01T16:00:00+00:00"))


def _connections(journal: Journal) -> None:
    sql = ("INSERT INTO connections (id, day, who, kind, care, challenge, logged_at) "
           "VALUES (?, ?, ?, 'checkin', ?, ?, ?)")
    journal.execute(sql, ("p1", "2025-12-29", "Sam", 1, 0, "2025-12-29T12:00"))
    journal.execute(sql, ("p2", "2025-12-30", "Priya", 0, 1, "2025-12-30T12:00"))
    journal.execute(sql, ("p3", "2026-01-06", "Sam", 1, 1, "2026-01-06T12:00"))
    journal.execute(sql, ("p4", "2025-12-20", "Noor", 1, 0, "2025-12-20T12:00"))


def daily_scores(journal: Journal, until: date, scores: list[int | None]) -> None:
    """One entry a day ending on ``until`` (the last score is ``until``'s); None skips a day."""
    first = until - timedelta(days=len(scores) - 1)
    rows = [((first + timedelta(days=i)).isoformat(), score, [])
            for i, score in enumerate(scores) if score is not None]
    add_entries(journal, rows)
