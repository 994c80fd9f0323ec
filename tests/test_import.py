"""veerkracht import: the JSON round trip, idempotency, dry runs, hostile files and jrnl."""

from __future__ import annotations

import json
import tempfile
import uuid
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_data import at, insert, uid
from veerkracht.db.journal import Journal
from veerkracht.domain.exchange import VERSION
from veerkracht.domain.period import Period
from veerkracht.flows.exchange import importing
from veerkracht.store import exchange
from veerkracht.store import importing as merge

# -- the round trip, over arbitrary records ------------------------------------------------

CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
TEXT = st.lists(
    st.one_of(st.text(CHARS, min_size=1, max_size=8),
              st.sampled_from(["😀", "**", "| a |", "# h", "<b>x</b>", "&amp;", "\n", "- ", "1. ", "`"])),
    min_size=1, max_size=8,
).map("".join).filter(str.strip)  # text of only spaces is no text: every door stores it as absent
REQUIRED = TEXT
NAME = TEXT.map(str.strip).filter(lambda s: 0 < len(s) <= 80)
TAG = st.from_regex(r"[a-zë][a-z0-9ë_-]{0,12}", fullmatch=True)
DAY = st.dates(date(1990, 1, 1), date(2026, 11, 27))
MOMENT = st.datetimes(datetime(1990, 1, 1), datetime(2026, 11, 27), timezones=st.just(timezone.utc)).map(
    lambda d: d.isoformat(timespec="seconds"))
IDS = st.uuids(version=4).map(str)
MAYBE = st.none() | TEXT


@st.composite
def journals(draw) -> dict:
    entries = draw(st.lists(st.fixed_dictionaries({
        "id": IDS, "day": DAY, "logged_at": MOMENT, "energy": st.integers(0, 10) | st.none(),
        "reflection": TEXT, "win": MAYBE, "private": st.booleans(), "updated_at": st.none() | MOMENT,
        "tags": st.lists(TAG, unique=True, max_size=4),
    }), max_size=6, unique_by=lambda e: e["id"]))
    values = draw(st.lists(st.fixed_dictionaries({
        "id": IDS, "name": NAME, "scope": st.sampled_from(["personal", "organisation"]),
        "why": MAYBE, "created_at": MOMENT, "retired_at": st.none() | MOMENT,
    }), min_size=1, max_size=3, unique_by=(lambda v: v["id"], lambda v: v["name"].lower())))
    connections = draw(st.lists(st.fixed_dictionaries({
        "id": IDS, "day": DAY, "who": NAME.filter(lambda s: len(s) <= 120),
        "kind": st.sampled_from(["checkin", "one-on-one", "peer", "team"]), "care": st.booleans(),
        "challenge": st.booleans(), "note": MAYBE, "logged_at": MOMENT,
    }), max_size=3, unique_by=lambda c: c["id"]))
    # weeks of days a journal holds (a review may be one week ahead of today at most)
    weeks = draw(st.lists(DAY.map(lambda d: tuple(d.isocalendar())[:2]), max_size=2, unique=True))
    reviews = [draw(st.fixed_dictionaries({
        "id": IDS, "iso_week": st.just(f"{y}-W{w:02d}"), "started_at": MOMENT, "headline": MAYBE,
        "coach_question": MAYBE, "share_do": st.none() | st.integers(0, 100),
        "care_challenge": st.none() | st.integers(-2, 2), "steps_done": st.just('["look"]'),
        "items": st.lists(st.fixed_dictionaries({
            "id": IDS, "title": REQUIRED, "urgent": st.none() | st.booleans(), "important": st.booleans(),
            "decision": st.none() | st.sampled_from(["do", "schedule", "delegate", "drop"]),
            "stop": st.booleans(), "created_at": MOMENT,
        }), max_size=3, unique_by=lambda i: i["id"]),
    })) for y, w in weeks]
    cycle = draw(st.fixed_dictionaries({
        "id": IDS, "started_at": MOMENT, "status": st.sampled_from(["draft", "complete"]),
        "answers": st.lists(st.fixed_dictionaries({
            "id": IDS, "prompt_id": st.sampled_from(["slow.values.1", "deep.stamina.2", "act.connect.3"]),
            "phase": st.sampled_from(["vertragen", "verdiepen", "versnellen"]),
            "pillar": st.sampled_from(["values", "connect", "stamina"]), "text": MAYBE,
            "score": st.none() | st.integers(-2, 5), "answered_at": MOMENT,
        }), max_size=3, unique_by=(lambda a: a["id"], lambda a: a["prompt_id"])),
    }))
    actions = draw(st.lists(st.fixed_dictionaries({
        "id": IDS, "text": REQUIRED, "due": st.none() | DAY, "status": st.sampled_from(["open", "done", "dropped"]),
        "origin": st.sampled_from(["manual", "cycle", "review"]), "created_at": MOMENT,
        "outcome": st.none() | st.sampled_from(["done", "partly", "not"]), "outcome_note": MAYBE,
    }), max_size=3, unique_by=lambda a: a["id"]))
    return {"entries": entries, "values": values, "connections": connections, "reviews": reviews,
            "cycle": cycle, "actions": actions, "check": draw(st.integers(1, 5))}


def fill(journal: Journal, data: dict) -> None:
    with journal.write():
        for entry in data["entries"]:
            entry = dict(entry)
            tags = entry.pop("tags")
            insert(journal, "entries", **entry)
            for tag in tags:
                insert(journal, "entry_tags", entry_id=entry["id"], tag=tag)
        for value in data["values"]:
            insert(journal, "values", **value)
        for connection in data["connections"]:
            insert(journal, "connections", **connection)
        for review in data["reviews"]:
            review = dict(review)
            items = review.pop("items")
            insert(journal, "reviews", **review)
            for item in items:
                insert(journal, "review_items", review_id=review["id"], **item)
        cycle = dict(data["cycle"])
        answers = cycle.pop("answers")
        insert(journal, "cycles", **cycle)
        for answer in answers:
            insert(journal, "cycle_answers", cycle_id=cycle["id"], **answer)
        insert(journal, "value_checks", id=str(uuid.uuid4()), value_id=data["values"][0]["id"],
               cycle_id=cycle["id"], alignment=data["check"], checked_at=cycle["started_at"])
        for action in data["actions"]:
            insert(journal, "actions", **action)
        insert(journal, "settings", key="lang", value="nl")


def export_file(journal: Journal) -> dict:
    body = exchange.dump(journal, Period.everything(), include_private=True)
    # through real JSON text, as the file would be
    return json.loads(json.dumps({"format": "veerkracht", "version": VERSION,
                                  "exported_at": "2026-11-27T10:00:00+00:00", **body}))


def import_into(journal: Journal, data: dict) -> merge.Plan:
    parsed = importing.veerkracht_file(data, Path("export.json"))
    plan = merge.plan(journal, merge.flatten(parsed), parsed.settings)
    merge.apply(journal, plan)
    return plan


@given(journals())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_round_trip_gives_identical_records(data: dict) -> None:
    with tempfile.TemporaryDirectory() as folder:
        original = Journal.open(Path(folder) / "a.db", write=True)
        fill(original, data)
        first = export_file(original)
        copy = Journal.open(Path(folder) / "b.db", write=True)
        import_into(copy, first)
        assert export_file(copy) == first
        again = import_into(copy, first)  # twice is once
        assert again.changes() == 0 and not again.settings
        assert export_file(copy) == first
        into_original = import_into(original, first)  # the journal it came from is unchanged
        assert into_original.changes() == 0
        original.close()
        copy.close()


# -- the command, on a journal with every table --------------------------------------------



def full_export(cli, journal: Path | None = None) -> dict:
    args = ("--journal", str(journal)) if journal else ()
    data = json.loads(cli(*args, "export", "--format", "json", "--include-private").stdout)
    data.pop("exported_at")
    return data


def test_cli_round_trip_into_an_empty_journal(cli, seeded, tmp_path) -> None:
    backup = tmp_path / "backup.json"
    assert cli("export", "--format", "json", "--include-private", "-o", str(backup)).exit_code == 0
    other = tmp_path / "other" / "journal.db"
    result = cli("--journal", str(other), "import", str(backup))
    assert result.exit_code == 0, result.stderr
    assert "entries: 36 new, 0 updated, 0 unchanged" in result.stderr
    assert "review items: 6 new" in result.stderr and "settings: 2 new" in result.stderr
    assert full_export(cli, other) == full_export(cli)
    again = cli("--journal", str(other), "import", str(backup))
    assert "entries: 0 new, 0 updated, 36 unchanged" in again.stderr
    assert "Everything in the file is already in the journal; nothing changed." in again.stderr


def test_dry_run_writes_nothing(cli, seeded, tmp_path) -> None:
    backup = tmp_path / "backup.json"
    cli("export", "--format", "json", "--include-private", "-o", str(backup))
    fresh = tmp_path / "fresh.db"
    result = cli("--journal", str(fresh), "import", str(backup), "--dry-run")
    assert result.exit_code == 0
    assert "Would import from" in result.stderr and "entries: 36 new" in result.stderr
    assert "Dry run: nothing was written." in result.stderr
    assert not fresh.exists()
    data = json.loads(backup.read_text())
    data["entries"][0]["reflection"] = "changed"
    data["entries"][1]["energy"] = 10 if data["entries"][1]["energy"] != 10 else 9
    backup.write_text(json.dumps(data))
    before = full_export(cli)
    result = cli("import", str(backup), "--dry-run")
    assert "entries: 0 new, 2 updated, 34 unchanged" in result.stderr
    assert full_export(cli) == before
    assert "entries: 0 new, 2 updated" in cli("import", str(backup)).stderr
    assert full_export(cli)["entries"][0]["reflection"] == "changed"


def test_the_same_thing_under_another_id_is_merged(cli, journal_path, tmp_path) -> None:
    journal = Journal.open(journal_path, write=True)
    with journal.write():
        insert(journal, "values", id=uid("mine"), name="Care", created_at=at(date(2026, 1, 1)))
        insert(journal, "reviews", id=uid("my-review"), iso_week="2026-W47", started_at=at(date(2026, 11, 20)))
    journal.close()
    theirs = {
        "format": "veerkracht", "version": 1, "exported_at": "2026-11-27T10:00:00+00:00",
        "values": [{"id": uid("theirs"), "name": "care", "scope": "personal", "why": None,
                    "created_at": at(date(2026, 2, 1)), "retired_at": None}],
        "reviews": [{"id": uid("their-review"), "iso_week": "2026-W47", "started_at": at(date(2026, 11, 21)),
                     "items": [{"id": uid("item"), "review_id": uid("their-review"), "title": "Budget",
                                "urgent": True, "important": True, "created_at": at(date(2026, 11, 21))}],
                     "value_checks": [{"id": uid("check"), "value_id": uid("theirs"),
                                       "review_id": uid("their-review"), "alignment": 4,
                                       "checked_at": at(date(2026, 11, 21))}]}],
    }
    file = tmp_path / "theirs.json"
    file.write_text(json.dumps(theirs))
    result = cli("import", str(file))
    assert result.exit_code == 0, result.stderr
    data = full_export(cli)
    assert [v["id"] for v in data["values"]] == [uid("mine")]
    assert data["values"][0]["name"] == "care"  # the file's version of the record wins
    review = data["reviews"][0]
    assert review["id"] == uid("my-review") and review["items"][0]["review_id"] == uid("my-review")
    assert review["value_checks"][0]["value_id"] == uid("mine")
    assert "review items: 0 new" in cli("import", str(file)).stderr


# -- hostile files -----------------------------------------------------------------------------


def valid_file() -> dict:
    entry = {"id": uid("x"), "day": "2026-11-20", "logged_at": "2026-11-20T08:00:00+00:00",
             "energy": 6, "reflection": "fine", "win": None, "private": False, "source": "cli",
             "updated_at": None, "tags": ["work"]}
    return {"format": "veerkracht", "version": 1, "exported_at": "2026-11-27T10:00:00+00:00",
            "entries": [entry, {**entry, "id": uid("y")}], "values": [], "cycles": [], "actions": [],
            "connections": [], "reviews": [], "settings": {}}


def changed(path: list, value) -> bytes:
    data = valid_file()
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return json.dumps(data).encode()


HOSTILE = {
    "energy 42": (changed(["entries", 1, "energy"], 42), "entries[1].energy: must be a whole number from 0"),
    "wrong type": (changed(["entries", 0, "tags"], {"a": 1}), "entries[0].tags"),
    "text as energy": (changed(["entries", 0, "energy"], "high"), "entries[0].energy"),
    "bad id": (changed(["entries", 0, "id"], "1; DROP TABLE entries"), "is not a record ID"),
    "no offset": (changed(["entries", 0, "logged_at"], "2026-11-20T08:00:00"), "UTC offset"),
    "unknown field": (changed(["entries", 0, "mood"], "happy"), "entries[0].mood"),
    "empty entry": (changed(["entries", 0, "energy"], None) .replace(b'"reflection": "fine"', b'"reflection": null', 1),
                    "needs an energy score, a reflection or a win"),
    "future version": (changed(["version"], 99), "made by a newer veerkracht (export version 99"),
    "version as text": (changed(["version"], "1"), 'export version "1"'),
    "not ours": (json.dumps({"entries": []}).encode(), "is not a veerkracht export"),
    "a list": (b"[1, 2, 3]", "is not a veerkracht export"),
    "duplicate id": (changed(["entries", 1, "id"], uid("x")), "twice"),
    "10 MB of garbage": (bytes(range(256)) * 40960, "is not UTF-8 text"),
    "10 MB of text": (b"lorem ipsum " * 900000, "is not valid JSON"),
    "truncated": (json.dumps(valid_file()).encode()[:-40], "is not valid JSON"),
    "not JSON": (b"# My journal\n\nDear diary", "is not valid JSON"),
    "nested deep": (b"[" * 100000 + b"]" * 100000, "is not"),
    "wrong parent": (json.dumps({**valid_file(), "reviews": [{
        "id": uid("r"), "iso_week": "2026-W47", "started_at": "2026-11-20T08:00:00+00:00",
        "items": [{"id": uid("i"), "review_id": uid("other"), "title": "x", "created_at": "2026-11-20T08:00:00+00:00"}]}]}).encode(),
        "belongs to another record"),
    "broken reference": (json.dumps({**valid_file(), "values": [{
        "id": uid("v"), "name": "Care", "created_at": "2026-11-20T08:00:00+00:00"}], "cycles": [{
        "id": uid("cy"), "started_at": "2026-11-20T08:00:00+00:00", "value_checks": [{
            "id": uid("vc"), "value_id": uid("v"), "cycle_id": uid("cy"), "review_id": uid("nowhere"),
            "alignment": 3, "checked_at": "2026-11-20T08:00:00+00:00"}]}]}).encode(),
        "A record in value_checks points at a record"),
    # made on the 18th, holding the 20th (a day in the future is refused by the day rule itself)
    "a day after the export": (changed(["exported_at"], "2026-11-18T10:00:00+00:00"), "dated 2026-11-20, after the file"),
    "unknown setting": (changed(["settings"], {"evil": "x"}), "'evil' is not a setting"),
    "bad setting value": (changed(["settings"], {"lang": "fr"}), "choose en or nl, not 'fr'"),
    "corrupt cycle plan": (json.dumps({**valid_file(), "cycles": [{
        "id": uid("cy"), "started_at": "2026-11-20T08:00:00+00:00", "plan": "{not json"}]}).encode(),
        "is not a cycle plan"),
    "a huge number": (changed(["entries", 0, "energy"], 0).replace(b'"energy": 0', b'"energy": ' + b"9" * 5000, 1),
                       "is not valid JSON"),
    "not UTF-8 inside": (changed(["entries", 0, "reflection"], "\ud800"), "is not UTF-8 text"),
    "dangling value": (json.dumps({**valid_file(), "value_checks": [{
        "id": uid("c"), "value_id": uid("nowhere"), "alignment": 3, "checked_at": "2026-11-20T08:00:00+00:00"}]}).encode(),
        "names a value"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_files_write_nothing(cli, seeded, tmp_path, name) -> None:
    content, expected = HOSTILE[name]
    file = tmp_path / "hostile.json"
    file.write_bytes(content)
    before = full_export(cli)
    result = cli("import", str(file))
    assert result.exit_code == 2, result.stderr
    message = " ".join(result.stderr.split())
    assert expected in message and "nothing was imported" in message
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert full_export(cli) == before
    fresh = tmp_path / "fresh.db"
    assert cli("--journal", str(fresh), "import", str(file)).exit_code == 2
    assert not fresh.exists() or fresh.stat().st_size == 0 or full_export(cli, fresh)["entries"] == []


def test_unreadable_files_are_exit_1(cli, tmp_path) -> None:
    missing = cli("import", str(tmp_path / "nope.json"))
    assert missing.exit_code == 1 and "nope.json does not exist." in missing.stderr
    folder = cli("import", str(tmp_path))
    assert folder.exit_code == 1 and "cannot be read: it is a folder" in folder.stderr


def test_bad_source_is_refused(cli, tmp_path) -> None:
    file = tmp_path / "x.json"
    file.write_text("{}")
    assert cli("import", str(file), "--from", "dayone").exit_code == 2


# -- jrnl ----------------------------------------------------------------------------------

JRNL = {
    "tags": {"@work": 2, "@c++": 1},
    "entries": [
        {"title": "Long day.", "body": "Budget talks | again.\n# not a heading", "date": "2026-11-20",
         "time": "18:30", "tags": ["@work"], "starred": False},
        {"title": "Good run", "body": "", "date": "2026-11-21", "time": "07:05",
         "tags": ["@work", "@c++"], "starred": True},
        {"title": "Good run", "body": "second one, same minute", "date": "2026-11-21", "time": "07:05",
         "tags": [], "starred": False, "creator": "ignored"},
    ],
}


def jrnl_entries(journal_path: Path) -> list[dict]:
    journal = Journal.open(journal_path, write=False)
    rows = journal.query(
        "SELECT id, day, energy, reflection, source, (SELECT group_concat(tag, ' ') FROM "
        "(SELECT tag FROM entry_tags WHERE entry_id = e.id ORDER BY tag)) AS tags "
        "FROM entries e ORDER BY day, reflection")
    journal.close()
    return rows


def test_jrnl_import_makes_notes_once(cli, journal_path, tmp_path) -> None:
    file = tmp_path / "jrnl.json"
    file.write_text(json.dumps(JRNL))
    result = cli("import", str(file), "--from", "jrnl")
    assert result.exit_code == 0, result.stderr
    assert "entries: 3 new" in result.stderr
    rows = jrnl_entries(journal_path)
    assert [r["reflection"] for r in rows] == [
        "Long day.\n\nBudget talks | again.\n# not a heading", "Good run",
        "Good run\n\nsecond one, same minute"]
    assert [r["tags"] for r in rows] == ["work", "c starred work", None]  # "@c++" keeps what a tag can hold
    assert {r["energy"] for r in rows} == {None} and {r["source"] for r in rows} == {"jrnl"}
    assert len({r["id"] for r in rows}) == 3
    again = cli("import", str(file), "--from", "jrnl")
    assert "entries: 0 new, 0 updated, 3 unchanged" in again.stderr
    assert jrnl_entries(journal_path) == rows


def test_jrnl_file_that_is_not_one(cli, journal_path, tmp_path) -> None:
    file = tmp_path / "jrnl.json"
    file.write_text(json.dumps({"entries": [{"title": "x", "date": "yesterday"}]}))
    result = cli("import", str(file), "--from", "jrnl")
    assert result.exit_code == 2
    assert "is not a valid jrnl export (entries[0].date" in " ".join(result.stderr.split())
    assert not journal_path.exists()


# -- at scale (issue 17): a linear plan, the search index filled in bulk --------------------------


# The carry-over check is linear: counted, not timed (a timed ratio failed under load), in
# tests/test_import_fast.py::test_the_plan_is_linear_in_the_carried_over_items.


def _bulk_file(n: int) -> dict:
    entries = [{"id": str(uuid.UUID(int=k + 1)), "day": f"2026-{1 + k % 10:02d}-{1 + k % 28:02d}",
                "logged_at": f"2026-{1 + k % 10:02d}-{1 + k % 28:02d}T08:00:00+01:00", "energy": k % 11,
                "reflection": f"note {k} about the quarterly zebra", "win": None, "tags": ["bulk"],
                "private": False, "source": "cli", "updated_at": None}
               for k in range(n)]
    return {"format": "veerkracht", "version": VERSION, "exported_at": "2026-11-27T10:00:00+01:00",
            "entries": entries}


def _triggers(path: Path) -> list[tuple]:
    with Journal.open(path, write=False) as journal:
        return journal.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()


def test_a_large_import_fills_the_search_index_in_bulk(cli, journal_path, tmp_path) -> None:
    cli("log", "5", "already here, a zebra too")
    before = _triggers(journal_path)
    data = _bulk_file(merge.BULK + 50)
    backup = tmp_path / "bulk.json"
    backup.write_text(json.dumps(data))
    result = cli("import", str(backup))
    assert result.exit_code == 0, result.stderr
    assert _triggers(journal_path) == before  # set aside for the import only
    hits = json.loads(cli("search", "zebra", "--limit", "1000", "--json").stdout)
    assert len(hits) == merge.BULK + 51
    # Changed text in a second import replaces what the index holds.
    for entry in data["entries"]:
        entry["reflection"] = entry["reflection"].replace("zebra", "okapi")
    backup.write_text(json.dumps(data))
    assert f"0 new, {merge.BULK + 50} updated" in cli("import", str(backup)).stderr
    assert len(json.loads(cli("search", "zebra", "--limit", "1000", "--json").stdout)) == 1
    assert len(json.loads(cli("search", "okapi", "--limit", "1000", "--json").stdout)) == merge.BULK + 50
    with Journal.open(journal_path, write=True) as journal:  # FTS5's own check raises if out of step
        journal.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
        assert journal.scalar("SELECT count(*) FROM search_index") == merge.BULK + 51


def test_a_failed_large_import_keeps_the_index_triggers(cli, journal_path, tmp_path) -> None:
    cli("log", "5", "already here")
    before = _triggers(journal_path)
    data = _bulk_file(merge.BULK + 10)
    data["value_checks"] = [{"id": uid("check"), "value_id": uid("nowhere"), "cycle_id": None,
                             "review_id": None, "alignment": 3, "note": None,
                             "checked_at": "2026-11-01T10:00:00+01:00"}]
    backup = tmp_path / "bulk.json"
    backup.write_text(json.dumps(data))
    assert cli("import", str(backup)).exit_code != 0
    assert _triggers(journal_path) == before
    assert cli("log", "6", "a walrus after the failed import").exit_code == 0
    assert len(json.loads(cli("search", "walrus", "--json").stdout)) == 1


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Stopped. Nothing was imported; the journal is as it was."),
    ("nl", "Gestopt. Er is niets geïmporteerd; het dagboek is zoals het was."),
])
@pytest.mark.parametrize("where", ["plan", "apply"])
def test_ctrl_c_during_an_import_writes_nothing_and_says_so(cli, seeded, tmp_path, monkeypatch, lang, sentence,
                                                            where) -> None:
    file = tmp_path / "file.json"
    file.write_text(json.dumps(valid_file()))
    before = full_export(cli)

    def interrupted(*args):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(merge, where, interrupted)
        result = cli("--lang", lang, "import", str(file))
    assert result.exit_code == 130
    assert " ".join(result.stderr.split()) == sentence and result.stdout == ""
    assert full_export(cli) == before


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Stopped, but the import had already finished: everything in the file is in the journal."),
    ("nl", "Gestopt, maar het importeren was al klaar: alles uit het bestand staat in het dagboek."),
])
def test_ctrl_c_after_the_commit_says_the_import_is_whole(cli, seeded, tmp_path, monkeypatch, lang,
                                                          sentence) -> None:
    file = tmp_path / "file.json"
    file.write_text(json.dumps(valid_file()))
    close = Journal.close
    stopped: list[bool] = []

    def interrupted_once(journal: Journal) -> None:  # Ctrl-C while the journal closes
        if not stopped:
            stopped.append(True)
            close(journal)
            raise KeyboardInterrupt
        close(journal)

    with monkeypatch.context() as patched:
        patched.setattr(Journal, "close", interrupted_once)
        result = cli("--lang", lang, "import", str(file))
    assert stopped and result.exit_code == 130
    assert " ".join(result.stderr.split()) == sentence and result.stdout == ""
    ids = {entry["id"] for entry in full_export(cli)["entries"]}
    assert {entry["id"] for entry in valid_file()["entries"]} <= ids
