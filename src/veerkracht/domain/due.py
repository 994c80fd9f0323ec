"""Due dates: days that lie ahead, read the way people say them.

``dates.parse_day`` reads the past (a weekday is the most recent one), which is right for a
journal but wrong for a promise: "fri" as a due date is the coming Friday. Everything that
is not a forward word is read by ``parse_day`` and a day without a year moves to its next
occurrence. A due date lies from today up to ``dates.last_due`` (ten years ahead).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from veerkracht.domain.dates import WEEKDAY_WORDS, format_day, last_due, parse_day
from veerkracht.errors import InvalidValue
from veerkracht.i18n import t

_AHEAD = {
    "today": 0, "vandaag": 0, "tomorrow": 1, "morgen": 1, "overmorgen": 2,
    "week": 7, "next week": 7, "volgende week": 7, "month": 30, "next month": 30,
}
_IN = re.compile(r"(?:in\s+|over\s+)?\+?([0-9]{1,3})\s*(d|w|days?|weeks?|dagen|dag|weken)")
_YEAR = re.compile(r"[0-9]{4}")
_PAST_WORDS = ("ago", "geleden", "yesterday", "gisteren", "eergisteren")


def parse_due(text: str, today: date) -> date:
    """The day ``text`` names, from today up to :func:`last_due`; any other day is refused."""
    day = _read_due(text, today)
    return _ahead(today, (day - today).days)


def _ahead(today: date, days: int) -> date:
    """``days`` after ``today``, if a due date may lie there (not beyond the calendar's end)."""
    if today.toordinal() + days > last_due(today).toordinal():
        raise InvalidValue(t("cycle.due_too_far", last=format_day(last_due(today))))
    return today + timedelta(days=days)


def _read_due(text: str, today: date) -> date:
    value = " ".join(text.strip().lower().split())
    if value in _AHEAD:
        return _ahead(today, _AHEAD[value])
    bare = value.removeprefix("next ").removeprefix("volgende ")
    if bare in WEEKDAY_WORDS:
        days = (WEEKDAY_WORDS[bare] - today.weekday()) % 7
        # "fri" on a Friday is today; "next friday" on a Friday is a week later
        return today + timedelta(days=days or (7 if bare != value else 0))
    value = bare
    if match := _IN.fullmatch(value):
        unit = 7 if match[2][0] == "w" else 1
        return _ahead(today, int(match[1]) * unit)
    try:
        day = parse_day(text, today)
    except InvalidValue as error:
        if error.message == t("core.date_unreadable", text=text):
            raise InvalidValue(t("cycle.due_unreadable", text=text)) from None
        raise
    if day < today and not _YEAR.search(value) and not any(w in value for w in _PAST_WORDS):
        for ahead in range(1, 9):  # 29 Feb may need a few years
            try:
                day = day.replace(year=day.year + ahead)
                break
            except ValueError:
                continue
    if day < today:
        raise InvalidValue(t("cycle.due_past", day=format_day(day)))
    return day
