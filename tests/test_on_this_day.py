"""On this day: the entry and win of one month and one year ago, on the user's own screen."""

from __future__ import annotations

import calendar
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from report_data import add_entries
from veerkracht.db.journal import Journal
from veerkracht.domain.dates import months_before


def test_months_before_keeps_the_day_or_takes_the_months_last():
    assert months_before(date(2026, 11, 27), 1) == date(2026, 10, 27)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2028, 3, 31), 1) == date(2028, 2, 29)
    assert months_before(date(2028, 2, 29), 12) == date(2027, 2, 28)
    assert months_before(date(2026, 1, 15), 1) == date(2025, 12, 15)


@given(st.dates(date(1901, 1, 1), date(9998, 12, 31)), st.integers(0, 12))
def test_months_before_is_that_many_months_back(day, months):
    back = months_before(day, months)
    assert (day.year * 12 + day.month) - (back.year * 12 + back.month) == months
    assert back.day == min(day.day, calendar.monthrange(back.year, back.month)[1])


def _journal(path):
    with Journal.open(path, write=True) as journal:
        add_entries(journal, [
            ("2026-10-27", 4, []), ("2025-11-27", 8, []), ("2026-11-26", 6, []),
        ])
        with journal.write():
            journal.execute("UPDATE entries SET reflection = 'Month ago: the reorg news', win = 'Kept calm' "
                            "WHERE day = '2026-10-27'")
            journal.execute("UPDATE entries SET reflection = 'Year ago: a secret', private = 1 "
                            "WHERE day = '2025-11-27'")


def test_the_dashboard_shows_a_month_and_a_year_ago(cli, journal_path):
    _journal(journal_path)
    out = cli().stdout
    assert "One month ago, Tue 27 Oct 2026:" in out and "Month ago: the reorg news" in out
    assert "win: Kept calm" in out
    assert "One year ago, Thu 27 Nov 2025:" in out and "Year ago: a secret" in out  # own screen
    dutch = cli("--lang", "nl").stdout
    assert "Een maand geleden, di 27 okt 2026:" in dutch and "succes: Kept calm" in dutch


def test_the_report_shows_it_and_its_picture_leaves_private_entries_out(cli, journal_path, tmp_path):
    _journal(journal_path)
    out = cli("report").stdout
    assert "On this day" in out and "Year ago: a secret" in out
    picture = tmp_path / "report.svg"
    assert cli("report", "--svg", str(picture)).exit_code == 0
    svg = picture.read_text(encoding="utf-8")
    assert "reorg" in svg and "secret" not in svg


def test_nothing_is_shown_for_days_without_entries(cli):
    out = cli().stdout
    assert "ago" not in out
