"""Figures about the habits around energy: cycles, values, weekly reviews, actions, connection.

Each is a true value, unrounded, with its n; the report and the coach summary read the same
ones, so they say the same.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from veerkracht.domain.period import Period
from veerkracht.domain.vocabulary import PILLARS, QUADRANTS
from veerkracht.queries.sql import (
    action_state,
    actions_of_period,
    iso_week_sql,
    quadrant_sql,
    reviews_of_period,
)

if TYPE_CHECKING:
    from veerkracht.db.journal import Journal


def cycles(journal: Journal, period: Period) -> dict:
    """Completed cycles in the period, the last one ever, pillars covered, values alignment."""
    params = period.params()
    count = journal.scalar(
        """SELECT count(*) FROM cycles
           WHERE status = 'complete' AND substr(completed_at, 1, 10) BETWEEN :since AND :until""",
        params,
    )
    last = last_cycle(journal, period.until)
    pillars = [
        r["pillar"]
        for r in journal.query(
            """SELECT DISTINCT a.pillar FROM cycle_answers a JOIN cycles c ON c.id = a.cycle_id
               WHERE c.status = 'complete'
                 AND substr(c.completed_at, 1, 10) BETWEEN :since AND :until""",
            params,
        )
    ]
    checked = [row for row in values(journal, period) if row["checks"]]
    return {
        "count": count,
        "last": last,
        "days_since_last": days_ago(last, period.until),
        "pillars": [p for p in PILLARS if p in pillars],
        "values": [
            {"value": row["name"], "mean": row["mean"], "checks": row["checks"],
             "trend": row["trend"]}
            for row in sorted(checked, key=lambda row: row["name"].lower())
        ],
    }


def values(journal: Journal, period: Period) -> list[dict]:
    """Per core value still held or checked in the period, in the user's order: its checks.

    ``mean`` and ``latest`` are the alignment (1–5) of the period's checks; ``trend`` is the
    mean of the checks in the period's second half minus the first half's.
    """
    half = period.since + timedelta(days=(period.days - 1) // 2)
    return journal.query(
        """SELECT v.name, v.retired_at IS NOT NULL AS retired, count(k.id) AS checks,
                  avg(k.alignment) AS mean,
                  (SELECT alignment FROM value_checks WHERE value_id = v.id
                   AND substr(checked_at, 1, 10) BETWEEN :since AND :until
                   ORDER BY checked_at DESC LIMIT 1) AS latest,
                  avg(CASE WHEN substr(k.checked_at, 1, 10) > :half THEN k.alignment END)
                      - avg(CASE WHEN substr(k.checked_at, 1, 10) <= :half THEN k.alignment END)
                      AS trend
           FROM "values" v LEFT JOIN value_checks k ON k.value_id = v.id
                AND substr(k.checked_at, 1, 10) BETWEEN :since AND :until
           GROUP BY v.id HAVING v.retired_at IS NULL OR count(k.id) > 0
           ORDER BY v.seq""",
        {**period.params(), "half": half.isoformat()},
    )


def reviews(journal: Journal, period: Period) -> dict:
    """Per reviewed ISO week: the time split over the quadrants and what the items show."""
    weeks = journal.query(
        f"""SELECT r.iso_week AS week, r.share_do, r.share_schedule, r.share_delegate,
                   r.share_drop, r.completed_at IS NOT NULL AS completed,
                   count(i.id) AS items,
                   coalesce(sum({quadrant_sql('i')} = 'drop'), 0) AS dropped,
                   coalesce(sum(i.carried_from IS NOT NULL), 0) AS carried,
                   coalesce(sum(i.stop), 0) AS stopped
            FROM reviews r LEFT JOIN review_items i ON i.review_id = r.id
            WHERE {reviews_of_period('r')}
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
        "important_not_urgent_share": sum(with_split) / len(with_split) if with_split else None,
        "items": sum(w["items"] for w in shaped),
        "items_dropped": sum(w["dropped"] for w in shaped),
        "carry_overs": sum(w["carried"] for w in shaped),
    }


def actions(journal: Journal, period: Period) -> dict:
    """The period's actions: made in it; open at its end, and of those overdue; done, dropped.

    Open and overdue are as of the period's last day, whenever the action was made (an old
    commitment still open weighs on this period too); done and dropped count what was closed
    in the period. The completion rate is the share of the actions made in the period that
    were done by its end.
    """
    state = action_state("a")
    row = journal.query(
        f"""SELECT coalesce(sum(substr(a.created_at, 1, 10) >= :since), 0) AS created,
                   coalesce(sum({state} = 'open'), 0) AS open,
                   coalesce(sum({state} = 'done'), 0) AS done,
                   coalesce(sum({state} = 'dropped'), 0) AS dropped,
                   coalesce(sum({state} = 'open' AND a.due < :until), 0) AS overdue,
                   coalesce(sum(substr(a.created_at, 1, 10) >= :since AND {state} = 'done'), 0)
                       AS created_done
            FROM actions a WHERE {actions_of_period('a')}""",
        period.params(),
    )[0]
    created_done = row.pop("created_done")
    row["completion_rate"] = created_done / row["created"] if row["created"] else None
    return row


def open_actions(journal: Journal, today: date) -> dict:
    """The actions open today and how many of them are overdue (the period's end is today)."""
    figures = actions(journal, Period(today, today))
    return {"open": figures["open"], "overdue": figures["overdue"]}


def connection(journal: Journal, period: Period) -> dict:
    """Moments of contact per ISO week, how many were about care or challenge, the balance."""
    params = period.params()
    counts = {
        row["week"]: row["count"]
        for row in journal.query(
            f"""SELECT {iso_week_sql('day')} AS week, count(*) AS count FROM connections
                WHERE day BETWEEN :since AND :until GROUP BY week""",
            params,
        )
    }
    found = contacts(journal, period)
    weeks = max(1, round(period.days / 7))
    balance = care_challenge(journal, period)
    return {
        "count": found["moments"],
        "care": found["care"],
        "challenge": found["challenge"],
        "people": found["people"],
        "weeks": weeks,
        "per_week": found["moments"] / weeks,
        "weekly": [{"week": week, "count": counts.get(week, 0)} for week in period.weeks()],
        "review_balance": balance["mean"],
        "review_balance_n": balance["n"],
    }


def contacts(journal: Journal, period: Period) -> dict:
    """Moments of contact in the period: how many, with how many people, care, challenge."""
    return journal.query(
        """SELECT count(*) AS moments, count(DISTINCT lower(who)) AS people,
                  coalesce(sum(care), 0) AS care, coalesce(sum(challenge), 0) AS challenge,
                  coalesce(sum(care AND challenge), 0) AS both_
           FROM connections WHERE day BETWEEN :since AND :until""",
        period.params(),
    )[0]


def care_challenge(journal: Journal, period: Period) -> dict:
    """The mean care ↔ challenge check (−2 … +2) of the period's reviews and cycles, and n."""
    return journal.query(
        # Both rituals ask it: the reviews of the period's weeks and the cycles' verdiepen.
        f"""SELECT avg(score) AS mean, count(score) AS n FROM (
                SELECT r.care_challenge AS score FROM reviews r WHERE {reviews_of_period('r')}
                UNION ALL
                SELECT a.score FROM cycle_answers a
                WHERE a.prompt_id = 'deep.stamina.balance'
                  AND substr(a.answered_at, 1, 10) BETWEEN :since AND :until)""",
        period.params(),
    )[0]


def last_review(journal: Journal, until: date) -> str | None:
    """The day the last completed review was finished, up to ``until``."""
    value = journal.scalar(
        "SELECT max(substr(completed_at, 1, 10)) FROM reviews "
        "WHERE completed_at IS NOT NULL AND substr(completed_at, 1, 10) <= ?",
        (until.isoformat(),),
    )
    return None if value is None else str(value)


def last_cycle(journal: Journal, until: date) -> str | None:
    """The day the last completed cycle was finished, up to ``until``."""
    value = journal.scalar(
        "SELECT max(substr(completed_at, 1, 10)) FROM cycles "
        "WHERE status = 'complete' AND substr(completed_at, 1, 10) <= ?",
        (until.isoformat(),),
    )
    return None if value is None else str(value)


def days_ago(day: str | None, today: date) -> int | None:
    """Whole days from ``day`` to ``today`` (``None`` when there is no day)."""
    return None if day is None else (today - date.fromisoformat(day)).days
