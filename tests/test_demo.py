"""veerkracht demo: a realistic sample journal, never in the user's own, the same per seed."""

from __future__ import annotations

import re
import sqlite3
import tempfile
import time
from pathlib import Path

import pytest

TABLES = ("entries", "entry_tags", "\"values\"", "cycles", "cycle_answers", "value_checks",
          "actions", "connections", "reviews", "review_items")


def dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in TABLES}
    finally:
        conn.close()


def test_demo_builds_shows_and_explains(cli, tmp_path, journal_path):
    target = tmp_path / "sample" / "demo.db"
    result = cli("demo", "--weeks", "6", "--seed", "3", "--journal", str(target))
    assert result.exit_code == 0, result.stderr
    assert target.exists() and not journal_path.exists()  # the user's journal stays untouched
    out = result.stdout
    assert "Today, Fri 27 Nov 2026" in out and "This week" in out  # the dashboard
    assert "Energy" in out and "Weekly reviews" in out and "Signals" in out  # the report
    assert f"--journal {target} report" in " ".join(result.stderr.split())


def test_demo_content_is_realistic(cli, tmp_path):
    target = tmp_path / "demo.db"
    cli("demo", "--weeks", "12", "--journal", str(target))
    conn = sqlite3.connect(target)
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    assert 60 <= one("SELECT count(DISTINCT day) FROM entries WHERE energy IS NOT NULL") <= 84
    assert one("SELECT count(*) FROM (SELECT day FROM entries WHERE energy IS NOT NULL GROUP BY day HAVING count(*) > 1)") > 0
    assert one("SELECT count(*) FROM entries WHERE energy IS NULL") >= 0
    assert one("SELECT count(*) FROM entries WHERE reflection IS NOT NULL") > 30
    assert one("SELECT count(DISTINCT tag) FROM entry_tags") >= 5
    assert one("SELECT min(energy) FROM entries") <= 3  # the dip
    prompts = [row[0] for row in conn.execute("SELECT prompt_id || ' ' || pillar FROM cycle_answers")]
    assert prompts and all(re.fullmatch(r"(slow|deep|act)\.(\w+)\.\d \2", p) for p in prompts)
    assert one("SELECT count(DISTINCT pillar) FROM cycle_answers") == 3
    assert one("SELECT count(*) FROM value_checks") >= 3
    assert one("SELECT count(*) FROM reviews WHERE share_do + share_schedule + share_delegate + share_drop = 100") >= 8
    assert one("SELECT count(*) FROM review_items WHERE carried_from IS NOT NULL") > 0
    assert one("SELECT count(DISTINCT status) FROM actions") == 3
    assert one("SELECT count(*) FROM connections") > 10
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_same_seed_same_journal(cli, tmp_path):
    for name, seed in (("a", "7"), ("b", "7"), ("c", "8")):
        assert cli("demo", "--weeks", "8", "--seed", seed, "--journal", str(tmp_path / f"{name}.db")).exit_code == 0
    assert dump(tmp_path / "a.db") == dump(tmp_path / "b.db")
    assert dump(tmp_path / "a.db")["entries"] != dump(tmp_path / "c.db")["entries"]


def test_existing_path_is_refused_and_untouched(cli, tmp_path):
    target = tmp_path / "mine.db"
    target.write_bytes(b"precious")
    result = cli("demo", "--journal", str(target))
    assert result.exit_code == 1 and "already exists" in result.stderr
    assert target.read_bytes() == b"precious"


def test_default_location_is_a_new_temporary_folder(cli, journal_path, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    result = cli("demo", "--weeks", "2")
    assert result.exit_code == 0
    found = re.search(r"--journal (\S+) report", " ".join(result.stderr.split()))
    path = Path(found[1])
    assert path.exists() and path.parent.name.startswith("veerkracht-demo-")
    assert path.parent.parent == tmp_path
    assert not journal_path.exists()


@pytest.mark.parametrize(
    "args, words",
    [(("--weeks", "2", "--years", "1"), "not both"), (("--years", "0"), "--years"), (("--weeks", "9999"), "--weeks")],
)
def test_bad_sizes_exit_2(cli, tmp_path, args, words):
    result = cli("demo", *args, "--journal", str(tmp_path / "x.db"))
    assert result.exit_code == 2 and words in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_ten_years_in_seconds(cli, tmp_path):
    target = tmp_path / "ten.db"
    started = time.perf_counter()
    result = cli("demo", "--years", "10", "--journal", str(target))
    elapsed = time.perf_counter() - started
    assert result.exit_code == 0
    assert elapsed < 15  # about 1 s on the development machine
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(DISTINCT day) FROM entries").fetchone()[0] > 2800
    assert conn.execute("SELECT count(*) FROM reviews").fetchone()[0] > 400


def test_dutch_demo(cli, tmp_path):
    target = tmp_path / "nl.db"
    result = cli("--lang", "nl", "demo", "--weeks", "3", "--journal", str(target))
    assert "Vandaag" in result.stdout and "Energie" in result.stdout
    conn = sqlite3.connect(target)
    texts = {row[0] for row in conn.execute("SELECT name FROM \"values\"")}
    assert "Eerlijkheid" in texts


def test_dutch_demo_uses_dutch_tags_and_english_keeps_its_own(cli, tmp_path):
    dutch, english = tmp_path / "nl.db", tmp_path / "en.db"
    said = cli("--lang", "nl", "demo", "--weeks", "8", "--journal", str(dutch))
    assert "Een voorbeelddagboek staat klaar in" in said.stderr and "dagen (--seed" in said.stderr
    cli("demo", "--weeks", "8", "--journal", str(english))
    tags = {lang: {row[0] for row in sqlite3.connect(path).execute("SELECT tag FROM entry_tags")}
            for lang, path in (("nl", dutch), ("en", english))}
    assert tags["nl"] and tags["nl"] <= {"sport", "deadline", "slaap", "team", "reizen", "gezin"}
    assert not tags["nl"] & {"sleep", "travel", "family"}
    assert tags["en"] and tags["en"] <= {"sport", "deadline", "sleep", "team", "travel", "family"}
