"""Correcting contacts (connect edit/delete) and weekly review items (review edit/delete).

Each correction is one transaction, shows in search and in both exports, and bad input is one
sentence, exit 2, nothing written. IDs resolve as everywhere: full, prefix or handle.
"""

from __future__ import annotations

import json

from conftest import rows


def _contacts(cli) -> list[dict]:
    return json.loads(cli("connect", "list", "--json").stdout)


def _review(cli) -> dict:
    return json.loads(cli("review", "show", "--json").stdout)


def _contact(cli) -> dict:
    assert cli("connect", "Sam", "--care", "--note", "Asked about home", "--date", "2026-11-25").exit_code == 0
    return _contacts(cli)[0]


# -- contacts: visible IDs ---------------------------------------------------------------------


def test_connect_list_shows_each_contacts_handle(cli):
    contact = _contact(cli)
    assert contact["id"] and contact["handle"] == contact["id"][:8]
    table = cli("connect", "list").stdout
    assert "ID" in table and contact["handle"] in table
    assert contact["handle"] in cli("--lang", "nl", "connect", "list").stdout


# -- contacts: edit ----------------------------------------------------------------------------


def test_connect_edit_changes_what_is_given_and_keeps_the_rest(cli, journal_path):
    contact = _contact(cli)
    stamp = rows(journal_path, "SELECT logged_at FROM connections")[0]["logged_at"]
    result = cli("connect", "edit", contact["handle"], "--who", "Samira", "--kind", "one-on-one",
                 "--no-care", "--challenge", "--date", "yesterday")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == (
        f"Updated moment of contact {contact['handle']}: Samira (one-on-one) on Thu 26 Nov 2026 · challenge."
    )
    [after] = _contacts(cli)
    assert after["id"] == contact["id"]
    assert (after["who"], after["kind"], after["care"], after["challenge"], after["day"]) == (
        "Samira", "one-on-one", False, True, "2026-11-26"
    )
    assert after["note"] == "Asked about home"  # not given: kept
    assert rows(journal_path, "SELECT logged_at FROM connections")[0]["logged_at"] == stamp
    # the note goes with '', by the full ID
    assert cli("connect", "edit", contact["id"], "--note", "").exit_code == 0
    assert _contacts(cli)[0]["note"] is None


def test_connect_edit_in_dutch_takes_dutch_words(cli):
    contact = _contact(cli)
    result = cli("--lang", "nl", "connect", "edit", contact["id"][:5], "--kind", "collega", "--challenge")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == (
        f"Contactmoment {contact['handle']} bijgewerkt: Sam (collega) op wo 25 nov 2026 · zorg · uitdaging."
    )
    assert _contacts(cli)[0]["kind"] == "peer"


def test_connect_edit_without_a_change(cli):
    contact = _contact(cli)
    same = cli("connect", "edit", contact["handle"], "--who", "Sam", "--care")
    assert same.exit_code == 0 and same.stderr.strip() == "Nothing changed."
    assert cli("--lang", "nl", "connect", "edit", contact["handle"], "--who", "Sam").stderr.strip() == (
        "Er is niets veranderd."
    )


def test_connect_edit_bad_input_is_one_sentence_exit_2_and_writes_nothing(cli):
    contact = _contact(cli)
    before = _contacts(cli)
    nothing = cli("connect", "edit", contact["handle"])
    assert nothing.exit_code == 2
    assert nothing.stderr.strip() == (
        "Say what to change with --who, --kind, --care/--no-care, --challenge/--no-challenge, --note or --date."
    )
    nl = cli("--lang", "nl", "connect", "edit", contact["handle"])
    assert nl.exit_code == 2 and nl.stderr.strip().startswith("Zeg wat er moet veranderen met --who")
    kind = cli("connect", "edit", contact["handle"], "--kind", "lunch", "--who", "Kim")
    assert kind.exit_code == 2
    assert kind.stderr.strip() == "kind of contact: choose check-in, one-on-one, peer or team, not 'lunch'"
    future = cli("connect", "edit", contact["handle"], "--date", "2026-12-01", "--who", "Kim")
    assert future.exit_code == 2 and "future" in future.stderr
    blank = cli("connect", "edit", contact["handle"], "--who", " ")
    assert blank.exit_code == 2 and blank.stderr.startswith("who:")
    for result in (nothing, kind, future, blank):
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert _contacts(cli) == before


def test_connect_edit_and_delete_of_an_unknown_id(cli):
    _contact(cli)
    missing = cli("connect", "edit", "abcdef12", "--who", "Kim")
    assert missing.exit_code == 1 and missing.stderr.strip() == "No moment of contact matches 'abcdef12'."
    nl = cli("--lang", "nl", "connect", "delete", "abcdef12", "--yes")
    assert nl.exit_code == 1 and nl.stderr.strip() == "Geen contactmoment past bij 'abcdef12'."
    assert [c["who"] for c in _contacts(cli)] == ["Sam"]


# -- contacts: delete --------------------------------------------------------------------------


def test_connect_delete_asks_first_on_a_terminal(cli):
    contact = _contact(cli)
    kept = cli("connect", "delete", contact["handle"], input="n\n", interactive=True)
    assert kept.exit_code == 0
    assert "Delete the moment of contact with Sam on Wed 25 Nov 2026?" in kept.stderr
    assert "Kept it; nothing was deleted." in kept.stderr
    assert len(_contacts(cli)) == 1
    gone = cli("connect", "delete", contact["handle"], input="y\n", interactive=True)
    assert gone.exit_code == 0
    assert "Deleted the moment of contact with Sam on Wed 25 Nov 2026." in gone.stderr
    assert _contacts(cli) == []


def test_connect_delete_in_dutch(cli):
    contact = _contact(cli)
    kept = cli("--lang", "nl", "connect", "delete", contact["handle"], input="n\n", interactive=True)
    assert "Het contactmoment met Sam op wo 25 nov 2026 verwijderen?" in kept.stderr
    assert "Bewaard; er is niets verwijderd." in kept.stderr
    gone = cli("--lang", "nl", "connect", "delete", contact["handle"], "--yes")
    assert gone.stderr.strip() == "Het contactmoment met Sam op wo 25 nov 2026 is verwijderd."
    assert _contacts(cli) == []


def test_connect_delete_without_a_terminal_needs_yes(cli):
    contact = _contact(cli)
    refused = cli("connect", "delete", contact["handle"])
    assert refused.exit_code == 2
    assert refused.stderr.strip() == "Deleting asks first; without a terminal add --yes."
    assert len(_contacts(cli)) == 1
    assert cli("connect", "delete", contact["handle"], "-y").exit_code == 0
    assert _contacts(cli) == []


def test_edit_and_delete_are_subcommands_not_names(cli):
    for word in ("edit", "delete"):
        result = cli("connect", word)
        assert result.exit_code == 2 and "ID" in result.stderr
    assert _contacts(cli) == []  # nobody called "delete" was logged
    assert cli("connect", "add", "delete").exit_code == 0  # the explicit way still can
    assert [c["who"] for c in _contacts(cli)] == ["delete"]


def test_connect_corrections_show_in_both_exports(cli):
    contact = _contact(cli)
    cli("connect", "edit", contact["handle"], "--who", "Samira", "--note", "Walked together")
    [exported] = json.loads(cli("export", "--format", "json").stdout)["connections"]
    assert (exported["id"], exported["who"], exported["note"]) == (contact["id"], "Samira", "Walked together")
    summary = cli("export", "--include-people").stdout
    assert "Samira" in summary and "- Sam:" not in summary
    cli("connect", "delete", contact["handle"], "--yes")
    assert json.loads(cli("export", "--format", "json").stdout)["connections"] == []
    assert "Samira" not in cli("export", "--include-people").stdout


# -- review items: visible IDs -----------------------------------------------------------------


def _items(cli) -> list[dict]:
    cli("review", "add", "Budget memo", "--urgent", "--important")
    cli("review", "add", "Hiring plan", "--not-urgent", "--important", "--decision", "delegate", "--to", "Sam")
    return _review(cli)["items"]


def test_review_show_gives_each_item_its_handle(cli):
    items = _items(cli)
    assert [item["handle"] for item in items] == [item["id"][:8] for item in items]
    assert all("note" in item for item in items)
    for lang in ("en", "nl"):
        shown = cli("--lang", lang, "review", "show").stdout
        assert all(item["handle"] in shown for item in items), lang


def test_review_show_gives_the_intentions_handles_too(cli):
    cli("review", "--intention", "Plan Q1")
    [intention] = _review(cli)["intentions"]
    assert intention["id"][:8] in cli("review", "show").stdout


# -- review items: edit ------------------------------------------------------------------------


def test_review_edit_moves_the_item_to_its_new_quadrant(cli):
    budget, _ = _items(cli)
    result = cli("review", "edit", budget["handle"], "--not-urgent", "--title", "Budget memo, first draft")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == (
        f"Updated item {budget['handle']} of week 48 (2026): 'Budget memo, first draft', schedule."
    )
    after = _review(cli)["items"][0]
    assert (after["id"], after["title"], after["urgent"], after["quadrant"], after["decision"]) == (
        budget["id"], "Budget memo, first draft", False, "schedule", "schedule"
    )
    # the matrix draws it under "not urgent": the right-hand column of the important row
    lines = cli("review", "show").stdout.splitlines()
    header = next(line for line in lines if "Not urgent" in line)
    row = next(line for line in lines if "Budget memo" in line)
    assert row.index("Budget memo") > header.index("Not urgent") - 3


def test_review_edit_in_dutch(cli):
    budget, _ = _items(cli)
    result = cli("--lang", "nl", "review", "edit", budget["id"][:6], "--not-important", "--decision", "inplannen")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == (
        f"Punt {budget['handle']} van week 48 (2026) bijgewerkt: 'Budget memo', delegeren, besloten: inplannen."
    )
    after = _review(cli)["items"][0]
    assert (after["quadrant"], after["decision"]) == ("delegate", "schedule")


def test_review_edit_decision_delegate_and_stop_list(cli):
    budget, hiring = _items(cli)
    # back to the quadrant's own decision: the name no longer applies
    assert cli("review", "edit", hiring["handle"], "--decision", "").exit_code == 0
    after = _review(cli)["items"][1]
    assert (after["decision"], after["delegate_to"]) == ("schedule", None)
    refused = cli("review", "edit", hiring["handle"], "--to", "Kim")
    assert refused.exit_code == 2 and refused.stderr.strip() == "--to goes only with the decision delegate."
    assert cli("review", "edit", hiring["handle"], "--decision", "delegate", "--to", "Kim").exit_code == 0
    after = _review(cli)["items"][1]
    assert (after["decision"], after["delegate_to"]) == ("delegate", "Kim")
    assert cli("--lang", "nl", "review", "edit", budget["handle"], "--stop", "pauzeren").exit_code == 0
    after = _review(cli)["items"][0]
    assert (after["stop"], after["stop_list"]) == ("pause", True)
    assert cli("review", "edit", budget["handle"], "--stop", "").exit_code == 0
    after = _review(cli)["items"][0]
    assert (after["stop"], after["stop_list"]) == (None, False)


def test_review_edit_keeps_a_stop_list_place_it_was_not_told_to_change(cli, journal_path):
    budget, _ = _items(cli)
    cli("review", "edit", budget["handle"], "--stop", "shrink")
    cli("review", "edit", budget["handle"], "--title", "Smaller budget memo")
    after = _review(cli)["items"][0]
    assert (after["title"], after["stop"]) == ("Smaller budget memo", "shrink")


def test_review_edit_title_and_note_show_in_search(cli):
    budget, _ = _items(cli)
    assert cli("review", "edit", budget["handle"], "--title", "Forecast spreadsheet", "--note",
               "ask finance").exit_code == 0
    for words in ("Forecast", "finance"):
        found = cli("search", words, "--json")
        assert [hit["id"] for hit in json.loads(found.stdout)] == [budget["id"]], words
    assert json.loads(cli("search", "memo", "--json").stdout) == []
    assert cli("review", "delete", budget["handle"], "--yes").exit_code == 0
    assert json.loads(cli("search", "Forecast", "--json").stdout) == []


def test_review_corrections_show_in_both_exports(cli):
    budget, hiring = _items(cli)
    cli("review", "edit", budget["handle"], "--title", "Forecast spreadsheet", "--not-urgent")
    cli("review", "delete", hiring["handle"], "--yes")
    [review] = json.loads(cli("export", "--format", "json").stdout)["reviews"]
    assert [(i["id"], i["title"], i["urgent"]) for i in review["items"]] == [
        (budget["id"], "Forecast spreadsheet", False)
    ]
    summary = cli("export").stdout
    assert "Items sorted: do 0, schedule 1, delegate 0, drop 0." in summary
    assert "Forecast spreadsheet" in summary and "Budget memo" not in summary
    dutch = cli("--lang", "nl", "export").stdout
    assert "Forecast spreadsheet" in dutch and "Budget memo" not in dutch


def test_review_edit_bad_input_is_one_sentence_exit_2_and_writes_nothing(cli):
    budget, _ = _items(cli)
    before = _review(cli)
    cases = {
        (): "Say what to change with --title, --note, --urgent/--not-urgent, --important/--not-important, "
            "--decision, --to or --stop.",
        ("--decision", "later", "--title", "New"): "'later' is not a decision; choose do, schedule, delegate or drop.",
        ("--stop", "lunch", "--title", "New"): "'lunch' is not an answer here; choose stop, pause, shrink or cut "
                                               "into sprints.",
        ("--title", " "): "item: must not be empty",
        ("--to", "Kim", "--title", "New"): "--to goes only with the decision delegate.",
    }
    for args, said in cases.items():
        result = cli("review", "edit", budget["handle"], *args)
        assert result.exit_code == 2, args
        assert result.stderr.strip() == said, args
    dutch = cli("--lang", "nl", "review", "edit", budget["handle"])
    assert dutch.exit_code == 2 and dutch.stderr.strip().startswith("Zeg wat er moet veranderen met --title")
    assert _review(cli) == before


def test_review_edit_unknown_id_and_an_intentions_id(cli):
    _items(cli)
    cli("review", "--intention", "Plan Q1")
    before = _review(cli)
    missing = cli("review", "edit", "abcdef12", "--title", "x")
    assert missing.exit_code == 1 and missing.stderr.strip() == "No item matches 'abcdef12'."
    assert cli("--lang", "nl", "review", "delete", "abcdef12", "--yes").stderr.strip() == (
        "Geen punt past bij 'abcdef12'."
    )
    handle = before["intentions"][0]["id"][:8]
    intention = cli("review", "edit", handle, "--title", "x")
    assert intention.exit_code == 1
    assert intention.stderr.strip() == (
        f"'{handle}' is an intention of a weekly review, which is an action: "
        f"correct it with veerkracht actions edit {handle}."
    )
    dutch = cli("--lang", "nl", "review", "delete", handle, "--yes")
    assert dutch.stderr.strip() == (
        f"'{handle}' is een voornemen uit een weekreview, en dat is een actie: "
        f"pas het aan met veerkracht actions edit {handle}."
    )
    assert _review(cli) == before


def test_review_edit_without_a_change(cli):
    budget, _ = _items(cli)
    same = cli("review", "edit", budget["handle"], "--urgent", "--title", "Budget memo")
    assert same.exit_code == 0 and same.stderr.strip() == "Nothing changed."


# -- review items: delete ----------------------------------------------------------------------


def test_review_delete_asks_first_on_a_terminal(cli):
    budget, hiring = _items(cli)
    kept = cli("review", "delete", budget["handle"], input="n\n", interactive=True)
    assert "Delete the item 'Budget memo' from week 48 (2026)?" in kept.stderr
    assert "Kept it; nothing was deleted." in kept.stderr
    assert len(_review(cli)["items"]) == 2
    gone = cli("review", "delete", budget["handle"], input="y\n", interactive=True)
    assert "Deleted the item 'Budget memo' from week 48 (2026)." in gone.stderr
    assert [item["id"] for item in _review(cli)["items"]] == [hiring["id"]]
    assert "Budget memo" not in cli("review", "show").stdout


def test_review_delete_in_dutch_and_without_a_terminal(cli):
    budget, _ = _items(cli)
    refused = cli("--lang", "nl", "review", "delete", budget["handle"])
    assert refused.exit_code == 2
    assert refused.stderr.strip() == "Verwijderen vraagt eerst; voeg zonder terminal --yes toe."
    assert len(_review(cli)["items"]) == 2
    asked = cli("--lang", "nl", "review", "delete", budget["handle"], input="n\n", interactive=True)
    assert "Het punt 'Budget memo' uit week 48 (2026) verwijderen?" in asked.stderr
    gone = cli("--lang", "nl", "review", "delete", budget["handle"], "--yes")
    assert gone.exit_code == 0
    assert gone.stderr.strip() == "Het punt 'Budget memo' is uit week 48 (2026) verwijderd."
    assert len(_review(cli)["items"]) == 1


def test_edit_and_delete_help_in_both_languages(cli):
    english = cli("review", "edit", "--help").stdout
    assert "veerkracht actions edit" in english and "--not-urgent" in english
    dutch = cli("--lang", "nl", "connect", "delete", "--help").stdout
    assert "Verwijder een contactmoment (vraagt eerst)." in dutch
