"""veerkracht brief: the coach's pre-session brief, its period and its list (issue 15)."""

from __future__ import annotations

import json
import stat
from datetime import date, timedelta

import pytest
from markdown_it import MarkdownIt

from conftest import TODAY

PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _briefs(cli) -> list[dict]:
    result = cli("brief", "list", "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_the_first_brief_covers_four_weeks_and_the_next_starts_the_day_after(cli, monkeypatch) -> None:
    assert cli("log", "6", "first").exit_code == 0
    assert cli("brief", "list").stderr.startswith("No briefs made yet")
    assert cli("brief").exit_code == 0
    (first,) = _briefs(cli)
    assert (first["since"], first["until"]) == ((TODAY - timedelta(days=27)).isoformat(), TODAY.isoformat())
    later = TODAY + timedelta(days=10)
    monkeypatch.setenv("VEERKRACHT_TODAY", later.isoformat())
    result = cli("brief")
    assert "(10 days)" in result.stdout
    newest, _ = _briefs(cli)
    assert (newest["since"], newest["until"]) == ((TODAY + timedelta(days=1)).isoformat(), later.isoformat())
    listed = cli("brief", "list").stdout.splitlines()
    assert len(listed) == 2 and listed[1].endswith(date.fromisoformat(first["since"]).strftime("%-d %b %Y")
                                                   + " to " + TODAY.strftime("%a %-d %b %Y"))


def test_a_second_brief_on_the_same_day_covers_the_same_days(cli) -> None:
    assert cli("brief", "--weeks", "2").exit_code == 0
    assert cli("brief").exit_code == 0
    second, first = _briefs(cli)
    assert (second["since"], second["until"]) == (first["since"], first["until"])


def test_since_and_weeks_choose_the_days(cli) -> None:
    assert cli("brief", "--since", (TODAY - timedelta(days=4)).isoformat()).exit_code == 0
    assert _briefs(cli)[0]["since"] == (TODAY - timedelta(days=4)).isoformat()
    assert cli("brief", "--weeks", "1").exit_code == 0
    assert _briefs(cli)[0]["since"] == (TODAY - timedelta(days=6)).isoformat()
    refused = cli("brief", "--weeks", "1", "--since", TODAY.isoformat())
    assert refused.exit_code == 2 and "not both" in refused.stderr


@pytest.mark.parametrize("lang, headings", [
    ("en", ["Brief for my coaching session", "Energy in numbers", "Signals", "My actions in this period",
            "Values in practice", "What I stopped, paused, shrank or cut into sprints", "Weekly reviews",
            "What goes with my energy", "Topics for our session"]),
    ("nl", ["Briefing voor mijn coachgesprek", "Energie in cijfers", "Signalen", "Mijn acties in deze periode",
            "Waarden in de praktijk", "Wat ik stopte, pauzeerde, verkleinde of opknipte", "Weekreviews",
            "Wat samengaat met mijn energie", "Onderwerpen voor ons gesprek"]),
])
def test_every_section_of_the_brief_on_a_seeded_journal(cli, seeded, lang, headings) -> None:
    result = cli("--lang", lang, "brief")
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    tokens = PARSER.parse(text)
    found = [tokens[i + 1].content for i, tok in enumerate(tokens) if tok.type == "heading_open"]
    for heading in headings:
        assert heading in found, heading
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert ("Compared with" if lang == "en" else "Vergeleken met") in text
    assert "SECRET" not in text  # private, left out
    assert "veerkracht can't tell why" not in text  # no help line in a document for someone else


def test_private_entries_only_with_include_private(cli, seeded) -> None:
    assert "SECRET" not in cli("brief").stdout
    assert "SECRET" in cli("brief", "--include-private").stdout


def test_review_answers_and_commitments_reach_the_brief(cli) -> None:
    assert cli("log", "6", "a day").exit_code == 0
    assert cli("actions", "add", "Call the board", "--due", (TODAY + timedelta(days=2)).isoformat()).exit_code == 0
    text = cli("brief").stdout
    assert "- Call the board · added myself · due Sun 29 Nov 2026 · **open**" in text
    assert "Done 0 · partly 0 · did not get to it 0 · dropped 0 · open 1." in text


def test_names_are_redacted_in_free_text_only_when_asked(cli) -> None:
    assert cli("connect", "Sam", "--care").exit_code == 0
    assert cli("log", "5", "Long talk with sam about SAM's plans; Samuel too").exit_code == 0
    plain = cli("brief", "--include-private").stdout
    assert "names I typed into my texts are not removed" in plain
    assert "Long talk with sam" in plain
    redacted = cli("brief", "--redact-names").stdout
    assert "Long talk with \\[person 1\\] about \\[person 1\\]'s plans; Samuel too" in redacted
    assert "the name of one person I logged was replaced" in redacted
    dutch = cli("--lang", "nl", "brief", "--redact-names").stdout
    assert "\\[persoon 1\\]" in dutch


def test_the_summary_tells_the_truth_about_names_too(cli) -> None:
    assert cli("connect", "Sam").exit_code == 0
    text = cli("export").stdout
    assert "names I typed into my texts are not removed" in text
    assert "Signals" in text and text.endswith("\n")


def test_output_file_is_private_and_not_replaced_without_force(cli, tmp_path) -> None:
    target = tmp_path / "brief.md"
    result = cli("brief", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8").endswith("\n")
    refused = cli("brief", "-o", str(target))
    assert refused.exit_code != 0
    assert len(_briefs(cli)) == 1  # a refused brief is not remembered
    assert cli("brief", "-o", str(target), "--force").exit_code == 0
