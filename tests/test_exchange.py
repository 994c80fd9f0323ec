"""The JSON exchange format, proven from the schema: every column of every table travels.

The lossless test does not list the columns it expects: it walks the schema after all
migrations, so a column added later that the exchange format forgets fails here. The builder
below then has to give the new column a value first, and the comparison shows it is lost.
Older export versions still import: version 1 wrote its stamps in UTC and had no stop kinds.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import rows
from journal_data import insert, uid
from veerkracht.db.journal import Journal
from veerkracht.domain.exchange import VERSION

KINDS = ("stop", "pause", "shrink", "sprint")
STEPS = '["look_back","items","stop"]'  # as the review writes it (SQLite's json_insert)


def build(path: Path) -> None:
    """A journal with a value other than the column's default in every column of every table.

    Its stamps have offsets of all sorts, whatever the machine's: version 2 keeps them as written.
    """
    journal = Journal.open(path, write=True)
    with journal.write():
        _values_and_entries(journal)
        _cycle(journal)
        _reviews(journal)
        insert(journal, "value_checks", id=uid("loose check"), value_id=uid("honesty"),
               alignment=2, note="Said yes too fast", checked_at="2026-11-24T21:10:00-05:00")
        insert(journal, "connections", id=uid("talk"), day="2026-11-25", who="Anna",
               kind="one-on-one", care=1, challenge=1, note="Asked how she really is",
               logged_at="2026-11-25T16:00:00+01:00")
        insert(journal, "briefs", id=uid("brief"), made_at="2026-11-26T08:00:00+01:00",
               since="2026-10-29", until="2026-11-25")
        insert(journal, "settings", key="lang", value="nl")
        insert(journal, "settings", key="private", value="yes")
    journal.close()


def _values_and_entries(journal: Journal) -> None:
    insert(journal, "values", id=uid("honesty"), name="Honesty", scope="organisation",
           why="Trust grows from it", created_at="2026-01-05T09:00:00+01:00")
    insert(journal, "values", id=uid("speed"), name="Speed", scope="personal", why=None,
           created_at="2026-02-01T10:00:00+01:00", retired_at="2026-10-01T18:00:00+02:00")
    insert(journal, "entries", id=uid("secret"), day="2026-11-26", energy=3,
           logged_at="2026-11-26T22:15:00+01:00", reflection="Private worry", win="Slept early",
           private=1, source="jrnl", updated_at="2026-11-27T07:00:00+09:00")
    insert(journal, "entries", id=uid("plain"), day="2026-11-27", energy=7,
           logged_at="2026-11-27T08:14:03+01:00", reflection="A good start", source="cli")
    insert(journal, "entry_tags", entry_id=uid("secret"), tag="sleep")
    insert(journal, "entry_tags", entry_id=uid("plain"), tag="walk")


def _cycle(journal: Journal) -> None:
    plan = json.dumps({"prompts": ["slow.values.1"], "values": [uid("honesty")], "skipped": []})
    insert(journal, "cycles", id=uid("cycle"), started_at="2026-11-10T07:00:00+01:00",
           completed_at="2026-11-10T07:40:00+01:00", status="complete", lang="nl", plan=plan)
    insert(journal, "cycle_answers", id=uid("answer"), cycle_id=uid("cycle"), phase="verdiepen",
           pillar="stamina", prompt_id="deep.stamina.balance", text="More challenge", score=1,
           answered_at="2026-11-10T07:20:00+01:00")
    insert(journal, "value_checks", id=uid("cycle check"), value_id=uid("honesty"),
           cycle_id=uid("cycle"), alignment=4, checked_at="2026-11-10T07:30:00+01:00")
    insert(journal, "actions", id=uid("commitment"), text="Call Sam", due="2026-11-20",
           status="done", origin="cycle", origin_id=uid("cycle"),
           created_at="2026-11-10T07:35:00+01:00", closed_at="2026-11-19T12:00:00+01:00",
           outcome="partly", outcome_note="Only by mail")


def _reviews(journal: Journal) -> None:
    insert(journal, "reviews", id=uid("w47"), iso_week="2026-W47",
           started_at="2026-11-20T15:00:00+01:00", completed_at="2026-11-21T00:30:00+01:00",
           share_do=40, share_schedule=30, share_delegate=20, share_drop=10,
           headline="Fewer fires", reflection="Too many meetings", coach_question="How to say no?",
           recovery_habit="Walk at lunch", win="Shipped the plan", care_challenge=-1, lang="nl",
           steps_done=STEPS)
    insert(journal, "reviews", id=uid("w48"), iso_week="2026-W48",
           started_at="2026-11-27T15:00:00+01:00")
    for kind in KINDS:
        insert(journal, "review_items", id=uid(kind), review_id=uid("w47"), title=f"To {kind}",
               urgent=0, important=0, stop=1, stop_kind=kind,
               created_at="2026-11-20T15:05:00+01:00")
    insert(journal, "review_items", id=uid("carried"), review_id=uid("w48"), title="Budget memo",
           urgent=1, important=0, decision="delegate", delegate_to="Sam", note="Before Friday",
           carried_from=uid("pause"), status="done", created_at="2026-11-27T15:05:00+01:00")
    insert(journal, "value_checks", id=uid("review check"), value_id=uid("honesty"),
           review_id=uid("w47"), alignment=3, checked_at="2026-11-20T15:20:00+01:00")
    insert(journal, "actions", id=uid("intention"), text="Plan Q1", origin="review",
           origin_id=uid("w47"), created_at="2026-11-20T15:25:00+01:00")


# -- the schema, as the journal has it after all migrations ------------------------------------


def data_tables(path: Path) -> dict[str, list[dict]]:
    """Each table that holds the user's data, with its columns (PRAGMA table_info) but ``seq``.

    Left out: ``_sqlite_migrations`` (the schema's own bookkeeping, never exported),
    ``sqlite_*`` (SQLite's), and the full-text index ``search_index`` with its ``search_index_*``
    shadow tables: derived from the data tables by triggers, their rowids made of the local
    ``seq`` (checked below as text, not by rowid). ``seq`` is the rowid of one journal only.
    """
    names = [row["name"] for row in rows(path, "SELECT name FROM sqlite_master WHERE type = 'table'")]
    tables = {}
    for name in names:
        if name == "_sqlite_migrations" or name.startswith(("sqlite_", "search_index")):
            continue
        columns = rows(path, f'PRAGMA table_info("{name}")')
        tables[name] = [c for c in columns if not (c["name"] == "seq" and c["pk"])]
    return tables


def keyed(path: Path, table: str, columns: list[dict]) -> dict[tuple, dict]:
    """The table's rows by ID (or, without one, by primary key), every column but ``seq``."""
    names = [c["name"] for c in columns]
    key = ["id"] if "id" in names else [c["name"] for c in columns if c["pk"]]
    assert key, table
    quoted = ", ".join(f'"{name}"' for name in names)
    return {tuple(row[k] for k in key): row for row in rows(path, f'SELECT {quoted} FROM "{table}"')}


def export(cli, journal: Path, target: Path) -> list[str]:
    result = cli("--journal", str(journal), "export", "--format", "json", "--include-private",
                 "-o", str(target))
    assert result.exit_code == 0, result.stderr
    return target.read_text(encoding="utf-8").splitlines()


def test_every_column_of_every_table_survives_the_round_trip(cli, tmp_path) -> None:
    source, copy = tmp_path / "source.db", tmp_path / "copy.db"
    build(source)
    tables = data_tables(source)
    assert {"entries", "entry_tags", "values", "cycles", "cycle_answers", "value_checks",
            "actions", "connections", "reviews", "review_items", "settings"} <= set(tables)
    # A column that only ever holds NULL or its default would come back even if the exchange
    # format forgot it (the import writes the same default): so the builder must fill each one.
    for table, columns in tables.items():
        for column in columns:
            name, default = column["name"], column["dflt_value"] or "NULL"
            (found,) = rows(source, f'SELECT count(*) AS n FROM "{table}" WHERE "{name}" IS NOT NULL '
                                    f'AND "{name}" IS NOT {default}')
            assert found["n"], f"give {table}.{name} a value (not its default) in build()"

    first = export(cli, source, tmp_path / "first.json")
    result = cli("--journal", str(copy), "import", str(tmp_path / "first.json"))
    assert result.exit_code == 0, result.stderr

    for table, columns in tables.items():
        assert keyed(copy, table, columns) == keyed(source, table, columns), table
    search = "SELECT body, kind, ref, field FROM search_index ORDER BY ref, field, body"
    assert rows(copy, search) == rows(source, search)
    second = export(cli, copy, tmp_path / "second.json")
    stamp = [line.startswith(' "exported_at"') for line in first]
    assert sum(stamp) == 1
    assert [line for line, skip in zip(second, stamp) if not skip] == \
        [line for line, skip in zip(first, stamp) if not skip]
    assert len(second) == len(first) and json.loads("\n".join(first))["version"] == VERSION


# -- stop kinds ------------------------------------------------------------------------------------


def test_stop_kinds_survive_the_round_trip_and_are_named(cli, tmp_path) -> None:
    source, copy, file = tmp_path / "source.db", tmp_path / "copy.db", tmp_path / "all.json"
    build(source)
    export(cli, source, file)
    items = json.loads(file.read_text())["reviews"][0]["items"]
    assert [(i["stop"], i["stop_kind"]) for i in items] == [(True, kind) for kind in KINDS]
    assert cli("--journal", str(copy), "import", str(file)).exit_code == 0
    shown = cli("--journal", str(copy), "review", "show", "--week", "2026-W47", "--json")
    assert [i["stop"] for i in json.loads(shown.stdout)["items"]] == list(KINDS)
    for lang, words in (("en", ("stop", "pause", "shrink", "cut into sprints")),
                        ("nl", ("stoppen", "pauzeren", "verkleinen", "opknippen"))):
        text = cli("--journal", str(copy), "--lang", lang, "review", "show", "--week", "2026-W47")
        for kind, word in zip(KINDS, words):
            assert f"To {kind}  (⏹ {word})" in text.stdout


def test_a_stop_kind_that_is_not_one_of_the_four_is_refused(cli, journal_path, tmp_path) -> None:
    file = tmp_path / "bad.json"
    export(cli, _built(tmp_path), file)
    data = json.loads(file.read_text())
    data["reviews"][0]["items"][1]["stop_kind"] = "later"
    file.write_text(json.dumps(data))
    result = cli("import", str(file))
    assert result.exit_code == 2
    assert "reviews[0].items[1].stop_kind" in result.stderr and "nothing was imported" in result.stderr
    assert "choose stop, pause, shrink or sprint, not 'later'" in result.stderr
    assert not journal_path.exists()
    data["reviews"][0]["items"][1]["stop_kind"] = None  # no kind is fine
    file.write_text(json.dumps(data))
    assert cli("import", str(file)).exit_code == 0


def _built(tmp_path: Path) -> Path:
    path = tmp_path / "built.db"
    build(path)
    return path


# -- older and newer versions -------------------------------------------------------------------


def version_1() -> dict:
    """An export as veerkracht wrote it before version 2: UTC stamps, no stop_kind."""
    return {
        "format": "veerkracht", "version": 1, "exported_at": "2026-11-27T09:00:00+00:00",
        "entries": [{"id": uid("late"), "day": "2026-11-20", "logged_at": "2026-11-19T22:30:00+00:00",
                     "energy": 5, "reflection": "Late night", "win": None, "private": False,
                     "source": "cli", "updated_at": "2026-11-20T01:00:00+00:00", "tags": []}],
        "values": [{"id": uid("care"), "name": "Care", "scope": "personal", "why": None,
                    "created_at": "2026-01-01T12:00:00+00:00", "retired_at": None}],
        "cycles": [], "actions": [], "connections": [], "value_checks": [], "settings": {},
        "reviews": [{"id": uid("old review"), "iso_week": "2026-W47",
                     "started_at": "2026-11-20T14:00:00+00:00",
                     "completed_at": "2026-11-20T23:45:00+00:00", "lang": "en",
                     "steps_done": ["look_back", "items", "stop"],
                     "items": [{"id": uid("old item"), "review_id": uid("old review"),
                                "title": "Weekly sync", "urgent": False, "important": False,
                                "decision": None, "delegate_to": None, "note": None,
                                "carried_from": None, "stop": True, "status": "open",
                                "created_at": "2026-11-20T14:05:00+00:00"}],
                     "value_checks": []}],
    }


def test_a_version_1_export_still_imports_with_its_stamps_made_local(run_process, journal_path,
                                                                      tmp_path, cli) -> None:
    file = tmp_path / "old.json"
    file.write_text(json.dumps(version_1()))
    result = run_process("import", str(file), env={"TZ": "Asia/Tokyo"})  # UTC+9, no summer time
    assert result.returncode == 0, result.stderr
    (entry,) = rows(journal_path, "SELECT day, logged_at, updated_at FROM entries")
    assert entry == {"day": "2026-11-20", "logged_at": "2026-11-20T07:30:00+09:00",
                     "updated_at": "2026-11-20T10:00:00+09:00"}
    (review,) = rows(journal_path, "SELECT started_at, completed_at FROM reviews")
    assert review == {"started_at": "2026-11-20T23:00:00+09:00",
                      "completed_at": "2026-11-21T08:45:00+09:00"}
    (item,) = rows(journal_path, "SELECT stop, stop_kind, created_at FROM review_items")
    assert item == {"stop": 1, "stop_kind": None, "created_at": "2026-11-20T23:05:00+09:00"}
    assert rows(journal_path, 'SELECT created_at FROM "values"')[0]["created_at"] == \
        "2026-01-01T21:00:00+09:00"
    again = run_process("import", str(file), env={"TZ": "Asia/Tokyo"})  # twice is once
    assert "Everything in the file is already in the journal; nothing changed." in again.stderr
    # on the stop list, without a kind: said so, not called "stopped"
    shown = json.loads(cli("review", "show", "--week", "2026-W47", "--json").stdout)
    assert [(i["stop"], i["stop_list"]) for i in shown["items"]] == [(None, True)]
    assert "- Weekly sync (on the stop list)" in cli("export", "--weeks", "2").stdout


def test_a_version_2_export_keeps_its_stamps_as_written(run_process, journal_path, tmp_path) -> None:
    data = version_1() | {"version": 2}
    data["reviews"][0]["items"][0]["stop_kind"] = "pause"
    data["entries"][0]["logged_at"] = "2026-11-19T23:30:00+01:00"
    file = tmp_path / "new.json"
    file.write_text(json.dumps(data))
    result = run_process("import", str(file), env={"TZ": "Asia/Tokyo"})
    assert result.returncode == 0, result.stderr
    (entry,) = rows(journal_path, "SELECT logged_at, updated_at FROM entries")
    assert entry == {"logged_at": "2026-11-19T23:30:00+01:00", "updated_at": "2026-11-20T01:00:00+00:00"}
    (item,) = rows(journal_path, "SELECT stop_kind, created_at FROM review_items")
    assert item == {"stop_kind": "pause", "created_at": "2026-11-20T14:05:00+00:00"}


def test_a_newer_version_is_still_refused(cli, journal_path, tmp_path) -> None:
    file = tmp_path / "newer.json"
    file.write_text(json.dumps(version_1() | {"version": VERSION + 1}))
    result = cli("import", str(file))
    assert result.exit_code == 2
    assert f"(export version {VERSION + 1}; this one reads up to 2)" in result.stderr
    assert not journal_path.exists()


def test_a_version_1_stamp_at_the_edge_of_the_calendar_is_refused(run_process, journal_path,
                                                                  tmp_path) -> None:
    data = version_1()
    data["values"][0]["created_at"] = "9999-12-31T23:00:00+00:00"  # year 10000 in Tokyo
    file = tmp_path / "edge.json"
    file.write_text(json.dumps(data))
    result = run_process("import", str(file), env={"TZ": "Asia/Tokyo"})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "created_at: '9999-12-31T23:00:00+00:00' is not a moment" in result.stderr
    assert "nothing was imported" in result.stderr and not journal_path.exists()
