"""veerkracht export: the coach summary's structure and privacy, and the JSON and CSV data."""

from __future__ import annotations

import csv
import io
import json
import re
import stat
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from journal_data import TODAY, at, insert, uid
from veerkracht.db.journal import Journal
from veerkracht.domain.period import Period
from veerkracht.flows.exchange.export import export_markdown
from veerkracht.flows.exchange.request import Request
from veerkracht.i18n import t

PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
SECTIONS = ("h_headline", "h_energy", "h_signals", "h_gave", "h_wins", "h_reflections", "h_cycles",
            "h_reviews", "h_actions", "h_values", "h_connection", "h_next")



def headings(document: str) -> list[tuple[str, str]]:
    tokens = PARSER.parse(document)
    return [(tokens[i].tag, tokens[i + 1].content) for i, token in enumerate(tokens)
            if token.type == "heading_open"]


def check_structure(document: str, lang: str = "en") -> None:
    """Headings are the exporter's, nothing is HTML, and every table row is complete."""
    found = headings(document)
    assert found[0] == ("h1", t("export.title", lang=lang))
    assert [text for tag, text in found if tag == "h2"] == [t(f"export.{key}", lang=lang) for key in SECTIONS]
    for tag, text in found:
        assert tag in ("h1", "h2", "h3")
        if tag == "h3":
            assert re.fullmatch(r"Week \d+ \(2026\)", text) or text.startswith(("Cycle of ", "Cyclus van ")), text
    tokens = PARSER.parse(document)
    assert not [tok for tok in tokens if tok.type == "html_block"]
    inline = [child for tok in tokens if tok.type == "inline" for child in tok.children]
    assert not [child for child in inline if child.type == "html_inline"]
    widths, header, count = [], None, 0
    for token in tokens:
        if token.type == "thead_open":
            header = None
        if token.type in ("th_open", "td_open"):
            count += 1
        elif token.type == "tr_close":
            header = count if header is None else header
            widths.append((header, count))
            count = 0
    assert widths and all(h == c for h, c in widths)


def test_markdown_summary_is_complete_and_private(cli, seeded) -> None:
    result = cli("export")
    assert result.exit_code == 0, result.stderr
    document = result.stdout
    check_structure(document)
    # user text that looks like Markdown stays text
    assert all("heading?" not in text for _, text in headings(document))
    assert "Day 3: \\*\\*bold\\*\\* \\| pipe\\\n\\# heading?\\\n\\- list?" in document
    assert "Shipped \\<b\\>it\\</b\\> \\& more" in document
    # privacy: private entries and names are left out, and stderr says so
    assert "SECRET" not in document and "Day 2:" not in document
    assert "Anna" not in document and "Bram" not in document
    assert "Left out 2 private entries; add --include-private" in result.stderr
    assert "Left out the names of 2 people; add --include-people" in result.stderr
    assert "**Left out:** 2 private entries." in document
    assert "the names of 2 people in 3 moments of contact" in document


def test_markdown_sections_hold_the_figures(cli, seeded) -> None:
    document = cli("export").stdout
    assert "> Headline 2026-W48: \\*steady\\*\n\nFrom my weekly review of week 48 (2026)." in document
    assert "```mermaid\nxychart-beta\n" in document and 'line [' in document
    assert "- Days with sport: energy +3.6 against days without (10 and 17 days; 95% interval" in document
    assert "- Days with meetings: energy −4.1 against days without (9 and 18 days; 95% interval" in document
    assert "Not enough to say, the day after: sport." in document  # apart from the same day
    assert "These are associations in my own numbers, not causes." in document
    assert "Meetings drained; a run gave back" in document
    assert "\\> quoted\\\n1\\) numbered" in document  # an answer below its question
    assert "- Weekly sync \\<x\\> (on the stop list)" in document  # stopped before kinds
    assert "- Intention 0: partly · ran out of time" in document
    assert "| Cancel the \\| sync | Wed 25 Nov 2026 | open |" in document
    assert "2 open (1 overdue), 1 done, 0 dropped." in document
    assert "Care ↔ challenge: −1 (" in document and "mean −0.5, checked 2 times" in document
    assert "| Honesty \\| openness | 1 | 4.0 | 4 |" in document
    assert "3 moments of contact with 2 people: care in 2, challenge in 2, both in 1." in document
    assert "- week 48 (2026): How do I say no \\| kindly?" in document
    assert document.rstrip().endswith(t("export.disclaimer", lang="en"))


STOP_WORDS = {
    "en": ("stopped", "paused", "shrunk", "cut into sprints"),
    "nl": ("gestopt", "gepauzeerd", "verkleind", "opgeknipt in sprints"),
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_each_stop_kind_is_named_in_the_summary(cli, seeded, lang) -> None:
    kinds = {"ri00": "stop", "ri01": "pause", "ri10": "shrink", "ri11": "sprint"}
    journal = Journal.open(seeded, write=True)
    with journal.write():
        for item, kind in kinds.items():
            journal.execute("UPDATE review_items SET stop = 1, stop_kind = ? WHERE id = ?",
                            (kind, uid(item)))
    journal.close()
    document = cli("--lang", lang, "export").stdout
    weeks = [next(part for part in document.split("### ")
                  if part.startswith(t("export.review_heading", lang=lang, week=week, year=2026)))
             for week in (47, 48)]
    titles = ("Budget", "Weekly sync", "Budget", "Weekly sync")
    for index, (title, word) in enumerate(zip(titles, STOP_WORDS[lang])):
        assert f"- {title} \\<x\\> ({word})" in weeks[index // 2], word
    assert t("export.review_dropped", lang=lang) in document


def test_include_private_and_people(cli, seeded) -> None:
    result = cli("export", "--include-private", "--include-people")
    assert "SECRET private note" in result.stdout and "Day 2:" in result.stdout
    assert "- Anna: 2×" in result.stdout and "- Bram: 1×" in result.stdout
    assert "Left out" not in result.stderr
    assert "**Left out:** nothing." in result.stdout
    check_structure(result.stdout)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_summary_works_out_its_language_once(seeded, monkeypatch, lang) -> None:
    """Each word of the summary used to read four environment variables to learn the language
    (half the time of a year's summary of a large journal); it is worked out once, and the
    document is the one the language gives."""
    import os
    import types

    from veerkracht import i18n

    class Counting(dict):
        reads = 0

        def get(self, *args):
            Counting.reads += 1
            return super().get(*args)

    environ = Counting(os.environ, VEERKRACHT_LANG=lang)
    monkeypatch.setattr(i18n, "os", types.SimpleNamespace(environ=environ, scandir=os.scandir))
    journal = Journal.open(seeded, write=False)
    request = Request(Period(date(2026, 11, 1), TODAY), TODAY, include_private=True,
                      include_people=True)
    document = export_markdown(journal, request).text
    journal.close()
    assert Counting.reads <= 4, Counting.reads
    assert headings(document)[0] == ("h1", t("export.title", lang=lang))
    with i18n.pinned() as pinned:
        assert pinned == lang
        environ["VEERKRACHT_LANG"] = "en" if lang == "nl" else "nl"
        assert i18n.current() == lang  # pinned: the environment is not read again inside
    assert i18n.current() != lang  # and is again after


def test_dutch_summary(cli, seeded) -> None:
    result = cli("--lang", "nl", "export")
    check_structure(result.stdout, lang="nl")
    assert "**Periode:** za 31 okt 2026 t/m vr 27 nov 2026 (28 dagen)" in result.stdout
    assert "2 privénotities weggelaten" in result.stderr


def test_dutch_summary_speaks_the_glossary_in_the_first_person(cli, seeded) -> None:
    document = cli("--lang", "nl", "export").stdout
    for word in ("**Dagen vastgelegd:**", "## Cycli en acties", "## Waarden in de praktijk",
                 "| Keer getoetst |", "## Sociale verbinding, zorg en uitdaging", "keer getoetst (",
                 "**Weggelaten:** 2 privénotities.", "de namen van 2 mensen in 3 contactmomenten"):
        assert word in document, word
    for banned in ("ingevuld", "laten vallen", "Hersteltip", "over de datum", "metingen",
                   "Tijd besteed", "Afstemming", "wat jij invoert"):
        assert banned not in document, banned
    assert document.rstrip().endswith("de cijfers komen alleen uit wat ik invoerde.")


def test_counts_in_the_summary_have_singular_and_plural(cli, seeded) -> None:
    one_day = cli("export", "--since", "2026-11-27", "--until", "2026-11-27").stdout
    assert "(1 day)" in one_day and "(1 entry)" in one_day
    assert "(1 dag)" in cli("--lang", "nl", "export", "--since", "2026-11-27", "--until", "2026-11-27").stdout


def test_period_options(cli, seeded) -> None:
    week = cli("export", "--weeks", "1").stdout
    assert "**Period:** Sat 21 Nov 2026 to Fri 27 Nov 2026 (7 days)" in week
    assert "**Days logged:** 6 (6 entries)" in week  # day 2 is private and left out
    span = cli("export", "--since", "2026-11-01", "--until", "2026-11-10").stdout
    assert "**Period:** Sun 1 Nov 2026 to Tue 10 Nov 2026 (10 days)" in span
    assert "No weekly reviews in this period." in span


@pytest.mark.parametrize(
    "args",
    [("--weeks", "0"), ("--weeks", "2", "--since", "monday"), ("--since", "2026-11-20", "--until", "2026-11-01"),
     ("--format", "pdf"), ("--since", "someday")],
)
def test_bad_options_are_refused(cli, seeded, args) -> None:
    result = cli("export", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip().endswith(".") and "Traceback" not in result.stderr


def test_output_file_is_private_to_the_user(cli, seeded, tmp_path) -> None:
    target = tmp_path / "summary.md"
    result = cli("export", "--output", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    check_structure(target.read_text(encoding="utf-8"))
    assert f"Wrote the export to {target}." in result.stderr


def test_empty_journal_exports_and_creates_nothing(cli, journal_path) -> None:
    result = cli("export")
    assert result.exit_code == 0
    check_structure(result.stdout + "\n| a |\n| - |\n| b |\n")  # no tables of its own
    assert "No energy scores in this period." in result.stdout
    assert json.loads(cli("export", "--format", "json").stdout)["entries"] == []
    assert not journal_path.exists()


def test_json_holds_everything_nested(cli, seeded) -> None:
    result = cli("export", "--format", "json")
    data = json.loads(result.stdout)
    assert data["format"] == "veerkracht" and data["version"] == 2 and data["exported_at"]
    assert list(data)[3:] == ["entries", "values", "cycles", "actions", "connections", "reviews",
                              "value_checks", "briefs", "settings"]
    assert len(data["entries"]) == 34 and all(not e["private"] for e in data["entries"])
    assert "Left out 2 private entries" in result.stderr
    entry = next(e for e in data["entries"] if e["id"] == uid("e0"))
    assert entry["tags"] == ["sport"] and entry["energy"] == 8 and entry["source"] == "cli"
    cycle = data["cycles"][0]
    assert [a["prompt_id"] for a in cycle["answers"]][0] == "slow.stamina.1"
    assert cycle["value_checks"][0]["alignment"] == 4
    review = data["reviews"][1]
    assert review["iso_week"] == "2026-W48" and len(review["items"]) == 3
    assert review["items"][1]["stop"] is True and review["items"][1]["carried_from"] == uid("ri01")
    assert review["steps_done"] == ["look", "sort"] and review["value_checks"][0]["alignment"] == 4
    assert data["connections"][0]["who"] == "Anna"
    assert data["settings"] == {"lang": "en", "private": "no"}
    everything = json.loads(cli("export", "--format", "json", "--include-private").stdout)
    assert len(everything["entries"]) == 36


class _WritesMeanwhile:
    """A journal's connection that, once its first read of ``entries`` has begun, lets another
    connection (another process, as far as SQLite knows) change the journal."""

    def __init__(self, conn, path) -> None:
        object.__setattr__(self, "_conn", conn)
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "written", False)

    def execute(self, sql, *args):
        cursor = self._conn.execute(sql, *args)
        if not self.written and "FROM entries" in sql and sql.lstrip().upper().startswith("SELECT"):
            object.__setattr__(self, "written", True)
            import sqlite3

            other = sqlite3.connect(self._path, isolation_level=None)
            other.execute("UPDATE connections SET who = 'Changed meanwhile'")
            other.execute("UPDATE reviews SET headline = 'Changed meanwhile'")
            other.execute("""INSERT INTO "values" (id, name, scope, created_at)
                             VALUES (?, 'Added meanwhile', 'personal', ?)""", (uid("later"), at(TODAY)))
            other.execute("UPDATE entries SET reflection = 'changed meanwhile'")
            other.close()
        return cursor

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def __setattr__(self, name, value):
        setattr(self._conn, name, value)


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_an_export_is_one_snapshot_while_another_process_writes(cli, seeded, monkeypatch, fmt) -> None:
    """Another process changes the journal once the export has begun to read its entries: the
    rest of the document still shows the journal as it was when the export began."""
    from veerkracht.db import journal as journal_module

    opened = []
    original = journal_module.Journal.open.__func__

    def open_watched(cls, path, **options):
        journal = original(cls, path, **options)
        journal.conn = _WritesMeanwhile(journal.conn, path)
        opened.append(journal.conn)
        return journal

    monkeypatch.setattr(journal_module.Journal, "open", classmethod(open_watched))
    before = cli("export", "--format", fmt, "--include-private")
    assert before.exit_code == 0, before.stderr
    assert [conn.written for conn in opened] == [True]
    assert "meanwhile" not in before.stdout
    monkeypatch.setattr(journal_module.Journal, "open", classmethod(original))
    after = cli("export", "--format", fmt, "--include-private")
    assert "meanwhile" in after.stdout  # the writes were real, and are seen by the next export


def test_json_period_only_when_asked(cli, seeded) -> None:
    data = json.loads(cli("export", "--format", "json", "--weeks", "1").stdout)
    assert {e["day"] for e in data["entries"]} <= {f"2026-11-{d}" for d in range(21, 28)}
    assert [r["iso_week"] for r in data["reviews"]] == ["2026-W47", "2026-W48"]
    assert data["cycles"] == []  # the cycle was ten days ago
    assert len(data["values"]) == 2  # values are not of a period


def test_csv_has_the_entries(cli, seeded) -> None:
    result = cli("export", "--format", "csv", "--include-private")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 36
    first = next(r for r in rows if r["id"] == uid("e3"))
    assert first["reflection"] == "Day 3: **bold** | pipe\n# heading?\n- list?"
    assert first["tags"] == "sport" and first["energy"] == "8"
    assert len(list(csv.DictReader(io.StringIO(cli("export", "-f", "csv").stdout)))) == 34


# -- any text, anywhere in the summary, stays text ---------------------------------------------

HOSTILE_TEXT = st.lists(
    st.one_of(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=6),
              st.sampled_from(["# ", "\n", "- ", "1. ", "> ", "| x |", "<script>", "&lt;", "**", "```", "---", "==="])),
    min_size=1, max_size=10,
).map("".join).filter(lambda s: s.strip())


@given(HOSTILE_TEXT, HOSTILE_TEXT, HOSTILE_TEXT)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(text="0", title="\x1b#", who="\x1b # x")  # an escape before a "#": found by this test
def test_any_user_text_keeps_the_structure(journal_path, text, title, who) -> None:
    folder = tempfile.mkdtemp(dir=journal_path.parent)
    journal = Journal.open(Path(folder) / "journal.db", write=True)
    with journal.write():
        insert(journal, "entries", id=uid("h"), day=TODAY.isoformat(), logged_at=at(TODAY), energy=5,
               reflection=text, win=title)
        insert(journal, "entry_tags", entry_id=uid("h"), tag="x")
        insert(journal, "reviews", id=uid("hr"), iso_week="2026-W48", started_at=at(TODAY), headline=text,
               coach_question=title, recovery_habit=text, win=text)
        insert(journal, "review_items", id=uid("hi"), review_id=uid("hr"), title=title, urgent=0,
               important=0, stop=1, created_at=at(TODAY))
        insert(journal, "actions", id=uid("ha"), text=title, origin="review", origin_id=uid("hr"),
               created_at=at(TODAY), outcome_note=text, outcome="not")
        insert(journal, "values", id=uid("hv"), name=who.strip()[:80], created_at=at(TODAY))
        insert(journal, "connections", id=uid("hc"), day=TODAY.isoformat(), who=who, logged_at=at(TODAY))
    request = Request(Period(date(2026, 11, 1), TODAY), TODAY, include_private=True,
                      include_people=True)
    document = export_markdown(journal, request).text
    journal.close()
    check_structure(document)
    assert len(headings(document)) == 2 + len(SECTIONS)  # the title, the sections, one review week



def test_jrnl_notes_follow_private_by_default(cli, journal_path, tmp_path) -> None:
    journal = Journal.open(journal_path, write=True)
    journal.set_setting("private", "yes")
    journal.close()
    file = tmp_path / "jrnl.json"
    file.write_text(json.dumps({"tags": {}, "entries": [
        {"title": "t", "body": "b", "date": "2026-11-01", "time": "09:00", "tags": [], "starred": False}]}))
    assert cli("import", str(file), "--from", "jrnl").exit_code == 0
    assert json.loads(cli("export", "-f", "json").stdout)["entries"] == []
    assert json.loads(cli("export", "-f", "json", "--include-private").stdout)["entries"][0]["private"] is True


# -- streaming (issue 17): the same bytes as a whole document, in flat memory --------------------


def _whole_json(journal: Journal, request: Request, exported_at: str) -> str:
    """The JSON export as it was built before it streamed: every record in a list, joined."""
    from veerkracht.domain.exchange import FORMAT, VERSION
    from veerkracht.domain.text import json_for_terminal
    from veerkracht.store import exchange

    head = {"format": FORMAT, "version": VERSION, "exported_at": exported_at}
    records = exchange.dump_json(journal, request.period, include_private=request.include_private)
    parts = [f" {json.dumps(key)}: {json.dumps(value)}" for key, value in head.items()]
    for key, value in records.items():
        if isinstance(value, list):
            body = "[\n" + ",\n".join(value) + "\n ]" if value else "[]"
        else:
            body = json.dumps(value, ensure_ascii=False, sort_keys=True)
        parts.append(f" {json.dumps(key)}: {body}")
    return json_for_terminal("{\n" + ",\n".join(parts) + "\n}\n")


def _demo_journal(path: Path, *, days: int, per_day: int) -> None:
    from veerkracht.flows.demo.build import build

    build(path, days=days, seed=3, today=date(2026, 11, 27), per_day=per_day)


@pytest.mark.parametrize("include_private", [True, False])
def test_streamed_json_and_csv_are_the_whole_documents_byte_for_byte(tmp_path, monkeypatch, include_private):
    from veerkracht import clock
    from veerkracht.flows.exchange.export import export_csv, export_json
    from veerkracht.store import exchange

    path = tmp_path / "demo.db"
    _demo_journal(path, days=120, per_day=3)
    with Journal.open(path, write=True) as journal:  # text that needs escaping, a C1 control, no tags
        insert(journal, "entries", id=uid("streamed"), day="2026-11-20", logged_at=at(date(2026, 11, 20)), energy=5,
               reflection='quote " back\\slash \x85 tab\t end', win="=SUM(A1)", private=0, source="cli")
    monkeypatch.setattr(exchange, "BATCH", 7)  # many pieces, and lists that end mid-batch
    monkeypatch.setattr(clock, "stamp", lambda: "2026-11-27T10:00:00+01:00")
    request = Request(Period.everything(), TODAY, include_private=include_private)
    with Journal.open(path, write=False) as journal:
        streamed = export_json(journal, request)
        pieces = list(streamed.pieces())
        assert len(pieces) > 10 and streamed.text == ""
        assert "".join(pieces) == _whole_json(journal, request, "2026-11-27T10:00:00+01:00")
        assert "\\u0085" in "".join(pieces)
        csv_pieces = list(export_csv(journal, request).pieces())
        buffer = io.StringIO()
        writer = csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC)
        rows = [row for batch in exchange.entry_rows(journal, request.period, include_private=include_private)
                for row in batch]
        from veerkracht.domain.text import spreadsheet_cell

        writer.writerow(("id", "day", "logged_at", "energy", "reflection", "win", "tags",
                         "private", "source", "updated_at"))
        writer.writerows(tuple(map(spreadsheet_cell, row)) for row in rows)
        assert len(csv_pieces) > 10 and "".join(csv_pieces) == buffer.getvalue()
    assert (streamed.notices == []) == include_private  # the private notice, as before


def test_a_batch_of_records_is_joined_whatever_the_driver_hands_back():
    """SQLCipher's driver hands the first row of a batch back as text (read ahead under the
    factory before); any row as text is joined as its UTF-8 bytes, in order."""
    from veerkracht.store.exchange import _joined

    assert _joined([(b'{"a":1}',), (b'{"b":"\xc3\xa9"}',)]) == b'{"a":1},\n{"b":"\xc3\xa9"}'
    assert _joined([('{"a":"é"}',), (b'{"b":2}',)]) == '{"a":"é"},\n{"b":2}'.encode()
    assert _joined([(b"1",), ("é",), (b"3",)]) == "1,\né,\n3".encode()  # text after the first
    assert _joined([("only",)]) == b"only"


def test_a_streamed_export_written_to_a_file_is_whole_and_private(cli, tmp_path):
    path = tmp_path / "demo.db"
    _demo_journal(path, days=60, per_day=2)
    target = tmp_path / "out.json"
    result = cli("--journal", str(path), "export", "--format", "json", "--include-private", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    shown = cli("--journal", str(path), "export", "--format", "json", "--include-private")
    strip = lambda text: [line for line in text.splitlines() if '"exported_at"' not in line]  # noqa: E731
    assert strip(target.read_text()) == strip(shown.stdout)
    assert len(json.loads(target.read_text())["entries"]) > 60
    assert not [name for name in tmp_path.iterdir() if name.name.endswith(".partial")]


def _peak_rss_mb(journal: Path, fmt: str) -> float:
    """The peak RSS of one export process (a fresh parent, so RUSAGE_CHILDREN is that one child)."""
    import subprocess
    import sys

    probe = ("import resource, subprocess, sys\n"
             "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
             "assert done.returncode == 0\n"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    argv = [sys.executable, "-m", "veerkracht", "--journal", str(journal), "export", "--format", fmt,
            "--include-private"]
    out = subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True, text=True, check=True)
    return int(out.stdout) / 1024  # ru_maxrss is in KiB on Linux


@pytest.mark.hostile  # a large journal, measured with real processes (slow)
@pytest.mark.skipif(not hasattr(__import__("os"), "getloadavg"), reason="needs resource (POSIX)")
def test_json_and_csv_exports_stream_in_flat_memory(tmp_path):
    small, large = tmp_path / "small.db", tmp_path / "large.db"
    _demo_journal(small, days=730, per_day=2)  # about 2,400 entries
    _demo_journal(large, days=730, per_day=40)  # about 48,000 entries, 12 MB of JSON
    for fmt in ("json", "csv"):
        low, high = _peak_rss_mb(small, fmt), _peak_rss_mb(large, fmt)
        # Whole documents grew by about 4 times the output (list, joined text, bytes): 40+ MB here.
        assert high - low < 12, (fmt, low, high)
        assert high < 100, (fmt, high)


# -- the fast read of entries and its careful fallback (issue 17, m006) ----------------------------


@pytest.mark.parametrize("damage", [
    "UPDATE entries SET reflection = x'6f6b20ff' WHERE reflection = 'day 05'",  # bytes where text belongs
    "UPDATE entries SET tag_list = '[not json' WHERE reflection = 'day 05'",  # a damaged list
    "UPDATE entries SET win = x'c3' WHERE reflection IN ('day 02', 'day 09')",
    # the first day: SQLite may build its records to sort them before it hands back the first
    "UPDATE entries SET reflection = x'6f6b20ff' WHERE reflection = 'day 00'",
])
def test_a_damaged_entry_mid_export_is_read_carefully_and_nothing_is_lost_or_repeated(cli, journal_path, tmp_path,
                                                                                      damage):
    import sqlite3

    for index in range(12):
        tags = ["-t", "zeta", "-t", "alpha"] if index % 3 else []
        assert cli("log", str(index % 11), f"day {index:02d}", *tags, "--date", f"2026-11-{index + 1:02d}").exit_code == 0
    clean = json.loads(cli("export", "-f", "json").stdout)["entries"]
    conn = sqlite3.connect(journal_path)
    with conn:
        conn.execute(damage)
    conn.close()
    result = cli("export", "-f", "json")
    assert result.exit_code == 0, result.stderr
    damaged = json.loads(result.stdout)["entries"]
    assert [entry["id"] for entry in damaged] == [entry["id"] for entry in clean]  # same order, each once
    assert [entry["tags"] for entry in damaged] == [entry["tags"] for entry in clean]
    assert [entry["tags"] for entry in clean][1] == ["alpha", "zeta"]
    changed = [entry for entry, before in zip(damaged, clean) if entry != before]
    assert len(changed) == (2 if "IN (" in damage else 1 if "x'" in damage else 0)


def test_csv_tags_come_from_each_entrys_list_and_a_damaged_list_from_the_tags_table(cli, journal_path):
    import sqlite3

    assert cli("log", "6", "tagged", "-t", "zeta", "-t", "alpha", "--date", "2026-11-20").exit_code == 0
    assert cli("log", "5", "bare", "--date", "2026-11-21").exit_code == 0
    assert cli("log", "4", "damaged", "-t", "team", "--date", "2026-11-22").exit_code == 0
    conn = sqlite3.connect(journal_path)
    with conn:
        conn.execute("UPDATE entries SET tag_list = '[not json' WHERE reflection = 'damaged'")
    conn.close()
    result = cli("export", "-f", "csv")
    assert result.exit_code == 0, result.stderr
    tags = {row["reflection"]: row["tags"] for row in csv.DictReader(io.StringIO(result.stdout))}
    assert tags == {"tagged": "alpha zeta", "bare": "", "damaged": "team"}
