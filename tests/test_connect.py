"""veerkracht connect: log moments of contact, list them."""

from __future__ import annotations

import json


def test_connect_echoes_the_date_and_is_the_default(cli):
    result = cli("connect", "Sam", "--care")
    assert result.exit_code == 0
    assert result.stderr.strip() == "Logged a moment of contact with Sam (check-in) on Fri 27 Nov 2026 · care."
    other = cli("connect", "add", "Team Blue", "--kind", "team", "--challenge", "--date", "yesterday",
                "--note", "Retro")
    assert "with Team Blue (team) on Thu 26 Nov 2026 · challenge" in other.stderr


def test_list_json_shape_oldest_first(cli):
    cli("connect", "Sam", "--kind", "one-on-one", "--care", "--challenge", "--note", "[i]x[/i]")
    cli("connect", "Alex", "--date", "2026-11-01")
    rows = json.loads(cli("connect", "list", "--json").stdout)
    assert [r["who"] for r in rows] == ["Alex", "Sam"]
    assert set(rows[1]) >= {"id", "day", "who", "kind", "care", "challenge", "note"}
    assert rows[1]["care"] is True and rows[1]["challenge"] is True and rows[1]["kind"] == "one-on-one"
    assert rows[0]["day"] == "2026-11-01" and rows[0]["care"] is False
    assert [r["who"] for r in json.loads(cli("connect", "list", "--last", "1", "--json").stdout)] == ["Sam"]
    table = cli("connect", "list")
    assert "Alex" in table.stdout and "[i]x[/i]" in table.stdout


def test_empty_list(cli):
    result = cli("connect", "list")
    assert result.exit_code == 0 and "No contacts logged yet" in result.stderr


def test_bad_input_exit_2_nothing_written(cli):
    kind = cli("connect", "Sam", "--kind", "lunch")
    assert kind.exit_code == 2 and "kind of contact: choose check-in, one-on-one, peer or team" in kind.stderr
    future = cli("connect", "Sam", "--date", "2026-12-01")
    assert future.exit_code == 2 and "future" in future.stderr
    blank = cli("connect", " ")
    assert blank.exit_code == 2 and "who:" in blank.stderr
    assert json.loads(cli("connect", "list", "--json").stdout) == []


def test_dutch(cli):
    result = cli("--lang", "nl", "connect", "Sam", "--kind", "peer", "--care", "--date", "gisteren")
    assert result.stderr.strip() == (
        "Contactmoment vastgelegd met Sam (collega) op do 26 nov 2026 · zorg."
    )
    assert "Contactmomenten" in cli("--lang", "nl", "connect", "list").stdout


def test_dutch_errors_name_the_field_and_the_choices_in_words(cli):
    wrong = cli("--lang", "nl", "connect", "Sam", "--kind", "koffie")
    assert wrong.exit_code == 2
    assert wrong.stderr.strip() == "soort contactmoment: kies check-in, één-op-één, collega of team, niet 'koffie'"
    # the words shown are taken as well as the codes
    assert cli("--lang", "nl", "connect", "Sam", "--kind", "één-op-één").exit_code == 0
    assert cli("--lang", "nl", "connect", "Noor", "--kind", "Collega").exit_code == 0
    assert cli("connect", "Tom", "--kind", "peer").exit_code == 0
    kinds = [row["kind"] for row in json.loads(cli("connect", "list", "--json").stdout)]
    assert kinds == ["one-on-one", "peer", "peer"]
