"""veerkracht values: add, list, retire, in both languages."""

from __future__ import annotations

import json


def test_add_and_list_json_shape(cli):
    assert cli("values", "add", "Honesty", "--why", "Trust needs it").exit_code == 0
    added = cli("values", "add", "Care for people", "--scope", "organisation")
    assert added.exit_code == 0
    assert "Care for people" in added.stderr and "organisation" in added.stderr
    result = cli("values", "--json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert [set(row) for row in rows] == [{"id", "name", "scope", "why", "retired_at"}] * 2
    assert [(r["name"], r["scope"], r["why"]) for r in rows] == [
        ("Honesty", "personal", "Trust needs it"),
        ("Care for people", "organisation", None),
    ]
    assert all(r["retired_at"] is None for r in rows)


def test_list_table_and_empty(cli):
    empty = cli("values")
    assert empty.exit_code == 0 and "No core values yet" in empty.stderr and empty.stdout == ""
    cli("values", "add", "Courage", "--why", "[bold]not markup[/bold]")
    table = cli("values", "list")
    assert "Courage" in table.stdout and "[bold]not markup[/bold]" in table.stdout


def test_duplicate_name_changes_nothing(cli):
    cli("values", "add", "Honesty")
    again = cli("values", "add", "honesty", "--scope", "organisation")
    assert again.exit_code == 0 and "already one of your values" in again.stderr
    assert "'Honesty'" in again.stderr
    rows = json.loads(cli("values", "--json").stdout)
    assert len(rows) == 1 and rows[0]["scope"] == "personal"


def test_retire_hides_it_and_add_restores_it(cli):
    cli("values", "add", "Speed")
    cli("values", "add", "Honesty")
    retired = cli("values", "retire", "SPEED")
    assert retired.exit_code == 0 and "Archived 'Speed'" in retired.stderr
    assert [r["name"] for r in json.loads(cli("values", "--json").stdout)] == ["Honesty"]
    every = json.loads(cli("values", "list", "--all", "--json").stdout)
    assert [r["name"] for r in every] == ["Honesty", "Speed"] and every[1]["retired_at"]
    assert "already archived" in cli("values", "retire", "Speed").stderr
    restored = cli("values", "add", "speed")
    assert "active again" in restored.stderr
    assert len(json.loads(cli("values", "--json").stdout)) == 2


def test_retire_unknown_is_one_sentence_exit_1(cli):
    result = cli("values", "retire", "Nope")
    assert result.exit_code == 1
    assert result.stderr.strip() == "You have no value called 'Nope' (see 'veerkracht values --all')."


def test_bad_input_exit_2_nothing_written(cli, journal_path):
    bad_scope = cli("values", "add", "Honesty", "--scope", "team")
    assert bad_scope.exit_code == 2 and "scope:" in bad_scope.stderr
    blank = cli("values", "add", "   ")
    assert blank.exit_code == 2 and "core value: must not be empty" in blank.stderr
    assert json.loads(cli("values", "--json").stdout) == []


def test_dutch(cli):
    wrong = cli("--lang", "nl", "values", "add", "Eerlijkheid", "--scope", "team")
    assert wrong.exit_code == 2 and "bereik: kies persoonlijk of organisatie, niet 'team'" in wrong.stderr
    added = cli("--lang", "nl", "values", "add", "Eerlijkheid", "--scope", "organisation")
    assert "Waarde 'Eerlijkheid' is toegevoegd (organisatie)." in added.stderr
    table = cli("--lang", "nl", "values")
    assert "Kernwaarden" in table.stdout and "Waarom het ertoe doet" in table.stdout
