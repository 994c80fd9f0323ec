"""What goes with your energy, with n and how sure (docs/insights.md).

Three kinds of comparison over one period, each through ``domain.statistics.compare``:

- ``tags``: days with a tag against the other logged days;
- ``next_day``: days after a day with the tag against days after a logged day without it;
- ``commitments``: weeks in which more than half of the intentions set in the week before were
  marked done, against the other weeks with intentions looked back on (mean energy per week).

The p-values of the tag and next-day comparisons of one report go through Benjamini–Hochberg
together; ``goes_with`` is true only for those that survive. The day means and the tags of a
day come from the day tables (m004), so this reads the period's days, not its entries.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import TYPE_CHECKING

from veerkracht.domain import statistics
from veerkracht.domain.dates import week_label
from veerkracht.domain.period import Period
from veerkracht.queries.energy import prepare_days

if TYPE_CHECKING:
    from veerkracht.db.journal import Journal

MAX_TAGS = 12  # the most used tags are compared; the report shows what survives of them
# A pattern of years ago says little about now, and a year keeps `report --weeks 520` quick:
# the comparisons read the last year of a longer period.
MAX_DAYS = 365


def build(journal: Journal, period: Period, *, include_private: bool = True) -> dict:
    """The insights of ``period`` (its last ``MAX_DAYS`` days at most): method, tag, next-day
    and commitments comparisons."""
    asked = period.days
    if period.days > MAX_DAYS:
        period = Period(period.until - timedelta(days=MAX_DAYS - 1), period.until)
    before = period.since - timedelta(days=1)
    prepare_days(journal, before, period.until)
    energy_column, count_column = ("energy", "entries") if include_private else (
        "public_energy", "public_entries")
    means = {row["day"]: row["energy"] for row in journal.query(
        f"""SELECT day, {energy_column} AS energy FROM temp.report_days
            WHERE day BETWEEN :since AND :until AND {count_column} > 0""",
        {"since": before.isoformat(), "until": period.until.isoformat()})}
    used = journal.query(
        """SELECT day, tag FROM tag_days
           WHERE day BETWEEN :since AND :until AND (CASE WHEN :private THEN entries ELSE public END) > 0""",
        {"since": before.isoformat(), "until": period.until.isoformat(),
         "private": int(include_private)})
    days = [period.since + timedelta(days=offset) for offset in range(period.days)]
    energy = [means.get(day.isoformat()) for day in days]
    tagged: dict[str, set[str]] = {}
    for row in used:
        tagged.setdefault(row["tag"], set()).add(row["day"])
    in_period = {tag: sum(1 for d in found if d >= period.since.isoformat())
                 for tag, found in tagged.items()}
    # every tag of the period is compared (the most used first); one with too few days on a
    # side is listed with its n and said to be not enough to say
    chosen = sorted((tag for tag, n in in_period.items() if n > 0),
                    key=lambda tag: (-in_period[tag], tag))[:MAX_TAGS]
    names = [day.isoformat() for day in days]
    previous = [(day - timedelta(days=1)).isoformat() for day in days]
    # the day before was logged, so whether it had the tag is known
    after_logged = [e is not None and p in means for e, p in zip(energy, previous)]
    same, following = [], []
    for tag in chosen:
        found = tagged[tag]
        same.append(_row(tag, statistics.compare(
            energy, [None if e is None else d in found for e, d in zip(energy, names)])))
        following.append(_row(tag, statistics.compare(
            energy, [p in found if known else None for known, p in zip(after_logged, previous)])))
    rows = [row for row in same + following if row["enough"]]
    for row, kept in zip(rows, statistics.benjamini_hochberg([row["p_value"] for row in rows])):
        row["goes_with"] = kept
    return {
        "since": period.since.isoformat(), "until": period.until.isoformat(), "days": period.days,
        "period_days": asked,
        "method": {"min_days": statistics.MIN_DAYS, "confidence": statistics.CONFIDENCE,
                   "false_discovery_rate": statistics.FALSE_DISCOVERY_RATE,
                   "max_tags": MAX_TAGS, "explained_in": "docs/insights.md"},
        "tags": _ranked(same),
        "next_day": _ranked(following),
        "commitments": _commitments(journal, period, energy),
    }


def _row(name: str, found: statistics.Comparison) -> dict:
    return {
        "tag": name, "days_with": found.n_with, "days_without": found.n_without,
        "mean_with": _known(found.mean_with), "mean_without": _known(found.mean_without),
        "difference": _known(found.difference), "low": _known(found.low),
        "high": _known(found.high), "effective_with": found.n_eff_with,
        "effective_without": found.n_eff_without, "p_value": found.p_value,
        "enough": found.enough, "goes_with": False,
    }


def _known(value: float) -> float | None:
    """A figure, or None where there is none (no days on a side): JSON has no NaN."""
    return None if math.isnan(value) else value


def _ranked(rows: list[dict]) -> list[dict]:
    """Surviving comparisons first, then by how sure (smallest p first), then by name."""
    return sorted(rows, key=lambda row: (not row["goes_with"], not row["enough"], row["p_value"],
                                         row["tag"]))


def _commitments(journal: Journal, period: Period, energy: list[float | None]) -> dict:
    """Weeks after a review whose intentions were mostly done, against the other such weeks.

    ``energy`` holds the period's day means, one per day from ``period.since``."""
    weeks = journal.query(
        """SELECT r.iso_week AS week, count(*) AS intentions,
                  coalesce(sum(a.outcome = 'done'), 0) AS done
           FROM reviews r JOIN actions a ON a.origin = 'review' AND a.origin_id = r.id
           WHERE a.outcome IS NOT NULL AND r.iso_week BETWEEN :first AND :last
           GROUP BY r.iso_week""",
        {"first": _iso_week(period.since - timedelta(days=7)), "last": _iso_week(period.until)})
    kept = {row["week"]: row["done"] * 2 > row["intentions"] for row in weeks}
    series: list[float | None] = []
    groups: list[bool | None] = []
    start = -period.since.weekday()  # the Monday of the first week, as an offset in ``energy``
    for offset in range(start, len(energy), 7):
        monday = period.since + timedelta(days=offset)
        set_in = _iso_week(monday - timedelta(days=7))  # intentions set the week before
        values = [v for v in energy[max(0, offset):offset + 7] if v is not None]
        known = set_in in kept and bool(values)
        series.append(sum(values) / len(values) if known else None)
        groups.append(kept[set_in] if known else None)
    found = statistics.compare(series, groups)
    row = _row("", found)
    del row["tag"]
    row["weeks_with"], row["weeks_without"] = row.pop("days_with"), row.pop("days_without")
    row["goes_with"] = found.enough and found.p_value < 1 - statistics.CONFIDENCE
    return row


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return week_label(year, week)
