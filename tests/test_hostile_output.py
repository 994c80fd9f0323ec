"""Issue 13, items 1, 2 and 6: output that journal text cannot take over, and text that
always decodes.

1. Terminal control sequences in stored or typed text never reach stdout, stderr or the
   Markdown and CSV exports (``domain.text.printable``; JSON escapes them, exactly).
2. CSV cells a spreadsheet would run as a formula get a leading ``'`` (OWASP).
6. Bytes that are not UTF-8 in a stored record never stop a reading command; doctor names
   the record, export and report say how many they show with U+FFFD.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from veerkracht.domain.text import printable, spreadsheet_cell, spreadsheet_rows

pytestmark = pytest.mark.hostile

# What must never reach a terminal: C0 but newline and tab, DEL, C1 (as characters: the
# bytes 0x80–0x9F are also UTF-8 continuation bytes of ordinary text such as "é" or "€").
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ATTACKS = [
    "\x1b[2J",  # clear the screen
    "\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\",  # an OSC 8 link
    "\x1b]52;c;ZXZpbA==\x07",  # OSC 52: write the clipboard
    "\x1b]0;pwned\x07",  # retitle the window
    "\x9b31m",  # C1 CSI
    "\x9d0;pwned\x9c",  # C1 OSC … ST
    "\r\x1b[K",  # overwrite the line
    "\x00\x08\x7f",
]


def _leaks(text: str) -> list[str]:
    """The control characters in ``text`` (a CSV file's own CRLF row ends excepted)."""
    return CONTROL.findall(text)


# -- item 1: terminal control sequences --------------------------------------------------------

# Every free-text field of the journal, as the SQL that overwrites it with hostile text.
# A random start keeps names and tags unique (NOCASE compares only up to a NUL).
FREE_TEXT = {
    "entries": ("reflection", "win"),
    "entry_tags": ("tag",),
    "values": ("name", "why"),
    "cycle_answers": ("text",),
    "value_checks": ("note",),
    "actions": ("text", "outcome_note"),
    "connections": ("who", "note"),
    "reviews": ("headline", "reflection", "coach_question", "recovery_habit", "win"),
    "review_items": ("title", "delegate_to", "note"),
}


def _store_everywhere(journal: Path, hostile: str) -> None:
    """Write ``hostile`` (and a word search can find) into every free-text field, as an
    imported or tampered journal would hold it."""
    conn = sqlite3.connect(journal)
    with conn:
        for table, columns in FREE_TEXT.items():
            sets = ", ".join(f"\"{column}\" = hex(randomblob(4)) || ' ' || ? || ' zebra'" for column in columns)
            conn.execute(f'UPDATE "{table}" SET {sets}', (hostile,) * len(columns))
    conn.close()


def _strings(data: object) -> list[str]:
    """Every string in a parsed JSON document."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        data = list(data.values())
    return [text for item in data for text in _strings(item)] if isinstance(data, list) else []


def _first(journal: Path, sql: str) -> str:
    conn = sqlite3.connect(journal)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def _reading_commands(journal: Path, out: Path) -> list[list[str]]:
    entry = _first(journal, "SELECT id FROM entries ORDER BY day DESC LIMIT 1")
    cycle = _first(journal, "SELECT id FROM cycles LIMIT 1")
    week = _first(journal, "SELECT iso_week FROM reviews ORDER BY iso_week DESC LIMIT 1")
    return [
        [],
        ["entries"], ["entries", "--all"], ["entries", "show", entry], ["entries", "--json"],
        ["entries", "show", entry, "--json"],
        ["search", "zebra"], ["search", "zebra", "--json"],
        ["values"], ["connect", "list"], ["connect", "list", "--json"], ["actions"],
        ["review", "show", "--week", week], ["review", "show", "--week", week, "--json"],
        ["review", "list"], ["cycle", "list"], ["cycle", "show", cycle], ["cycle", "show", cycle, "--json"],
        ["report"], ["report", "--json"], ["calendar"], ["doctor"], ["config"],
        ["export", "--include-private", "--include-people"],
        ["export", "-f", "csv", "--include-private"], ["export", "-f", "json", "--include-private"],
        ["export", "--include-private", "--include-people", "-o", str(out / "summary.md")],
        ["export", "-f", "csv", "--include-private", "-o", str(out / "entries.csv")],
    ]


def _messages(hostile: str) -> list[list[str]]:
    """Commands whose messages on stderr quote what was typed."""
    return [
        ["values", "add", hostile], ["values", "retire", hostile], ["entries", "show", hostile],
        ["actions", "done", hostile], ["search", hostile], ["log", "5", hostile, "-t", hostile],
        ["connect", hostile, "--kind", hostile], ["entries", "--since", hostile],
    ]


@pytest.fixture
def demo_journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A journal with every kind of record (cycles, reviews, actions, contacts)."""
    journal = tmp_path / "demo" / "journal.db"
    from veerkracht.app import app

    result = CliRunner().invoke(app, ["demo", "--weeks", "3", "--seed", "5", "--journal", str(journal)],
                                env={"VEERKRACHT_INTERACTIVE": "0"})
    assert result.exit_code == 0, result.output
    monkeypatch.setenv("VEERKRACHT_JOURNAL", str(journal))
    return journal


hostile_text = st.lists(
    st.one_of(st.sampled_from(ATTACKS), st.characters(max_codepoint=0x9F),
              st.text(st.characters(exclude_categories=("Cs",)), max_size=4)),
    min_size=1, max_size=6,
).map("".join).filter(lambda text: CONTROL.search(text) is not None)


# Each example runs about 40 commands (~1 s); VEERKRACHT_HOSTILE_EXAMPLES sets how many. No
# shrinking: a failing example is already short, and shrinking one takes minutes.
@settings(max_examples=int(os.environ.get("VEERKRACHT_HOSTILE_EXAMPLES", "12")), deadline=None,
          phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(hostile=hostile_text)
@example(hostile="".join(ATTACKS))
def test_no_control_character_reaches_a_terminal_or_an_export(demo_journal, tmp_path, cli, hostile) -> None:
    """Every reading command, every export and every message that quotes the user: hostile
    text stored in every field (or typed) comes out without a control character. JSON keeps
    the text exactly, with the characters escaped."""
    _store_everywhere(demo_journal, hostile)
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    for args in _reading_commands(demo_journal, out) + _messages(hostile):
        result = cli(*args)
        assert result.exit_code in (0, 1, 2), (args, result.output)
        assert "Traceback" not in result.output, args
        stdout = result.stdout.replace("\r\n", "\n") if "csv" in args else result.stdout
        assert _leaks(stdout) == [], (args, stdout)
        assert _leaks(result.stderr) == [], (args, result.stderr)
        if "--json" in args and args[0] in ("entries", "connect", "review", "cycle"):
            assert any(text.endswith(f" {hostile} zebra") for text in _strings(json.loads(stdout))), args
    for file in out.iterdir():
        assert _leaks(file.read_text(encoding="utf-8").replace("\r\n", "\n")) == [], file.name
    exported = json.loads(cli("export", "-f", "json", "--include-private").stdout)
    assert exported["entries"][0]["reflection"].endswith(f" {hostile} zebra")  # exact


def test_the_attacks_of_the_issue_on_real_processes(run_process, tmp_path) -> None:
    """The issue's reproduction: escape sequences logged, typed and imported from jrnl."""
    link = "\x1b[2J\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\"
    assert run_process("log", "5", link, "--win", "\x9b2J won").returncode == 0
    jrnl = tmp_path / "jrnl.json"
    jrnl.write_text(json.dumps({"entries": [
        {"title": "clip\x1b]52;c;ZXZpbA==\x07", "body": "board \x1b[31m", "date": "2026-11-20",
         "time": "09:00", "tags": []}]}))
    assert run_process("import", str(jrnl), "--from", "jrnl").returncode == 0
    title = run_process("values", "add", "\x1b]0;pwned\x07")
    assert title.returncode == 0
    assert "\x1b" not in title.stderr and "\x07" not in title.stderr and "]0;pwned" in title.stderr
    listed = json.loads(run_process("entries", "--json").stdout)
    entry = next(row["handle"] for row in listed if "click" in row["reflection"])
    imported = next(row["handle"] for row in listed if "clip" in row["reflection"])
    for args in ([], ["entries"], ["entries", "show", entry], ["entries", "show", imported],
                 ["search", "click"], ["search", "clip"],
                 ["values"], ["export"], ["export", "-f", "csv"]):
        result = run_process(*args)
        assert result.returncode == 0, (args, result.stderr)
        assert _leaks(result.stdout.replace("\r\n", "\n")) == [], args
        assert _leaks(result.stderr) == [], args
    assert "click" in run_process("entries", "show", entry).stdout  # the text itself is kept


def test_printable_removes_exactly_the_control_characters() -> None:
    @given(st.text())
    def check(text: str) -> None:
        shown = printable(text)
        assert _leaks(shown) == []
        assert shown == "".join(ch for ch in text if not CONTROL.fullmatch(ch))

    check()
    assert printable("a\tb\nc") == "a\tb\nc"


# -- item 2: CSV formula injection -------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://evil","click")', "+cmd|'/C calc'!A0", "@SUM(1+1)", "-2+3",
            "\t=1+1", "\r=1+1"]


def test_csv_cells_are_never_formulas_and_json_stays_exact(run_process, journal_path, tmp_path) -> None:
    for index, formula in enumerate(FORMULAS):
        assert run_process("log", "5", formula, "--win", formula, "--date", f"{index + 1} days ago").returncode == 0
    stored = [row[0] for row in sqlite3.connect(journal_path).execute("SELECT reflection FROM entries ORDER BY day DESC")]
    target = tmp_path / "entries.csv"
    assert run_process("export", "-f", "csv", "-o", str(target)).returncode == 0
    raw = target.read_text(encoding="utf-8")
    assert '"\'=HYPERLINK(""http://evil"",""click"")"' in raw  # the ' inside the quoted cell
    rows = list(csv.DictReader(io.StringIO(raw)))
    assert len(rows) == len(FORMULAS)
    for row, text in zip(rows[::-1], stored):
        for cell in (row["reflection"], row["win"]):
            assert cell.startswith("'") and cell == "'" + printable(text)
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
               for row in rows for cell in row.values())
    exported = json.loads(run_process("export", "-f", "json").stdout)
    assert sorted(e["reflection"] for e in exported["entries"]) == sorted(stored)  # exact


@given(st.text())
def test_no_csv_cell_starts_like_a_formula(text: str) -> None:
    cell = spreadsheet_cell(text)
    assert isinstance(cell, str) and _leaks(cell) == []
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cell in (printable(text), "'" + printable(text))
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC).writerow([cell, 5])
    assert next(csv.reader(io.StringIO(buffer.getvalue(), newline=""))) == [cell, "5"]


_CELLS = st.one_of(st.none(), st.integers(-5, 10), st.text(), st.sampled_from(
    ["=1+1", "+x", "-3", "@SUM(A1)", "\tx", "\rx", "plain", "a\x1bb", "\x85", "é", ""]))


@given(st.lists(st.tuples(_CELLS, _CELLS, _CELLS), max_size=8))
@example([("plain", 3, None), ("ok", None, "é")])  # nothing to guard: the same rows back
@example([("plain", 3, None), ("=1+1", None, "é")])  # one formula in the batch
@example([("plain", 3, None), ("a\x1bb", None, "é")])  # one control character in the batch
def test_a_batch_of_csv_rows_is_guarded_as_each_cell_would_be(rows) -> None:
    """The batch check of the CSV export (one pass over a batch's text) gives exactly the
    cells spreadsheet_cell gives one by one, whatever the batch holds."""
    assert spreadsheet_rows(rows) == [tuple(map(spreadsheet_cell, row)) for row in rows]


# -- item 6: stored bytes that are not UTF-8 ---------------------------------------------------


def _damage(journal: Path, *statements: str) -> None:
    conn = sqlite3.connect(journal)
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def _notice(count: int) -> str:
    return f"{count} records hold bytes that are not UTF-8 text"


def test_damaged_text_is_read_named_and_salvaged(run_process, journal_path, tmp_path) -> None:
    for index in range(8):  # a tag on half of the days, so the report shows it
        tag = ["-t", "work"] if index % 2 else []
        assert run_process("log", "5", f"day {index}", *tag, "--date", f"{index + 1} days ago").returncode == 0
    assert run_process("log", "6", "clean and whole", "--win", "kept").returncode == 0
    assert run_process("values", "add", "Honesty", "--why", "trust").returncode == 0
    # One invalid byte stored as TEXT, and a BLOB where text belongs.
    _damage(journal_path, "UPDATE entries SET reflection = CAST(x'6f6b20ff20626164' AS TEXT) WHERE reflection = 'day 0'",
            "UPDATE \"values\" SET why = x'c3'")
    entries = json.loads(run_process("entries", "--json", "--all").stdout)
    entry = next(row["handle"] for row in entries if row["reflection"] == "ok � bad")
    value = json.loads(run_process("values", "list", "--json").stdout)[0]["id"][:8]
    damaged = {entry, value}

    for args in ([], ["entries"], ["entries", "--json"], ["search", "ok"], ["values"], ["calendar"]):
        result = run_process(*args)
        assert result.returncode == 0, (args, result.stderr)
        assert "Traceback" not in result.stderr and "Error" not in result.stderr, args
    assert "ok � bad" in run_process("entries").stdout

    doctor = run_process("doctor", "--json")
    assert doctor.returncode == 1
    facts = json.loads(doctor.stdout)
    assert "damaged_text" in facts["problems"]
    assert {(r["table"], r["handle"], tuple(r["columns"])) for r in facts["damaged_text"]} == {
        ("entries", entry, ("reflection",)), ("values", value, ("why",))}
    shown = run_process("doctor")
    assert shown.returncode == 1 and all(handle in " ".join(shown.stdout.split()) for handle in damaged)

    target = tmp_path / "all.json"
    exported = run_process("export", "-f", "json", "--include-private", "-o", str(target))
    assert exported.returncode == 0 and _notice(2) in " ".join(exported.stderr.split())
    data = json.loads(target.read_text(encoding="utf-8"))
    assert {"ok � bad", "clean and whole"} <= {entry["reflection"] for entry in data["entries"]}
    assert data["values"][0]["why"] == "�"
    for args in (["export"], ["export", "-f", "csv"]):
        result = run_process(*args)
        assert result.returncode == 0, (args, result.stderr)
        assert "ok � bad" in result.stdout and _notice(2) in " ".join(result.stderr.split()), args

    # Everything else is salvaged: the export goes into a fresh journal whole.
    fresh = {"VEERKRACHT_JOURNAL": str(tmp_path / "fresh.db")}
    brought = run_process("import", str(target), env=fresh)
    assert brought.returncode == 0, brought.stderr
    assert len(json.loads(run_process("entries", "--json", "--all", env=fresh).stdout)) == 9
    assert run_process("doctor", "--json", env=fresh).returncode in (0, 1)

    # A damaged tag: the report shows it with U+FFFD and says so.
    _damage(journal_path, "UPDATE entry_tags SET tag = CAST(x'776f726bff' AS TEXT)")
    report = run_process("report")
    assert report.returncode == 0, report.stderr
    assert "work�" in report.stdout and _notice(6) in " ".join(report.stderr.split())
    assert any("tag" in r["columns"] for r in json.loads(run_process("doctor", "--json").stdout)["damaged_text"])


def test_a_clean_journal_says_nothing_about_damage(run_process) -> None:
    assert run_process("log", "5", "a replacement character typed on purpose: �").returncode == 0
    for args in (["export"], ["export", "-f", "json"], ["report"]):
        assert "UTF-8" not in run_process(*args).stderr, args
    facts = json.loads(run_process("doctor", "--json").stdout)
    assert facts["damaged_text"] == [] and "damaged_text" not in facts["problems"]
