import json
import sys

import pytest


@pytest.fixture
def three(cli):
    cli("log", "3", "Tough board meeting", "-t", "board", "--date", "2026-11-20")
    cli("log", "6", "Walk with Sam", "-t", "team", "--date", "2026-11-24")
    cli("log", "8", "Shipped the plan", "-t", "team", "--win", "Plan", "--date", "today")
    return [row["id"] for row in json.loads(cli("entries", "--json").stdout)]


def listed(cli, *args):
    result = cli("entries", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_bare_entries_lists_oldest_first_with_short_handles(cli, three):
    result = cli("entries")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout
    assert lines.index("Tough board") < lines.index("Walk with Sam") < lines.index("Shipped")
    for entry_id in three:
        assert entry_id[:8] in lines and entry_id not in lines


def test_json_shape(cli, three):
    rows = listed(cli)
    assert set(rows[0]) >= {"id", "day", "logged_at", "energy", "reflection", "win", "tags", "private"}
    assert [row["energy"] for row in rows] == [3, 6, 8]


def test_filters(cli, three):
    assert [r["energy"] for r in listed(cli, "--since", "2026-11-21")] == [6, 8]
    assert [r["energy"] for r in listed(cli, "--until", "tue")] == [3, 6]
    assert [r["energy"] for r in listed(cli, "--tag", "team")] == [6, 8]
    assert [r["energy"] for r in listed(cli, "--tag", "#Team")] == [6, 8]
    assert [r["energy"] for r in listed(cli, "--last", "1")] == [8]
    assert listed(cli, "--since", "today", "--until", "today")[0]["energy"] == 8


def test_default_shows_the_latest_twenty_and_says_so(cli):
    for day in range(1, 26):
        cli("log", "5", f"day {day}", "--date", f"2026-10-{day:02d}")
    assert len(listed(cli)) == 20
    assert listed(cli)[0]["reflection"] == "day 6"
    assert len(listed(cli, "--all")) == 25
    assert "Showing 20 of 25 entries." in cli("entries").stderr


def test_show_accepts_uuid_prefix_and_handle(cli, three):
    for ref in (three[0], three[0][:8], three[0][:5], three[0].upper()):
        result = cli("entries", "show", ref)
        assert result.exit_code == 0, result.stderr
        assert "Tough board meeting" in result.stdout
    assert json.loads(cli("entries", "show", three[2][:8], "--json").stdout)["win"] == "Plan"


def test_unknown_and_ambiguous_ids(cli, three):
    result = cli("entries", "show", "zzzz")
    assert result.exit_code == 1
    assert "No entry matches 'zzzz'." in result.stderr
    assert cli("entries", "show", "").exit_code == 1


def test_ambiguous_prefix(cli, journal_path):
    import sqlite3

    cli("log", "5", "one")
    cli("log", "6", "two")
    with sqlite3.connect(journal_path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        ids = [row[0] for row in conn.execute("SELECT id FROM entries ORDER BY seq")]
        conn.execute("UPDATE entries SET id = ? WHERE id = ?", ("abcdef12-0000-4000-8000-000000000001", ids[0]))
        conn.execute("UPDATE entries SET id = ? WHERE id = ?", ("abcdef12-0000-4000-8000-000000000002", ids[1]))
    result = cli("entries", "show", "abcdef")
    assert result.exit_code == 1
    assert "matches more than one entry" in result.stderr
    handles = [row["handle"] for row in listed(cli)]
    assert handles == ["abcdef12-0000-4000-8000-000000000001", "abcdef12-0000-4000-8000-000000000002"]
    assert json.loads(cli("entries", "show", handles[1], "--json").stdout)["reflection"] == "two"


def test_edit_with_options(cli, three):
    result = cli("entries", "edit", three[0][:8], "--energy", "4", "--tag", "board", "--tag", "sleep", "--win", "Slept")
    assert result.exit_code == 0, result.stderr
    assert "Updated entry" in result.stderr and "Fri 20 Nov 2026" in result.stderr
    row = listed(cli)[0]
    assert (row["energy"], row["tags"], row["win"], row["reflection"]) == (4, ["board", "sleep"], "Slept", "Tough board meeting")


def test_edit_moves_day_and_privacy(cli, three):
    assert cli("entries", "edit", three[1][:8], "--date", "2026-11-25", "--private").exit_code == 0
    row = listed(cli)[1]
    assert (row["day"], row["private"]) == ("2026-11-25", True)


def test_edit_refuses_bad_values_and_keeps_the_entry(cli, three):
    result = cli("entries", "edit", three[0][:8], "--energy", "12")
    assert result.exit_code == 2
    assert "energy: must be a whole number" in result.stderr
    assert listed(cli)[0]["energy"] == 3


def test_edit_without_options_or_terminal_says_what_to_do(cli, three):
    result = cli("entries", "edit", three[0][:8])
    assert result.exit_code == 2
    assert "--energy" in result.stderr


def test_edit_in_the_editor(cli, three, tmp_path):
    script = tmp_path / "editor"
    script.write_text(
        f"#!{sys.executable}\nimport sys\n"
        "text = open(sys.argv[1]).read()\n"
        "text = text.replace('energy: 3', 'energy: 2').replace('tags: board', 'tags: board, late')\n"
        "text = text.replace('Tough board meeting', 'Tough board meeting\\nand a late train')\n"
        "open(sys.argv[1], 'w').write(text)\n"
    )
    script.chmod(0o755)
    result = cli("entries", "edit", three[0][:8], interactive=True, env={"EDITOR": str(script)})
    assert result.exit_code == 0, result.stderr
    row = listed(cli)[0]
    assert row["energy"] == 2
    assert row["tags"] == ["board", "late"]
    assert row["reflection"] == "Tough board meeting\nand a late train"


def test_editor_with_a_broken_form_changes_nothing(cli, three, tmp_path):
    script = tmp_path / "editor"
    script.write_text(f"#!{sys.executable}\nimport sys\nopen(sys.argv[1], 'w').write('energy: 99\\n--- reflection ---\\nx')\n")
    script.chmod(0o755)
    result = cli("entries", "edit", three[0][:8], input="n\n", interactive=True, env={"EDITOR": str(script)})
    assert result.exit_code == 2
    assert listed(cli)[0]["energy"] == 3


def test_delete_asks_first(cli, three):
    kept = cli("entries", "delete", three[0][:8], input="n\n", interactive=True)
    assert kept.exit_code == 0
    assert "Delete the entry of Fri 20 Nov 2026 (Tough board meeting)?" in kept.stderr
    assert len(listed(cli)) == 3
    gone = cli("entries", "delete", three[0][:8], input="y\n", interactive=True)
    assert gone.exit_code == 0
    assert len(listed(cli)) == 2


def test_delete_without_terminal_needs_yes(cli, three):
    assert cli("entries", "delete", three[0][:8]).exit_code == 2
    assert cli("entries", "delete", three[0][:8], "--yes").exit_code == 0
    assert len(listed(cli)) == 2


def test_reading_a_missing_journal_creates_nothing(cli, journal_path):
    result = cli("entries")
    assert result.exit_code == 0
    assert "No entries match" in result.stderr
    assert listed(cli) == []
    assert not journal_path.exists()


def test_huge_numbers_and_backwards_periods_are_usage_errors(cli, three):
    for args in (("entries", "--last", "99999999999999999999"), ("search", "x", "--limit", "99999999999999999999")):
        result = cli(*args)
        assert result.exit_code == 2 and "Traceback" not in result.stderr
    backwards = cli("entries", "--since", "2026-11-27", "--until", "2026-11-01")
    assert backwards.exit_code == 2 and "--since comes after --until" in backwards.stderr


def test_a_note_of_only_spaces_is_no_note(cli, journal_path):
    result = cli("log", "note", "   ")
    assert result.exit_code == 2 and "needs an energy score, a reflection or a win" in result.stderr


def test_the_total_of_a_listing_is_counted_from_each_days_sums(cli, journal_path):
    from datetime import date

    from veerkracht.db.journal import Journal
    from veerkracht.store import entries

    for day, private in (("2026-11-01", ""), ("2026-11-01", "--private"), ("2026-11-03", ""),
                         ("2026-11-05", "--private"), ("2026-11-07", "")):
        assert cli("log", "5", "x", "--date", day, *([private] if private else [])).exit_code == 0
    assert cli("log", "note", "just a note", "--date", "2026-11-05").exit_code == 0
    with Journal.open(journal_path, write=False) as journal:
        for since, until in ((None, None), (date(2026, 11, 2), None), (None, date(2026, 11, 5)),
                             (date(2026, 11, 3), date(2026, 11, 5))):
            for include_private in (True, False):
                where = entries.EntryFilter(since=since, until=until, last=1, include_private=include_private)
                rows, total = entries.listing(journal, where)
                clauses = ["1 = 1"] + (["day >= ?"] if since else []) + (["day <= ?"] if until else [])
                clauses += [] if include_private else ["private = 0"]
                params = [d.isoformat() for d in (since, until) if d]
                counted = journal.scalar(f"SELECT count(*) FROM entries WHERE {' AND '.join(clauses)}", params)
                assert total == counted and len(rows) == min(1, counted), (since, until, include_private)
