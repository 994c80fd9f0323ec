"""veerkracht calendar: a year in pixels that reads without colour."""

from __future__ import annotations

import json

import pytest

from report_data import build_small
from veerkracht.render.calendar import cell_text


@pytest.fixture
def small(journal_path):
    build_small(journal_path)


def grid(out: str) -> list[str]:
    """The seven weekday rows of the grid."""
    return [line for line in out.splitlines() if line[:4].strip() in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")]


@pytest.mark.parametrize("width", ["60", "80", "140"])
def test_year_grid(cli, small, width):
    result = cli("calendar", "--year", "2026", env={"COLUMNS": width})
    assert result.exit_code == 0
    rows = grid(result.stdout)
    assert len(rows) == 7
    assert max(len(line) for line in result.stdout.splitlines()) <= int(width)
    cell = 2 if int(width) >= 4 + 53 * 2 else 1
    # 2026-01-01 is a Thursday in the first column; 01-05 a Monday in the second.
    thursday, monday = rows[3], rows[0]
    assert thursday[4 : 4 + cell].strip() == "8"
    assert monday[4 + cell : 4 + 2 * cell].strip() == "9"
    assert monday[4 : 4 + cell].strip() == ""  # 2025-12-29 belongs to the year before
    assert "Jan" in result.stdout and "Dec" in result.stdout
    assert "5 days logged" in result.stdout  # 01-01 … 01-05


def test_the_end_of_a_year(cli, small):
    rows = grid(cli("calendar", "--year", "2025", env={"COLUMNS": "80"}).stdout)
    last = 4 + 52  # 2025 spans 53 week columns of one character at 80 columns
    assert rows[0][last] == "6"  # Mon 12-29: entries 4 and 7 → 5.5 → 6
    assert rows[2][last : last + 1] in ("", " ")  # Wed 12-31: only a note, so empty
    assert rows[4][last - 1] == "2" and rows[5][last - 1] == "3"  # Fri 12-26, Sat 12-27
    assert rows[6][last - 1] == " "  # Sun 12-28: not logged


def test_calendar_json(cli, small):
    data = json.loads(cli("calendar", "--year", "2025", "--json").stdout)
    assert data["year"] == 2025 and data["days_logged"] == 5
    assert {"day": "2025-12-29", "mean": 5.5} in data["days"]


def test_empty_year_says_so(cli):
    result = cli("calendar")
    assert result.exit_code == 0 and "Nothing logged in 2026 yet" in result.stdout


def test_bad_year(cli):
    result = cli("calendar", "--year", "12")
    assert result.exit_code == 2 and "--year" in result.stderr


def test_cells_and_dutch(cli, small):
    assert [cell_text(v) for v in (0, 4.4, 4.5, 9.6, 10)] == ["0", "4", "5", "X", "X"]
    out = cli("--lang", "nl", "calendar", "--year", "2026").stdout
    assert "in pixels: gemiddelde energie per dag" in out and "jan" in out
