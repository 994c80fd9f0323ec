"""veerkracht report as a user runs it: text at several widths, JSON, SVG, bad options."""

from __future__ import annotations

import json
from datetime import date

import pytest
from report_data import build_small, daily_scores

from veerkracht.db.journal import Journal

PERIOD = ("--since", "2025-12-26", "--until", "2026-01-08")
SECTIONS = ("Energy", "Tags and energy", "Reflection cycles", "Weekly reviews", "Actions",
            "Connection", "Signals")
DISCLAIMER = "veerkracht is a personal reflection journal, not a medical device."


@pytest.fixture
def small(journal_path):
    build_small(journal_path)
    return journal_path


def test_json_has_the_design_keys(cli, small):
    result = cli("report", *PERIOD, "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["period"] == {"since": "2025-12-26", "until": "2026-01-08", "days": 14}
    energy = data["energy"]
    assert {"days_logged", "mean", "weekly", "weekday"} <= set(energy)
    assert energy["weekly"][1] == {"week": "2026-W01", "mean": 4.25, "min": 1, "max": 8, "days": 6}
    assert set(energy["weekday"]) == {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
    assert energy["weekday"]["Mon"] == 7.25 and energy["weekday"]["Wed"] is None  # {Mon: mean …}
    week = data["reviews"]["weeks"][0]
    assert week["week"] == "2025-W52" and set(week["quadrants"]) == {"do", "schedule", "delegate", "drop"}
    assert {"open", "done", "dropped"} <= set(data["actions"])
    assert isinstance(data["signals"], list)


def test_json_signals_have_rule_and_message(cli, journal_path):
    with Journal.open(journal_path, write=True) as journal:
        daily_scores(journal, date(2026, 11, 27), [7] * 28 + [1] * 14)
    data = json.loads(cli("report", "--json").stdout)
    rules = [signal["rule"] for signal in data["signals"]]
    assert rules == ["low_week", "two_low_weeks", "sharp_dip", "quiet_connection"]
    assert all(set(s) >= {"rule", "message"} for s in data["signals"])


@pytest.mark.parametrize("width", ["60", "80", "140"])
def test_text_report_at_each_width(cli, small, width):
    result = cli("report", *PERIOD, env={"COLUMNS": width})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for section in SECTIONS:
        assert section in out
    assert "Days logged: 9 of 14 (10 scores)" in out
    assert "\x1b[" not in out  # NO_COLOR and not a terminal: plain text
    assert max(len(line) for line in out.splitlines()) <= int(width)
    assert " ".join(DISCLAIMER.split()) in " ".join(out.split())
    assert "Association" not in out or "not a cause" in out
    assert "sport" in out and "7.7 (n = 3)" in out and "2.8 (n = 6)" in out


def test_sections_without_data_say_so_and_show_n(cli):
    result = cli("report")
    assert result.exit_code == 0
    out = result.stdout
    assert "Days logged: 0 of 28" in out
    assert out.count("Not enough data yet") >= 3
    assert "No signals" in out


def test_help_line_sits_under_two_low_weeks(cli, journal_path):
    with Journal.open(journal_path, write=True) as journal:
        daily_scores(journal, date(2026, 11, 27), [1] * 14)
    out = " ".join(cli("report", env={"COLUMNS": "200"}).stdout.split())
    signal = out.index("For about two weeks your energy scores")
    assert out.index("Thinking about suicide? In the Netherlands call 113", signal) > signal


def test_dutch_report(cli, small):
    out = cli("--lang", "nl", "report", *PERIOD).stdout
    for heading in ("Energie", "Labels en energie", "Reflectiecycli", "Weekreviews", "Acties",
                    "Verbinding", "Signalen"):
        assert heading in out
    assert "geen medisch hulpmiddel" in out


def test_value_names_are_not_markup(cli, small):
    with Journal.open(small, write=True) as journal, journal.write():
        journal.execute("UPDATE \"values\" SET name = '[bold]Honesty[/bold]'")
    assert "[bold]Honesty[/bold]" in cli("report", *PERIOD).stdout


def test_svg_is_written(cli, small, tmp_path):
    target = tmp_path / "report.svg"
    result = cli("report", *PERIOD, "--svg", str(target))
    assert result.exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("<svg") and "Energy" in text and "Signals" in text
    assert str(target) in result.stderr and "Energy" in result.stdout


def test_svg_with_json_prints_only_json(cli, small, tmp_path):
    target = tmp_path / "r.svg"
    result = cli("report", *PERIOD, "--json", "--svg", str(target))
    json.loads(result.stdout)
    assert target.exists()


def test_svg_into_a_missing_folder_fails_cleanly(cli, small, tmp_path):
    result = cli("report", "--svg", str(tmp_path / "no" / "such" / "r.svg"))
    assert result.exit_code == 1 and "Traceback" not in result.stderr


def test_weeks_option_sets_the_period(cli):
    data = json.loads(cli("report", "--weeks", "2", "--json").stdout)
    assert data["period"] == {"since": "2026-11-14", "until": "2026-11-27", "days": 14}
    data = json.loads(cli("report", "--json").stdout)
    assert data["period"]["since"] == "2026-10-31"


@pytest.mark.parametrize(
    "args, words",
    [
        (("--weeks", "2", "--since", "2026-11-01"), "not both"),
        (("--since", "2026-11-20", "--until", "2026-11-01"), "after"),
        (("--since", "someday"), "not a date"),
        (("--weeks", "0"), "--weeks must be"),
    ],
)
def test_bad_periods_exit_2(cli, args, words):
    result = cli("report", *args)
    assert result.exit_code == 2 and words in result.stderr and result.stdout == ""


def test_long_period_uses_weekly_bars(cli, small):
    out = cli("report", "--since", "2025-01-01", "--until", "2026-01-08", env={"COLUMNS": "80"}).stdout
    assert "each ISO week's mean energy" in out
    assert "(the last 12 of 3 weeks" not in out


def test_report_process_piped(run_process, small):
    result = run_process("report", *PERIOD, env={"COLUMNS": "60"})
    assert result.returncode == 0 and "\x1b[" not in result.stdout
    assert "Energy" in result.stdout


def test_report_messages_have_both_languages_with_the_same_placeholders():
    import string

    from veerkracht.i18n.report import MESSAGES

    def names(text: str) -> set[str]:
        return {field for _, field, _, _ in string.Formatter().parse(text) if field}

    for key, (en, nl) in MESSAGES.items():
        assert key.startswith("report.") and en and nl
        assert names(en) == names(nl), key


@pytest.mark.parametrize("command", ["report", "calendar", "demo"])
def test_help_has_an_example(cli, command):
    result = cli(command, "--help")
    assert result.exit_code == 0 and "Example" in result.stdout
