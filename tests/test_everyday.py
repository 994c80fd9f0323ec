"""Everyday slips (issue 16): a typo in --journal or a subcommand, a future day, "next friday" on
a Friday, tags offered at the check-in, an interrupted flow, the demo's first screen."""

from __future__ import annotations

import importlib
from datetime import date

import pytest

from conftest import rows
from veerkracht.cli.usage import edit_distance, mistyped
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


# -- a word close to a subcommand is never taken as data without asking ----------------------


@pytest.mark.parametrize(("word", "names", "meant"), [
    ("lsit", ["list", "edit", "delete"], "list"),  # two letters swapped
    ("dne", ["done", "drop", "edit"], "done"),  # one letter missing
    ("delte", ["list", "delete"], "delete"),
    ("deelte", ["list", "delete"], "delete"),  # six letters: two edits
    ("shwo", ["show", "edit"], "show"),
    ("lisa", ["list"], "list"),  # typed in lower case it may be either: asked
    ("ed", ["edit", "delete", "list"], None),  # real short names stay names
    ("li", ["list"], None),
    ("bo", ["show", "done"], None),
    ("al", ["add", "list"], None),
    ("Lisa", ["list"], None),  # a capital: a name, as people type names
    ("Don", ["done"], None),
    ("Ed", ["edit"], None),
    ("sam", ["list", "edit", "delete"], None),  # far from every subcommand
    ("team-a", ["delete"], None),  # not a word of letters only
    ("list", ["list"], None),  # the subcommand itself is no typo
    ("dlt", ["delete"], None),  # three edits away is too far to guess
])
def test_which_words_look_like_a_mistyped_subcommand(word, names, meant):
    assert mistyped(word, names) == meant


def test_edit_distance_counts_a_swap_as_one():
    assert edit_distance("lsit", "list") == 1
    assert edit_distance("dne", "done") == 1
    assert edit_distance("", "add") == 3
    assert edit_distance("kitten", "sitting") == 3


def test_connect_lsit_without_a_terminal_is_refused_and_says_both_ways(cli, journal_path):
    result = cli("connect", "lsit", "--care")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "'lsit' looks like a typo of 'veerkracht connect list', so nothing was done. Run that "
        "command, or to use 'lsit' as typed, run 'veerkracht connect add lsit --care'.")
    assert not journal_path.exists()  # nothing written
    dutch = cli("--lang", "nl", "connect", "lsit")
    assert dutch.exit_code == 2
    assert dutch.stderr.strip() == (
        "'lsit' lijkt een tikfout voor 'veerkracht connect list', dus er is niets gedaan. Voer die "
        "opdracht uit, of voer 'veerkracht connect add lsit' uit als je 'lsit' bedoelt zoals je het typte.")
    assert not journal_path.exists()
    said = cli("connect", "add", "lsit")  # the way it suggests works
    assert said.exit_code == 0 and "with lsit" in said.stderr


def test_connect_lsit_on_a_terminal_asks_which_was_meant(cli, journal_path):
    listed = cli("connect", "lsit", input="\n", interactive=True)  # Enter: yes, the list
    assert listed.exit_code == 0, listed.stderr
    assert "Did you mean 'veerkracht connect list'? [Y/n]" in listed.stderr
    assert "Logged a moment of contact" not in listed.stderr
    named = cli("connect", "lsit", input="n\n", interactive=True)  # no: the name as typed
    assert named.exit_code == 0 and "Logged a moment of contact with lsit" in named.stderr
    assert [row["who"] for row in rows(journal_path, "SELECT who FROM connections")] == ["lsit"]
    dutch = cli("--lang", "nl", "connect", "lsit", input="j\n", interactive=True)
    assert "Bedoelde je 'veerkracht connect list'?" in dutch.stderr


@pytest.mark.parametrize("name", ["Ed", "Li", "Bo", "ed", "li", "Lisa", "Don", "Sam Jansen"])
def test_real_names_are_logged_without_a_question(cli, journal_path, name):
    result = cli("connect", name)
    assert result.exit_code == 0, result.stderr
    assert rows(journal_path, "SELECT who FROM connections") == [{"who": name}]


def test_actions_dne_says_did_you_mean_done(cli):
    result = cli("actions", "dne", "47cd")
    assert result.exit_code == 2
    assert "No such command 'dne'. Did you mean 'done'?" in result.stderr
    assert "Usage: veerkracht actions [OPTIONS] COMMAND" in result.stderr  # not 'actions list'
    dutch = cli("--lang", "nl", "actions", "dne", "47cd")
    assert "Opdracht 'dne' bestaat niet. Bedoelde je 'done'?" in dutch.stderr
    assert "No such command 'lsit'. Did you mean 'list'?" in cli("values", "lsit").stderr


def _default_groups():
    import typer

    from veerkracht.app import COMMANDS
    from veerkracht.cli.groups import DefaultGroup

    for name in COMMANDS:
        command = typer.main.get_command(importlib.import_module(COMMANDS[name]).app)
        if isinstance(command, DefaultGroup):
            yield name, command


def test_every_group_with_a_default_refuses_a_mistyped_subcommand(cli, journal_path):
    checked = []
    for group, command in _default_groups():
        for sub in command.commands:
            if sub == command.default_command:
                continue
            typo = sub[1] + sub[0] + sub[2:]  # the first two letters swapped
            result = cli(group, typo, "x1")
            assert result.exit_code == 2, (group, typo, result.stderr)
            said = " ".join(result.stderr.split())
            assert f"'{sub}'" in said or f" {sub}'" in said, (group, typo, said)
            checked.append(f"{group} {typo}")
    assert {"connect ilst", "actions odne", "entries hsow", "review ilst"} <= set(checked)
    assert not journal_path.exists()  # no typo wrote anything


# -- interactive log offers the recent tags -------------------------------------------------


def _tags(journal_path):
    return [row["tag"] for row in rows(journal_path, "SELECT tag FROM entry_tags ORDER BY tag")]


def test_interactive_log_asks_for_tags_with_the_recent_ones(cli, journal_path):
    for day, tags in (("2026-10-01", ["old"]), ("2026-11-20", ["team", "sleep"]), ("2026-11-25", ["team"])):
        assert cli("log", "5", "x", "--date", day, *[f"-t{tag}" for tag in tags]).exit_code == 0
    result = cli("log", input="6\nLong day\n\nbad! tag\nsport, Team #focus sport\n", interactive=True)
    assert result.exit_code == 0, result.stderr
    # most used first; a tag last used 57 days ago is not recent
    assert "Tags? Recently used: team, sleep (Enter to skip):" in result.stderr
    assert "tags: 'bad!' is not a tag" in result.stderr  # refused, then asked again
    latest = rows(journal_path, "SELECT id FROM entries WHERE reflection = 'Long day'")[0]["id"]
    assert [row["tag"] for row in rows(
        journal_path, "SELECT tag FROM entry_tags WHERE entry_id = ? ORDER BY tag", (latest,))] == [
        "focus", "sport", "team"]
    dutch = cli("--lang", "nl", "log", input="6\n\n\n\n", interactive=True)
    assert "Labels? Onlangs gebruikt: team, focus, sleep, sport (Enter om over te slaan)" in dutch.stderr


def test_tags_are_asked_without_a_hint_on_a_new_journal_and_not_when_given(cli, journal_path):
    first = cli("log", input="6\n\n\n\n", interactive=True)
    assert first.exit_code == 0 and "Tags, with spaces between them? (Enter to skip)" in first.stderr
    assert _tags(journal_path) == []  # Enter: none
    given = cli("log", "-t", "team", input="6\n\n\n", interactive=True)
    assert given.exit_code == 0 and "Tags" not in given.stderr
    assert cli("log", "7", "non-interactive").exit_code == 0  # unchanged: asks nothing
    assert "Labels, met spaties ertussen?" in cli("--lang", "nl", "--journal", str(journal_path) + ".2",
                                                   "log", input="6\n\n\n\n", interactive=True).stderr


def test_recent_tags_read_the_days_index(journal_path, cli):
    from veerkracht.db.journal import Journal
    from veerkracht.store.entries import recent_tags

    for n in range(12):
        assert cli("log", "5", "x", f"-tt{n:02}", *(["-tt00"] * (n % 2))).exit_code == 0
    journal = Journal.open(journal_path, write=False)
    try:
        assert recent_tags(journal, date(2026, 10, 28)) == ["t00", "t01", "t02", "t03", "t04", "t05", "t06", "t07"]
        assert recent_tags(journal, date(2026, 11, 28)) == []
        plan = " ".join(row["detail"] for row in journal.query(
            "EXPLAIN QUERY PLAN SELECT tag FROM tag_days WHERE day >= ? GROUP BY tag "
            "ORDER BY sum(entries) DESC, tag LIMIT ?", ("2026-10-28", 8)))
    finally:
        journal.close()
    assert "SEARCH tag_days USING PRIMARY KEY (day>?)" in plan


# -- an interrupted flow says how to continue -----------------------------------------------


def test_an_interrupted_log_names_the_entry_to_edit(cli, journal_path):
    result = cli("log", input="6\nLong day\n", interactive=True)  # input ends at the win
    assert result.exit_code == 130
    handle = rows(journal_path, "SELECT id FROM entries")[0]["id"][:8]
    assert f"add the rest with 'veerkracht entries edit {handle}'" in result.stderr
    dutch = cli("--lang", "nl", "log", input="5\n", interactive=True)
    assert "vul de rest aan met 'veerkracht entries edit " in dutch.stderr
    nothing = cli("log", input="", interactive=True)
    assert "Stopped. Nothing was logged; start again with 'veerkracht log'." in nothing.stderr


def test_an_interrupted_review_says_how_to_continue(cli):
    this_week = cli("review", input="", interactive=True)
    assert this_week.exit_code == 130
    assert this_week.stderr.strip().endswith(
        "Stopped. Your answers are kept; continue with 'veerkracht review'.")
    last = cli("--lang", "nl", "review", "--week", "last", "--short", input="", interactive=True)
    assert last.exit_code == 130
    assert last.stderr.strip().endswith(
        "Gestopt. Je antwoorden zijn bewaard; ga verder met 'veerkracht review --week 2026-W47 --short'.")


# -- the demo's first screen ----------------------------------------------------------------

MONDAY = {"VEERKRACHT_TODAY": "2026-11-30"}


@pytest.mark.parametrize(("lang", "built", "nothing"), [
    ("en", "Built a sample journal at", "Nothing logged today yet"),
    ("nl", "Een voorbeelddagboek staat klaar in", "Vandaag nog niets vastgelegd"),
])
def test_the_demo_says_first_where_it_is_and_includes_today(cli, tmp_path, lang, built, nothing):
    target = tmp_path / "demo.db"
    result = cli("--lang", lang, "demo", "--weeks", "4", "--journal", str(target), env=MONDAY)
    assert result.exit_code == 0, result.stderr
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{built} {target}")  # before the dashboard and the report
    assert f"--journal {target} report" in lines[1]
    assert f"--journal {target} report" in lines[-1]  # and again where the report ends
    assert nothing not in result.output
    assert "nothing scored yet" not in result.output and "nog niets gescoord" not in result.output
    assert rows(target, "SELECT count(*) AS n FROM entries WHERE day = '2026-11-30' AND energy IS NOT NULL")[0]["n"] >= 1


@pytest.mark.parametrize(("lang", "choices", "answer"), [("en", "[y/N]", "yes"), ("nl", "[j/N]", "j"), ("nl", "[j/N]", "ja")])
def test_a_delete_is_confirmed_in_the_users_language(cli, journal_path, lang, choices, answer):
    assert cli("log", "5", "A day to remove").exit_code == 0
    entry = rows(journal_path, "SELECT id FROM entries")[0]["id"]
    result = cli("--lang", lang, "entries", "delete", entry[:8], input=f"misschien\n{answer}\n", interactive=True)
    assert result.exit_code == 0, result.output
    assert choices in result.output
    assert "misschien" in result.output  # said once as not a yes or a no, then asked again
    assert rows(journal_path, "SELECT id FROM entries") == []
