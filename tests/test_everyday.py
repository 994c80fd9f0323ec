"""Everyday slips (issue 16): a typo in --journal, a future day, "next friday" on a Friday."""

from __future__ import annotations

from datetime import date

import pytest

from veerkracht.domain.dates import parse_day, parse_past_day
from veerkracht.domain.due import parse_due
from veerkracht.errors import InvalidValue

FRIDAY = date(2026, 11, 27)


def test_a_journal_made_at_a_typed_path_is_said(cli, tmp_path):
    typo = tmp_path / "jounral.db"
    first = cli("--journal", str(typo), "log", "5", "x")
    assert first.exit_code == 0 and f"Created a new journal at {typo}." in first.stderr
    again = cli("--journal", str(typo), "log", "6", "y")
    assert "Created a new journal" not in again.stderr  # only when it is made
    dutch = cli("--lang", "nl", "--journal", str(tmp_path / "ander.db"), "log", "5", "x")
    assert "Nieuw dagboek aangemaakt in" in dutch.stderr


def test_reading_a_typed_path_makes_nothing(cli, tmp_path):
    typo = tmp_path / "jounral.db"
    assert cli("--journal", str(typo), "entries").exit_code == 0
    assert not typo.exists()


def test_the_journal_from_the_environment_is_made_quietly(cli, journal_path):
    result = cli("log", "5", "x")  # VEERKRACHT_JOURNAL, set once, is no typo
    assert result.exit_code == 0 and "Created" not in result.stderr


@pytest.mark.parametrize(("text", "lang"), [("tomorrow", "en"), ("morgen", "nl"), ("overmorgen", "nl")])
def test_a_day_ahead_is_in_the_future_not_unreadable(text, lang):
    from veerkracht import i18n

    i18n.set_explicit("en")  # called without the CLI: no run sets the language
    try:
        assert parse_day(text, FRIDAY) > FRIDAY
        with pytest.raises(InvalidValue) as raised:
            parse_past_day(text, FRIDAY)
        assert "is in the future" in raised.value.message
    finally:
        i18n.set_explicit(None)


def test_log_for_tomorrow_says_future_days_cannot_be_logged(cli):
    result = cli("log", "5", "x", "--date", "tomorrow")
    assert result.exit_code == 2
    assert result.stderr.strip() == "Sat 28 Nov 2026 is in the future; the journal records today and earlier days."


def test_next_friday_on_a_friday_is_a_week_later():
    assert parse_due("next friday", FRIDAY) == date(2026, 12, 4)
    assert parse_due("volgende vrijdag", FRIDAY) == date(2026, 12, 4)
    assert parse_due("fri", FRIDAY) == FRIDAY  # the bare weekday is today
    assert parse_due("next monday", FRIDAY) == date(2026, 11, 30)


def test_text_where_the_energy_belongs_suggests_a_note(cli, journal_path):
    result = cli("log", "Had a great day")
    assert result.exit_code == 2
    assert 'veerkracht log note "Had a great day"' in result.stderr
    assert 'veerkracht log 7 "Had a great day"' in result.stderr
    assert not journal_path.exists()  # nothing written
    dutch = cli("--lang", "nl", "log", "Fijne dag gehad")
    assert 'veerkracht log notitie "Fijne dag gehad"' in dutch.stderr
    # a word with a reflection after it is a bad score, as before
    assert "energy: must be a whole number" in cli("log", "abc", "text").stderr
