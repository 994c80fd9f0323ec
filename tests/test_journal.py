"""A journal that is not usable as asked: one sentence, exit 1, the file untouched."""

import hashlib
import json
import sqlite3
import stat

import pytest

from veerkracht.db import journal as journal_module
from veerkracht.db.journal import KNOWN_MIGRATIONS


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sql(path, *statements):
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        return [conn.execute(statement).fetchall() for statement in statements]
    finally:
        conn.close()


def assert_refused(result, text):
    assert result.exit_code == 1, result.stderr
    assert text in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_known_migrations_match_the_migrations_module():
    from veerkracht.db.migrations import migrations

    assert tuple(m.name for m in migrations._migrations) == KNOWN_MIGRATIONS


def test_a_text_file_is_not_a_journal(cli, journal_path):
    journal_path.write_text("my shopping list\n" * 20)
    before = digest(journal_path)
    for args in (("log", "5", "x"), ("entries",), ("doctor",)):
        assert_refused(cli(*args), "is not a veerkracht journal")
    assert digest(journal_path) == before


def test_another_programs_sqlite_file_is_not_a_journal(cli, journal_path):
    with sqlite3.connect(journal_path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO photos (name) VALUES ('cat')")
    conn.close()
    before = digest(journal_path)
    assert_refused(cli("log", "5", "x"), "is not a veerkracht journal")
    assert digest(journal_path) == before
    assert not (journal_path.parent / (journal_path.name + "-wal")).exists()


def test_a_journal_from_a_newer_veerkracht_is_left_alone(cli, journal_path):
    cli("log", "5", "x")
    sql(
        journal_path,
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('veerkracht', 'm999_from_the_future', '2030-01-01')",
        "PRAGMA wal_checkpoint(TRUNCATE)",
    )
    before = digest(journal_path)
    result = cli("log", "6", "y")
    assert_refused(result, "was written by a newer veerkracht (m999_from_the_future)")
    assert_refused(cli("entries"), "newer veerkracht")
    assert digest(journal_path) == before


def test_a_read_only_journal_is_not_written(cli, journal_path):
    cli("log", "5", "x")
    sql(journal_path, "PRAGMA wal_checkpoint(TRUNCATE)")
    journal_path.chmod(0o400)
    before = digest(journal_path)
    assert_refused(cli("log", "6", "y"), "is read-only, so nothing was written")
    assert digest(journal_path) == before
    listed = cli("entries", "--json")
    assert listed.exit_code == 0 and len(json.loads(listed.stdout)) == 1


def test_a_folder_is_not_a_journal(cli, tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    assert_refused(cli("--journal", str(folder), "log", "5"), "is a folder, not a journal file")
    assert list(folder.iterdir()) == []


def test_an_unreachable_location_is_one_sentence(cli, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert_refused(cli("--journal", str(blocker / "journal.db"), "log", "5"), "Cannot use")


def test_new_journal_modes(cli, tmp_path):
    path = tmp_path / "new" / "j.db"
    cli("--journal", str(path), "log", "5")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_wal_busy_timeout_and_foreign_keys(cli, journal_path):
    from veerkracht.db.journal import Journal

    cli("log", "5", "x")
    with Journal.open(journal_path, write=True) as journal:
        assert journal.scalar("PRAGMA journal_mode") == "wal"
        assert journal.scalar("PRAGMA busy_timeout") >= 5000
        assert journal.scalar("PRAGMA foreign_keys") == 1


@pytest.fixture
def pending_migration(monkeypatch):
    """A second migration, as a future veerkracht would ship it."""
    from veerkracht.db.migrations import migrations

    def m002_test_column(db):
        db.execute("ALTER TABLE entries ADD COLUMN mood TEXT")

    migrations._migrations.append(migrations._Migration("m002_test_column", m002_test_column))
    monkeypatch.setattr(journal_module, "KNOWN_MIGRATIONS", (*KNOWN_MIGRATIONS, "m002_test_column"))
    yield
    migrations._migrations.pop()


def test_a_pending_migration_copies_the_journal_first(cli, journal_path, pending_migration, monkeypatch):
    monkeypatch.setattr(journal_module, "KNOWN_MIGRATIONS", KNOWN_MIGRATIONS[:1])
    from veerkracht.db.migrations import migrations

    saved = migrations._migrations.pop()
    cli("log", "5", "before the update")
    migrations._migrations.append(saved)
    monkeypatch.setattr(journal_module, "KNOWN_MIGRATIONS", (*KNOWN_MIGRATIONS, "m002_test_column"))

    result = cli("log", "6", "after the update")
    assert result.exit_code == 0, result.stderr
    assert "a copy from before is at" in result.stderr
    [copy] = journal_path.parent.glob("journal.before-m002_test_column-*.db")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT reflection FROM entries").fetchall() == [("before the update",)]
        assert "mood" not in [row[1] for row in conn.execute("PRAGMA table_info(entries)")]
    conn.close()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with sqlite3.connect(journal_path) as conn:
        assert "mood" in [row[1] for row in conn.execute("PRAGMA table_info(entries)")]
        assert conn.execute("SELECT count(*) FROM entries").fetchone() == (2,)
    conn.close()


def test_an_update_made_by_another_process_meanwhile_is_not_announced_twice(
        cli, journal_path, pending_migration, monkeypatch):
    """Between our copy and our write lock, another process updates the journal (and says so,
    with its copy): ours then updates nothing, keeps no second copy and announces nothing."""
    from veerkracht.db.journal import Journal

    monkeypatch.setattr(journal_module, "KNOWN_MIGRATIONS", KNOWN_MIGRATIONS)
    from veerkracht.db.migrations import migrations

    saved = migrations._migrations.pop()  # the journal is made without the pending migration
    cli("log", "5", "before the update")
    migrations._migrations.append(saved)
    monkeypatch.setattr(journal_module, "KNOWN_MIGRATIONS", (*KNOWN_MIGRATIONS, "m002_test_column"))
    others: list = []
    copy_before = Journal._backup_before

    def copy_then_another_process_updates(self, migration):
        made = copy_before(self, migration)
        if not others:  # the other process: its own connection, its own copy, its update
            others.append(None)
            with Journal.open(journal_path, write=True) as other:
                others[0] = other.migration_backup
        return made

    monkeypatch.setattr(Journal, "_backup_before", copy_then_another_process_updates)
    with Journal.open(journal_path, write=True) as ours:
        assert ours.migration_backup is None
        assert ours.applied_migrations()[-1] == "m002_test_column"
    [theirs] = others
    assert theirs is not None and theirs.exists()
    assert list(journal_path.parent.glob("journal.before-*")) == [theirs]
    assert not list(journal_path.parent.glob(".journal.before-*"))  # nor a half one
    with sqlite3.connect(journal_path) as conn:
        assert conn.execute("SELECT count(*) FROM _sqlite_migrations WHERE name = 'm002_test_column'"
                            ).fetchone() == (1,)
    conn.close()


def test_a_snapshot_reads_one_state_and_refuses_a_write_it_would_lose(cli, journal_path):
    from veerkracht.db.journal import Journal

    cli("log", "5", "first")
    with Journal.open(journal_path, write=True) as journal:
        with journal.snapshot():
            assert journal.scalar("SELECT count(*) FROM entries") == 1
            other = sqlite3.connect(journal_path)
            other.execute("DELETE FROM entries")
            other.commit()
            other.close()
            assert journal.scalar("SELECT count(*) FROM entries") == 1  # still the first state
            journal.execute("CREATE TEMP TABLE scratch (x)")  # scratch work is fine
            with pytest.raises(RuntimeError, match="would be lost"):
                with journal.write():
                    pass
        assert journal.scalar("SELECT count(*) FROM entries") == 0  # the read has ended
        with journal.write():  # and writing works again
            journal.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
        assert journal.setting("x") == "y"


TWO_UPDATERS = """
import sys
from pathlib import Path
from veerkracht.db import journal
from veerkracht.db.migrations import migrations

def m009_noop(db):
    db.execute("CREATE TABLE later (x)")  # fails if it ran twice

migrations._migrations.append(migrations._Migration("m009_noop", m009_noop))
journal.KNOWN_MIGRATIONS = (*journal.KNOWN_MIGRATIONS, "m009_noop")
sys.stdin.readline()  # both start together
print(journal.Journal.open(Path(sys.argv[1]), write=True).migration_backup, flush=True)
"""


@pytest.mark.hostile
def test_two_processes_updating_one_journal_at_once_leave_one_copy_and_one_message(cli, journal_path):
    import subprocess
    import sys

    for round_ in range(3):
        if round_:  # the journal back as it was before the update of the round before
            with sqlite3.connect(journal_path) as conn:
                conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_noop'")
                conn.execute("DROP TABLE later")
            conn.close()
        for copy in journal_path.parent.glob("journal.before-*"):
            copy.unlink()
        logged = cli("log", "5", f"round {round_}")
        assert logged.exit_code == 0, logged.stderr
        processes = [subprocess.Popen([sys.executable, "-c", TWO_UPDATERS, str(journal_path)],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True) for _ in range(2)]
        for process in processes:
            process.stdin.write("go\n")
            process.stdin.flush()
        results = [process.communicate(timeout=120) for process in processes]
        assert all(process.returncode == 0 for process in processes), results
        announced = [out.strip() for out, _ in results if out.strip() != "None"]
        assert len(announced) == 1, results
        assert [str(copy) for copy in journal_path.parent.glob("journal.before-*")] == announced
        assert not list(journal_path.parent.glob(".journal.before-*"))


def test_a_failing_migration_leaves_the_journal_as_it_was(cli, journal_path, monkeypatch):
    from veerkracht.db.migrations import migrations

    cli("log", "5", "x")

    def m002_broken(db):
        db.execute("ALTER TABLE entries ADD COLUMN half TEXT")
        raise RuntimeError("boom")

    migrations._migrations.append(migrations._Migration("m002_broken", m002_broken))
    monkeypatch.setattr(journal_module, "KNOWN_MIGRATIONS", (*KNOWN_MIGRATIONS, "m002_broken"))
    try:
        with pytest.raises(RuntimeError):
            cli("log", "6", "y")
    finally:
        migrations._migrations.pop()
    monkeypatch.setattr(journal_module, "KNOWN_MIGRATIONS", KNOWN_MIGRATIONS)
    with sqlite3.connect(journal_path) as conn:
        assert "half" not in [row[1] for row in conn.execute("PRAGMA table_info(entries)")]
        assert conn.execute("SELECT count(*) FROM entries").fetchone() == (1,)
    conn.close()


def test_full_disk_writes_nothing_and_says_so(cli, journal_path, monkeypatch):
    cli("log", "5", "x")
    original = journal_module._connect

    def tiny(target, **kwargs):
        conn = original(target, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(journal_module, "_connect", tiny)
    result = cli("log", "5", "y" * 60_000)
    assert_refused(result, "is full, so nothing was written")
    monkeypatch.setattr(journal_module, "_connect", original)
    assert len(json.loads(cli("entries", "--json").stdout)) == 1


def test_an_unusable_journal_is_reported_before_any_question(cli, journal_path):
    journal_path.write_text("not a journal at all\n" * 10)
    result = cli("log", input="6\nA long reflection I would hate to lose\n\n", interactive=True)
    assert_refused(result, "is not a veerkracht journal")
    assert "Energy today" not in result.stderr


# -- m004: each day's sums and the indexes that keep commands flat at scale (issue 17) -----------

_RECOUNT = {
    "entry_days": """SELECT day, count(*), coalesce(sum(private = 1), 0), count(energy),
                            coalesce(sum(energy), 0), coalesce(sum(energy IS NOT NULL AND private = 0), 0),
                            coalesce(sum(CASE WHEN private = 0 THEN energy END), 0)
                     FROM entries GROUP BY day ORDER BY day""",
    "tag_days": """SELECT e.day, t.tag, count(*), coalesce(sum(e.private = 0), 0)
                   FROM entries e JOIN entry_tags t ON t.entry_id = e.id
                   WHERE e.energy IS NOT NULL GROUP BY e.day, t.tag ORDER BY 1, 2""",
}
# m006: each entry's own list of its tags, as the export writes it
_TAG_LISTS = ("SELECT id, tag_list FROM entries ORDER BY id",
              """SELECT e.id, (SELECT json_group_array(tag) FROM (SELECT tag FROM entry_tags
                                WHERE entry_id = e.id ORDER BY tag)) FROM entries e ORDER BY e.id""")


def _day_tables_match(path) -> None:
    from veerkracht.db.journal import Journal

    with Journal.open(path, write=False) as journal:
        for table, recount in _RECOUNT.items():
            kept = journal.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            assert kept == journal.conn.execute(recount).fetchall(), table
        kept, recount = (journal.conn.execute(sql).fetchall() for sql in _TAG_LISTS)
        assert kept == recount, "tag_list"
        orphans = journal.conn.execute("SELECT count(*) FROM entry_tags WHERE entry_id NOT IN "
                                       "(SELECT id FROM entries)").fetchone()
        assert orphans == (0,)


def test_each_days_sums_follow_every_write(cli, journal_path):
    import random
    from datetime import date, timedelta

    from veerkracht.db.journal import Journal
    from veerkracht.domain.models import EntryIn
    from veerkracht.store import entries

    rng = random.Random(17)
    days = [date(2026, 11, 1) + timedelta(days=n) for n in range(6)]
    made: list[str] = []
    with Journal.open(journal_path, write=True) as journal:
        for _ in range(300):
            action = rng.random()
            entry = EntryIn(day=rng.choice(days), energy=rng.choice([None, 0, 3, 7, 10]),
                            reflection="a note", private=rng.random() < 0.3,
                            tags=rng.sample(["team", "sport", "sleep"], rng.randint(0, 3)))
            if action < 0.5 or not made:
                made.append(entries.add(journal, entry))
            elif action < 0.8:
                entries.update(journal, rng.choice(made), entry)
            else:
                entries.delete(journal, made.pop(rng.randrange(len(made))))
        with journal.write():  # writes by SQL alone, as an import or another tool makes them
            journal.execute("UPDATE entries SET private = 1 - private WHERE rowid % 3 = 0")
            journal.execute("UPDATE entries SET energy = NULL WHERE rowid % 5 = 0")
            journal.execute("DELETE FROM entry_tags WHERE tag = 'sleep'")
            journal.execute("UPDATE entry_tags SET tag = 'renamed' WHERE tag = 'team' AND entry_id IN "
                            "(SELECT id FROM entries WHERE rowid % 2 = 0)")
    _day_tables_match(journal_path)
    backup = journal_path.parent / "backup.json"
    assert cli("export", "--format", "json", "--include-private", "-o", str(backup)).exit_code == 0
    other = journal_path.parent / "other.db"
    assert cli("--journal", str(other), "import", str(backup)).exit_code == 0
    _day_tables_match(other)


def test_an_older_journal_gets_each_days_sums(journal_path, monkeypatch):
    from veerkracht.db import migrations
    from veerkracht.db.journal import Journal

    older = tuple(name for name in KNOWN_MIGRATIONS if name < "m004")
    monkeypatch.setattr(journal_module, "KNOWN_MIGRATIONS", older)
    monkeypatch.setattr(migrations.migrations, "_migrations",
                        [m for m in migrations.migrations._migrations if m.name in older])
    with Journal.open(journal_path, write=True) as journal, journal.write():
        for n in range(40):
            journal.execute("INSERT INTO entries (id, day, logged_at, energy, private) VALUES (?, ?, ?, ?, ?)",
                            (f"e{n}", f"2026-11-{1 + n % 9:02d}", "2026-11-01T08:00:00+01:00",
                             None if n % 7 == 0 else n % 11, int(n % 4 == 0)))
            journal.execute("INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)", (f"e{n}", f"t{n % 3}"))
    monkeypatch.undo()
    with Journal.open(journal_path, write=True) as journal:
        assert "m004_speed_at_scale" in journal.applied_migrations()
    _day_tables_match(journal_path)


@pytest.mark.parametrize("foreign_keys", ["ON", "OFF"])
def test_deleting_entries_keeps_the_sums_and_tag_lists_with_or_without_foreign_keys(journal_path, foreign_keys):
    from veerkracht.db.journal import Journal

    with Journal.open(journal_path, write=True) as journal, journal.write():
        for n in range(30):
            journal.execute("INSERT INTO entries (id, day, logged_at, energy, private) VALUES (?, ?, ?, ?, ?)",
                            (f"e{n}", f"2026-11-{1 + n % 5:02d}", "2026-11-01T08:00:00+01:00", n % 11, n % 2))
            for tag in ("b", "a", "c")[: n % 4]:
                journal.execute("INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)", (f"e{n}", tag))
    with Journal.open(journal_path, write=False) as journal:
        assert journal.conn.execute("SELECT tag_list FROM entries WHERE id = 'e3'").fetchone() == \
            ('["a","b","c"]',)
    other = sqlite3.connect(journal_path)  # another tool, which may leave foreign keys off
    other.execute(f"PRAGMA foreign_keys = {foreign_keys}")
    with other:
        other.execute("DELETE FROM entries WHERE id IN ('e1', 'e2', 'e3', 'e7')")
        other.execute("DELETE FROM entry_tags WHERE entry_id = 'e5' AND tag = 'a'")
    other.close()
    _day_tables_match(journal_path)


def test_an_older_journal_gets_each_entrys_tag_list(journal_path, monkeypatch):
    from veerkracht.db import migrations
    from veerkracht.db.journal import Journal

    older = tuple(name for name in KNOWN_MIGRATIONS if name < "m006")
    monkeypatch.setattr(journal_module, "KNOWN_MIGRATIONS", older)
    monkeypatch.setattr(migrations.migrations, "_migrations",
                        [m for m in migrations.migrations._migrations if m.name in older])
    with Journal.open(journal_path, write=True) as journal, journal.write():
        for n in range(20):
            journal.execute("INSERT INTO entries (id, day, logged_at, energy) VALUES (?, ?, ?, ?)",
                            (f"e{n}", "2026-11-02", "2026-11-02T08:00:00+01:00", 5))
            for tag in ("zeta", "alpha", "mid")[: n % 4]:
                journal.execute("INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)", (f"e{n}", tag))
    monkeypatch.undo()
    with Journal.open(journal_path, write=True) as journal:
        assert "m006_entry_tag_list" in journal.applied_migrations()
        assert journal.conn.execute("SELECT tag_list FROM entries WHERE id = 'e3'").fetchone() == \
            ('["alpha","mid","zeta"]',)
    _day_tables_match(journal_path)


@pytest.mark.parametrize("sql, index", [
    ("SELECT * FROM value_checks WHERE cycle_id = 'x'", "value_checks_cycle"),
    ("SELECT * FROM value_checks WHERE review_id = 'x'", "value_checks_review"),
    ("SELECT * FROM actions WHERE origin = 'cycle' AND origin_id = 'x'", "actions_origin"),
    ("SELECT sum(entries) FROM entry_days WHERE day BETWEEN '2026-01-01' AND '2026-12-31'", "PRIMARY KEY"),
    ("SELECT tag FROM tag_days WHERE day BETWEEN '2026-01-01' AND '2026-12-31'", "PRIMARY KEY"),
])
def test_the_lookups_of_exports_and_figures_use_an_index(cli, journal_path, sql, index):
    from veerkracht.db.journal import Journal

    assert cli("log", "5", "x").exit_code == 0
    with Journal.open(journal_path, write=False) as journal:
        plan = " ".join(row[-1] for row in journal.conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
    assert index in plan and "SCAN" not in plan, plan


def test_the_export_subqueries_use_the_new_indexes(cli, journal_path):
    from veerkracht.db.journal import Journal
    from veerkracht.store import exchange

    assert cli("log", "5", "x").exit_code == 0
    with Journal.open(journal_path, write=False) as journal:
        for sql, index in ((exchange._CYCLES, "value_checks_cycle"), (exchange._REVIEWS, "value_checks_review")):
            plan = " ".join(row[-1] for row in journal.conn.execute(
                f"EXPLAIN QUERY PLAN {sql}", ("0001-01-01", "9999-12-31")[: sql.count("?")]))
            assert index in plan, plan
