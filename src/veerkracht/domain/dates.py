"""Reading the dates and weeks a user types, always against an explicit ``today``.

Accepted days: ISO ``2026-11-20``; ``today``/``vandaag``, ``yesterday``/``gisteren``,
``eergisteren``; a weekday name in English or Dutch (the most recent such day, today
included); ``N days ago``/``N dagen geleden``/``-Nd`` (also weeks); day-first forms such as
``20-11-2026``, ``20/11``, ``20 nov`` or ``20 november 2026``. A day without a year is the most
recent such day, today included. Nothing here reads dates out of free text: the whole input
must be one of these forms. Numbers in dates are the digits 0–9 only (``[0-9]``, never the
regex class for digits, which also takes other scripts' digits).

The days a journal holds run from ``FIRST_DAY`` (1900-01-01) up to today: a day to store must
lie there (:func:`parse_past_day`); due dates lie ahead, at most ``DUE_YEARS`` years
(:func:`last_due`). A period is cut to the days a journal holds (``domain.period``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from veerkracht.clock import FIRST_DAY
from veerkracht.errors import InvalidValue
from veerkracht.i18n import t


def weekday_names(lang: str | None = None) -> tuple[str, ...]:
    """Monday … Sunday, short, in the language (one catalogue entry: seven words)."""
    return tuple(t("core.weekday_names", lang=lang).split())


def month_names(lang: str | None = None) -> tuple[str, ...]:
    """January … December, short, in the language (one catalogue entry: twelve words)."""
    return tuple(t("core.month_names", lang=lang).split())

# Weekday words in English and Dutch → Monday-based index (also read by due.py).
WEEKDAY_WORDS = {
    name: index
    for index, names in enumerate(
        (
            ("mon", "monday", "ma", "maandag"),
            ("tue", "tues", "tuesday", "di", "dinsdag"),
            ("wed", "wednesday", "wo", "woensdag"),
            ("thu", "thur", "thurs", "thursday", "do", "donderdag"),
            ("fri", "friday", "vr", "vrijdag"),
            ("sat", "saturday", "za", "zaterdag"),
            ("sun", "sunday", "zo", "zondag"),
        )
    )
    for name in names
}
_MONTHS = {
    name: index + 1
    for index, names in enumerate(
        (
            ("jan", "january", "januari"),
            ("feb", "february", "februari"),
            ("mar", "march", "mrt", "maart"),
            ("apr", "april"),
            ("may", "mei"),
            ("jun", "june", "juni"),
            ("jul", "july", "juli"),
            ("aug", "august", "augustus"),
            ("sep", "sept", "september"),
            ("oct", "october", "okt", "oktober"),
            ("nov", "november"),
            ("dec", "december"),
        )
    )
    for name in names
}
# days before today; a day ahead is read too, so that a journal can say it is in the future
# ("tomorrow is in the future") instead of "not a date I can read"
_RELATIVE = {"today": 0, "vandaag": 0, "yesterday": 1, "gisteren": 1, "eergisteren": 2,
             "tomorrow": -1, "morgen": -1, "overmorgen": -2}
_UNITS = {"day": 1, "days": 1, "dag": 1, "dagen": 1, "week": 7, "weeks": 7, "weken": 7}

_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_DAY_FIRST = re.compile(r"([0-9]{1,2})[-/.]([0-9]{1,2})(?:[-/.]([0-9]{4}))?")
_NAMED_MONTH = re.compile(r"([0-9]{1,2})\s+([a-z]+)\.?(?:\s+([0-9]{4}))?")
_AGO = re.compile(r"([0-9]{1,4})\s+([a-z]+)\s+(?:ago|geleden)")
_SHORT_AGO = re.compile(r"-([0-9]{1,4})([dw])")
_ISO_WEEK = re.compile(r"([0-9]{4})-?w([0-9]{1,2})")
# A week as people write it and as format_week shows it: "week 48", "wk 48", "w48",
# "week 48 (2026)", "week 48 2026".
_WEEK_WORDS = re.compile(r"(?:week|wk|w)\s*([0-9]{1,2})(?:\s*\(?\s*([0-9]{4})\s*\)?)?")
DUE_YEARS = 10  # how far ahead a due date may lie (README: "Days and times")


def parse_day(text: str, today: date) -> date:
    """Return the day ``text`` names, or raise InvalidValue with one sentence."""
    value = " ".join(text.strip().lower().split())
    if value in _RELATIVE:
        return today - timedelta(days=_RELATIVE[value])
    if value in WEEKDAY_WORDS:
        return today - timedelta(days=(today.weekday() - WEEKDAY_WORDS[value]) % 7)
    if match := _AGO.fullmatch(value):
        if match[2] in _UNITS:
            return today - timedelta(days=int(match[1]) * _UNITS[match[2]])
    if match := _SHORT_AGO.fullmatch(value):
        return today - timedelta(days=int(match[1]) * (7 if match[2] == "w" else 1))
    if match := _ISO.fullmatch(value):
        return _make(text, int(match[1]), int(match[2]), int(match[3]))
    if match := _DAY_FIRST.fullmatch(value):
        return _without_year(text, today, int(match[1]), int(match[2]), match[3])
    if (match := _NAMED_MONTH.fullmatch(value)) and match[2] in _MONTHS:
        return _without_year(text, today, int(match[1]), _MONTHS[match[2]], match[3])
    raise InvalidValue(t("core.date_unreadable", text=text))


def _make(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidValue(t("core.date_impossible", text=text)) from None


def _without_year(text: str, today: date, day: int, month: int, year: str | None) -> date:
    """A day-first date; without a year, the most recent such day (today included)."""
    if year is not None:
        return _make(text, int(year), month, day)
    _make(text, 2024, month, day)  # a leap year: refuses 31-04 but accepts 29-02
    for back in range(9):  # 29 Feb may need a few years to reach a leap year
        try:
            candidate = date(today.year - back, month, day)
        except ValueError:
            continue
        if candidate <= today:
            return candidate
    raise InvalidValue(t("core.date_impossible", text=text))


def parse_past_day(text: str, today: date) -> date:
    """Like :func:`parse_day`, but only a day a journal holds: FIRST_DAY up to ``today``."""
    return journal_day(parse_day(text, today), today)


def journal_day(day: date, today: date) -> date:
    """``day`` if a journal can hold it (FIRST_DAY up to ``today``), else one sentence."""
    if day > today:
        raise InvalidValue(t("core.date_future", day=format_day(day)))
    if day < FIRST_DAY:
        raise InvalidValue(t("core.date_too_early", day=format_day(day), first=format_day(FIRST_DAY)))
    return day


def last_due(today: date) -> date:
    """The last day a due date may be: ``DUE_YEARS`` years after ``today`` (within the calendar)."""
    return date.fromordinal(min(today.toordinal() + 365 * DUE_YEARS + DUE_YEARS // 4, date.max.toordinal()))


def review_week(text: str, today: date) -> tuple[int, int]:
    """The ISO ``(year, week)`` ``text`` names (:func:`parse_week`), if a review can be of it."""
    return journal_week(*parse_week(text, today), today)


def journal_week(year: int, week: int, today: date) -> tuple[int, int]:
    """``(year, week)`` if a weekly review can be of it, else one sentence: from 1900-W01
    (its Monday is FIRST_DAY) up to next week (a review may be prepared a week ahead)."""
    monday = date.fromisocalendar(year, week, 1)
    if monday < FIRST_DAY:
        raise InvalidValue(t("core.week_too_early", week=week_label(year, week),
                             first=week_label(*FIRST_DAY.isocalendar()[:2])))
    next_monday = today + timedelta(days=7 - today.weekday())
    if monday > next_monday:
        raise InvalidValue(t("core.week_too_late", week=week_label(year, week),
                             next=week_label(*next_monday.isocalendar()[:2])))
    return year, week


def parse_week(text: str, today: date) -> tuple[int, int]:
    """Return the ISO ``(year, week)`` that ``text`` names.

    Accepts ``2026-W47``, ``week 47 (2026)`` / ``week 47`` / ``w47`` (the latest week 47 up to
    next week), ``this``/``deze``, ``last``/``vorige``, or any day
    :func:`parse_day` reads (its ISO week).
    """
    value = text.strip().lower()
    if value in ("this", "deze", "current", "huidige"):
        year, week, _ = today.isocalendar()
        return year, week
    if value in ("last", "vorige", "previous"):
        year, week, _ = (today - timedelta(days=7)).isocalendar()
        return year, week
    if match := _WEEK_WORDS.fullmatch(value):
        week = int(match[1])
        # Without a year: the latest week of that number up to next week (a review may be
        # prepared a week ahead), so "week 52" in January is last December's.
        year = int(match[2]) if match[2] else (today + timedelta(days=7)).isocalendar()[0]
        if not match[2] and (year, week) > (today + timedelta(days=7)).isocalendar()[:2]:
            year -= 1
        try:
            date.fromisocalendar(year, week, 1)
        except ValueError:
            raise InvalidValue(t("core.week_impossible", text=text)) from None
        return year, week
    if match := _ISO_WEEK.fullmatch(value):
        year, week = int(match[1]), int(match[2])
        try:
            date.fromisocalendar(year, week, 1)
        except ValueError:
            raise InvalidValue(t("core.week_impossible", text=text)) from None
        return year, week
    try:
        year, week, _ = parse_day(text, today).isocalendar()
    except InvalidValue:
        raise InvalidValue(t("core.week_unreadable", text=text)) from None
    return year, week


def week_label(year: int, week: int) -> str:
    """ISO week as ``2026-W47`` (JSON, filenames and what a user types; people read :func:`format_week`)."""
    return f"{year}-W{week:02d}"


def format_week(label: str, lang: str | None = None) -> str:
    """An ISO week (``2026-W47``) as people read it: ``week 47 (2026)``."""
    year, _, week = label.partition("-W")
    return t("core.week_name", lang=lang, week=int(week), year=int(year))


def week_days(year: int, week: int) -> tuple[date, date]:
    """The Monday and Sunday of an ISO week."""
    monday = date.fromisocalendar(year, week, 1)
    return monday, monday + timedelta(days=6)


def format_day(day: date, lang: str | None = None) -> str:
    """A day as people read it: ``Fri 20 Nov 2026`` / ``vr 20 nov 2026``."""
    return f"{weekday_names(lang)[day.weekday()]} {day.day} {month_names(lang)[day.month - 1]} {day.year}"


def months_before(day: date, months: int) -> date:
    """The same day of the month ``months`` earlier, the month's last day where it is shorter
    (31 Mar → 28 or 29 Feb; 29 Feb 2028 twelve months back → 28 Feb 2027)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    following = date(year + (month == 11), (month + 1) % 12 + 1, 1)
    return date(year, month + 1, min(day.day, (following - timedelta(days=1)).day))

