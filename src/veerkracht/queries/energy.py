"""Energy figures: totals, daily means, rolling mean, weeks, weekdays, low days, tags.

A day's energy is the mean of its scored entries (notes have no energy); every figure is a
true value, unrounded (``veerkracht.domain.rounding`` rounds where it is shown). Figures the
coach summary shares take ``include_private``: the report counts every entry, the summary
leaves private ones out unless the user asks.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from veerkracht.domain.period import Period
from veerkracht.queries.sql import iso_week_sql

if TYPE_CHECKING:
    from veerkracht.db.journal import Journal

LOW = 3  # a day whose mean energy is at or below this is a low day
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MIN_TAG_DAYS = 3  # both sides of a tag comparison need at least this many days
MAX_TAGS = 8  # the report shows the most used tags only
BASELINE_MIN_DAYS = 14  # the 28-day baseline speaks only with this many logged days
RECENT_MIN_DAYS = 4  # the 7-day mean speaks only with this many logged days

# The day means are computed once per run into a temporary table (in memory, never in the
# file), with and without private entries, and every energy figure reads them from there.
_SPAN = "report_days_span"


def _days(include_private: bool = True) -> str:
    """The ``days`` CTE: each scored day of the period with its mean and number of scores."""
    if include_private:
        return """days AS (
    SELECT day, energy, entries FROM temp.report_days WHERE day BETWEEN :since AND :until)"""
    return """days AS (
    SELECT day, public_energy AS energy, public_entries AS entries FROM temp.report_days
    WHERE public_entries > 0 AND day BETWEEN :since AND :until)"""


def prepare_days(journal: Journal, since: date, until: date) -> None:
    """Make ``temp.report_days`` hold the day means from ``since`` to ``until`` (at least)."""
    # Any write since the table was filled (by this connection or another) makes it stale.
    version = (journal.conn.total_changes, journal.scalar("PRAGMA data_version"))
    span = getattr(journal, _SPAN, None)
    if span is not None and span[0] <= since and until <= span[1] and span[2] == version:
        return
    journal.execute("DROP TABLE IF EXISTS temp.report_days")
    journal.execute(
        """CREATE TEMP TABLE report_days (day TEXT PRIMARY KEY, energy REAL, entries INTEGER,
                                          public_energy REAL, public_entries INTEGER)
           WITHOUT ROWID"""
    )
    journal.execute(  # each day's sums, kept by triggers (m004): the means of avg() exactly
        """INSERT INTO temp.report_days
           SELECT day, total / scored, scored,
                  CASE WHEN public_scored > 0 THEN public_total / public_scored END, public_scored
           FROM entry_days WHERE scored > 0 AND day BETWEEN ? AND ?""",
        (since.isoformat(), until.isoformat()),
    )
    version = (journal.conn.total_changes, journal.scalar("PRAGMA data_version"))
    setattr(journal, _SPAN, (since, until, version))


def _prepare(journal: Journal, period: Period) -> None:
    """Day means for the period, its rolling window and its 28-day baseline."""
    prepare_days(journal, period.since - timedelta(days=34), period.until)


def totals(journal: Journal, period: Period, *, include_private: bool = True) -> dict:
    """Scored days and their scores, the mean day, the lowest and highest, the low days."""
    _prepare(journal, period)
    return journal.query(
        f"""WITH {_days(include_private)}
        SELECT count(*) AS days_logged, coalesce(sum(entries), 0) AS entries,
               avg(energy) AS mean, min(energy) AS min, max(energy) AS max,
               coalesce(sum(energy <= {LOW}), 0) AS low_days
        FROM days""",
        period.params(),
    )[0]


def figures(journal: Journal, period: Period) -> dict:
    """The report's energy section: totals, daily series, weeks, weekdays, low run, recent."""
    return {
        **totals(journal, period),
        "days_in_period": period.days,
        "longest_low_run": longest_low_run(journal, period),
        **recent_and_baseline(journal, period.until),
        "weekly": weekly(journal, period),
        # weekday is {Mon: mean, …} in --json; how many days each mean rests on stands beside it.
        **_weekday(journal, period),
        "daily": daily(journal, period),
    }


def logged(journal: Journal, period: Period, *, include_private: bool) -> dict:
    """Days with any entry (notes too) and how many entries, for the summary's cover."""
    return journal.query(
        """SELECT count(DISTINCT day) AS days, count(*) AS entries FROM entries
           WHERE day BETWEEN :since AND :until AND (:private OR private = 0)""",
        {**period.params(), "private": int(include_private)},
    )[0]


def private_entries(journal: Journal, period: Period) -> int:
    """How many private entries the period holds (left out of exports unless included)."""
    return int(journal.scalar(
        "SELECT coalesce(sum(private), 0) FROM entry_days WHERE day BETWEEN :since AND :until",
        period.params(),
    ))


def daily(journal: Journal, period: Period) -> list[dict]:
    """Each logged day: its mean and the mean of the logged days in the 7 days ending there.

    The rolling window reaches 6 days before the period, so its first days are not short.
    """
    _prepare(journal, period)
    params = {**period.params(), "from": (period.since - timedelta(days=6)).isoformat()}
    return journal.query(
        """WITH days AS (
            SELECT day, energy, entries FROM temp.report_days
            WHERE day BETWEEN :from AND :until),
        rolled AS (
            SELECT day, energy, entries,
                   avg(energy) OVER (ORDER BY julianday(day)
                                     RANGE BETWEEN 6 PRECEDING AND CURRENT ROW) AS rolling
            FROM days)
        SELECT day, energy AS mean, entries, rolling AS rolling_mean
        FROM rolled WHERE day >= :since ORDER BY day""",
        params,
    )


def weekly(journal: Journal, period: Period, *, include_private: bool = True) -> list[dict]:
    """Per ISO week (the part inside the period): mean, lowest and highest day, days scored."""
    _prepare(journal, period)
    return journal.query(
        f"""WITH {_days(include_private)}
        SELECT {iso_week_sql('day')} AS week, avg(energy) AS mean,
               min(energy) AS min, max(energy) AS max, count(*) AS days
        FROM days GROUP BY week ORDER BY week""",
        period.params(),
    )


def _weekday(journal: Journal, period: Period) -> dict:
    _prepare(journal, period)
    rows = journal.query(
        f"""WITH {_days()}
        SELECT (CAST(strftime('%w', day) AS INTEGER) + 6) % 7 AS weekday,
               avg(energy) AS mean, count(*) AS days
        FROM days GROUP BY weekday""",
        period.params(),
    )
    by_index = {row["weekday"]: row for row in rows}
    return {
        "weekday": {
            name: by_index[index]["mean"] if index in by_index else None
            for index, name in enumerate(WEEKDAYS)
        },
        "weekday_days": {
            name: by_index[index]["days"] if index in by_index else 0
            for index, name in enumerate(WEEKDAYS)
        },
    }


def longest_low_run(journal: Journal, period: Period) -> int:
    """The most consecutive calendar days that were each low; a day not logged ends a run."""
    _prepare(journal, period)
    value = journal.scalar(
        f"""WITH {_days()},
        low AS (
            SELECT julianday(day) - row_number() OVER (ORDER BY day) AS island
            FROM days WHERE energy <= {LOW})
        SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM low GROUP BY island)""",
        period.params(),
    )
    return int(value or 0)


def recent_and_baseline(journal: Journal, until: date) -> dict:
    """The mean of the 7 days ending ``until`` and of the 28 days before them, with their n.

    ``difference`` (recent − baseline, true value) is ``None`` while either side has too few
    days to speak.
    """
    prepare_days(journal, until - timedelta(days=34), until)
    row = journal.query(
        f"""WITH {_days()}
        SELECT avg(CASE WHEN day > :split THEN energy END) AS recent_mean,
               count(CASE WHEN day > :split THEN 1 END) AS recent_days,
               avg(CASE WHEN day <= :split THEN energy END) AS baseline_mean,
               count(CASE WHEN day <= :split THEN 1 END) AS baseline_days
        FROM days""",
        {
            "since": (until - timedelta(days=34)).isoformat(),
            "split": (until - timedelta(days=7)).isoformat(),
            "until": until.isoformat(),
        },
    )[0]
    speaks = row["recent_days"] >= RECENT_MIN_DAYS and row["baseline_days"] >= BASELINE_MIN_DAYS
    row["difference"] = row["recent_mean"] - row["baseline_mean"] if speaks else None
    return row


def tags(journal: Journal, period: Period, *, include_private: bool = True,
         limit: int | None = MAX_TAGS) -> dict:
    """Mean energy on days with and without each tag (both sides ≥ 3 days), most used first.

    ``limit`` keeps the most used tags only (``None``: every tag).
    """
    _prepare(journal, period)
    rows = journal.query(
        f"""WITH {_days(include_private)},
        total AS (SELECT count(*) AS n, sum(energy) AS s FROM days),
        tagged AS (  -- the days with the tag on a scored entry (kept by triggers, m004)
            SELECT day, tag FROM tag_days
            WHERE day BETWEEN :since AND :until AND (CASE WHEN :private THEN entries ELSE public END) > 0)
        SELECT g.tag, count(*) AS days_with, avg(d.energy) AS mean_with,
               total.n - count(*) AS days_without,
               (total.s - sum(d.energy)) / nullif(total.n - count(*), 0) AS mean_without,
               avg(d.energy) - (total.s - sum(d.energy)) / nullif(total.n - count(*), 0)
                   AS difference
        FROM tagged g JOIN days d ON d.day = g.day, total
        GROUP BY g.tag
        HAVING count(*) >= :min AND total.n - count(*) >= :min
        ORDER BY days_with DESC, g.tag LIMIT :limit""",
        {**period.params(), "min": MIN_TAG_DAYS, "limit": -1 if limit is None else limit,
         "private": int(include_private)},
    )
    return {"min_days": MIN_TAG_DAYS, "tags": rows}


def year_days(journal: Journal, year: int) -> dict:
    """Each logged day of ``year`` with its mean energy, plus the year's n and mean."""
    period = Period(date(year, 1, 1), date(year, 12, 31))
    prepare_days(journal, period.since, period.until)
    days = journal.query(
        f"WITH {_days()} SELECT day, energy AS mean FROM days ORDER BY day", period.params()
    )
    summary = journal.query(
        f"WITH {_days()} SELECT count(*) AS days_logged, avg(energy) AS mean FROM days",
        period.params(),
    )[0]
    return {"year": year, **summary, "days": days}


def day_means(journal: Journal, period: Period) -> dict:
    """Each logged day's mean energy in ``period`` (``{day: mean}``)."""
    _prepare(journal, period)
    rows = journal.query(
        f"WITH {_days()} SELECT day, energy AS mean FROM days ORDER BY day", period.params()
    )
    return {row["day"]: row["mean"] for row in rows}
