from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veerkracht.domain.dates import format_day, parse_day, parse_past_day, parse_week
from veerkracht.errors import InvalidValue

TODAY = date(2026, 11, 27)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-20", date(2026, 11, 20)),
        ("today", TODAY),
        ("Vandaag", TODAY),
        ("yesterday", date(2026, 11, 26)),
        ("gisteren", date(2026, 11, 26)),
        ("eergisteren", date(2026, 11, 25)),
        ("fri", TODAY),  # today included
        ("friday", TODAY),
        ("thu", date(2026, 11, 26)),
        ("zaterdag", date(2026, 11, 21)),
        ("ma", date(2026, 11, 23)),
        ("3 days ago", date(2026, 11, 24)),
        ("1 day ago", date(2026, 11, 26)),
        ("3 dagen geleden", date(2026, 11, 24)),
        ("2 weeks ago", date(2026, 11, 13)),
        ("-3d", date(2026, 11, 24)),
        ("-1w", date(2026, 11, 20)),
        ("20-11-2026", date(2026, 11, 20)),
        ("20/11/2026", date(2026, 11, 20)),
        ("20.11.2026", date(2026, 11, 20)),
        ("20-11", date(2026, 11, 20)),
        ("20 nov", date(2026, 11, 20)),
        ("20 november 2025", date(2025, 11, 20)),
        ("3 mrt", date(2026, 3, 3)),
        ("1 okt", date(2026, 10, 1)),
        ("30 dec", date(2025, 12, 30)),  # without a year: the most recent such day
        ("29 feb", date(2024, 2, 29)),
    ],
)
def test_parse_day_accepts_the_documented_forms(text, expected):
    assert parse_day(text, TODAY) == expected


@pytest.mark.parametrize("text", ["2026-02-30", "31-04-2026", "32 nov", "2026-13-01", "30 feb"])
def test_impossible_dates_are_refused_with_one_sentence(text):
    with pytest.raises(InvalidValue) as caught:
        parse_day(text, TODAY)
    assert "not a day that exists" in caught.value.message
    assert caught.value.code == 2


@pytest.mark.parametrize("text", ["", "soon", "next friday", "I met Sam on 20 nov", "20 nov was good", "2026/11"])
def test_text_that_is_no_date_is_refused(text):
    with pytest.raises(InvalidValue) as caught:
        parse_day(text, TODAY)
    assert "not a date I can read" in caught.value.message


def test_future_days_are_refused_for_the_journal():
    with pytest.raises(InvalidValue) as caught:
        parse_past_day("2026-11-28", TODAY)
    assert "Sat 28 Nov 2026 is in the future" in caught.value.message
    assert parse_past_day("today", TODAY) == TODAY


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
def test_iso_round_trip(day):
    assert parse_day(day.isoformat(), TODAY) == day
    assert parse_day(day.strftime("%d-%m-%Y"), TODAY) == day


@given(st.integers(min_value=0, max_value=9999))
def test_days_ago_counts_back(days):
    assert parse_day(f"{days} days ago", TODAY) == TODAY - timedelta(days=days)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-W47", (2026, 47)),
        ("2026w47", (2026, 47)),
        ("this", (2026, 48)),
        ("last", (2026, 47)),
        ("vorige", (2026, 47)),
        ("2026-11-20", (2026, 47)),
        ("2026-W53", (2026, 53)),
        ("2027-01-03", (2026, 53)),
        ("2027-01-04", (2027, 1)),
    ],
)
def test_parse_week(text, expected):
    assert parse_week(text, TODAY) == expected


@pytest.mark.parametrize("text", ["2026-W60", "2025-W53", "2026-W00"])
def test_impossible_weeks_are_refused(text):
    with pytest.raises(InvalidValue) as caught:
        parse_week(text, TODAY)
    assert "not a week that exists" in caught.value.message


def test_format_day_in_both_languages():
    assert format_day(date(2026, 11, 20), "en") == "Fri 20 Nov 2026"
    assert format_day(date(2026, 11, 20), "nl") == "vr 20 nov 2026"
