"""ISO weeks as the review reads them: --week forms, year boundaries, neighbouring weeks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veerkracht.domain.dates import parse_week
from veerkracht.domain.period import Period
from veerkracht.errors import InvalidValue
from veerkracht.flows.review.steps import next_sunday

TODAY = date(2026, 11, 27)  # Friday of 2026-W48


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-W47", (2026, 47)),
        ("2026-w47", (2026, 47)),
        ("2026W47", (2026, 47)),
        ("this", (2026, 48)),
        ("deze", (2026, 48)),
        ("last", (2026, 47)),
        ("vorige", (2026, 47)),
        ("2026-11-23", (2026, 48)),  # the Monday
        ("2026-11-29", (2026, 48)),  # the Sunday
        ("2026-11-22", (2026, 47)),  # the Sunday before
        ("yesterday", (2026, 48)),
        ("20 nov", (2026, 47)),
        ("2026-W53", (2026, 53)),  # 2026 has 53 ISO weeks (it starts on a Thursday)
        ("2027-W01", (2027, 1)),
        ("2027-01-01", (2026, 53)),  # New Year's Day 2027 still belongs to 2026-W53
        ("2027-01-03", (2026, 53)),
        ("2027-01-04", (2027, 1)),  # 2027-W01 starts on Monday 4 January
        ("2025-12-29", (2026, 1)),  # and 2026-W01 started in December 2025
        ("2020-W53", (2020, 53)),
    ],
)
def test_parse_week_reads_every_form(text: str, expected: tuple[int, int]) -> None:
    assert parse_week(text, TODAY) == expected


@pytest.mark.parametrize("text", ["2026-W60", "2025-W53", "2027-W53", "2026-W00"])
def test_parse_week_refuses_weeks_that_do_not_exist(text: str) -> None:
    with pytest.raises(InvalidValue, match="not a week that exists"):
        parse_week(text, TODAY)


def test_parse_week_refuses_what_is_not_a_week() -> None:
    with pytest.raises(InvalidValue, match="not a week I can read"):
        parse_week("someday", TODAY)


def test_last_week_crosses_the_year_boundary() -> None:
    assert parse_week("last", date(2027, 1, 6)) == (2026, 53)
    assert parse_week("last", date(2026, 1, 2)) == (2025, 52)


def test_week_days_and_neighbours_across_years() -> None:
    w53 = Period.iso_week(2026, 53)
    assert (w53.monday, w53.sunday) == (date(2026, 12, 28), date(2027, 1, 3))
    assert w53.shifted(1) == Period.iso_week(2027, 1)
    assert Period.iso_week(2027, 1).monday == date(2027, 1, 4)
    assert Period.iso_week(2027, 1).shifted(-1) == w53
    assert Period.iso_week(2026, 1).shifted(-1) == Period.iso_week(2025, 52)  # 2025 has no week 53
    assert w53.label == "2026-W53" and Period.iso_week(2027, 1).label == "2027-W01"


def test_intentions_are_due_the_sunday_of_the_following_week() -> None:
    assert next_sunday(Period.iso_week(2026, 48)) == date(2026, 12, 6)
    assert next_sunday(Period.iso_week(2026, 53)) == date(2027, 1, 10)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_any_day_lies_in_the_week_it_names(day: date) -> None:
    year, number = parse_week(day.isoformat(), TODAY)
    week = Period.iso_week(year, number)
    assert week.monday <= day <= week.sunday
    assert week.sunday - week.monday == timedelta(days=6)
    assert week.shifted(1).shifted(-1) == week


def test_cli_refuses_an_impossible_week_with_one_sentence(cli) -> None:
    for args in (
        ["review", "--week", "2026-W60"],
        ["review", "show", "--week", "2025-W53", "--json"],
    ):
        result = cli(*args)
        assert result.exit_code == 2
        assert result.stdout == ""
        assert result.stderr.strip().count("\n") == 0
        assert "not a week that exists" in result.stderr
