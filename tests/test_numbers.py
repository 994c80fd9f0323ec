"""Figures follow the language: 5,2 and 40 % in Dutch, 5.2 and 40% in English; JSON stays as is.

The functions of ``veerkracht.domain.numbers`` first, then what people read: the report in
the terminal and as an SVG picture, the dashboard, the calendar, the weekly review and the
coach summary, in Dutch at 80 columns for a seeded sample journal. Dates and IDs are not
figures: the checks look for a digit, a point and a digit.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veerkracht import __version__
from veerkracht.domain.numbers import MINUS, compact, decimal, percent, signed
from veerkracht.domain.rounding import half_away

NBSP = "\u00a0"
POINT_DECIMAL = re.compile(r"\d\.\d")  # 5.2: a decimal point between digits
COMMA_DECIMAL = re.compile(r"\d,\d")
figures = st.floats(min_value=-1000, max_value=1000, allow_nan=False)


# -- the functions ---------------------------------------------------------------------------


def test_decimal_in_each_language():
    assert (decimal(5.25, lang="en"), decimal(5.25, lang="nl")) == ("5.3", "5,3")
    assert (decimal(5.55, lang="nl"), decimal(9, lang="nl"), decimal(None, lang="nl")) == ("5,6", "9,0", "–")
    assert (decimal(2.345, 2, lang="nl"), decimal(4.5, 0, lang="nl")) == ("2,35", "5")
    assert decimal(-0.35, lang="nl") == MINUS + "0,4"  # a real minus sign, a tie away from zero


def test_percent_in_each_language():
    assert (percent(40, lang="en"), percent(40, lang="nl")) == ("40%", "40" + NBSP + "%")
    assert (percent(21.55, 1, lang="en"), percent(21.55, 1, lang="nl")) == ("21.6%", "21,6" + NBSP + "%")
    assert (percent(42.5, lang="en"), percent(None, lang="nl")) == ("43%", "–")


def test_signed_and_compact():
    assert (signed(0.5, lang="nl"), signed(-1.25, lang="nl"), signed(0, lang="nl")) == ("+0,5", "−1,3", "+0,0")
    assert (signed(-0.04, lang="en"), signed(2, 0, lang="en"), signed(-2, 0, lang="nl")) == ("+0.0", "+2", "−2")
    assert (compact(7.0, lang="nl"), compact(5.45, lang="nl"), compact(6.96, lang="en")) == ("7", "5,5", "7")


def test_the_current_language_is_used_when_none_is_given(monkeypatch):
    from veerkracht import i18n

    monkeypatch.setattr(i18n, "_explicit", "nl")
    assert (decimal(5.2), percent(40), signed(-0.4)) == ("5,2", "40" + NBSP + "%", "−0,4")
    monkeypatch.setattr(i18n, "_explicit", "en")
    assert (decimal(5.2), percent(40), signed(-0.4)) == ("5.2", "40%", "−0.4")


@given(figures, st.integers(min_value=0, max_value=3))
def test_english_reads_back_as_the_rounded_figure(value, places):
    text = decimal(value, places, lang="en")
    assert float(text.replace(MINUS, "-")) == half_away(value, places)
    assert "-" not in text and "," not in text


@given(figures, st.integers(min_value=0, max_value=3))
def test_dutch_is_english_with_a_decimal_comma(value, places):
    dutch, english = decimal(value, places, lang="nl"), decimal(value, places, lang="en")
    assert "." not in dutch and dutch == english.replace(".", ",")
    assert dutch.count(",") == (1 if places else 0)


@given(figures)
def test_signed_always_carries_its_sign(value):
    for lang in ("en", "nl"):
        text = signed(value, lang=lang)
        assert text[0] in ("+", MINUS) and text[1:] == decimal(abs(half_away(value, 1)), lang=lang)


@given(st.floats(min_value=0, max_value=100, allow_nan=False))
def test_a_percentage_is_its_figure_and_the_sign(value):
    assert percent(value, lang="en") == decimal(value, 0, lang="en") + "%"
    assert percent(value, 1, lang="nl") == decimal(value, 1, lang="nl") + NBSP + "%"


def test_a_no_break_space_is_one_cell_wide_in_a_terminal():
    from rich.cells import cell_len

    assert cell_len(percent(40, lang="nl")) == len("40 %")


# -- what people read --------------------------------------------------------------------------


@pytest.fixture
def sample(cli, tmp_path) -> Path:
    """A sample journal with entries, tags, cycles, reviews, actions and contact (seeded)."""
    target = tmp_path / "sample.db"
    result = cli("demo", "--weeks", "8", "--seed", "5", "--journal", str(target))
    assert result.exit_code == 0, result.stderr
    return target


def run(cli, journal: Path, lang: str, *args: str) -> str:
    result = cli("--lang", lang, "--journal", str(journal), *args, env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def no_point_decimals(text: str) -> None:
    found = [text[max(0, m.start() - 20): m.end() + 20] for m in POINT_DECIMAL.finditer(text)]
    assert not found, found


def test_the_dutch_report_writes_decimal_commas_and_percentages(cli, sample):
    out = run(cli, sample, "nl", "report")
    no_point_decimals(out)
    assert COMMA_DECIMAL.search(out)
    assert re.search(r"Gemiddelde energie \d+,\d \(laagste dag \d+,\d, hoogste dag \d+,\d", out)
    assert re.search(r"gemiddeld \d+,\d" + NBSP + "% van de tijd", out)
    assert re.search(r": \d+" + NBSP + r"% \(n = \d+\)", out)  # the actions done
    assert not re.search(r"\d%", out)  # every % has its space


def test_the_english_report_is_unchanged(cli, sample):
    out = run(cli, sample, "en", "report")
    assert POINT_DECIMAL.search(out) and not COMMA_DECIMAL.search(out)
    assert re.search(r"Mean energy \d+\.\d \(lowest day \d+\.\d, highest day \d+\.\d", out)
    assert re.search(r"Important, not urgent: \d+\.\d% of the time", out)
    assert re.search(r"Completion rate: \d+% \(n = \d+\)", out)
    assert NBSP not in out


def test_the_dutch_svg_picture_writes_decimal_commas(cli, sample, tmp_path):
    target = tmp_path / "report.svg"
    run(cli, sample, "nl", "report", "--svg", str(target))
    svg = target.read_text(encoding="utf-8")
    shown = html.unescape("".join(re.findall(r"<text[^>]*>(.*?)</text>", svg, re.S)))
    no_point_decimals(shown)
    assert COMMA_DECIMAL.search(shown) and re.search(r"\d" + NBSP + "%", shown)
    assert "veerkracht-overzicht" in svg and "veerkracht report" not in svg  # its title too


def test_the_dutch_dashboard_and_calendar_write_decimal_commas(cli, sample):
    dashboard = run(cli, sample, "nl")
    assert re.search(r"gemiddeld \d+,\d over", dashboard)
    no_point_decimals(dashboard)
    calendar = run(cli, sample, "nl", "calendar", "--year", "2026")
    assert re.search(r"gemiddeld \d+,\d", calendar)
    no_point_decimals(calendar)


def test_the_dutch_review_shows_its_time_split_with_percentages(cli, sample):
    out = run(cli, sample, "nl", "review", "show", "--week", "2026-W47")
    assert re.search(r"doen \d+" + NBSP + r"% · inplannen \d+" + NBSP + "%", out)
    english = run(cli, sample, "en", "review", "show", "--week", "2026-W47")
    assert re.search(r"do \d+% · schedule \d+%", english)


def test_the_dutch_coach_summary_writes_decimal_commas(cli, sample):
    out = run(cli, sample, "nl", "export", "--include-private")
    words = re.sub(r"```mermaid.*?```", "", out, flags=re.S).replace(__version__, "")  # chart data
    no_point_decimals(words)
    assert re.search(r"gemiddeld \d+,\d, laagste dag \d+,\d", words)
    assert re.search(r"doen \d+" + NBSP + r"%, inplannen \d+" + NBSP + "%", words)
    assert re.search(r"^\| week \d+ \(2026\) \| \d+ \| \d+,\d \| \d+,\d \| \d+,\d \|$", words, re.M)
    assert not re.search(r"\d%", words) and "-0," not in words  # a real minus sign
    english = run(cli, sample, "en", "export", "--include-private")
    assert re.search(r"do \d+%, schedule \d+%", english) and NBSP not in english


def _figures(text: str) -> object:
    """The JSON without the export's time and the signals' sentences (said in the language)."""
    data = json.loads(text)
    if isinstance(data, dict):
        data.pop("exported_at", None)
        for signal in data.get("signals", []):
            signal.pop("message", None)
            signal.pop("help", None)
    return data


@pytest.mark.parametrize("args", [
    ("report", "--json"),
    ("calendar", "--year", "2026", "--json"),
    ("entries", "--json"),
    ("export", "--format", "csv", "--include-private"),
    ("export", "--format", "json", "--include-private"),
])
def test_json_and_csv_are_the_same_in_every_language(cli, sample, args):
    english, dutch = run(cli, sample, "en", *args), run(cli, sample, "nl", *args)
    if "csv" in args:
        assert english == dutch
        return
    assert _figures(english) == _figures(dutch)
