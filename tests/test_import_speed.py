"""import, third pass (issue 17): the same journal by a faster way.

A bulk import sets the triggers of the entries' day figures and tag lists aside and computes
them once (``store.importing._entries_aside``); the plan reads the journal's rows as SQLite
stores them (``store.importing._stored``) and the careful way only for a damaged table; the
cycle collector pauses while the file is merged. Each is held here to the way it replaced.
"""

from __future__ import annotations

import gc
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import TODAY
from journal_data import uid
from veerkracht.db import fts
from veerkracht.db.journal import Journal
from veerkracht.domain import rows
from veerkracht.store import importing as merge

# The figures the triggers keep, and everything else an import writes.
TABLES = ("entries", "entry_tags", "entry_days", "tag_days", "values", "cycles", "cycle_answers",
          "reviews", "review_items", "value_checks", "actions", "connections", "briefs", "settings")


def state(path: Path) -> dict:
    """Every row of every table an import writes, the search index and the schema."""
    conn = sqlite3.connect(path)
    try:
        found: dict = {table: conn.execute(f'SELECT * FROM "{table}" ORDER BY 1, 2').fetchall()
                       for table in TABLES}
        found["search_index"] = conn.execute(
            "SELECT rowid, body, kind, ref, field FROM search_index ORDER BY rowid").fetchall()
        found["schema"] = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"
                                              " WHERE name NOT LIKE 'search_index_%'").fetchall())
        found["migrations"] = conn.execute("SELECT migration_set, name FROM _sqlite_migrations").fetchall()
        return found
    finally:
        conn.close()


def recomputed(path: Path) -> tuple[list, list, list]:
    """entry_days, tag_days and the tag lists computed from scratch from entries and entry_tags."""
    conn = sqlite3.connect(path)
    try:
        days = conn.execute(
            "SELECT day, count(*), coalesce(sum(private = 1), 0), count(energy), 1.0 * coalesce(sum(energy), 0),"
            " coalesce(sum(energy IS NOT NULL AND private = 0), 0),"
            " 1.0 * coalesce(sum(CASE WHEN private = 0 THEN energy END), 0) FROM entries GROUP BY day ORDER BY day"
        ).fetchall()
        tags = conn.execute(
            "SELECT e.day, t.tag, count(*), coalesce(sum(e.private = 0), 0) FROM entries e"
            " JOIN entry_tags t ON t.entry_id = e.id WHERE e.energy IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"
        ).fetchall()
        lists = conn.execute(
            "SELECT id, (SELECT json_group_array(tag) FROM (SELECT tag FROM entry_tags WHERE entry_id = e.id"
            " ORDER BY tag)) FROM entries e ORDER BY id").fetchall()
        stored = (conn.execute("SELECT * FROM entry_days ORDER BY day").fetchall(),
                  conn.execute("SELECT * FROM tag_days ORDER BY day, tag").fetchall(),
                  conn.execute("SELECT id, tag_list FROM entries ORDER BY id").fetchall())
        assert stored == (days, tags, lists)
        return stored
    finally:
        conn.close()


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> dict:
    """A JSON export of 40 weeks of demo journal (with private entries, notes, many tags)."""
    from typer.testing import CliRunner

    from veerkracht.app import app

    folder = tmp_path_factory.mktemp("demo")
    env = {"VEERKRACHT_INTERACTIVE": "0", "VEERKRACHT_TODAY": TODAY.isoformat(), "NO_COLOR": "1"}
    runner = CliRunner()
    demo = folder / "demo.db"
    assert runner.invoke(app, ["demo", "--weeks", "40", "--seed", "3", "--journal", str(demo)], env=env).exit_code == 0
    with Journal.open(demo, write=True) as journal, journal.write():  # some private entries too
        journal.execute("UPDATE entries SET private = 1 WHERE seq % 7 = 0")
    out = folder / "demo.json"
    result = runner.invoke(app, ["--journal", str(demo), "export", "--format", "json", "--include-private",
                                 "--output", str(out)], env=env)
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert len(data["entries"]) > merge.BULK
    return data


def _import(cli, path: Path, data: dict, file: Path) -> None:
    file.write_text(json.dumps(data))
    result = cli("--journal", str(path), "import", str(file))
    assert result.exit_code == 0, result.stderr


def _changed(data: dict) -> dict:
    """The same file with most entries changed in every way that moves a figure."""
    data = json.loads(json.dumps(data))
    for k, entry in enumerate(data["entries"]):
        if k % 5 == 0:
            entry["day"] = "2026-01-0" + str(1 + k % 9)  # to another day, sometimes a shared one
        if k % 3 == 0:
            entry["private"] = not entry["private"]
        if k % 4 == 0:
            entry["energy"] = None if entry["energy"] is not None else 7
            entry["reflection"] = entry["reflection"] or "a note now"
        if k % 2 == 0:
            entry["tags"] = sorted({*entry["tags"][1:], "moved", f"t{k % 4}"})
        if k % 11 == 0:
            entry["tags"] = []
    data["entries"].append({"id": uid("new one"), "day": "2026-01-01", "logged_at": "2026-01-01T09:00:00+01:00",
                            "energy": 4, "reflection": "new", "win": None, "private": False, "source": "cli",
                            "updated_at": None, "tags": ["moved", "fresh"]})
    return data


def test_a_bulk_import_sets_the_day_triggers_aside_and_leaves_the_same_journal(
    cli, tmp_path, export, monkeypatch
) -> None:
    aside = merge._entries_aside
    seen = []

    def spy(journal, written, replaced):  # type: ignore[no-untyped-def]
        seen.append(journal.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'entries_entry_days_ai'"))
        return aside(journal, written, replaced)

    fast, slow = tmp_path / "fast.db", tmp_path / "slow.db"
    monkeypatch.setattr(merge, "_entries_aside", spy)
    _import(cli, fast, export, tmp_path / "a.json")
    assert seen == [1]
    with monkeypatch.context() as m:  # a journal whose triggers are not the known ones keeps them
        m.setattr(merge, "ENTRY_TRIGGERS", frozenset({"something else"}))
        _import(cli, slow, export, tmp_path / "a.json")
    assert state(fast) == state(slow)
    recomputed(fast)

    # Again, into journals that hold them all: entries move days, lose energy, change privacy
    # and tags; one is new. The days they left and the days they went to are both right.
    shutil.copy(fast, tmp_path / "fast2.db")
    shutil.copy(fast, tmp_path / "slow2.db")
    changed = _changed(export)
    _import(cli, tmp_path / "fast2.db", changed, tmp_path / "b.json")
    with monkeypatch.context() as m:
        m.setattr(merge, "ENTRY_TRIGGERS", frozenset({"something else"}))
        _import(cli, tmp_path / "slow2.db", changed, tmp_path / "b.json")
    after = state(tmp_path / "fast2.db")
    assert after == state(tmp_path / "slow2.db")
    assert after["entry_days"] != state(fast)["entry_days"]  # the figures did move
    recomputed(tmp_path / "fast2.db")
    # And the triggers are back: a later entry counts as before.
    assert cli("--journal", str(tmp_path / "fast2.db"), "log", "6", "after", "--tag", "moved").exit_code == 0
    recomputed(tmp_path / "fast2.db")


def _fts_intact(path: Path) -> None:
    with Journal.open(path, write=True) as journal:  # FTS5's own check raises if out of step
        journal.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")


def test_an_import_into_an_empty_journal_reads_whole_tables_to_the_same_journal(
    cli, tmp_path, export, monkeypatch
) -> None:
    holds_only = fts.holds_only
    seen: list[tuple[str, bool]] = []

    def spy(conn, table, ids):  # type: ignore[no-untyped-def]
        seen.append((table, holds_only(conn, table, ids)))
        return seen[-1][1]

    monkeypatch.setattr(fts, "holds_only", spy)
    bulk, one_by_one = tmp_path / "bulk.db", tmp_path / "rows.db"
    _import(cli, bulk, export, tmp_path / "a.json")
    # every table written read whole: the index's four and the entries' figures
    assert {table for table, whole in seen if whole} == {"entries", "cycle_answers", "reviews", "review_items"}
    assert not [table for table, whole in seen if not whole]
    with monkeypatch.context() as m:  # each row by its triggers, as outside an import
        m.setattr(merge, "BULK", 10**9)
        _import(cli, one_by_one, export, tmp_path / "a.json")
    assert state(bulk) == state(one_by_one)
    recomputed(bulk)
    _fts_intact(bulk)

    # A journal holding entries of its own: the written ones are looked up by their IDs, and
    # the one it had keeps its words in the index and its day's figures.
    for path in (tmp_path / "own-bulk.db", tmp_path / "own-rows.db"):
        first = _changed(export)
        first["entries"] = first["entries"][-1:]  # only the new one, not in the export
        first.pop("cycles"), first.pop("reviews"), first.pop("actions"), first.pop("connections")
        _import(cli, path, first, tmp_path / "first.json")
    seen.clear()
    _import(cli, tmp_path / "own-bulk.db", export, tmp_path / "a.json")
    assert ("entries", False) in seen and ("cycle_answers", True) in seen
    with monkeypatch.context() as m:
        m.setattr(merge, "BULK", 10**9)
        _import(cli, tmp_path / "own-rows.db", export, tmp_path / "a.json")
    after = state(tmp_path / "own-bulk.db")
    assert after == state(tmp_path / "own-rows.db")
    assert any(row[3] == uid("new one") for row in after["search_index"])
    recomputed(tmp_path / "own-bulk.db")
    _fts_intact(tmp_path / "own-bulk.db")


def _every_text_changed(data: dict) -> dict:
    """The same file with the text of every indexed record changed (and every entry's tags)."""
    data = json.loads(json.dumps(data))
    for entry in data["entries"]:
        entry["reflection"], entry["tags"] = f"okapi {entry['id'][:8]}", ["okapi"]
    for cycle in data["cycles"]:
        for answer in cycle["answers"]:
            answer["text"] = "okapi answer"
    for review in data["reviews"]:
        review["headline"] = "okapi week"
        for item in review["items"]:
            item["title"], item["note"] = "okapi item", None
    return data


def test_a_second_import_that_changes_every_row_leaves_the_same_journal(cli, tmp_path, export,
                                                                         monkeypatch) -> None:
    # Whole tables whose every row was in the journal before: their old words leave the index.
    changed = _every_text_changed(export)
    for name, bulk in (("bulk.db", merge.BULK), ("rows.db", 10**9)):
        with monkeypatch.context() as m:
            m.setattr(merge, "BULK", bulk)
            _import(cli, tmp_path / name, export, tmp_path / "a.json")
            _import(cli, tmp_path / name, changed, tmp_path / "b.json")
    after = state(tmp_path / "bulk.db")
    assert after == state(tmp_path / "rows.db")
    assert not [row for row in after["search_index"] if row[4] in ("reflection", "title") and "okapi" not in row[1]]
    recomputed(tmp_path / "bulk.db")
    _fts_intact(tmp_path / "bulk.db")
    hits = json.loads(cli("--journal", str(tmp_path / "bulk.db"), "search", "okapi", "--limit", "100000",
                          "--json").stdout)
    assert len(hits) == len([row for row in after["search_index"] if "okapi" in row[1]])


def test_a_table_holds_only_the_written_rows_when_it_holds_each_of_them_and_no_other(journal_path) -> None:
    with Journal.open(journal_path, write=True) as journal, journal.write():
        conn = journal.conn
        conn.executemany("INSERT INTO connections (id, day, who, logged_at) VALUES (?, '2026-11-20', 'Sam', "
                         "'2026-11-20T09:00:00+01:00')", [(uid(f"c{k}"),) for k in range(3)])
        ids = [uid(f"c{k}") for k in range(3)]
        assert fts.holds_only(conn, "connections", ids)
        assert fts.holds_only(conn, "connections", [*ids, ids[0]])  # an ID twice is one row
        assert not fts.holds_only(conn, "connections", ids[:2])  # a row that was not written
        assert not fts.holds_only(conn, "connections", [*ids[:2], ids[0]])
        assert fts.holds_only(conn, "briefs", [])


_KINDS = st.sampled_from(["checkin", "feedback", "one_on_one", "team"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.sampled_from("abcdefg"), _KINDS, st.integers(0, 1)), max_size=25),
       variables=st.integers(1, 12))
def test_many_rows_a_statement_write_what_a_row_a_statement_writes(rows, variables, monkeypatch) -> None:
    """``_insert`` against ``executemany``: the same rows, the later of two with one ID winning
    (the upsert), whatever the number of rows a statement (``?`` per statement from 1 to 12)."""
    monkeypatch.setattr(merge, "_VARIABLES", variables)
    made = []
    for way in ("many", "insert"):
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, kind TEXT CHECK (kind IN "
                     "('checkin', 'feedback', 'one_on_one', 'team')), care INTEGER, seq INTEGER)")
        upsert = "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, care = excluded.care, seq = excluded.seq"
        numbered = [(*row, k) for k, row in enumerate(rows)]
        if way == "many":
            conn.executemany(f"INSERT INTO t (id, kind, care, seq) VALUES (?, ?, ?, ?) {upsert}", numbered)
        else:
            journal = Journal(Path(":memory:"), conn, exists=False)
            merge._insert(journal, "INSERT INTO t (id, kind, care, seq)", 4, numbered, upsert)
        made.append(conn.execute("SELECT * FROM t ORDER BY id").fetchall())
        conn.close()
    assert made[0] == made[1]
    assert len(made[1]) == len({row[0] for row in rows})


def test_an_import_writes_many_rows_a_statement(cli, tmp_path, export, monkeypatch) -> None:
    """One statement for many rows, not one a row: SQLite builds a CHECK's list of values once
    a statement (``_insert``), and the review items have three such lists."""
    ran: list[str] = []
    opened = Journal.open

    def traced(*args, **kwargs):
        journal = opened(*args, **kwargs)
        journal.conn.set_trace_callback(ran.append)
        return journal

    monkeypatch.setattr(Journal, "open", traced)
    _import(cli, tmp_path / "new.db", export, tmp_path / "export.json")
    items = sum(len(review["items"]) for review in export["reviews"])
    written = [sql for sql in ran if sql.startswith('INSERT INTO "review_items"')]
    per = merge._VARIABLES // len(merge.COLUMNS["review_items"])  # 76
    assert items > per
    assert len(written) == -(-items // per)
    with sqlite3.connect(tmp_path / "new.db") as conn:
        assert conn.execute("SELECT count(*) FROM review_items").fetchone()[0] == items


def test_a_failed_bulk_import_keeps_the_day_triggers(cli, journal_path, tmp_path, export) -> None:
    cli("log", "5", "already here")
    before = state(journal_path)
    data = json.loads(json.dumps(export))
    data["value_checks"] = [{"id": uid("check"), "value_id": uid("nowhere"), "cycle_id": None,
                             "review_id": None, "alignment": 3, "note": None,
                             "checked_at": "2026-11-01T10:00:00+01:00"}]
    (tmp_path / "bad.json").write_text(json.dumps(data))
    assert cli("import", str(tmp_path / "bad.json")).exit_code == 2
    assert state(journal_path) == before
    assert cli("log", "6", "counted", "--tag", "later").exit_code == 0
    recomputed(journal_path)


def test_the_known_entry_triggers_are_every_trigger_on_entries_but_search(journal_path) -> None:
    # A migration that adds a trigger on entries or their tags must teach _entries_aside its figure.
    Journal.open(journal_path, write=True).close()
    conn = sqlite3.connect(journal_path)
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('entries', 'entry_tags')"
        " AND sql NOT LIKE '%search_index%'").fetchall()
    conn.close()
    assert {name for name, _ in triggers} == merge.ENTRY_TRIGGERS
    # and one changed under its old name too: then update ENTRY_TRIGGERS_SQL with _entries_aside
    assert merge._digest(triggers) == merge.ENTRY_TRIGGERS_SQL


def test_a_trigger_changed_under_its_name_keeps_the_journal_on_its_triggers(cli, journal_path, tmp_path,
                                                                           export) -> None:
    Journal.open(journal_path, write=True).close()
    conn = sqlite3.connect(journal_path)
    with conn:  # another tool's version of one figure: the import must leave it to the trigger
        conn.execute("DROP TRIGGER entries_entry_days_ai")
        conn.execute("""CREATE TRIGGER entries_entry_days_ai AFTER INSERT ON entries BEGIN
            INSERT INTO entry_days (day, entries, private, scored, total, public_scored, public_total)
            VALUES (new.day, 100, 0, 0, 0, 0, 0) ON CONFLICT (day) DO UPDATE SET entries = entries + 100;
            END""")
    conn.close()
    (tmp_path / "e.json").write_text(json.dumps(export))
    assert cli("import", str(tmp_path / "e.json")).exit_code == 0
    conn = sqlite3.connect(journal_path)
    counted = conn.execute("SELECT sum(entries) FROM entry_days").fetchone()[0]
    entries = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    conn.close()
    assert entries and counted == 100 * entries  # the journal's own trigger counted each row


# -- the plan's reading of the journal -------------------------------------------------------


def _one_entry_file(reflection: str, win: str | None) -> dict:
    return {"format": "veerkracht", "version": 2, "exported_at": "2026-11-27T10:00:00+01:00",
            "entries": [{"id": uid("damaged"), "day": "2026-11-20", "logged_at": "2026-11-20T09:00:00+01:00",
                         "energy": 5, "reflection": reflection, "win": win, "private": False,
                         "source": "cli", "updated_at": None, "tags": ["work"]}]}


@pytest.mark.parametrize(("stored", "counted"), [
    ("CAST('café' AS BLOB)", "unchanged"),  # bytes where text belongs: read as the text they are
    ("CAST(X'636166C3' AS TEXT)", "updated"),  # text that is not UTF-8: U+FFFD, as every command shows
])
def test_the_plan_reads_a_damaged_row_as_every_command_does(journal_path, stored, counted) -> None:
    data = _one_entry_file("café", None)
    tables, settings = rows.export_rows(data, TODAY)  # type: ignore[misc]
    with Journal.open(journal_path, write=True) as journal:
        merge.apply(journal, merge.plan(journal, tables, settings))
        with journal.write():
            journal.execute(f"UPDATE entries SET reflection = {stored}")
        with journal.write():
            plan = merge.plan(journal, tables, settings)
    assert plan.counts["entries"][counted] == 1


def test_the_plan_reads_the_same_rows_as_the_careful_way(seeded) -> None:
    with Journal.open(seeded, write=False) as journal:
        for table in merge.ORDER:
            names = merge.COLUMNS[table]
            careful = [tuple(row.values()) for row in journal.query(
                f'SELECT {", ".join(chr(34) + c + chr(34) for c in names)} FROM "{table}"')]
            assert merge._stored(journal, table, names) == careful
            assert careful or table == "briefs"  # the seed has no brief


def test_import_pauses_the_cycle_collector_and_restores_it(cli, tmp_path, export, monkeypatch) -> None:
    states = []
    plan = merge.plan

    def spy(*args):  # type: ignore[no-untyped-def]
        states.append(gc.isenabled())
        return plan(*args)

    monkeypatch.setattr(merge, "plan", spy)
    assert gc.isenabled()
    _import(cli, tmp_path / "journal.db", export, tmp_path / "a.json")
    assert states == [False]
    assert gc.isenabled()
    (tmp_path / "bad.json").write_text("{")
    assert cli("import", str(tmp_path / "bad.json")).exit_code == 2
    assert gc.isenabled()


def test_an_import_checks_references_once_at_the_end_not_row_by_row(cli, journal_path, tmp_path, export,
                                                                      monkeypatch) -> None:
    """SQLite's check of each row's references is off while an import writes
    (``merge.transaction``); the one check at the end still refuses a broken reference and
    leaves the journal as it was."""
    seen = []
    apply = merge.apply

    def spy(journal: Journal, planned: merge.Plan) -> None:
        seen.append(journal.scalar("PRAGMA foreign_keys"))
        apply(journal, planned)

    monkeypatch.setattr(merge, "apply", spy)
    cli("log", "5", "already here")
    before = state(journal_path)
    data = json.loads(json.dumps(export))
    data["values"] = [*data["values"], {"id": uid("value"), "name": "A value of this test",
                                        "created_at": "2026-11-01T10:00:00+01:00"}]
    data["value_checks"] = [{"id": uid("check"), "value_id": uid("value"), "cycle_id": None,
                             "review_id": uid("nowhere"), "alignment": 3, "note": None,
                             "checked_at": "2026-11-01T10:00:00+01:00"}]
    (tmp_path / "bad.json").write_text(json.dumps(data))
    refused = cli("import", str(tmp_path / "bad.json"))
    assert refused.exit_code == 2
    assert "A record in value_checks points at a record" in " ".join(refused.stderr.split())
    assert seen == [0]
    assert state(journal_path) == before
    _import(cli, journal_path, export, tmp_path / "good.json")
    assert seen == [0, 0]
    with sqlite3.connect(journal_path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_import_transaction_puts_the_reference_checks_back(journal_path) -> None:
    with Journal.open(journal_path, write=True) as journal:
        with merge.transaction(journal):
            assert journal.scalar("PRAGMA foreign_keys") == 0
            journal.execute("INSERT INTO settings (key, value) VALUES ('lang', 'nl')")
        assert journal.scalar("PRAGMA foreign_keys") == 1
        assert journal.setting("lang") == "nl"
        with pytest.raises(RuntimeError), merge.transaction(journal):
            journal.execute("UPDATE settings SET value = 'en' WHERE key = 'lang'")
            raise RuntimeError("undone")
        assert journal.scalar("PRAGMA foreign_keys") == 1
        assert journal.setting("lang") == "nl"
        with journal.write(), merge.transaction(journal):  # inside one already: joins it as it is
            assert journal.scalar("PRAGMA foreign_keys") == 1
