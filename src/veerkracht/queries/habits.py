"""Figures about the habits around energy: cycles, weekly reviews, actions, connection."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from veerkracht.queries import Period, iso_week_sql

if TYPE_CHECKING:
    from veerkracht.db.journal import Journal

QUADRANTS = ("do", "schedule", "delegate", "drop")
PILLARS = ("values", "connect", "stamina")
# An item's quadrant follows from its two answers; a missing decision is the quadrant's own.
_QUADRANT_SQL = """CASE WHEN i.urgent = 1 AND i.important = 1 THEN 'do'
    WHEN i.important = 1 THEN 'schedule' WHEN i.urgent = 1 THEN 'delegate' ELSE 'drop' END"""


def cycles(journal: Journal, period: Period) -> dict:
    """Completed cycles in the period, the last one ever, pillars covered, values alignment."""
    params = period.params()
    row = journal.query(
        """SELECT count(*) AS count FROM cycles
           WHERE status = 'complete' AND substr(completed_at, 1, 10) BETWEEN :since AND :until""",
        params,
    )[0]
    last = journal.scalar(
        "SELECT max(substr(completed_at, 1, 10)) FROM cycles "
        "WHERE status = 'complete' AND substr(completed_at, 1, 10) <= :until",
        params,
    )
    pillars = [
        r["pillar"]
        for r in journal.query(
            """SELECT DISTINCT a.pillar FROM cycle_answers a JOIN cycles c ON c.id = a.cycle_id
               WHERE c.status = 'complete'
                 AND substr(c.completed_at, 1, 10) BETWEEN :since AND :until""",
            params,
        )
    ]
    # The trend: mean of the checks in the period's second half minus the first half's.
    values = journal.query(
        """SELECT v.name AS value, round(avg(k.alignment), 2) AS mean, count(*) AS checks,
                  round(avg(CASE WHEN substr(k.checked_at, 1, 10) > :half THEN k.alignment END)
                      - avg(CASE WHEN substr(k.checked_at, 1, 10) <= :half THEN k.alignment END),
                        2) AS trend
           FROM value_checks k JOIN "values" v ON v.id = k.value_id
           WHERE substr(k.checked_at, 1, 10) BETWEEN :since AND :until
           GROUP BY v.id ORDER BY v.name COLLATE NOCASE""",
        {**params, "half": (period.since + timedelta(days=(period.days - 1) // 2)).isoformat()},
    )
    return {
        "count": row["count"],
        "last": last,
        "days_since_last": _days_between(last, period.until),
        "pillars": [p for p in PILLARS if p in pillars],
        "values": values,
    }


def reviews(journal: Journal, period: Period) -> dict:
    """Per reviewed ISO week: the time split over the quadrants and what the items show."""
    weeks = journal.query(
        f"""SELECT r.iso_week AS week, r.share_do, r.share_schedule, r.share_delegate,
                   r.share_drop, r.completed_at IS NOT NULL AS completed,
                   count(i.id) AS items,
                   coalesce(sum(i.id IS NOT NULL
                       AND coalesce(i.decision, {_QUADRANT_SQL}) = 'drop'), 0) AS dropped,
                   coalesce(sum(i.carried_from IS NOT NULL), 0) AS carried,
                   coalesce(sum(i.stop), 0) AS stopped
            FROM reviews r LEFT JOIN review_items i ON i.review_id = r.id
            WHERE r.iso_week BETWEEN {iso_week_sql(':since')} AND {iso_week_sql(':until')}
            GROUP BY r.id ORDER BY r.iso_week""",
        period.params(),
    )
    shaped = []
    for row in weeks:
        split = {q: row.pop(f"share_{q}") for q in QUADRANTS}
        shaped.append({**row, "quadrants": split if None not in split.values() else None})
    with_split = [w["quadrants"]["schedule"] for w in shaped if w["quadrants"]]
    return {
        "count": len(shaped),
        "weeks": shaped,
        "weeks_with_time_split": len(with_split),
        "important_not_urgent_share": (
            round(sum(with_split) / len(with_split), 1) if with_split else None
        ),
        "items": sum(w["items"] for w in shaped),
        "items_dropped": sum(w["dropped"] for w in shaped),
        "carry_overs": sum(w["carried"] for w in shaped),
    }


def actions(journal: Journal, period: Period) -> dict:
    """Actions made in the period by status, the overdue ones, and the share done."""
    row = journal.query(
        """SELECT count(*) AS created,
                  coalesce(sum(status = 'open'), 0) AS open,
                  coalesce(sum(status = 'done'), 0) AS done,
                  coalesce(sum(status = 'dropped'), 0) AS dropped,
                  coalesce(sum(status = 'open' AND due < :until), 0) AS overdue
           FROM actions WHERE substr(created_at, 1, 10) BETWEEN :since AND :until""",
        period.params(),
    )[0]
    row["completion_rate"] = round(row["done"] / row["created"], 2) if row["created"] else None
    return row


def open_actions(journal: Journal, today: date) -> dict:
    """All open actions now, and how many of them are past their due day."""
    return journal.query(
        "SELECT count(*) AS open, coalesce(sum(due < ?), 0) AS overdue "
        "FROM actions WHERE status = 'open'",
        (today.isoformat(),),
    )[0]


def connection(journal: Journal, period: Period) -> dict:
    """Moments of contact per ISO week, and how many were about care or challenge."""
    params = period.params()
    totals = journal.query(
        """SELECT count(*) AS count, coalesce(sum(care), 0) AS care,
                  coalesce(sum(challenge), 0) AS challenge, count(DISTINCT who) AS people
           FROM connections WHERE day BETWEEN :since AND :until""",
        params,
    )[0]
    counts = {
        row["week"]: row["count"]
        for row in journal.query(
            f"""SELECT {iso_week_sql('day')} AS week, count(*) AS count FROM connections
                WHERE day BETWEEN :since AND :until GROUP BY week""",
            params,
        )
    }
    weekly = [{"week": week, "count": counts.get(week, 0)} for week in period.weeks()]
    balance = journal.query(
        # Both rituals ask the care ↔ challenge check: weekly reviews and the cycle's verdiepen.
        f"""SELECT round(avg(score), 2) AS mean, count(score) AS n FROM (
                SELECT care_challenge AS score FROM reviews
                WHERE iso_week BETWEEN {iso_week_sql(':since')} AND {iso_week_sql(':until')}
                UNION ALL
                SELECT a.score FROM cycle_answers a
                WHERE a.prompt_id = 'deep.stamina.balance'
                  AND substr(a.answered_at, 1, 10) BETWEEN :since AND :until)""",
        params,
    )[0]
    weeks = max(1, round(period.days / 7))
    return {
        **totals,
        "weeks": weeks,
        "per_week": round(totals["count"] / weeks, 2),
        "weekly": weekly,
        "review_balance": balance["mean"],
        "review_balance_n": balance["n"],
    }


def last_review(journal: Journal, until: date) -> str | None:
    """The day the last completed review was finished, up to ``until``."""
    value = journal.scalar(
        "SELECT max(substr(completed_at, 1, 10)) FROM reviews "
        "WHERE completed_at IS NOT NULL AND substr(completed_at, 1, 10) <= ?",
        (until.isoformat(),),
    )
    return None if value is None else str(value)


def _days_between(day: str | None, until: date) -> int | None:
    return None if day is None else (until - date.fromisoformat(day)).days


def days_ago(day: str | None, today: date) -> int | None:
    """Whole days from ``day`` to ``today`` (``None`` when there is no day)."""
    return _days_between(day, today)


