"""`entries --tag TAG --last N` on a large journal: the quick ways give exactly the plain query's rows
and count.

The latest N with a tag are found by walking the day index from the day of the tag's Nth newest
scored entry (``tag_days``), and the count comes from each day's figures plus the notes; both
fall back to the plain query whenever the figures cannot be trusted. Every test here compares with
the plain SQL (``plain`` below), which is what ``listing`` ran before.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veerkracht.db.journal import Journal
from veerkracht.store import entries
from veerkracht.store.entries import EntryFilter

FIRST = date(2025, 1, 1)
TAGS = ("common", "rare", "old", "notes", "missing")


def fill(journal: Journal, items: list[tuple[int, int | None, bool, tuple[str, ...]]]) -> None:
    """Entries (day offset from FIRST, energy or None for a note, private, tags), through SQL, so
    the triggers keep the day figures as the commands would."""
    with journal.write():
        for n, (offset, energy, private, tags) in enumerate(items):
            day = (FIRST + timedelta(days=offset)).isoformat()
            entry_id = f"id-{n:06d}"
            journal.execute(
                "INSERT INTO entries (id, day, logged_at, energy, reflection, private, source) "
                "VALUES (?, ?, ?, ?, ?, ?, 'test')",
                (entry_id, day, f"{day}T{n % 24:02d}:00:00+00:00", energy, f"entry {n}", int(private)))
            journal.conn.executemany("INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)",
                                     [(entry_id, tag) for tag in sorted(set(tags))])


def plain(journal: Journal, where: EntryFilter) -> tuple[list[dict], int]:
    """The rows and count of ``where`` the plain way: every entry with the tag, by its ID."""
    clauses, params = ["e.id IN (SELECT entry_id FROM entry_tags WHERE tag = ?)"], [where.tag]
    if where.since:
        clauses.append("e.day >= ?")
        params.append(where.since.isoformat())
    if where.until:
        clauses.append("e.day <= ?")
        params.append(where.until.isoformat())
    if not where.include_private:
        clauses.append("e.private = 0")
    condition = " AND ".join(clauses)
    total = journal.scalar(f"SELECT count(*) FROM entries e WHERE {condition}", params)
    limit = f"LIMIT {where.last}" if where.last else ""
    ids = [row["id"] for row in journal.query(
        f"SELECT e.id FROM entries e WHERE {condition} "
        f"ORDER BY e.day DESC, e.logged_at DESC, e.seq DESC {limit}", params)]
    return [entries.get(journal, entry_id) for entry_id in reversed(ids)], total


def same(journal: Journal, where: EntryFilter) -> None:
    assert entries.listing(journal, where) == plain(journal, where), where


def mixed(private_note: bool) -> list[tuple[int, int | None, bool, tuple[str, ...]]]:
    """400 days of 6 entries: "common" on half, "old" often in the first 40 days and never
    after, "rare" on five entries, "notes" only on notes; a tenth private, some notes."""
    items = []
    for day in range(400):
        for k in range(6):
            n = day * 6 + k
            energy = None if n % 37 == 0 else n % 11
            private = (energy is not None and n % 10 == 3) or (private_note and energy is None and n % 2 == 0)
            tags = []
            if n % 2 == 0:
                tags.append("common")
            if day < 40 and k < 4:
                tags.append("old")
            if n in (5, 900, 1801, 2000, 2390):
                tags.append("rare")
            if energy is None and n % 3 == 0:
                tags.append("notes")
            items.append((day, energy, private, tuple(tags)))
    return items


@pytest.fixture(autouse=True)
def quick_ways_for_small_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    """The journals here are small: the quick ways are taken for a tag on a few entries too."""
    monkeypatch.setattr(entries, "FEW_TAGGED", 1)


@pytest.fixture(params=[False, True], ids=["no-private-note", "private-note"])
def journal(request: pytest.FixtureRequest, journal_path: Path):
    journal = Journal.open(journal_path, write=True)
    fill(journal, mixed(private_note=request.param))
    has_private_note = journal.scalar("SELECT count(*) FROM entries WHERE energy IS NULL AND private = 1")
    assert bool(has_private_note) == request.param
    yield journal
    journal.close()


@pytest.mark.parametrize("include_private", [True, False])
def test_the_same_rows_and_count_as_the_plain_query(journal, include_private):
    for tag in TAGS:
        for last in (None, 1, 3, 30, 500, 5000):
            same(journal, EntryFilter(tag=tag, last=last, include_private=include_private))


@pytest.mark.parametrize("since, until", [(date(2025, 1, 20), None), (None, date(2025, 12, 1)),
                                          (date(2025, 3, 1), date(2025, 3, 10)), (date(2026, 9, 1), None)])
def test_day_bounds_too(journal, since, until):
    for tag in TAGS:
        for last in (None, 1, 30, 500):
            for include_private in (True, False):
                same(journal, EntryFilter(since=since, until=until, tag=tag, last=last,
                                          include_private=include_private))


def test_a_short_period_walks_its_days_and_a_long_one_takes_the_tags_list(journal, monkeypatch):
    """Days holding fewer entries than the tag has are walked (each entry's tag looked up); a
    rare tag, or a period longer than the tag's list, keeps the list. Both give the plain rows
    (test_day_bounds_too covers both ways)."""
    chosen = {}
    walks = entries._walks_days
    monkeypatch.setattr(entries, "_walks_days",
                        lambda j, w: chosen.setdefault((w.tag, w.since, w.until), walks(j, w)))
    sql: list[str] = []
    query = journal.query
    monkeypatch.setattr(journal, "query", lambda text, params=(): sql.append(text) or query(text, params))
    march = (date(2025, 3, 1), date(2025, 3, 10))
    for tag in ("common", "rare"):
        for since, until in (march, (FIRST, None), (None, None)):
            where = EntryFilter(since=since, until=until, tag=tag)
            same(journal, where)
            sql.clear()
            entries.listing(journal, where)
            walked = chosen[(tag, since, until)]
            assert any(("EXISTS" in text) == walked and "e.day" in text for text in sql)
    assert chosen[("common", *march)] is True  # 60 entries in those days, the tag on 1,200
    assert chosen[("rare", *march)] is False  # 5 entries with the tag: its list is shorter
    assert chosen[("common", FIRST, None)] is False  # the whole journal: its list is shorter
    assert chosen[("common", None, None)] is False  # without days, the quick ways above


def test_a_day_figure_out_of_range_only_chooses_the_way(journal):
    """A damaged figure near 2**63 (another tool wrote it) makes no overflow: the rows are those
    of the plain query."""
    with journal.write():
        journal.execute("UPDATE entry_days SET entries = 9223372036854775807 WHERE day IN (?, ?)",
                        ((FIRST + timedelta(days=60)).isoformat(), (FIRST + timedelta(days=61)).isoformat()))
        journal.execute("UPDATE tag_days SET entries = 9223372036854775807 WHERE day IN (?, ?) AND tag = 'rare'",
                        ((FIRST + timedelta(days=150)).isoformat(), (FIRST + timedelta(days=333)).isoformat()))
    where = EntryFilter(since=date(2025, 3, 1), until=date(2025, 3, 10), tag="rare")
    assert entries._walks_days(journal, where) in (True, False)
    assert entries.listing(journal, where)[0] == plain(journal, where)[0]


def test_the_quick_ways_are_the_ones_taken(journal, monkeypatch):
    """A common tag walks the day index and is counted from the day figures; a tag used only
    long ago, a rare one and a missing one keep the tag's own list (the walk would read most of
    the journal)."""
    walked, counted = {}, {}
    start, count = entries._tag_walk_start, entries._tag_count
    monkeypatch.setattr(entries, "_tag_walk_start",
                        lambda j, w, s: walked.setdefault(w.tag, start(j, w, s)))
    monkeypatch.setattr(entries, "_tag_count", lambda j, w, s: counted.setdefault(w.tag, count(j, w, s)))
    for tag in TAGS:
        entries.listing(journal, EntryFilter(tag=tag, last=30))
    assert walked["common"] is not None and counted["common"] is not None
    assert walked["old"] is None and walked["rare"] is None and walked["missing"] is None
    assert counted["old"] is not None  # 160 scored entries against 65 notes


def test_figures_that_disagree_with_the_rows_fall_back(journal):
    """A damaged journal (day figures written past the triggers, a tag of an entry that is gone)
    gets the plain answer, never a count or rows made from wrong figures."""
    where = EntryFilter(tag="common", last=30)
    newest = journal.scalar("SELECT max(day) FROM tag_days WHERE tag = 'common'")
    conn = journal.conn
    damages = [
        # the newest day claims more entries with the tag than it has: the walk finds too few
        ("UPDATE tag_days SET entries = entries + 100, public = public + 100 WHERE tag = 'common' AND day = ?",
         (newest,)),
        ("UPDATE tag_days SET entries = entries - 1 WHERE tag = 'common' AND day = ?", (newest,)),
        ("UPDATE tag_days SET public = entries + 1 WHERE tag = 'common' AND day = ?", (newest,)),
        # fewer public than there are: nothing holds the public share to the rows
        ("UPDATE tag_days SET public = 0 WHERE tag = 'common' AND day = ?", (newest,)),
        ("UPDATE entry_days SET scored = entries + 1 WHERE day = ?", (newest,)),
        ("UPDATE entry_days SET entries = entries + 1 WHERE day = ?", (newest,)),
        ("DELETE FROM entry_days WHERE day = (SELECT day FROM entries WHERE energy IS NULL ORDER BY day LIMIT 1)",
         ()),
    ]
    for sql, params in damages:
        with journal.write():
            conn.execute("SAVEPOINT damage")
            conn.execute(sql, params)
            try:
                for include_private in (True, False):
                    same(journal, EntryFilter(tag="common", last=30, include_private=include_private))
            finally:
                conn.execute("ROLLBACK TO damage")
                conn.execute("RELEASE damage")
    same(journal, where)


def test_a_tag_of_an_entry_that_is_gone_is_not_counted(journal_path):
    journal = Journal.open(journal_path, write=True)
    fill(journal, mixed(private_note=False))
    journal.close()
    conn = sqlite3.connect(journal_path)  # another tool, foreign keys off
    conn.execute("INSERT INTO entry_tags (entry_id, tag) VALUES ('gone', 'common')")
    conn.commit()
    conn.close()
    with Journal.open(journal_path, write=False) as journal:
        for include_private in (True, False):
            same(journal, EntryFilter(tag="common", last=30, include_private=include_private))
            same(journal, EntryFilter(tag="common", include_private=include_private))


entry = st.tuples(st.integers(0, 59), st.one_of(st.none(), st.integers(0, 10)), st.booleans(),
                  st.lists(st.sampled_from(TAGS[:4]), max_size=3).map(tuple))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=st.lists(entry, max_size=120), tag=st.sampled_from(TAGS), last=st.sampled_from([None, 1, 2, 5, 40]),
       include_private=st.booleans(), since=st.one_of(st.none(), st.integers(0, 59)))
def test_any_mix_of_entries(items, tag, last, include_private, since):
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal.open(Path(folder) / "journal.db", write=True)
        try:
            fill(journal, items)
            first = None if since is None else FIRST + timedelta(days=since)
            for bound in (None, first):
                same(journal, EntryFilter(since=bound, tag=tag, last=last, include_private=include_private))
        finally:
            journal.close()


def test_entries_tag_last_as_a_user_types_it(cli, journal_path):
    """Through the command: the latest three with the tag, oldest first, and how many there are."""
    journal = Journal.open(journal_path, write=True)
    fill(journal, mixed(private_note=True))
    journal.close()
    result = cli("entries", "--tag", "common", "--last", "3", "--json")
    assert result.exit_code == 0, result.stderr
    shown = json.loads(result.stdout)
    with Journal.open(journal_path, write=False) as journal:
        rows, total = plain(journal, EntryFilter(tag="common", last=3))
    assert [row["id"] for row in shown] == [row["id"] for row in rows]
    assert [row["day"] for row in shown] == sorted(row["day"] for row in shown)
    assert all("common" in row["tags"] for row in shown)
    drawn = cli("entries", "--tag", "common", "--last", "3")
    assert drawn.exit_code == 0, drawn.stderr
    assert f"Showing 3 of {total} entries." in " ".join((drawn.stdout + drawn.stderr).split()), drawn.stdout


def test_a_tag_on_few_entries_takes_the_plain_way(journal, monkeypatch):
    monkeypatch.setattr(entries, "FEW_TAGGED", 2000)
    where = EntryFilter(tag="common", last=30)
    sums = entries._tag_sums(journal, where)
    assert 0 < sums[0] < 2000
    assert entries._tag_walk_start(journal, where, sums[0]) is None
    assert entries._tag_count(journal, where, sums) is None
    same(journal, where)
    monkeypatch.setattr(entries, "FEW_TAGGED", sums[0])
    assert entries._tag_walk_start(journal, where, sums[0]) is not None
    assert entries._tag_count(journal, where, sums) is not None


def test_days_stored_oddly_are_listed_as_the_plain_query_lists_them(journal_path):
    """A day another tool stored as bytes or as an empty text sorts as SQLite sorts it, in the
    quick ways as in the plain query."""
    journal = Journal.open(journal_path, write=True)
    fill(journal, mixed(private_note=True))
    with journal.write():
        for n, day in enumerate((b"2025-06-01", "", b"\xff", "2025-13-45")):
            for k in range(3):
                entry_id = f"odd-{n}-{k}"
                journal.execute("INSERT INTO entries (id, day, logged_at, energy, private) VALUES (?, ?, ?, ?, ?)",
                                (entry_id, day, f"2025-06-01T0{k}:00:00+00:00", None if k == 2 else 5, k == 1))
                journal.execute("INSERT INTO entry_tags (entry_id, tag) VALUES (?, 'common')", (entry_id,))
    for last in (None, 1, 2, 5, 30):
        for include_private in (True, False):
            same(journal, EntryFilter(tag="common", last=last, include_private=include_private))
            same(journal, EntryFilter(since=date(2025, 3, 1), tag="common", last=last,
                                      include_private=include_private))
    journal.close()
