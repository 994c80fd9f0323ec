"""import's fast path (issue 17): the same rules without pydantic, the same rows, and a plan
whose work grows with the file, never with the file times the journal.

``domain.rows.export_rows`` checks a well-formed export without the models and answers
``None`` for anything else, which the models then judge. These tests hold it to the models:
whatever it accepts, the models accept, to exactly the same rows.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import TODAY
from journal_data import seed, uid
from veerkracht.db.journal import Journal
from veerkracht.domain import records, rows
from veerkracht.domain.exchange import VERSION
from veerkracht.domain.period import Period
from veerkracht.errors import InvalidValue
from veerkracht.flows.exchange import importing
from veerkracht.store import exchange
from veerkracht.store import importing as merge

_BASE: list[dict] = []


def base_file() -> dict:
    """A full export of a journal with a record in every table (built once, then copied)."""
    if not _BASE:
        with tempfile.TemporaryDirectory() as folder:
            journal = Journal.open(Path(folder) / "seeded.db", write=True)
            seed(journal)
            body = exchange.dump(journal, Period.everything(), include_private=True)
            journal.close()
        data = {"format": "veerkracht", "version": VERSION, "exported_at": "2026-11-27T10:00:00+01:00",
                **body}
        # and what the seed lacks: a brief, a value check of neither a cycle nor a review
        data["briefs"] = [{"id": uid("brief"), "made_at": "2026-11-20T09:00:00+01:00",
                           "since": "2026-10-01", "until": "2026-11-20"}]
        data["value_checks"] = [{"id": uid("loose check"), "value_id": data["values"][0]["id"],
                                 "cycle_id": None, "review_id": None, "alignment": 4, "note": "ok",
                                 "checked_at": "2026-11-21T09:00:00+01:00"}]
        _BASE.append(json.loads(json.dumps(data)))
    return copy.deepcopy(_BASE[0])


def by_the_models(data: dict) -> tuple[dict, dict] | None:
    """What the models make of a file: its rows and settings, or None when they refuse it."""
    try:
        parsed = importing.veerkracht_file(data, Path("export.json"))
    except InvalidValue:
        return None
    return merge.flatten(parsed), parsed.settings


def slots(data: dict) -> list[tuple[dict, str]]:
    """Every (record, key) of the file, nested records too, plus keys a record may lack."""
    found: list[tuple[dict, str]] = [(data, key) for key in (*data, "settings", "briefs", "bogus")]
    for records_ in data.values():
        if not isinstance(records_, list):
            continue
        for record in records_:
            for key in (*record, "bogus", "source", "private", "updated_at", "stop_kind", "scope"):
                found.append((record, key))
            for nested in ("answers", "value_checks", "items"):
                for child in record.get(nested, []):
                    found += [(child, key) for key in (*child, "bogus")]
    return found


ODD = [
    None, "", " ", "  x  ", True, False, 0, 1, -1, 2, 5, 10, 11, 100, 101, -3, 1.0, "5", "٥", "1_0",
    "x", "X", "\ud800", "a\x00b", "é" * 81, "t" * 2_001, [], {}, ["work"], ["Work", "#team"], [1],
    "2026-11-27", "2026-11-28", "2026-11-29", "1899-12-31", "1900-01-01", "2026-02-30", "20261127",
    "2026-11-27T10:00:00+01:00", "2026-11-29T10:00:00+01:00", "2026-11-27T10:00:00", "2026-W48",
    "2026-W49", "2026-W50", "1899-W52", "2026-W53", "open", "Open", "done", "dropped", "doen", "do",
    "team", "Team", "checkin", "personal", "persoonlijk", "organisation", "vertragen", "values",
    "draft", "complete", "en", "nl", "NL", "stop", "pause", "partly", "manual", "cycle", "review",
    '{"prompts": [], "values": [], "skipped": []}', '{"prompts": []}', "[]", '["look"]',
    "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-00000000000A",
    "{00000000-0000-4000-8000-000000000001}", {"lang": "nl"}, {"private": "ja"}, {"colour": "red"},
    "veerkracht", 2, 3,
    # shaped as the export writes them, but not what the rules take (the whole-column checks)
    "2026-02-30T10:00:00+01:00", "1899-12-31T23:00:00+00:00", "2026-11-27T10:00:00+24:00",
    "2026-11-27T25:00:00+01:00", "00000000-0000-4000-8000-00000000000g", "x" * 36, "x" * 25,
    # and those of the whole-column checks of days, choices, whole numbers, flags, required text
    "2026-1-27", "2026-11-27 ", " done", "Checkin", -2, 4, True, 1, "w" * 81, "w" * 501, "\ud800x",
    # and of the tag lists: unsorted, twice, not as a tag is kept, not a tag, not text
    ["work", "team"], ["team", "team"], ["#team"], [" team"], ["a b"], ["t" * 41], ["team", 1],
    ["team", None], [["team"]], ["team", {"x": 1}],
]


@st.composite
def mutated(draw) -> dict:
    """The base file with one to three keys changed to an odd value, or removed."""
    data = base_file()
    places = slots(data)
    for _ in range(draw(st.integers(1, 3))):
        record, key = places[draw(st.integers(0, len(places) - 1))]
        if draw(st.booleans()) and key in record:
            del record[key]
        else:
            record[key] = copy.deepcopy(draw(st.sampled_from(ODD)))
    # a parent's ID copied to its children where the change was to that ID, now and then
    if draw(st.booleans()):
        for cycle in data.get("cycles", []) if isinstance(data.get("cycles"), list) else []:
            children = [cycle.get(name) for name in ("answers", "value_checks")] if isinstance(cycle, dict) else []
            for child in (item for group in children if isinstance(group, list) for item in group):
                if isinstance(child, dict) and isinstance(cycle, dict) and "id" in cycle:
                    child["cycle_id"] = cycle["id"]
    return data


def test_a_whole_export_takes_the_fast_path_to_the_same_rows() -> None:
    data = base_file()
    fast = rows.export_rows(data, TODAY)
    assert fast is not None
    assert fast == by_the_models(data)
    assert all(fast[0][table] for table in merge.ORDER)  # every table has a row: all were compared


@given(mutated())
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_what_the_fast_path_accepts_the_models_accept_as_the_same_rows(data: dict) -> None:
    fast = rows.export_rows(copy.deepcopy(data), TODAY)
    if fast is not None:
        assert fast == by_the_models(data)


_TAGGISH = st.sampled_from(["team", "work", "rest", "Team", "#team", " team", "a b", "t" * 41, "", "é", 1, None])


_TAG_LIST = st.one_of(st.lists(_TAGGISH, max_size=4), _TAGGISH, st.just({"team": 1}),
                      st.lists(st.sampled_from([["team"], {"team": 1}, ("team",)]), max_size=2))


@given(st.lists(_TAG_LIST, max_size=6))
@settings(max_examples=300, deadline=None)
def test_the_tag_lists_checked_at_once_are_what_each_list_checked_alone_gives(lists: list) -> None:
    try:
        one_by_one: list | None = [rows.file_tags(value) for value in lists]
    except (ValueError, TypeError):
        one_by_one = None
    at_once = rows._tag_lists(lists)  # None where it is not sure: the models judge then
    if at_once is not None:
        assert at_once == one_by_one
    if one_by_one is not None and one_by_one == lists:  # written as the export writes them
        assert at_once == lists


@pytest.mark.parametrize(("key", "value"), [
    ("private", "yes"), ("private", 1), ("energy", "7"), ("tags", ["Work", "#work"]),
    ("day", "2026-11-29"), ("reflection", "   "),
])
def test_the_fast_path_leaves_coercions_and_broken_rules_to_the_models(key: str, value: object) -> None:
    data = base_file()
    data["entries"][0][key] = value
    fast = rows.export_rows(data, TODAY)
    slow = by_the_models(data)
    assert fast is None or fast == slow  # "yes" is pydantic's to take; 2026-11-29 is refused
    if key == "day":
        assert fast is None and slow is None


def _model_fields(model: type) -> dict[str, object]:
    nested = {"answers", "value_checks", "items"}
    return {name: field for name, field in model.model_fields.items() if name not in nested}


@pytest.mark.parametrize(("table", "model"), [
    ("entries", records.EntryRecord), ("values", records.ValueRecord), ("cycles", records.CycleRecord),
    ("cycle_answers", records.AnswerRecord), ("value_checks", records.ValueCheckRecord),
    ("actions", records.ActionRecord), ("connections", records.ConnectionRecord),
    ("reviews", records.ReviewRecord), ("review_items", records.ReviewItemRecord),
    ("briefs", records.BriefRecord),
])
def test_the_fast_path_knows_every_field_of_every_model(table: str, model: type) -> None:
    """A field added to a model (or made required, or given another default) fails here until
    the fast path has it too."""
    fields = rows._Reader(TODAY).fields[table]
    mine = _model_fields(model)
    assert set(fields) == set(mine)
    for name, field in mine.items():
        check, default = fields[name]
        if field.is_required():
            assert default is rows._REQUIRED, name
        else:
            expected = field.default
            if isinstance(expected, bool):
                expected = int(expected)
            elif name == "steps_done":
                expected = "[]"
            assert default == expected, name
            if default is None:  # the fast path gives None for null without calling the rule
                assert check(None) is None, name


def test_an_import_of_a_good_file_builds_no_models_and_a_bad_one_says_why(cli, journal_path, tmp_path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(base_file()))
    probe = ("import runpy, sys, json\nsys.argv = ['veerkracht', 'import', sys.argv[1]]\n"
             "try:\n    runpy.run_module('veerkracht', run_name='__main__')\nexcept SystemExit:\n    pass\n"
             "print(json.dumps('veerkracht.domain.records' in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe, str(good)], capture_output=True, text=True)
    assert done.stdout.strip().splitlines()[-1] == "false", done.stderr
    bad = base_file()
    bad["entries"][0]["energy"] = 12
    wrong = tmp_path / "bad.json"
    wrong.write_text(json.dumps(bad))
    for lang, words in (("en", "is not a valid veerkracht export (entries[0].energy: "),
                        ("nl", "is geen geldige veerkracht-export (entries[0].energy: ")):
        result = cli("--lang", lang, "import", str(wrong))
        assert result.exit_code == 2
        assert words in " ".join(result.stderr.split())
    assert "nothing was imported" in cli("import", str(wrong)).stderr
    assert "er is niets geïmporteerd" in " ".join(cli("--lang", "nl", "import", str(wrong)).stderr.split())


# -- the plan: linear in the file, a fixed number of statements -----------------------------


class CountedId(str):
    """An ID that counts how often it is compared: a scan of a list per item shows here."""

    compared = 0

    def __eq__(self, other: object) -> bool:
        CountedId.compared += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def _carried_chain(n: int) -> dict[str, list[dict]]:
    """A file of ``n`` weekly reviews, each with an item carried over from the week before,
    the first from a week the file left out."""
    tables: dict[str, list[dict]] = {name: [] for name in merge.ORDER}
    previous = CountedId(uid("lost"))
    for k in range(n):
        review = CountedId(uid(f"review {k}"))
        item = CountedId(uid(f"item {k}"))
        week = f"{2000 + k // 50}-W{1 + k % 50:02d}"
        tables["reviews"].append({column: None for column in merge.COLUMNS["reviews"]} | {
            "id": review, "iso_week": week, "started_at": "2026-01-05T09:00:00+01:00", "lang": "en",
            "steps_done": "[]"})
        tables["review_items"].append({column: None for column in merge.COLUMNS["review_items"]} | {
            "id": item, "review_id": review, "title": f"item {k}", "carried_from": previous, "stop": 0,
            "status": "open", "created_at": "2026-01-05T09:00:00+01:00"})
        previous = item
    return tables


def test_the_plan_is_linear_in_the_carried_over_items(journal_path) -> None:
    journal = Journal.open(journal_path, write=True)
    steps = {}
    for n in (200, 800):
        tables = _carried_chain(n)
        CountedId.compared = 0
        plan = merge.plan(journal, tables, {})
        steps[n] = CountedId.compared
        assert plan.counts["review_items"]["new"] == n
        assert plan.writes["review_items"][0]["carried_from"] is None  # from a week not in the file
        assert plan.writes["review_items"][1]["carried_from"] == tables["review_items"][0]["id"]
    journal.close()
    # Four times the items, at most about four times the comparisons (a quadratic check: 16).
    assert steps[800] <= 4.5 * steps[200] + 50, steps


def test_the_plan_reads_the_journal_in_a_fixed_number_of_statements(journal_path, tmp_path) -> None:
    data = base_file()
    path = tmp_path / "file.json"
    path.write_text(json.dumps(data))
    statements: list[str] = []
    for repeat in range(2):  # into an empty journal, then again with every record in it
        journal = Journal.open(journal_path, write=True)
        tables, settings_ = importing.veerkracht_tables(data, path)
        statements.clear()
        journal.conn.set_trace_callback(statements.append)
        plan = merge.plan(journal, tables, settings_)
        journal.conn.set_trace_callback(None)
        # one read per table (entries: and their tags), the value checks' references, settings
        assert len(statements) <= len(merge.ORDER) + 4, statements
        if repeat == 0:
            merge.apply(journal, plan)
        else:
            assert plan.changes() == 0
        journal.close()


def _entry(k: int, reflection: str, win: str | None = None) -> dict:
    return {"id": uid(f"bulk {k}"), "day": "2026-11-02", "logged_at": "2026-11-02T08:00:00+01:00",
            "energy": 5, "reflection": reflection, "win": win, "tags": [], "private": False,
            "source": "cli", "updated_at": None}


def test_a_bulk_import_takes_the_old_words_of_the_records_it_updates_out_of_the_index(
        cli, journal_path, tmp_path) -> None:
    entries = [_entry(k, f"walrus {k}", "a kestrel" if k % 2 else None) for k in range(10)]
    data = {"format": "veerkracht", "version": VERSION, "exported_at": "2026-11-27T10:00:00+01:00",
            "entries": entries}
    path = tmp_path / "bulk.json"
    path.write_text(json.dumps(data))
    assert cli("import", str(path)).exit_code == 0
    # Enough new records for the bulk path, and two updated ones: one reflection, one win gone.
    entries[0]["reflection"], entries[1]["win"] = "heron", None
    entries += [_entry(k, f"osprey {k}") for k in range(10, 10 + merge.BULK)]
    path.write_text(json.dumps(data))
    assert f"{merge.BULK} new, 2 updated, 8 unchanged" in cli("import", str(path)).stderr
    for word, count in (("walrus", 9), ("heron", 1), ("kestrel", 4), ("osprey", merge.BULK)):
        assert len(json.loads(cli("search", word, "--limit", "1000", "--json").stdout)) == count, word
    with Journal.open(journal_path, write=True) as journal:
        journal.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")


def test_an_import_plans_inside_its_write_transaction(cli, journal_path, tmp_path, monkeypatch) -> None:
    """Planned under the write lock: another import cannot write a row between the plan that
    calls it new and the write (its old words would stay in the search index)."""
    assert cli("log", "6", "walrus", "-t", "zoo").exit_code == 0
    target = tmp_path / "all.json"
    assert cli("export", "-f", "json", "--include-private", "-o", str(target)).exit_code == 0
    seen = []
    real = merge.plan

    def plan(journal, *args, **kwargs):
        seen.append(journal.conn.in_transaction)
        return real(journal, *args, **kwargs)

    monkeypatch.setattr(merge, "plan", plan)
    assert cli("--journal", str(tmp_path / "other.db"), "import", str(target)).exit_code == 0
    assert cli("--journal", str(tmp_path / "other.db"), "import", "--dry-run", str(target)).exit_code == 0
    assert seen == [True, False]  # the dry run writes nothing and takes no lock


@pytest.mark.parametrize(("lang", "said"), [("en", "is not UTF-8 text"), ("nl", "is geen UTF-8-tekst")])
@pytest.mark.parametrize("where", ["origin_id", "steps_done", "reflection"])
def test_half_a_character_in_a_file_is_one_sentence_and_nothing_imported(cli, journal_path, tmp_path, lang, said,
                                                                         where) -> None:
    assert cli("log", "6", "walrus").exit_code == 0
    assert cli("actions", "add", "Call Sam").exit_code == 0
    assert cli("review", "add", "Budget", "--urgent", "--important").exit_code == 0
    target = tmp_path / "all.json"
    assert cli("export", "-f", "json", "--include-private", "-o", str(target)).exit_code == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    if where == "origin_id":
        data["actions"][0]["origin_id"] = "PLACEHOLDER"
    elif where == "steps_done":
        data["reviews"][0]["steps_done"] = ["PLACEHOLDER"]
    else:
        data["entries"][0]["reflection"] = "PLACEHOLDER"
    target.write_text(json.dumps(data).replace("PLACEHOLDER", "\\ud800"), encoding="utf-8")
    other = tmp_path / "other.db"
    result = cli("--lang", lang, "--journal", str(other), "import", str(target))
    assert result.exit_code == 2 and said in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_whole_character_written_as_two_escapes_imports(cli, tmp_path) -> None:
    assert cli("log", "6", "walrus").exit_code == 0
    target = tmp_path / "all.json"
    assert cli("export", "-f", "json", "--include-private", "-o", str(target)).exit_code == 0
    target.write_text(target.read_text(encoding="utf-8").replace("walrus", "walrus \\ud83d\\ude00"),
                      encoding="utf-8")
    other = tmp_path / "other.db"
    assert cli("--journal", str(other), "import", str(target)).exit_code == 0
    assert "walrus 😀" in cli("--journal", str(other), "entries").stdout
