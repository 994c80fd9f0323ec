"""A new journal gets its schema at once (db/schema.py), equal to what the migrations build."""

import sqlite3
from pathlib import Path

import pytest
from tests.test_imports import heavy, loaded

from veerkracht.db import journal as journal_module
from veerkracht.db import schema
from veerkracht.db.journal import KNOWN_MIGRATIONS, MIGRATION_SET, Journal

# Every object of the schema, the full-text index's own tables and SQLite's automatic indexes too.
EVERYTHING = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
# What db/schema.py keeps: the statements that made them, in the order they were made; not the
# tables a virtual table makes for itself (FTS5's ``<name>_data`` …).
STATEMENTS = r"""SELECT sql FROM sqlite_master m WHERE sql IS NOT NULL AND NOT (type = 'table' AND EXISTS (
    SELECT 1 FROM sqlite_master v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%'
    AND m.name LIKE replace(v.name, '_', '\_') || '\_%' ESCAPE '\')) ORDER BY rowid"""
# What a migration could set in the file besides the schema (journal_mode and foreign_keys are
# set by every opening, on both).
PRAGMAS = ("user_version", "application_id", "page_size", "auto_vacuum", "encoding")
GENERATED = "# Generated from a journal the migrations made (tests/test_schema.py prints it): edit nothing by hand.\n"


def by_migrations() -> sqlite3.Connection:
    """A journal in memory made the long way: sqlite-utils applying every migration."""
    from sqlite_utils import Database

    from veerkracht.db.migrations import migrations

    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrations.apply(Database(conn, execute_plugins=False))
    return conn


def literal(sql: str) -> str:
    """``sql`` as Python source: between triple quotes where that keeps it exactly."""
    plain = "\\" not in sql and '"""' not in sql and not sql.endswith('"')
    return f'"""{sql}"""' if plain else repr(sql)


def generated(conn: sqlite3.Connection) -> str:
    """The end of db/schema.py, from "Generated" on, for the journal ``conn``."""
    names = [name for (name,) in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    statements = [sql for (sql,) in conn.execute(STATEMENTS)]
    return (GENERATED + "MIGRATIONS = (\n" + "".join(f'    "{name}",\n' for name in names) + ")\n"
            + "STATEMENTS = (\n" + "".join(f"    {literal(sql)},\n" for sql in statements) + ")\n")


def test_the_statements_are_what_the_migrations_leave():
    source = Path(schema.__file__).read_text(encoding="utf-8")
    now = generated(by_migrations())
    assert source[source.index(GENERATED):] == now, (
        "db/schema.py is behind the migrations: replace everything from its line '# Generated' "
        "to its end with:\n\n" + now)
    assert schema.MIGRATIONS == KNOWN_MIGRATIONS


def rows_of(conn: sqlite3.Connection) -> dict:
    """Every row of every table but the record of the migrations, and the pragmas."""
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name != '_sqlite_migrations'")]
    found = {name: sorted(map(repr, conn.execute(f'SELECT * FROM "{name}"'))) for name in tables}
    return {**found, **{f"PRAGMA {name}": conn.execute(f"PRAGMA {name}").fetchone() for name in PRAGMAS}}


def test_a_new_journal_is_the_journal_the_migrations_make(journal_path, monkeypatch):
    monkeypatch.setenv("VEERKRACHT_TODAY", "2001-02-03")  # the user's days, not when it was made
    with Journal.open(journal_path, write=True) as journal:
        made = journal.conn.execute(EVERYTHING).fetchall()
        applied = journal.conn.execute(
            "SELECT migration_set, name, applied_at FROM _sqlite_migrations ORDER BY id").fetchall()
        assert journal.applied_migrations() == list(KNOWN_MIGRATIONS)
    migrated = by_migrations()
    assert made == migrated.execute(EVERYTHING).fetchall()
    with Journal.open(journal_path, write=False) as journal:
        assert rows_of(journal.conn) == rows_of(migrated)
    assert [row[:2] for row in applied] == [(MIGRATION_SET, name) for name in KNOWN_MIGRATIONS]
    # as sqlite-utils writes the moment: "2026-12-01 08:06:16.108059+00:00"
    assert all(row[2][10] == " " and row[2].endswith("+00:00") for row in applied)
    assert not any(row[2].startswith(("2001-02-02", "2001-02-03", "2001-02-04")) for row in applied)


def test_a_new_journal_works_as_one_the_migrations_made(cli, journal_path):
    """The triggers came with it: search, the day figures and the tag lists follow each write."""
    assert cli("log", "7", "a calm week with the team", "--tag", "team").exit_code == 0
    with Journal.open(journal_path, write=False) as journal:
        assert journal.scalar("SELECT count(*) FROM search_index WHERE search_index MATCH 'calm'") == 1
        assert journal.query("SELECT entries, scored, total FROM entry_days") == [
            {"entries": 1, "scored": 1, "total": 7}]
        assert journal.query("SELECT tag, entries FROM tag_days") == [{"tag": "team", "entries": 1}]
        assert journal.scalar("SELECT tag_list FROM entries") == '["team"]'


def test_making_a_journal_loads_no_sqlite_utils(run_process, journal_path):
    assert heavy(loaded("log", "5", "first")) == []  # makes the journal
    assert journal_path.exists()
    missing = journal_path.with_name("none.db")
    for args in (("entries", "--last", "3"), ("--journal", str(missing), "entries")):  # the second: none yet
        modules = loaded(*args)
        assert "sqlite_utils" not in modules and "veerkracht.db.migrations" not in modules, args
        assert "veerkracht.db.journal" in modules, args
    assert not missing.exists()


def another_process_builds_it_after_our_first_look(monkeypatch, path) -> list:
    """Right after our first look at the file finds no schema, and before our write lock,
    another process builds it. The list holds what our first look found."""
    query = Journal._query
    looked: list = []

    def first_look_then_the_other_process(self, sql, params=()):
        found = query(self, sql, params)
        if not looked and sql == "SELECT type, name FROM sqlite_master":
            looked.append(found)
            other = sqlite3.connect(path, isolation_level=None)
            other.execute("BEGIN IMMEDIATE")
            schema.create(other, MIGRATION_SET)
            other.execute("COMMIT")
            other.close()
        return found

    monkeypatch.setattr(Journal, "_query", first_look_then_the_other_process)
    return looked


def test_a_journal_made_meanwhile_by_another_process_is_not_made_again(journal_path, monkeypatch):
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    journal_path.touch()
    looked = another_process_builds_it_after_our_first_look(monkeypatch, journal_path)
    with Journal.open(journal_path, write=True) as journal:
        assert looked == [[]]
        assert not journal.created
        assert journal.applied_migrations() == list(KNOWN_MIGRATIONS)
        assert journal.scalar("SELECT count(*) FROM _sqlite_migrations") == len(KNOWN_MIGRATIONS)
    with Journal.open(journal_path.with_name("mine.db"), write=True) as journal:
        assert journal.created


def test_of_two_commands_starting_a_journal_the_one_that_built_it_says_so(cli, tmp_path, monkeypatch):
    """Both create the file; the other process builds the schema first: ours logs, and says
    nothing about creating a journal it did not create."""
    path = tmp_path / "typed.db"
    looked = another_process_builds_it_after_our_first_look(monkeypatch, path)
    result = cli("--journal", str(path), "log", "6", "the same moment")
    assert result.exit_code == 0, result.stderr
    assert looked == [[]]
    assert "Created a new journal" not in result.stderr
    assert "Created a new journal" in cli("--journal", str(tmp_path / "other.db"), "log", "5", "x").stderr


@pytest.mark.parametrize("extra", [("m007_future",), ()])
def test_statements_for_other_migrations_are_not_used(journal_path, monkeypatch, extra):
    """If the names known are not the ones the statements stand for (a migration was added,
    and db/schema.py not yet brought up to date), a new journal is made by the migrations."""
    from veerkracht.db import migrations as migrations_module

    if extra:
        def m007_future(db):
            db.execute("CREATE TABLE future (id INTEGER PRIMARY KEY)")

        monkeypatch.setattr(migrations_module.migrations, "_migrations",
                            [*migrations_module.migrations._migrations,
                             migrations_module.migrations._Migration("m007_future", m007_future)])
        monkeypatch.setattr(journal_module, "KNOWN_MIGRATIONS", (*KNOWN_MIGRATIONS, *extra))
    else:
        monkeypatch.setattr(schema, "MIGRATIONS", KNOWN_MIGRATIONS[:-1])
    with Journal.open(journal_path, write=True) as journal:
        assert journal.applied_migrations() == [*KNOWN_MIGRATIONS, *extra]
        tables = {row["name"] for row in journal.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert ("future" in tables) == bool(extra)
