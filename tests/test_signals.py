"""The report's signals as ../shared/PROMPTS.md has them: wording, stacking, the help line once,
and quiet connection only for someone who uses ``connect``. Journals are built with explicit
days ending on a fixed "today"; nothing here reads the real clock."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta

import pytest

from report_data import daily_scores
from veerkracht import i18n as messages
from veerkracht.db.journal import Journal
from veerkracht.queries.signals import active, stack
from veerkracht.render.signals import worded

TODAY = date(2026, 11, 27)  # the conftest's VEERKRACHT_TODAY

WORDS = {
    "en": {
        "low_week": "Your energy has been low on most of your recent days (5 of your last 7 logged days "
                    "at 3 or lower). Is there one thing you could drop or hand over, or a real rest you "
                    "could plan?",
        "two_low_weeks": "For about two weeks your energy scores have mostly been low. veerkracht can't "
                         "tell why and is not a medical tool, but this is a good reason to talk with "
                         "someone you trust: your coach, your GP or your company doctor.",
        "sharp_dip": "Your energy this week is well below your usual level. Did something change?",
        "quiet_connection": "No moments of contact logged for two weeks. Who could you reach out to?",
        "urgent_treadmill": "Three weeks mostly in urgent work. What important, non-urgent matter is "
                            "waiting?",
    },
    "nl": {
        "low_week": "Je energie was de laatste tijd op de meeste dagen laag (5 van je laatste 7 "
                    "vastgelegde dagen op 3 of lager). Is er één ding dat je kunt schrappen of "
                    "overdragen, of een echt rustmoment dat je kunt plannen?",
        "two_low_weeks": "Al ongeveer twee weken zijn je energiescores overwegend laag. veerkracht kan "
                         "niet zeggen waardoor en is geen medisch hulpmiddel, maar dit is een goede "
                         "reden om te praten met iemand die je vertrouwt: je coach, je huisarts of je "
                         "bedrijfsarts.",
        "sharp_dip": "Je energie ligt deze week duidelijk onder je gebruikelijke niveau. Is er iets "
                     "veranderd?",
        "quiet_connection": "Twee weken geen contactmoment met anderen vastgelegd. Met wie zou je "
                            "contact kunnen zoeken?",
        "urgent_treadmill": "Drie weken vooral dringend werk. Welke belangrijke, niet-dringende zaak "
                            "ligt te wachten?",
    },
}
HELP = {
    "en": "Thinking about suicide? In the Netherlands call 113 or 0800-0113 (free, 24/7) or chat at "
          "113.nl; in an emergency call 112. Elsewhere: your local emergency number.",
    "nl": "Denk je aan zelfdoding? Bel 24/7 gratis en anoniem 113 of 0800-0113, of chat via 113.nl. "
          "Bij direct gevaar: 112.",
}


@pytest.fixture(autouse=True)
def english():
    """Calls made here skip the CLI, so clear a language an earlier command left behind."""
    messages.set_explicit(None)
    messages.set_journal_default(None)
    yield
    messages.set_explicit(None)


@pytest.fixture
def journal(journal_path):
    with Journal.open(journal_path, write=True) as opened:
        yield opened


def contact(journal: Journal, day: date, who: str = "Sam") -> None:
    with journal.write():
        journal.execute(
            "INSERT INTO connections (id, day, who, logged_at) VALUES (?, ?, ?, ?)",
            (f"{who}-{day.isoformat()}", day.isoformat(), who, day.isoformat()),
        )


def fired(journal: Journal, until: date = TODAY) -> list[str]:
    return [signal["rule"] for signal in active(journal, until)]


# -- wording --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_each_signal_is_worded_exactly_as_the_catalogue_of_prompts_says(lang):
    messages.set_explicit(lang)
    shown = {rule: worded({"rule": rule, "n": 5} if rule == "low_week" else {"rule": rule})
             for rule in WORDS[lang]}
    assert {rule: signal["message"] for rule, signal in shown.items()} == WORDS[lang]
    assert [rule for rule, signal in shown.items() if "help" in signal] == ["two_low_weeks"]
    assert shown["two_low_weeks"]["help"] == HELP[lang]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_signal_speaks_of_this_week_when_it_means_logged_days(lang):
    messages.set_explicit(lang)
    low = worded({"rule": "low_week", "n": 4})["message"]
    assert ("last 7 logged days" if lang == "en" else "laatste 7 vastgelegde dagen") in low
    assert "this week" not in low and "deze week" not in low


# -- stacking -------------------------------------------------------------------------------


def test_two_low_weeks_comes_first_and_hides_low_week_and_sharp_dip(journal):
    daily_scores(journal, TODAY, [7] * 28 + [1] * 14)
    assert fired(journal) == ["two_low_weeks"]


def test_the_smaller_signals_show_when_two_low_weeks_does_not_fire(journal):
    daily_scores(journal, TODAY, [7] * 28 + [5] * 7 + [2] * 7)  # 7 low of the last 14
    assert fired(journal) == ["low_week", "sharp_dip"]


def test_signals_that_two_low_weeks_does_not_cover_stay_beside_it(journal):
    daily_scores(journal, TODAY, [7] * 28 + [1] * 14)
    contact(journal, TODAY - timedelta(days=40))  # someone who uses connect, quiet for 14 days
    with journal.write():
        for week, do in {"2026-W46": 80, "2026-W47": 85, "2026-W48": 90}.items():
            journal.execute(
                "INSERT INTO reviews (id, iso_week, started_at, share_do, share_schedule, "
                "share_delegate, share_drop) VALUES (?, ?, '', ?, ?, 0, 0)", (week, week, do, 100 - do))
    assert fired(journal) == ["two_low_weeks", "quiet_connection", "urgent_treadmill"]


def test_stack_orders_and_hides_whatever_order_the_rules_fired_in():
    given = [{"rule": "urgent_treadmill"}, {"rule": "low_week", "n": 7}, {"rule": "sharp_dip"},
             {"rule": "two_low_weeks"}]
    assert [s["rule"] for s in stack(given)] == ["two_low_weeks", "urgent_treadmill"]
    assert [s["rule"] for s in stack([{"rule": "sharp_dip"}, {"rule": "low_week", "n": 4}])] == [
        "low_week", "sharp_dip"]


@pytest.mark.parametrize("args", [("report",), ()])
def test_the_help_line_appears_once_under_two_low_weeks(cli, journal_path, args):
    with Journal.open(journal_path, write=True) as journal:
        daily_scores(journal, TODAY, [7] * 28 + [1] * 14)
    out = " ".join(cli(*args, env={"COLUMNS": "200"}).stdout.split())
    assert out.count("Thinking about suicide?") == 1
    assert out.index("For about two weeks") < out.index("Thinking about suicide?")
    assert "low on most of your recent days" not in out
    assert "well below your usual level" not in out


def test_report_json_lists_the_stacked_signals(cli, journal_path):
    with Journal.open(journal_path, write=True) as journal:
        daily_scores(journal, TODAY, [7] * 28 + [1] * 14)
    data = json.loads(cli("report", "--json").stdout)
    assert [(s["rule"], "help" in s) for s in data["signals"]] == [("two_low_weeks", True)]


# -- quiet connection -----------------------------------------------------------------------


def test_quiet_connection_never_nags_someone_who_never_used_connect(journal):
    daily_scores(journal, TODAY, [6] * 14)
    assert "quiet_connection" not in fired(journal)


def test_quiet_connection_fires_for_someone_who_uses_connect(journal):
    daily_scores(journal, TODAY, [6] * 14)
    contact(journal, TODAY - timedelta(days=30))
    assert "quiet_connection" in fired(journal)


def test_quiet_connection_needs_eight_logged_days_of_the_fourteen(journal):
    contact(journal, TODAY - timedelta(days=30))
    daily_scores(journal, TODAY, [6, None] * 6 + [None, 6])  # 7 logged of 14
    assert "quiet_connection" not in fired(journal)
    daily_scores(journal, TODAY - timedelta(days=1), [6])  # an 8th logged day
    assert "quiet_connection" in fired(journal)


def test_a_contact_after_the_day_judged_does_not_count_as_having_used_connect(journal):
    daily_scores(journal, TODAY - timedelta(days=60), [6] * 14)
    contact(journal, TODAY)  # the first contact ever, long after the period judged
    assert "quiet_connection" not in fired(journal, TODAY - timedelta(days=60))


# -- completion rates are not red ----------------------------------------------------------------


def test_the_completion_rate_is_not_shown_in_red():
    from rich.console import Console

    from veerkracht.render.sections import actions_section

    out = Console(file=io.StringIO(), force_terminal=True, color_system="standard", width=100)
    actions_section({"created": 4, "done": 1, "dropped": 0, "open": 3, "overdue": 2,
                     "completion_rate": 0.25}, out)
    text = out.file.getvalue()
    rate_line = next(line for line in text.splitlines() if "Completion rate" in line)
    assert "\x1b[31m" not in rate_line and ";31m" not in rate_line and "[31;" not in rate_line
