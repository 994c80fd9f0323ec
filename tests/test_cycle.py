"""veerkracht cycle: the guided conversation, drafts and resuming, rotation, list and show."""

from __future__ import annotations

import json
import os
import sys

import pexpect
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import Scripted, rows
from veerkracht.domain import catalogue
from veerkracht.domain.vocabulary import PHASES, PILLARS
from veerkracht.flows.cycle import choose_prompts


def answers(texts=("a1", "a2", "a3", "a4", "a5", "a6"), alignments=("4", "3"), balance="-1",
            commitments=(("Share the sprint win", "mon"), ("Ask Alex how it goes", "")),
            goal="", options="", offers=None) -> str:
    """The input of a whole cycle with two active values (opening goal and options skipped).

    Each versnellen answer is then offered as an action: declined ("n") unless ``offers`` says.
    """
    lines = [goal, *texts[:2], *texts[2:4], *alignments, balance, options, *texts[4:6]]
    lines += ["n" for text in texts[4:6] if text] if offers is None else list(offers)
    for text, due in commitments:
        lines += [text, due]
    if len(commitments) < 3:
        lines.append("")
    return "\n".join(lines) + "\n"


@pytest.fixture
def two_values(cli):
    cli("values", "add", "Honesty")
    cli("values", "add", "Care for people", "--scope", "organisation")


def test_whole_cycle_in_english(cli, journal_path, two_values):
    result = cli("cycle", input=answers(), interactive=True)
    assert result.exit_code == 0, result.stderr
    err = result.stderr
    for heading in ("1/3 · Vertragen — slow down · What happened?",
                    "2/3 · Verdiepen — deepen · What does it mean?",
                    "3/3 · Versnellen — speed up · What will you do?"):
        assert heading in err
    assert "Notice what happened lately" in err and "So far · Vertragen" in err
    assert "Honesty · How well did your actions match this value? (1–5)" in err
    assert "Cycle complete." in err and "→ due Mon 30 Nov 2026" in err
    # the one-screen summary on stdout
    assert "complete" in result.stdout and "→ Share the sprint win (due Mon 30 Nov 2026)" in result.stdout
    assert "Care ↔ challenge: −1 (leaning to care)" in result.stdout
    # (CliRunner echoes typed input to stdout; the summary starts at its title)
    summary = result.stdout[result.stdout.index("Cycle "):]
    assert len(summary.splitlines()) <= 24

    cycle = rows(journal_path, "SELECT * FROM cycles")[0]
    assert cycle["status"] == "complete" and cycle["completed_at"] and cycle["lang"] == "en"
    stored = rows(journal_path, "SELECT phase, prompt_id, text, score FROM cycle_answers ORDER BY seq")
    assert [r["text"] for r in stored if r["text"]] == ["a1", "a2", "a3", "a4", "a5", "a6"]
    assert [r["phase"] for r in stored] == ["vertragen"] * 2 + ["verdiepen"] * 3 + ["versnellen"] * 2
    assert {"prompt_id": "deep.stamina.balance", "score": -1} .items() <= stored[4].items()
    checks = rows(journal_path, 'SELECT v.name, c.alignment, c.cycle_id FROM value_checks c '
                                'JOIN "values" v ON v.id = c.value_id ORDER BY c.seq')
    assert [(c["name"], c["alignment"]) for c in checks] == [("Honesty", 4), ("Care for people", 3)]
    assert {c["cycle_id"] for c in checks} == {cycle["id"]}
    actions = json.loads(cli("actions", "--json").stdout)
    assert [(a["text"], a["due"], a["origin"], a["origin_id"]) for a in actions] == [
        ("Share the sprint win", "2026-11-30", "cycle", cycle["id"]),
        ("Ask Alex how it goes", None, "cycle", cycle["id"]),
    ]


def test_whole_cycle_in_dutch(cli, journal_path, two_values):
    result = cli("--lang", "nl", "cycle", input=answers(balance="+2"), interactive=True)
    assert result.exit_code == 0, result.stderr
    err = result.stderr
    for text in ("1/3 · Vertragen · Wat gebeurde er?", "2/3 · Verdiepen · Wat betekent het?",
                 "3/3 · Versnellen · Wat ga je doen?", "Tot nu toe · Verdiepen",
                 "Wat wil je dat deze cyclus je oplevert?", "Welke mogelijkheden zie je?",
                 "Hoe goed pasten je daden bij deze waarde? (1–5)",
                 "Waarden in de praktijk, woord en daad: 1 = nauwelijks",
                 "Mentaal uithoudingsvermogen", "Actie 1 van hooguit 3", "Cyclus afgerond."):
        assert text in err
    assert "How well" not in err and "Action" not in err
    assert "practice what you preach" not in err and "doorzettingsvermogen" not in err
    assert "Zorg ↔ uitdaging: +2 (alleen uitdaging)" in result.stdout
    assert "uiterlijk ma 30 nov 2026" in result.stdout
    assert rows(journal_path, "SELECT lang FROM cycles")[0]["lang"] == "nl"


def test_the_journal_language_applies_to_the_prompts_too(cli, journal_path, two_values):
    assert cli("config", "lang", "nl").exit_code == 0
    result = cli("cycle", input=answers(), interactive=True)
    assert result.exit_code == 0, result.stderr
    assert "Hoe goed pasten je daden bij deze waarde? (1–5)" in result.stderr
    assert "How well" not in result.stderr
    assert rows(journal_path, "SELECT lang FROM cycles")[0]["lang"] == "nl"


def test_three_commitments_at_most(cli, journal_path, two_values):
    three = (("one", ""), ("two", "tomorrow"), ("three", "4 dec"))
    result = cli("cycle", input=answers(commitments=three), interactive=True)
    assert result.exit_code == 0, result.stderr
    assert "Action 4" not in result.stderr
    assert [a["due"] for a in json.loads(cli("actions", "--json").stdout)] == [
        "2026-11-28", "2026-12-04", None]


def test_empty_answers_skip_and_the_cycle_completes(cli, journal_path):
    # No values yet: the cycle offers to name one; every answer left empty.
    result = cli("cycle", input="\n" * 12, interactive=True)
    assert result.exit_code == 0, result.stderr
    assert "You have no core values yet" in result.stderr
    assert rows(journal_path, "SELECT status FROM cycles") == [{"status": "complete"}]
    assert rows(journal_path, "SELECT count(*) AS n FROM cycle_answers") == [{"n": 0}]
    assert "(nothing noted — that is fine)" in result.stdout
    listed = json.loads(cli("cycle", "list", "--json").stdout)
    assert listed[0]["answers"] == 0 and listed[0]["status"] == "complete"


def test_naming_a_value_during_the_cycle(cli, journal_path):
    lines = ["", "", "", "", "", "Courage", "5", "0", "", "", "", ""]
    result = cli("cycle", input="\n".join(lines) + "\n", interactive=True)
    assert result.exit_code == 0, result.stderr
    assert [v["name"] for v in json.loads(cli("values", "--json").stdout)] == ["Courage"]
    assert rows(journal_path, "SELECT alignment FROM value_checks") == [{"alignment": 5}]
    assert "Courage: 5/5" in result.stdout and "0 (balanced)" in result.stdout


def test_scores_off_the_scale_are_asked_again(cli, journal_path, two_values):
    text = answers(alignments=("7\n0\nfour\n4", "3"), balance="3\n-3\n-2",
                   commitments=(("x", "yesterday\n"),))
    result = cli("cycle", input=text, interactive=True)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("is not a score from 1 to 5; give one, or press Enter to skip.") == 3
    assert result.stderr.count("is not a number from −2 to +2; give one, or press Enter to skip.") == 2
    assert "alignment:" not in result.stderr and "balance:" not in result.stderr
    assert "is in the past" in result.stderr
    assert rows(journal_path, "SELECT score FROM cycle_answers WHERE score IS NOT NULL") == [{"score": -2}]
    assert [r["alignment"] for r in rows(journal_path, "SELECT alignment FROM value_checks")] == [4, 3]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--balance", "3"], "must be a whole number from -2 to 2, not '3'"),
        (["--balance", "lots"], "must be a whole number"),
        (["--align", "Honesty=6"], "must be a whole number from 1 to 5, not '6'"),
        (["--align", "Honesty"], "is not NAME=SCORE"),
        (["--align", "Nope=3"], "'nope' is not one of your active values"),
    ],
)
def test_scores_off_the_scale_from_options_exit_2(cli, journal_path, two_values, options, message):
    result = cli("cycle", *options, input=answers(), interactive=True)
    assert result.exit_code == 2
    assert message in result.stderr
    assert rows(journal_path, "SELECT count(*) AS n FROM cycles") == [{"n": 0}]


def test_scores_from_options_are_not_asked(cli, journal_path, two_values):
    text = "\n".join(["", "a1", "a2", "a3", "a4", "", "a5", "a6", "n", "n", ""]) + "\n"
    result = cli("cycle", "--balance", "1", "--align", "honesty=2", "--align", "Care for people=5",
                 input=text, interactive=True)
    assert result.exit_code == 0, result.stderr
    assert "→ +1 (leaning to challenge)" in result.stderr
    checks = rows(journal_path, "SELECT alignment FROM value_checks ORDER BY seq")
    assert [c["alignment"] for c in checks] == [2, 5]


def test_without_a_terminal_exits_at_once(cli, run_process, journal_path):
    result = cli("cycle")
    assert result.exit_code == 2
    assert "needs a terminal" in result.stderr
    process = run_process("cycle", timeout=20)
    assert process.returncode == 2 and "needs a terminal" in process.stderr
    assert "Traceback" not in process.stderr
    assert not journal_path.exists() or rows(journal_path, "SELECT * FROM cycles") == []


def test_interrupted_cycle_keeps_answers_and_resumes(cli, journal_path, two_values):
    stopped = cli("cycle", input="goal\nfirst\nsecond\nthird\n", interactive=True)  # then EOF
    assert stopped.exit_code == 130
    assert "continue with 'veerkracht cycle --resume'" in stopped.stderr
    assert rows(journal_path, "SELECT status FROM cycles") == [{"status": "draft"}]
    kept = rows(journal_path, "SELECT text FROM cycle_answers ORDER BY seq")
    assert [r["text"] for r in kept] == ["goal", "first", "second", "third"]
    listed = json.loads(cli("cycle", "list", "--json").stdout)
    assert listed[0]["status"] == "draft" and listed[0]["answers"] == 4 and not listed[0]["completed_at"]

    rest = "\n".join(["fourth", "4", "3", "0", "options", "fifth", "sixth", "n", "n", "Do it", "", ""]) + "\n"
    resumed = cli("cycle", "--resume", input=rest, interactive=True)
    assert resumed.exit_code == 0, resumed.stderr
    assert "Resuming the cycle of Fri 27 Nov 2026, with 4 answers kept." in resumed.stderr
    assert "1/3 · Vertragen" not in resumed.stderr  # finished phases are not asked again
    assert "What would you like this cycle" not in resumed.stderr
    texts = [r["text"] for r in rows(journal_path, "SELECT text FROM cycle_answers ORDER BY seq")]
    assert texts == ["goal", "first", "second", "third", "fourth", None, "options", "fifth", "sixth"]
    assert rows(journal_path, "SELECT status FROM cycles") == [{"status": "complete"}]


def _spawn(*args: str) -> pexpect.spawn:
    env = {key: value for key, value in os.environ.items() if key != "VEERKRACHT_INTERACTIVE"}
    env["COLUMNS"] = "80"
    return pexpect.spawn(sys.executable, ["-m", "veerkracht", *args], env=env, encoding="utf-8",
                         timeout=30, dimensions=(40, 80))


def _answer(child: pexpect.spawn, text: str) -> None:
    child.expect("› ")
    child.sendline(text)


@pytest.mark.guarantees
def test_ctrl_c_in_a_real_terminal_keeps_answers_and_resume_completes(journal_path, two_values):
    child = _spawn("cycle")
    child.expect("What would you like this cycle to give you?")
    _answer(child, "")  # the opening question, skipped
    child.expect("1/3 · Vertragen")
    _answer(child, "first answer")
    _answer(child, "second answer")
    child.expect("2/3 · Verdiepen")
    _answer(child, "third answer")
    child.expect("› ")  # the fourth question waits; the user presses Ctrl-C
    child.sendintr()
    child.expect("continue with 'veerkracht cycle --resume'")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    kept = rows(journal_path, "SELECT text FROM cycle_answers ORDER BY seq")
    assert [r["text"] for r in kept] == ["first answer", "second answer", "third answer"]
    assert rows(journal_path, "SELECT status FROM cycles") == [{"status": "draft"}]

    child = _spawn("cycle", "--resume")
    child.expect("Resuming the cycle of Fri 27 Nov 2026, with 3 answers kept")
    for text in ("fourth answer", "4", "3", "0", "", "fifth answer", "sixth answer", "n", "n",
                 "Call Sam", "tue", ""):
        _answer(child, text)
    child.expect("Cycle complete")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert rows(journal_path, "SELECT status FROM cycles") == [{"status": "complete"}]
    texts = [r["text"] for r in rows(journal_path, "SELECT text FROM cycle_answers ORDER BY seq")]
    assert texts == ["first answer", "second answer", "third answer", "fourth answer", None,
                     "fifth answer", "sixth answer"]
    assert rows(journal_path, "SELECT text, due, origin FROM actions") == [
        {"text": "Call Sam", "due": "2026-12-01", "origin": "cycle"}]


def test_new_cycle_with_a_draft_asks_resume_or_discard(cli, journal_path, two_values):
    cli("cycle", input="first\n", interactive=True)
    cli("actions", "add", "Unrelated")
    # discard: the draft goes, a new cycle starts
    discard = cli("cycle", input="x\nd\n" + answers(), interactive=True)
    assert discard.exit_code == 0, discard.stderr
    assert "You have an unfinished cycle from Fri 27 Nov 2026, with one answer kept." in discard.stderr
    assert "is neither" in discard.stderr and "Discarded the unfinished cycle" in discard.stderr
    assert rows(journal_path, "SELECT status FROM cycles") == [{"status": "complete"}]
    assert "first" not in [r["text"] for r in rows(journal_path, "SELECT text FROM cycle_answers")]
    assert len(json.loads(cli("actions", "--json").stdout)) == 3
    # resume: Enter means resume
    cli("cycle", input="one\n", interactive=True)
    resumed = cli("cycle", input="\n" + "\n" * 14, interactive=True)
    assert resumed.exit_code == 0 and "Resuming the cycle" in resumed.stderr
    assert len(rows(journal_path, "SELECT id FROM cycles")) == 2


def test_resume_without_a_draft_exit_1(cli):
    result = cli("cycle", "--resume", interactive=True)
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "There is no unfinished cycle to resume; start one with 'veerkracht cycle'."
    )


# -- rotation --------------------------------------------------------------------------------


def test_rotation_unit_every_pillar_in_every_phase_over_three_cycles():
    last: dict[str, int] = {}
    seen: set[tuple[str, str]] = set()
    for turn in range(3):
        chosen = choose_prompts(turn, last)
        prompts = [catalogue.BY_ID[pid] for pid in chosen]
        assert {p.pillar for p in prompts} == set(PILLARS)  # each cycle touches all three
        assert [p.phase for p in prompts] == [phase for phase in PHASES for _ in range(2)]
        seen |= {(p.phase, p.pillar) for p in prompts}
        last.update({pid: turn for pid in chosen})
    assert seen == {(phase, pillar) for phase in PHASES for pillar in PILLARS}


def test_rotation_over_three_real_cycles(cli, journal_path, two_values):
    for _ in range(3):
        assert cli("cycle", input=answers(), interactive=True).exit_code == 0
    answered = rows(journal_path, "SELECT a.phase, a.pillar, a.prompt_id, c.seq FROM cycle_answers a "
                                  "JOIN cycles c ON c.id = a.cycle_id WHERE a.text IS NOT NULL")
    pairs = {(r["phase"], r["pillar"]) for r in answered}
    assert pairs == {(phase, pillar) for phase in PHASES for pillar in PILLARS}
    per_cycle = {}
    for r in answered:
        per_cycle.setdefault(r["seq"], set()).add(r["pillar"])
    assert all(pillars == set(PILLARS) for pillars in per_cycle.values())
    # within a pillar, a prompt asked before waits until the others have had a turn
    assert len({r["prompt_id"] for r in answered}) == 18


V1_IDS = {  # every prompt id a journal may hold from version 1: each still in the catalogue
    "slow.values.1", "slow.values.2", "slow.connect.1", "slow.connect.2", "slow.connect.3",
    "slow.stamina.1", "slow.stamina.2", "deep.values.1", "deep.values.2", "deep.connect.1",
    "deep.connect.2", "deep.stamina.1", "deep.stamina.2", "deep.stamina.3",
    "deep.values.alignment", "deep.stamina.balance", "act.values.1", "act.values.2",
    "act.connect.1", "act.connect.2", "act.connect.3", "act.stamina.1", "act.stamina.2",
}
V2_NEW = {  # version 2's new prompts, with the pillar each is filed under (see catalogue.py)
    "slow.stamina.3": "stamina", "slow.values.3": "values", "deep.stamina.4": "stamina",
    "deep.connect.3": "connect", "deep.growth.1": "stamina", "deep.growth.2": "values",
    "deep.reframe.1": "stamina", "act.stamina.3": "stamina",
}


def test_catalogue_holds_every_prompt_in_both_languages():
    from veerkracht.i18n import t

    ids = [p.id for p in catalogue.PROMPTS]
    assert len(ids) == len(set(ids)) == 23 + 8 + 2
    assert V1_IDS <= set(ids)
    assert {pid: catalogue.BY_ID[pid].pillar for pid in V2_NEW} == V2_NEW
    assert all(catalogue.BY_ID[pid].kind == "text" for pid in V2_NEW)
    for prompt in catalogue.PROMPTS:
        assert prompt.phase in PHASES and prompt.pillar in PILLARS and prompt.basis
        en, nl = catalogue.text_of(prompt.id, "en"), catalogue.text_of(prompt.id, "nl")
        assert en.strip() and nl.strip() and en != nl and prompt.id not in (en, nl)
        assert t(prompt.id, lang="nl") == nl
        if prompt.id.split(".")[1] in PILLARS:  # growth, reframe, goal, options: a theme
            assert prompt.id.split(".")[1] == prompt.pillar
    for phase in PHASES:
        for pillar in PILLARS:
            assert catalogue.open_questions(phase, pillar)
    # the opening goal and the options are never in the rotation
    rotated = {p.id for phase in PHASES for pillar in PILLARS for p in catalogue.open_questions(phase, pillar)}
    assert not rotated & {catalogue.GOAL.id, catalogue.OPTIONS.id, "deep.values.alignment"}


@pytest.mark.parametrize(("prompt_id", "lang", "words"), [
    ("deep.values.alignment", "en", "How well did your actions match this value? (1–5)"),
    ("deep.values.alignment", "nl", "Hoe goed pasten je daden bij deze waarde? (1–5)"),
    ("deep.stamina.1", "en", "With whom did you choose care where a challenge was needed, or the other way round?"),
    ("deep.stamina.1", "nl", "Bij wie koos je voor zorg waar uitdaging nodig was, of andersom?"),
    ("deep.values.1", "nl", "Kies één waarde. Waarom is die belangrijk voor jou?"),
    ("act.values.1", "nl", "Wat ga je de komende dagen zichtbaar doen dat laat zien waar je voor staat?"),
    ("deep.growth.1", "en", "Has this period opened a possibility you did not see before?"),
    ("act.stamina.3", "nl", "Welk overleg kan korter, anders of weg?"),
    ("open.goal.1", "nl", "Wat wil je dat deze cyclus je oplevert?"),
    ("act.options.1", "en", "What options do you see?"),
])
def test_catalogue_wording_is_version_2(prompt_id, lang, words):
    assert catalogue.text_of(prompt_id, lang) == words


def test_the_prompts_words_live_in_the_po_files_with_their_basis():
    """Each prompt is a gettext message under its id, its basis in the translators' comment."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    import i18n as tools

    for lang, path in tools.po_files().items():
        po = tools.load(path)
        for prompt in catalogue.PROMPTS:
            message = po.get(prompt.id)
            assert message is not None and message.string, (lang, prompt.id)
            assert any(prompt.basis in comment for comment in message.auto_comments), (lang, prompt.id)


def test_connection_prompts_point_at_who_was_not_contacted(cli, two_values):
    cli("connect", "Alex", "--date", "2026-11-01")
    cli("connect", "Sam")
    result = cli("cycle", input=answers(), interactive=True)
    assert "Not in touch for two weeks or more: Alex (26 days)." in result.stderr
    assert "Sam (" not in result.stderr


# -- list and show ----------------------------------------------------------------------------


def test_list_and_show_json_shapes(cli, two_values):
    cli("cycle", input=answers(), interactive=True)
    listed = json.loads(cli("cycle", "list", "--json").stdout)
    assert len(listed) == 1
    assert set(listed[0]) >= {"id", "started_at", "completed_at", "status", "answers"}
    assert listed[0]["answers"] == 9  # six texts, two value checks, the balance
    cycle_id = listed[0]["id"]
    shown = json.loads(cli("cycle", "show", cycle_id[:6], "--json").stdout)
    assert set(shown) >= {"id", "started_at", "completed_at", "status", "answers", "value_checks",
                          "care_challenge", "commitments"}
    assert shown["id"] == cycle_id and shown["care_challenge"] == -1
    assert [a["text"] for a in shown["answers"] if a["text"]] == ["a1", "a2", "a3", "a4", "a5", "a6"]
    assert set(shown["answers"][0]) >= {"phase", "pillar", "prompt_id", "prompt", "text", "score"}
    assert [(v["value"], v["alignment"]) for v in shown["value_checks"]] == [
        ("Honesty", 4), ("Care for people", 3)]
    assert [c["text"] for c in shown["commitments"]] == ["Share the sprint win", "Ask Alex how it goes"]


def test_list_and_show_text(cli, two_values):
    assert "No cycles yet" in cli("cycle", "list").stderr
    cli("cycle", input=answers(texts=("[bold]x[/bold]", "b", "c", "d", "e", "f")), interactive=True)
    listing = cli("cycle", "list")
    assert "Cycles" in listing.stdout and "complete" in listing.stdout
    handle = json.loads(cli("cycle", "list", "--json").stdout)[0]["id"][:8]
    shown = cli("cycle", "show", handle)
    assert shown.exit_code == 0 and "[bold]x[/bold]" in shown.stdout
    assert "Honesty: 4/5" in shown.stdout and "→ Share the sprint win" in shown.stdout
    dutch = cli("--lang", "nl", "cycle", "show", handle)
    assert "Cyclus" in dutch.stdout and "afgerond" in dutch.stdout


def test_show_unknown_exit_1(cli):
    result = cli("cycle", "show", "abc123")
    assert result.exit_code == 1 and result.stderr.strip() == "No cycle matches 'abc123'."


# -- messages ---------------------------------------------------------------------------------


def test_every_stored_code_has_its_words_in_every_language():
    """Each code the journal stores is shown through its table in i18n/words.py."""
    from veerkracht.domain import vocabulary as v
    from veerkracht.i18n import LANGUAGES, t, words

    tables = {
        "PHASE": v.PHASES, "PHASE_EXPLAIN": v.PHASES, "CYCLE_PILLAR": v.PILLARS, "PILLAR": v.PILLARS,
        "EXPORT_PHASE": v.PHASES, "EXPORT_PILLAR": v.PILLARS, "CONTACT_KIND": v.CONNECTION_KINDS,
        "EXPORT_CONTACT_KIND": v.CONNECTION_KINDS, "ACTION_STATUS": v.ACTION_STATUSES,
        "EXPORT_ACTION_STATUS": v.ACTION_STATUSES, "ORIGIN": v.ORIGINS, "SCOPE": v.SCOPES,
        "CYCLE_STATUS": v.CYCLE_STATUSES, "EXPORT_CYCLE_STATUS": v.CYCLE_STATUSES,
        "QUADRANT": v.QUADRANTS, "REPORT_QUADRANT": v.QUADRANTS, "QUADRANT_EXPLAIN": v.QUADRANTS,
        "EXPORT_STOP_KIND": v.STOP_KINDS, "OUTCOME_SAID": v.OUTCOMES,
    }
    for name, codes in tables.items():
        table = getattr(words, name)
        assert set(codes) <= set(table), name
        for lang in LANGUAGES:
            assert all(t(table[code], lang=lang) != table[code] for code in codes), (name, lang)
    assert set(words.BALANCE) == set(range(-2, 3))


# -- the flow as plain functions over a Conversation --------------------------------------------




def test_flow_with_a_scripted_conversation(tmp_path):
    from datetime import date

    from veerkracht.db.journal import Journal
    from veerkracht.domain.models import ValueIn
    from veerkracht.flows import cycle as flow
    from veerkracht.store import cycles, values

    journal = Journal.open(tmp_path / "flow.db", write=True)
    values.add(journal, ValueIn(name="Honesty"))
    cycle_id = flow.begin(journal, "en")
    io = Scripted(["Calm", "a1", "", "a3", "a4", "6", "5", "2", "", "a5", "a6", "n", "n", "Step", "nope",
                   "", ""])
    flow.run(journal, io, cycle_id, today=date(2026, 11, 27))
    state = cycles.progress(journal, cycle_id)
    assert state.cycle["status"] == "complete"
    assert [row["text"] for row in state.answers.values() if row["text"]] == [
        "Calm", "a1", "a3", "a4", "a5", "a6"]
    assert state.answers["open.goal.1"]["phase"] == "vertragen"
    declined = {f"offer:{pid}" for pid in state.prompts[-2:]}  # the answers offered as actions
    assert state.skipped == {state.prompts[2], "act.options.1", *declined} and not io.answers
    assert [row["alignment"] for row in state.checks.values()] == [5]
    assert state.answers["deep.stamina.balance"]["score"] == 2
    assert [c["text"] for c in state.commitments] == ["Step"]
    assert any("not a day I can read" in said for said in io.said)
    # goal, 6 prompts, 1 value, balance, options, 2 answers offered as actions, action, due, next
    assert len(io.asked) == 15
    assert io.asked[0] == "What would you like this cycle to give you?"  # no pillar before it
    assert io.asked[7] == "What options do you see?"
    journal.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=200))
def test_any_answer_is_kept_exactly(tmp_path, text):
    from datetime import date

    from veerkracht.db.journal import Journal
    from veerkracht.flows import cycle as flow
    from veerkracht.store import cycles

    journal = Journal.open(tmp_path / "any.db", write=True)
    try:
        cycle_id = flow.begin(journal, "en")
        io = Scripted([""] + [text] + [""] * 12)
        flow.run(journal, io, cycle_id, today=date(2026, 11, 27))
        state = cycles.progress(journal, cycle_id)
        stored = [row["text"] for row in state.answers.values()]
        assert stored == ([text.strip()] if text.strip() else [])
    finally:
        journal.close()
