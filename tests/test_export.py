"""veerkracht export: the coach summary's structure and privacy, and the JSON and CSV data."""

from __future__ import annotations

import csv
import io
import json
import stat
import string
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from journal_data import TODAY, at, insert, uid
from veerkracht.db.journal import Journal
from veerkracht.domain.period import Period
from veerkracht.flows.exchange.export import export_markdown
from veerkracht.flows.exchange.request import Request
from veerkracht.i18n import t

PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
SECTIONS = ("h_headline", "h_energy", "h_gave", "h_wins", "h_reflections", "h_cycles",
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
            assert text.startswith(("Week 2026-W", "Cycle of ", "Cyclus van ")), text
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
    assert "Left out private entries: 2; add --include-private" in result.stderr
    assert "Left out the names of 2 people; add --include-people" in result.stderr
    assert "**Left out:** private entries (2)." in document
    assert "the names of 2 people in 3 moments of contact" in document


def test_markdown_sections_hold_the_figures(cli, seeded) -> None:
    document = cli("export").stdout
    assert "> Headline 2026-W48: \\*steady\\*\n\nFrom my review of 2026-W48." in document
    assert "```mermaid\nxychart-beta\n" in document and 'line [' in document
    assert "| sport | 10 | 8.0 | 17 | 4.4 | +3.6 |" in document
    assert "| meetings | 9 | 3.0 | 18 | 7.1 | -4.1 |" in document
    assert "This shows an association, not a cause." in document
    assert "Meetings drained; a run gave back" in document
    assert "\\> quoted\\\n  1\\) numbered" in document
    assert "- Weekly sync \\<x\\> (on the stop list)" in document  # stopped before kinds
    assert "- Intention 0: partly · ran out of time" in document
    assert "| Cancel the \\| sync | Wed 25 Nov 2026 | open |" in document
    assert "2 open (1 overdue), 1 done, 0 dropped." in document
    assert "Care ↔ challenge: −1 (" in document and "mean −0.5 over 2 checks" in document
    assert "| Honesty \\| openness | 1 | 4.0 | 4 |" in document
    assert "3 moments of contact with 2 people: care in 2, challenge in 2, both in 1." in document
    assert "- 2026-W48: How do I say no \\| kindly?" in document
    assert document.rstrip().endswith(t("core.disclaimer", lang="en"))


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
                  if part.startswith(t("export.review_heading", lang=lang, week=week)))
             for week in ("2026-W47", "2026-W48")]
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


def test_dutch_summary(cli, seeded) -> None:
    result = cli("--lang", "nl", "export")
    check_structure(result.stdout, lang="nl")
    assert "**Periode:** za 31 okt 2026 t/m vr 27 nov 2026 (28 dagen)" in result.stdout
    assert "Privénotities weggelaten: 2" in result.stderr


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
                              "value_checks", "settings"]
    assert len(data["entries"]) == 34 and all(not e["private"] for e in data["entries"])
    assert "Left out private entries: 2" in result.stderr
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
