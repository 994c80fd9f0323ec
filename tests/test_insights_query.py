"""The report's insights read from a real journal (queries/insights.py; docs/insights.md)."""

from __future__ import annotations

import json
import math
import random
from datetime import date, timedelta

import pytest

from report_data import add_entries
from veerkracht.db.journal import Journal, new_id
from veerkracht.domain.period import Period
from veerkracht.queries import insights

UNTIL = date(2026, 6, 30)
PERIOD = Period(UNTIL - timedelta(days=364), UNTIL)


def _fill(path, seed: int, effect: float, *, next_day: float = 0.0) -> None:
    """A year of days: energy in runs (AR(1)), tags in runs; 'sport' adds ``effect`` the same
    day and 'late' takes ``next_day`` off the day after; 'team' and 'travel' do nothing."""
    rng = random.Random(seed)
    state = {tag: False for tag in ("sport", "late", "team", "travel")}
    noise, rows, yesterday = 0.0, [], set()
    for offset in range(365):
        day = PERIOD.since + timedelta(days=offset)
        for tag in state:
            if rng.random() > 0.8:
                state[tag] = rng.random() < 0.35
        noise = 0.6 * noise + rng.gauss(0, 1.2)
        value = 5.5 + noise + (effect if state["sport"] else 0) - (next_day if "late" in yesterday else 0)
        tags = [tag for tag, on in state.items() if on]
        if rng.random() < 0.1:
            yesterday = set()
            continue
        rows.append((day.isoformat(), min(10, max(0, round(value))), tags))
        yesterday = set(tags)
    with Journal.open(path, write=True) as journal:
        add_entries(journal, rows)


def _build(path, **kwargs):
    with Journal.open(path, write=False) as journal:
        return insights.build(journal, PERIOD, **kwargs)


@pytest.mark.parametrize("seed", range(4))
def test_a_planted_tag_effect_is_found_and_the_others_are_not_enough_to_say(journal_path, seed):
    _fill(journal_path, seed, effect=2.0)
    found = {row["tag"]: row for row in _build(journal_path)["tags"]}
    assert found["sport"]["goes_with"] and found["sport"]["low"] > 0
    assert found["sport"]["days_with"] + found["sport"]["days_without"] > 300
    assert found["sport"]["effective_with"] <= found["sport"]["days_with"]
    assert not found["team"]["goes_with"] and not found["travel"]["goes_with"]
    assert found["team"]["low"] < 0 < found["team"]["high"] or not found["team"]["enough"]


@pytest.mark.parametrize("seed", range(4))
def test_a_next_day_effect_is_found_the_next_day(journal_path, seed):
    _fill(journal_path, 100 + seed, effect=0.0, next_day=2.0)
    result = _build(journal_path)
    after = {row["tag"]: row for row in result["next_day"]}
    assert after["late"]["goes_with"] and after["late"]["high"] < 0
    assert not any(row["goes_with"] for row in result["next_day"] if row["tag"] != "late")


def test_no_effect_no_claim_over_many_journals(tmp_path):
    claims = 0
    for seed in range(12):
        path = tmp_path / f"{seed}.db"
        _fill(path, 500 + seed, effect=0.0)
        result = _build(path)
        claims += any(row["goes_with"] for row in result["tags"] + result["next_day"])
    assert claims <= 2, claims


def test_private_entries_can_be_left_out_and_the_result_is_json(journal_path):
    _fill(journal_path, 7, effect=2.0)
    with Journal.open(journal_path, write=True) as journal, journal.write():
        journal.execute("UPDATE entries SET private = 1 WHERE day >= ?", ((UNTIL - timedelta(days=60)).isoformat(),))
    everything, shared = _build(journal_path), _build(journal_path, include_private=False)
    sport = {row["tag"]: row for row in everything["tags"]}["sport"]
    shared_sport = {row["tag"]: row for row in shared["tags"]}["sport"]
    assert shared_sport["days_with"] + shared_sport["days_without"] < sport["days_with"] + sport["days_without"]
    json.dumps(everything, allow_nan=False)  # no NaN: a missing figure is null


def test_commitments_kept_compare_the_weeks_after_a_review(journal_path):
    """Weeks whose intentions (set the week before) were mostly done are 2 points higher."""
    rng = random.Random(3)
    rows, monday = [], PERIOD.since - timedelta(days=PERIOD.since.weekday())
    with Journal.open(journal_path, write=True) as journal:
        with journal.write():
            for week in range(52):
                start = monday + timedelta(weeks=week)
                year, number, _ = start.isocalendar()
                review_id = new_id()
                journal.execute("INSERT INTO reviews (id, iso_week, started_at, lang) VALUES (?, ?, ?, 'en')",
                                (review_id, f"{year}-W{number:02d}", f"{start.isoformat()}T09:00:00+00:00"))
                kept = week % 3 != 0
                for index in range(3):
                    done = index < 2 if kept else index < 1
                    journal.execute(
                        "INSERT INTO actions (id, text, origin, origin_id, created_at, outcome) "
                        "VALUES (?, 'step', 'review', ?, ?, ?)",
                        (new_id(), review_id, f"{start.isoformat()}T09:00:00+00:00", "done" if done else "not"))
                for day in range(7, 14):  # the week after the review: where the intentions were done
                    when = start + timedelta(days=day)
                    if PERIOD.since <= when <= UNTIL:
                        rows.append((when.isoformat(), round(4 + (2 if kept else 0) + rng.gauss(0, 0.8)), []))
        add_entries(journal, rows)
    found = _build(journal_path)["commitments"]
    assert found["enough"] and found["goes_with"], found
    assert found["weeks_with"] > found["weeks_without"] >= 5
    assert math.isclose(found["difference"], 2, abs_tol=0.6)


def test_the_report_says_what_goes_with_energy_in_both_languages(cli, journal_path):
    _fill(journal_path, 1, effect=2.0)
    args = ("report", "--since", PERIOD.since.isoformat(), "--until", UNTIL.isoformat())
    data = json.loads(cli(*args, "--json").stdout)
    sport = {row["tag"]: row for row in data["insights"]["tags"]}["sport"]
    assert sport["goes_with"] and data["insights"]["method"]["false_discovery_rate"] == 0.05
    english = " ".join(cli(*args, env={"COLUMNS": "100"}).stdout.split())
    assert "#sport goes with higher energy:" in english and "95% interval" in english
    assert "Not enough to say, the same day: #" in english and "not a cause" in english
    dutch = " ".join(cli("--lang", "nl", *args, env={"COLUMNS": "100"}).stdout.split())
    assert "#sport gaat samen met hogere energie:" in dutch and "95 %-interval" in dutch  # NBSP split
    assert "Niet genoeg om iets over te zeggen" in dutch


def test_a_long_report_compares_its_last_year(cli, journal_path):
    _fill(journal_path, 2, effect=2.0)
    data = json.loads(cli("report", "--weeks", "520", "--json", env={"VEERKRACHT_TODAY": UNTIL.isoformat()}).stdout)
    assert data["insights"]["days"] == insights.MAX_DAYS and data["insights"]["period_days"] == 520 * 7
    out = " ".join(cli("report", "--weeks", "520", env={"VEERKRACHT_TODAY": UNTIL.isoformat()}).stdout.split())
    assert "These comparisons read the last 365 days of the period." in out
