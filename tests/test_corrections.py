"""Everything can be corrected (issue 16): actions edit and snooze, entries edit and cycle edit
in $EDITOR with a form that is reopened, not lost, when it has a mistake."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import rows
from journal_data import uid

# -- helpers --------------------------------------------------------------------------------


def editor(tmp_path: Path, *rounds: list[tuple[str, str]]) -> dict:
    """An $EDITOR whose n-th run replaces the pairs of ``rounds[n]`` (each must be there) and
    keeps what it was shown in ``shown-n.txt``; the env to pass to ``cli``."""
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "rounds.json").write_text(json.dumps(rounds))
    script = tmp_path / "editor"
    script.write_text(
        f"#!{sys.executable}\n"
        "import json, pathlib, sys\n"
        f"here = pathlib.Path({str(tmp_path)!r})\n"
        "rounds = json.loads((here / 'rounds.json').read_text())\n"
        "n = len(list(here.glob('shown-*.txt')))\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "(here / f'shown-{n}.txt').write_text(text, encoding='utf-8')\n"
        "for old, new in rounds[n]:\n"
        "    assert old in text, old\n"
        "    text = text.replace(old, new)\n"
        "open(sys.argv[1], 'w', encoding='utf-8').write(text)\n"
    )
    script.chmod(0o755)
    return {"EDITOR": str(script)}


def shown(tmp_path: Path, n: int) -> str:
    return (tmp_path / f"shown-{n}.txt").read_text(encoding="utf-8")


def kept_files(journal_path: Path) -> list[Path]:
    return sorted(journal_path.with_name(f".{journal_path.name}.editing").glob("kept-*.txt"))


def action_rows(cli) -> list[dict]:
    result = cli("actions", "--all", "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def exported(cli) -> dict:
    result = cli("export", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def markdown(cli, *args: str) -> str:
    result = cli("export", "--since", "2026-10-01", *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def found(cli, word: str) -> list[dict]:
    result = cli("search", word, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


# -- actions edit ---------------------------------------------------------------------------


@pytest.fixture
def two(cli):
    assert cli("actions", "add", "Call Sam", "--due", "mon").exit_code == 0  # Mon 30 Nov
    assert cli("actions", "add", "Plan the offsite").exit_code == 0
    return [row["id"] for row in action_rows(cli)]


def test_edit_due_says_what_changed_and_exports_it(cli, two):
    result = cli("actions", "edit", two[0][:5], "--due", "next fri")
    assert result.exit_code == 0, result.stderr
    assert f"Action {two[0][:8]}: due Fri 4 Dec 2026 (was Mon 30 Nov 2026)." in result.stderr
    assert action_rows(cli)[0]["due"] == "2026-12-04"
    assert [a["due"] for a in exported(cli)["actions"] if a["id"] == two[0]] == ["2026-12-04"]


def test_edit_text_in_dutch_shows_in_the_markdown_export(cli, two):
    result = cli("--lang", "nl", "actions", "edit", two[1][:8], "--text", "Offsite plannen met Noor")
    assert result.exit_code == 0, result.stderr
    assert f"Actie {two[1][:8]} luidt nu 'Offsite plannen met Noor' (was 'Plan the offsite')." in result.stderr
    assert "Offsite plannen met Noor" in markdown(cli)
    assert "Plan the offsite" not in markdown(cli)


def test_edit_sets_and_removes_a_due_date_in_both_languages(cli, two):
    added = cli("actions", "edit", two[1][:8], "--due", "2026-12-10")
    assert "due Thu 10 Dec 2026 (had no due date)." in added.stderr
    removed = cli("--lang", "nl", "actions", "edit", two[1][:8], "--no-due")
    assert removed.exit_code == 0
    assert f"Actie {two[1][:8]}: geen datum meer (was uiterlijk do 10 dec 2026)." in removed.stderr
    assert action_rows(cli)[1]["due"] is None
    dutch = cli("--lang", "nl", "actions", "edit", two[1][:8], "--due", "morgen")
    assert "uiterlijk za 28 nov 2026 (had nog geen datum)." in dutch.stderr
    english = cli("actions", "edit", two[1][:8], "--no-due")
    assert "no due date any more (was due Sat 28 Nov 2026)." in english.stderr


@pytest.mark.parametrize(
    ("args", "said"),
    [
        ((), "Say what to change with --text, --due or --no-due."),
        (("--due", "fri", "--no-due"), "Give either --due or --no-due, not both."),
        (("--due", "yesterday"), "is in the past"),
        (("--due", "someday"), "'someday' is not"),
        (("--text", "  "), "must not be empty"),
    ],
)
def test_bad_edits_say_one_sentence_and_write_nothing(cli, two, args, said):
    before = action_rows(cli)
    result = cli("actions", "edit", two[0][:8], *args)
    assert result.exit_code == 2
    assert said in result.stderr and "Traceback" not in result.stderr
    assert action_rows(cli) == before


def test_bad_edit_in_dutch(cli, two):
    result = cli("--lang", "nl", "actions", "edit", two[0][:8])
    assert result.exit_code == 2
    assert "Zeg wat er moet veranderen met --text, --due of --no-due." in result.stderr


def test_an_unknown_or_unchanged_action(cli, two):
    assert cli("actions", "edit", "ffff", "--text", "x").exit_code == 1
    same = cli("actions", "edit", two[0][:8], "--text", "Call Sam")
    assert same.exit_code == 0 and "Nothing changed." in same.stderr


# -- actions snooze -------------------------------------------------------------------------


def test_snooze_moves_a_coming_due_date_a_week_on(cli, two):
    result = cli("actions", "snooze", two[0][:8])
    assert result.exit_code == 0, result.stderr
    assert "due Mon 7 Dec 2026 (was Mon 30 Nov 2026)." in result.stderr
    assert action_rows(cli)[0]["due"] == "2026-12-07"


def test_snooze_without_a_due_date_or_overdue_counts_from_today(cli, two, journal_path):
    no_due = cli("--lang", "nl", "actions", "snooze", two[1][:8])
    assert f"Actie {two[1][:8]}: uiterlijk vr 4 dec 2026 (had nog geen datum)." in no_due.stderr
    import sqlite3

    with sqlite3.connect(journal_path) as conn:  # overdue since Friday last week
        conn.execute("UPDATE actions SET due = '2026-11-20' WHERE id = ?", (two[0],))
    conn.close()
    overdue = cli("actions", "snooze", two[0][:8])
    assert "due Fri 4 Dec 2026 (was Fri 20 Nov 2026)." in overdue.stderr


def test_snooze_to_a_day(cli, two):
    result = cli("actions", "snooze", two[0][:8], "in 2 weeks")
    assert result.exit_code == 0
    assert action_rows(cli)[0]["due"] == "2026-12-11"
    past = cli("actions", "snooze", two[0][:8], "2026-11-01")
    assert past.exit_code == 2 and action_rows(cli)[0]["due"] == "2026-12-11"


@pytest.mark.parametrize(("close", "en", "nl"), [
    ("done", "'Call Sam' is done already; only an open action can be snoozed.",
     "'Call Sam' is al gedaan; alleen een open actie kun je uitstellen."),
    ("drop", "'Call Sam' was dropped; only an open action can be snoozed.",
     "'Call Sam' is geschrapt; alleen een open actie kun je uitstellen."),
])
def test_a_closed_action_is_not_snoozed(cli, two, close, en, nl):
    assert cli("actions", close, two[0][:8]).exit_code == 0
    before = action_rows(cli)
    english = cli("actions", "snooze", two[0][:8])
    assert english.exit_code == 2 and en in english.stderr
    dutch = cli("--lang", "nl", "actions", "snooze", two[0][:8], "volgende week")
    assert dutch.exit_code == 2 and nl in dutch.stderr
    assert action_rows(cli) == before


# -- entries edit: a form with a mistake is reopened, not lost ---------------------------------


@pytest.fixture
def entry(cli):
    assert cli("log", "3", "Tough board meeting", "-t", "board", "--date", "2026-11-20").exit_code == 0
    return json.loads(cli("entries", "--json").stdout)[0]["id"]


def entry_row(cli) -> dict:
    return json.loads(cli("entries", "--json").stdout)[0]


def test_a_typo_reopens_the_editor_with_the_text_kept(cli, entry, tmp_path, journal_path):
    env = editor(tmp_path, [("energy: 3", "energy: 3.5"), ("meeting", "meeting, long")],
                 [("energy: 3.5", "energy: 4")])
    result = cli("entries", "edit", entry[:8], input="\n", interactive=True, env=env)
    assert result.exit_code == 0, result.stderr
    assert "energy: must be a whole number" in result.stderr
    assert "Reopen the editor? [Y/n]" in result.stderr
    assert "Tough board meeting, long" in shown(tmp_path, 1)  # the second run got the edited text
    row = entry_row(cli)
    assert row["energy"] == 4 and row["reflection"] == "Tough board meeting, long"
    assert kept_files(journal_path) == []


def test_declining_keeps_the_text_and_the_next_edit_opens_it(cli, entry, tmp_path, journal_path):
    env = editor(tmp_path, [("energy: 3", "energy: 3.5"), ("meeting", "meeting, long")],
                 [("energy: 3.5", "energy: 5")])
    refused = cli("entries", "edit", entry[:8], input="n\n", interactive=True, env=env)
    assert refused.exit_code == 2
    [kept] = kept_files(journal_path)
    assert f"Nothing was changed. What you typed is kept in {kept}" in refused.stderr.replace("\n", "")
    assert f"veerkracht entries edit {entry[:8]} opens it again." in refused.stderr.replace("\n", "")
    assert oct(kept.stat().st_mode & 0o777) == "0o600"
    assert entry_row(cli)["energy"] == 3  # nothing written
    again = cli("entries", "edit", entry[:8], interactive=True, env=env)
    assert again.exit_code == 0, again.stderr
    assert "This is what you typed last time" in again.stderr
    assert entry_row(cli)["reflection"] == "Tough board meeting, long"
    assert entry_row(cli)["energy"] == 5
    assert kept_files(journal_path) == []


def test_the_kept_text_survives_a_sweep(cli, entry, tmp_path, journal_path):
    env = editor(tmp_path, [("energy: 3", "energy: lots")])
    assert cli("entries", "edit", entry[:8], input="n\n", interactive=True, env=env).exit_code == 2
    assert cli("entries").exit_code == 0  # opening the journal sweeps abandoned edits
    assert len(kept_files(journal_path)) == 1


def test_end_of_input_at_the_question_keeps_the_text(cli, entry, tmp_path, journal_path):
    env = editor(tmp_path, [("energy: 3", "energy: 3.5")])
    result = cli("entries", "edit", entry[:8], input="", interactive=True, env=env)
    assert result.exit_code == 130
    assert "What you typed is kept" in result.stderr
    assert "energy: 3.5" in kept_files(journal_path)[0].read_text()


def test_the_reopen_loop_in_dutch(cli, entry, tmp_path, journal_path):
    env = editor(tmp_path, [("energy: 3", "energy: 3,5")], [("energy: 3,5", "energy: 6")])
    result = cli("--lang", "nl", "entries", "edit", entry[:8], input="y\n", interactive=True, env=env)
    assert result.exit_code == 0, result.stderr
    assert "Editor opnieuw openen? [J/n]" in result.stderr
    assert entry_row(cli)["energy"] == 6
    env = editor(tmp_path / "nl", [("energy: 6", "energy: veel")])
    refused = cli("--lang", "nl", "entries", "edit", entry[:8], input="n\n", interactive=True, env=env)
    assert refused.exit_code == 2
    assert "Er is niets veranderd. Wat je typte staat bewaard in" in refused.stderr
    assert f"met veerkracht entries edit {entry[:8]} open je het opnieuw." in refused.stderr.replace("\n", "")


def test_an_entry_deleted_while_its_form_is_open_is_said_not_a_traceback(cli, tmp_path, journal_path):
    # Another process deletes the entry while the form is open (the editor stands in for it):
    # one sentence and exit 1, not a FOREIGN KEY traceback from writing the new tags.
    script = tmp_path / "editor"
    script.write_text(
        f"#!{sys.executable}\n"
        "import os, sqlite3, sys\n"
        f"conn = sqlite3.connect({str(journal_path)!r})\n"
        "conn.execute('PRAGMA foreign_keys = ON')\n"
        "conn.execute('DELETE FROM entries WHERE id = ?', (os.environ['VICTIM'],))\n"
        "conn.commit()\n"
        "text = open(sys.argv[1], encoding='utf-8').read().replace('tags: board', 'tags: board, new')\n"
        "open(sys.argv[1], 'w', encoding='utf-8').write(text)\n"
    )
    script.chmod(0o755)
    for lang, said in (("en", "deleted this entry while you were editing it"),
                       ("nl", "heeft deze notitie verwijderd terwijl je die aanpaste")):
        assert cli("log", "3", "Tough board meeting", "-t", "board", "--date", "2026-11-20").exit_code == 0
        victim = json.loads(cli("entries", "--json").stdout)[0]["id"]
        env = {"EDITOR": str(script), "VICTIM": victim}
        result = cli("--lang", lang, "entries", "edit", victim[:8], interactive=True, env=env)
        assert result.exit_code == 1, result.stderr
        assert said in result.stderr.replace("\n", " ")
        assert "Traceback" not in result.stderr
        assert rows(journal_path, "SELECT * FROM entry_tags") == []  # nothing written


# -- cycle edit -----------------------------------------------------------------------------

CYCLE = uid("cy")  # the seeded cycle: three answers, no plan (as an older journal has)


def cycle_answers(journal_path: Path) -> dict[str, str | None]:
    found_rows = rows(journal_path, "SELECT prompt_id, text, score FROM cycle_answers WHERE cycle_id = ?", (CYCLE,))
    return {row["prompt_id"]: row["text"] if row["score"] is None else row["score"] for row in found_rows}


def test_cycle_edit_shows_each_question_and_saves_a_change(cli, seeded, tmp_path):
    env = editor(tmp_path, [("Stop the weekly sync", "Halve the weekly standup")])
    result = cli("cycle", "edit", CYCLE[:8], interactive=True, env=env)
    assert result.exit_code == 0, result.stderr
    assert f"Cycle {CYCLE[:8]}: 1 answer corrected." in result.stderr
    form = shown(tmp_path, 0)
    assert "--- slow.stamina.1 ---\n# Mental stamina · What drained your energy, and what gave some back?" in form
    assert form.index("slow.stamina.1") < form.index("deep.values.1") < form.index("act.stamina.2")
    answers = cycle_answers(seeded)
    assert answers["act.stamina.2"] == "Halve the weekly standup"
    assert answers["deep.values.1"] == "> quoted\n1) numbered"  # unchanged answers stay
    # search follows the triggers: the new words are found, the old ones are gone
    assert [hit["kind"] for hit in found(cli, "standup")] == ["cycle_answer"]
    assert [hit for hit in found(cli, "sync") if hit["kind"] == "cycle_answer"] == []
    cycle = [c for c in exported(cli)["cycles"] if c["id"] == CYCLE][0]
    assert "Halve the weekly standup" in [a["text"] for a in cycle["answers"]]
    assert "Halve the weekly standup" in markdown(cli)


def test_cycle_edit_clears_an_emptied_answer(cli, seeded, tmp_path):
    env = editor(tmp_path, [("Meetings drained; a run gave back", "   ")])
    result = cli("--lang", "nl", "cycle", "edit", CYCLE[:8], interactive=True, env=env)
    assert result.exit_code == 0, result.stderr
    assert f"Cyclus {CYCLE[:8]}: 1 antwoord gewist." in result.stderr
    assert "# Mentaal uithoudingsvermogen · Wat kostte je energie, en wat gaf je energie terug?" in shown(tmp_path, 0)
    assert "# Pas je antwoorden aan, sla op en sluit af." in shown(tmp_path, 0)
    assert "slow.stamina.1" not in cycle_answers(seeded)
    plan = rows(seeded, "SELECT plan FROM cycles WHERE id = ?", (CYCLE,))[0]["plan"]
    assert json.loads(plan)["skipped"] == ["slow.stamina.1"]
    assert found(cli, "drained") == []
    # the cleared question is still in the form, empty, and can be answered again
    env = editor(tmp_path / "again", [("--- slow.stamina.1 ---\n", "--- slow.stamina.1 ---\nA long walk\n")])
    assert cli("cycle", "edit", CYCLE[:8], interactive=True, env=env).exit_code == 0
    assert cycle_answers(seeded)["slow.stamina.1"] == "A long walk"
    assert json.loads(rows(seeded, "SELECT plan FROM cycles WHERE id = ?", (CYCLE,))[0]["plan"])["skipped"] == []


def test_cycle_edit_unchanged_and_odd_answers_round_trip(cli, seeded, tmp_path, journal_path):
    odd = "# not a comment\n\\ backslash\n--- act.stamina.2 ---\nend"
    import sqlite3

    with sqlite3.connect(seeded) as conn:
        conn.execute("UPDATE cycle_answers SET text = ? WHERE prompt_id = 'deep.values.1'", (odd,))
    conn.close()
    result = cli("cycle", "edit", CYCLE[:8], interactive=True, env=editor(tmp_path, []))
    assert result.exit_code == 0, result.stderr
    assert "Nothing changed." in result.stderr
    assert cycle_answers(seeded)["deep.values.1"] == odd
    assert kept_files(journal_path) == []


def test_cycle_edit_corrects_and_clears_a_core_values_check(cli, seeded, tmp_path):
    # values in practice (1–5) are answers of the cycle too: in the form, corrected in place
    check = f"--- value:{uid('v1')} ---"
    query = "SELECT alignment, checked_at FROM value_checks WHERE cycle_id = ?"
    [before] = rows(seeded, query, (CYCLE,))
    env = editor(tmp_path, [(f"{check}\n# Honesty | openness · How well did your actions match this value? "
                             "(1–5)\n# A number from 1 (hardly) to 5 (fully).\n\n4\n", f"{check}\n2\n")])
    result = cli("cycle", "edit", CYCLE[:8], interactive=True, env=env)
    assert result.exit_code == 0, result.stderr
    assert f"Cycle {CYCLE[:8]}: 1 answer corrected." in result.stderr
    assert rows(seeded, query, (CYCLE,)) == [{"alignment": 2, "checked_at": before["checked_at"]}]
    assert [c for c in exported(cli)["cycles"] if c["id"] == CYCLE][0]["value_checks"][0]["alignment"] == 2
    # out of the scale: said in Dutch, nothing written
    env = editor(tmp_path / "nl", [(f"{check}\n# Honesty | openness · Hoe goed pasten je daden bij deze waarde? "
                                    "(1–5)\n# Een getal van 1 (nauwelijks) tot 5 (volledig).\n\n2\n", f"{check}\n6\n")])
    dutch = cli("--lang", "nl", "cycle", "edit", CYCLE[:8], input="n\n", interactive=True, env=env)
    assert dutch.exit_code == 2
    assert f"onder '{check}': '6' is geen getal van 1 tot 5" in dutch.stderr
    assert rows(seeded, query, (CYCLE,))[0]["alignment"] == 2
    # emptied: the check goes, and a draft would not ask it again
    env = editor(tmp_path / "clear", [("\n6\n", "\n\n")])
    cleared = cli("cycle", "edit", CYCLE[:8], interactive=True, env=env)
    assert cleared.exit_code == 0, cleared.stderr
    assert f"Cycle {CYCLE[:8]}: 1 answer cleared." in cleared.stderr
    assert rows(seeded, query, (CYCLE,)) == []
    plan = rows(seeded, "SELECT plan FROM cycles WHERE id = ?", (CYCLE,))[0]["plan"]
    assert json.loads(plan)["skipped"] == [f"value:{uid('v1')}"]


@pytest.fixture
def balanced(cli, journal_path):
    """A finished cycle of today with an opening goal and the care ↔ challenge check."""
    from veerkracht.db.journal import Journal
    from veerkracht.domain.models import AnswerIn
    from veerkracht.store import cycles

    assert cli("log", "5", "x").exit_code == 0  # the journal exists
    with Journal.open(journal_path, write=True) as journal:
        cycle_id = cycles.start(journal, lang="en", prompts=["open.goal.1"], values=[])
        cycles.save_answer(journal, cycle_id, AnswerIn(phase="vertragen", pillar="values",
                                                       prompt_id="open.goal.1", text="Clarity on the reorg"))
        cycles.save_answer(journal, cycle_id, AnswerIn(phase="verdiepen", pillar="stamina",
                                                       prompt_id="deep.stamina.balance", score=1))
        cycles.complete(journal, cycle_id)
    return cycle_id


def test_a_mistake_in_the_cycle_form_reopens_it(cli, balanced, tmp_path, journal_path):
    env = editor(tmp_path, [("\n1\n", "\n7\n"), ("reorg", "reorganisation")], [("\n7\n", "\n-1\n")])
    result = cli("cycle", "edit", balanced[:8], input="y\n", interactive=True, env=env)
    assert result.exit_code == 0, result.stderr
    assert "under '--- deep.stamina.balance ---': '7' is not a number from −2 to +2" in result.stderr
    assert "Clarity on the reorganisation" in shown(tmp_path, 1)
    answers = {r["prompt_id"]: r for r in rows(journal_path, "SELECT * FROM cycle_answers WHERE cycle_id = ?", (balanced,))}
    assert answers["deep.stamina.balance"]["score"] == -1
    assert answers["open.goal.1"]["text"] == "Clarity on the reorganisation"
    assert "Cycle" in result.stderr and "2 answers corrected." in result.stderr


def test_a_cycle_form_refused_without_a_terminal_is_kept(cli, balanced, tmp_path, journal_path):
    env = editor(tmp_path, [("--- open.goal.1 ---", "--- open.goal.9 ---")], [])
    result = cli("--lang", "nl", "cycle", "edit", balanced[:8], env=env)
    assert result.exit_code == 2
    assert "regel" in result.stderr and "'open.goal.9' is geen vraag van deze cyclus" in result.stderr
    assert "Er is niets veranderd. Wat je typte staat bewaard in" in result.stderr
    assert "open.goal.9" in kept_files(journal_path)[0].read_text()
    answers = rows(journal_path, "SELECT text FROM cycle_answers WHERE prompt_id = 'open.goal.1'")
    assert answers == [{"text": "Clarity on the reorg"}]


def test_cycle_edit_needs_a_terminal_or_an_editor(cli, balanced):
    result = cli("cycle", "edit", balanced[:8])
    assert result.exit_code == 2
    assert "Editing a cycle opens your editor and needs a terminal" in result.stderr
    dutch = cli("--lang", "nl", "cycle", "edit", balanced[:8])
    assert "Een cyclus aanpassen opent je editor" in dutch.stderr


def test_cycle_form_lines_outside_a_question_are_a_mistake(cli, balanced, tmp_path):
    env = editor(tmp_path, [("# Correct your answers", "stray words\n# Correct your answers")])
    result = cli("cycle", "edit", balanced[:8], input="n\n", interactive=True, env=env)
    assert result.exit_code == 2
    assert "line 1 is not under a question" in result.stderr
