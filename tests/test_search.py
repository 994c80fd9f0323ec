import json

import pytest


def found(cli, *query):
    result = cli("search", *query, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def journal(cli):
    cli("log", "4", "Hard conversation with the board about budget", "--win", "Stayed calm")
    cli("log", "7", "Team retro went well; the team laughed together", "-t", "team")
    cli("log", "6", "Budget sprint planning")


def test_search_finds_reflections_and_wins_ranked(cli, journal):
    hits = found(cli, "team")
    assert [hit["field"] for hit in hits] == ["reflection"]
    assert "the team laughed" in hits[0]["snippet"]
    assert found(cli, "calm")[0]["field"] == "win"
    assert len(found(cli, "budget")) == 2
    assert found(cli, "budget", "sprint")[0]["snippet"].startswith("Budget sprint")


def test_json_shape_and_prefix_search(cli, journal):
    hit = found(cli, "retr*")[0]
    assert set(hit) >= {"kind", "id", "handle", "field", "day", "energy", "snippet", "rank", "private"}
    assert hit["kind"] == "entry" and hit["energy"] == 7 and hit["day"] == "2026-11-27"


def test_terminal_output_highlights_without_markup(cli, journal):
    cli("log", "5", "[bold]budget[/bold] talk")
    result = cli("search", "budget")
    assert result.exit_code == 0
    assert "[bold]budget[/bold] talk" in result.stdout
    assert "3 matches for 'budget', best match first." in result.stderr


def test_index_follows_edit_and_delete(cli, journal):
    entry = found(cli, "retro")[0]
    cli("entries", "edit", entry["handle"], "--reflection", "Quiet afternoon")
    assert found(cli, "retro") == []
    assert found(cli, "quiet")[0]["id"] == entry["id"]
    cli("entries", "delete", entry["handle"], "--yes")
    assert found(cli, "quiet") == []


@pytest.mark.parametrize("query", ['"', "AND", "team OR", "NEAR(", "a:b", "-x", "*", "(", "^team"])
def test_fts_syntax_in_user_words_is_plain_text(cli, journal, query):
    result = cli("search", "--", query)
    assert result.exit_code in (0, 2)
    assert "Traceback" not in result.stderr


def test_diacritics_are_folded(cli):
    cli("log", "5", "Café met het team, één keer per week")
    assert len(found(cli, "cafe")) == 1
    assert len(found(cli, "een")) == 1


def test_nothing_found(cli, journal):
    result = cli("search", "zebra")
    assert result.exit_code == 0
    assert "Nothing found for 'zebra'." in result.stderr


def test_only_the_newest_matches_are_ranked_in_a_large_journal(cli, monkeypatch):
    from veerkracht.store import entries

    for n in range(8):  # the oldest match is the best one: the word twice in a short text
        cli("log", "5", "zebra zebra" if n == 0 else f"entry {n} mentions a zebra among other words here")
    everything = found(cli, "zebra")
    assert len(everything) == 8 and everything[0]["snippet"].count("zebra") == 2
    monkeypatch.setattr(entries, "RANKED", 5)
    newest = found(cli, "zebra", "--limit", "3")
    assert len(newest) == 3 and all(hit["snippet"].count("zebra") == 1 for hit in newest)
    assert [hit["rank"] for hit in newest] == sorted(hit["rank"] for hit in newest)
    assert len(found(cli, "zebra", "--limit", "7")) == 7  # never fewer than asked for


def test_one_match_is_said_in_the_singular(cli, journal):
    assert cli("search", "board").stderr.strip().startswith("1 match for 'board'.")
    assert cli("--lang", "nl", "search", "board").stderr.strip().startswith("1 treffer voor 'board'.")
    assert "2 treffers voor 'budget', beste eerst." in cli("--lang", "nl", "search", "budget").stderr
