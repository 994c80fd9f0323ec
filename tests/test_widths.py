"""Readable at any width (issue 16): every list, the report, the dashboard and the flows'
prompts at 60, 80, 100 and 140 columns, in English and Dutch.

A list keeps its main text whole: no main cell empty or cut to "…", every word of it in the
output once the cell's lines are joined, and no line wider than the terminal (a terminal folds
such a line inside a word). A prompt too long for its line is printed wrapped between words.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rich.cells import cell_len

from veerkracht.render.fit import MAIN_MIN, FitTable, Forms, stacked

WIDTHS = (60, 80, 100, 140)
LANGS = ("en", "nl")

LONG_ACTION = ("Prepare the budget follow-ups for the next quarter with finance, then share the "
               "hiring plan with the whole team")
LONG_ACTION_NL = "Plan een gesprek met Noor over haar werkdruk en de herverdeling van verantwoordelijkheden"
LONG_NAME = "Anna-Lena van der Berg-Smit"
LONG_NOTE = "Sprak over haar werkdruk en de reorganisatie; ze wil meer ruimte om zelf te beslissen"
LONG_REFLECTION = ("Budget follow-ups kostten de hele middag; onderbrekingen door de reorganisatie "
                   "maakten het lastig om te focussen op wat echt belangrijk is")
LONG_WHY = "Mensen gaan voor plannen, ook wanneer de deadline dichtbij komt en iedereen onder druk staat"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo journal with long texts in both languages added, made once for this module."""
    from typer.testing import CliRunner

    from veerkracht.app import app

    path = tmp_path_factory.mktemp("widths") / "demo.db"
    env = {"VEERKRACHT_TODAY": "2026-11-27", "VEERKRACHT_INTERACTIVE": "0", "COLUMNS": "100",
           "NO_COLOR": "1", "TERM": "dumb", "VEERKRACHT_JOURNAL": str(path)}
    runner = CliRunner()
    for args in (
        ("demo", "--journal", str(path)),
        ("actions", "add", LONG_ACTION, "--due", "2026-11-28"),
        ("actions", "add", LONG_ACTION_NL),
        ("connect", LONG_NAME, "--kind", "one-on-one", "--care", "--challenge", "--note", LONG_NOTE),
        ("log", "4", LONG_REFLECTION, "-t", "deadline", "-t", "reorganisatie", "-t", "budget", "-t", "team"),
        ("values", "add", "Zorg voor mensen", "--why", LONG_WHY),
    ):
        result = runner.invoke(app, list(args), env=env, catch_exceptions=False)
        assert result.exit_code == 0, (args, result.output)
    return path


@pytest.fixture
def journal(built: Path, journal_path: Path) -> Path:
    """A copy of the built journal as this test's own (flows write to it)."""
    shutil.copy(built, journal_path)
    return journal_path


def run(cli, width: int, lang: str, *args: str, **kwargs):
    result = cli("--lang", lang, *args, env={"COLUMNS": str(width), **kwargs.pop("env", {})}, **kwargs)
    assert result.exit_code == 0, result.output
    return result


def data(cli, *args: str) -> list[dict]:
    return json.loads(cli(*args, "--json").stdout)


def flat(text: str) -> str:
    return " ".join(text.split())


def assert_fits(text: str, width: int) -> None:
    wide = [line for line in text.splitlines() if cell_len(line) > width]
    assert not wide, f"wider than {width}: {wide[:3]}"


def column(out: str, header: str, key: int = 0) -> list[tuple[bool, str]]:
    """The body lines of a boxed table's column ``header``: (starts a row, the cell's text)."""
    head = next(line for line in out.splitlines() if line.startswith("┃") and header in line)
    index = [cell.strip() for cell in head.split("┃")[1:-1]].index(header)
    cells = [line.split("│")[1:-1] for line in out.splitlines() if line.startswith("│")]
    return [(bool(cell[key].strip()), cell[index].strip()) for cell in cells]


def assert_main_whole(out: str, header: str, texts: list[str], key: int = 0) -> None:
    """No main cell empty or cut, and each text whole in its column once the lines are joined."""
    cells = column(out, header, key)
    assert all(text for starts, text in cells if starts), f"an empty {header} cell"
    joined = flat(" ".join(text for _, text in cells))
    assert "…" not in joined
    for text in texts:
        assert flat(text) in joined, (header, text)


# -- lists ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_actions_keep_their_text_and_id_at_every_width(cli, journal, width, lang) -> None:
    out = run(cli, width, lang, "actions", "--all").stdout
    assert_fits(out, width)
    rows = data(cli, "actions", "--all")
    header = {"en": "Action", "nl": "Actie"}[lang]
    assert_main_whole(out, header, [row["text"] for row in rows])
    ids = [text for starts, text in column(out, "ID") if starts]
    assert ids == [row["id"][:8] for row in rows]  # never cut to "dbf2b…"
    overdue = {"en": "overdue", "nl": "datum verstreken"}[lang]
    assert overdue in flat(out)  # said in full, beside the day or under it


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_entries_keep_the_reflection_whole(cli, journal, width, lang) -> None:
    out = run(cli, width, lang, "entries", "-n", "25").stdout
    assert_fits(out, width)
    rows = data(cli, "entries", "-n", "25")
    texts = [(row["reflection"] or row["win"] or "–").splitlines()[0] for row in rows]
    assert LONG_REFLECTION in texts
    header = {"en": "Reflection", "nl": "Reflectie"}[lang]
    assert_main_whole(out, header, texts)
    if width >= 100:  # room enough: tags shown, each whole
        for tag in ("#deadline", "#reorganisatie", "#budget"):
            assert tag in out


def test_entries_at_80_columns_do_not_share_the_room_equally_with_the_tags(cli, journal) -> None:
    """The issue: at 80 columns Reflection and Tags got equal width and rows grew to 6 lines."""
    out = run(cli, 80, "en", "entries", "-n", "25").stdout
    head = next(line for line in out.splitlines() if line.startswith("┃"))
    widths = {cell.strip(): len(cell) for cell in head.split("┃")[1:-1]}
    assert widths["Reflection"] >= MAIN_MIN
    assert widths.get("Tags", 0) < widths["Reflection"]
    rows = [starts for starts, _ in column(out, "Reflection")]
    starts = [index for index, first in enumerate(rows) if first] + [len(rows)]
    assert max(b - a for a, b in zip(starts, starts[1:])) <= 5


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_contacts_keep_who_and_the_note(cli, journal, width, lang) -> None:
    out = run(cli, width, lang, "connect", "list").stdout
    assert_fits(out, width)
    rows = data(cli, "connect", "list")
    who, note = {"en": ("Who", "Note"), "nl": ("Wie", "Notitie")}[lang]
    assert_main_whole(out, who, [row["who"] for row in rows])
    assert_main_whole(out, note, [row["note"] for row in rows if row["note"]])
    assert LONG_NAME in {row["who"] for row in rows}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_values_cycles_and_reviews_lists(cli, journal, width, lang) -> None:
    out = run(cli, width, lang, "values", "--all").stdout
    assert_fits(out, width)
    rows = data(cli, "values", "--all")
    value, why = {"en": ("Value", "Why it matters"), "nl": ("Waarde", "Waarom het ertoe doet")}[lang]
    scope = 1  # a value's name may wrap; its scope starts each row
    assert_main_whole(out, value, [row["name"] for row in rows], key=scope)
    assert_main_whole(out, why, [row["why"] for row in rows if row["why"]], key=scope)

    out = run(cli, width, lang, "cycle", "list").stdout
    assert_fits(out, width)
    assert [text for starts, text in column(out, "ID") if starts] == [
        row["id"][:8] for row in data(cli, "cycle", "list")]

    out = run(cli, width, lang, "review", "list").stdout
    assert_fits(out, width)
    headline = {"en": "Headline", "nl": "Kernzin"}[lang]
    assert_main_whole(out, headline, [row["headline"] for row in data(cli, "review", "list") if row["headline"]])


# -- report, dashboard, calendar, search, review show ------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_report_dashboard_calendar_search_and_matrix_fit(cli, journal, width, lang) -> None:
    for args in (("report", "--weeks", "12"), ("calendar",), ("review", "show"), ("cycle", "show", "latest")):
        if args[0] == "cycle":
            args = ("cycle", "show", data(cli, "cycle", "list")[0]["id"][:8])
        result = run(cli, width, lang, *args)
        assert_fits(result.stdout, width)
    dashboard = run(cli, width, lang).stdout
    assert_fits(dashboard, width)
    assert LONG_REFLECTION in flat(dashboard)  # today's entry, wrapped between words
    found = run(cli, width, lang, "search", "reorganisatie").stdout
    assert_fits(found, width)
    assert LONG_REFLECTION in flat(found) or "reorganisatie" in found


def test_a_long_item_in_the_matrix_wraps_under_its_title(cli, journal) -> None:
    cli("review", "add", LONG_ACTION, "--urgent", "--important")
    out = run(cli, 60, "en", "review", "show").stdout
    assert_fits(out, 60)
    assert "Important" not in out  # the row labels give their room to the items below 80
    lines = [line.split("│")[1] for line in out.splitlines() if line.startswith("│")]
    start = next(i for i, cell in enumerate(lines) if "• Prepare" in cell)
    assert lines[start + 1].startswith("   ") and lines[start + 1].strip()  # under "Prepare"
    assert flat(LONG_ACTION) in flat(" ".join(cell.strip() for cell in lines))
    wide = run(cli, 100, "en", "review", "show").stdout
    assert "Important" in wide and "Not important" in wide


# -- the flows' prompts ---------------------------------------------------------------------------


def said(lang: str, key: str, **values) -> str:
    from veerkracht.i18n import set_explicit, t

    set_explicit(lang)
    try:
        return t(key, **values)
    finally:
        set_explicit(None)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_log_prompts_wrap_between_words(cli, journal_path, width, lang) -> None:
    result = run(cli, width, lang, "log", input="5\nshort\n\n\n", interactive=True)
    assert_fits(result.output, width)  # each prompt with the answer echoed after it
    for key in ("core.prompt_energy", "core.prompt_reflection", "core.prompt_win"):
        assert flat(said(lang, key)) in flat(result.output), key


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_review_prompts_wrap_between_words(cli, journal, width, lang) -> None:
    result = run(cli, width, lang, "review", input="\n" * 60, interactive=True,
                 env={"VEERKRACHT_TODAY": "2026-12-04"})
    assert_fits(result.output, width)
    for key in ("review.prompt_hiding", "review.prompt_headline"):
        assert flat(said(lang, key)) in flat(result.output), key


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", WIDTHS)
def test_cycle_prompts_wrap_between_words(cli, journal, width, lang) -> None:
    result = run(cli, width, lang, "cycle", input="\n" * 40, interactive=True,
                 env={"VEERKRACHT_TODAY": "2026-12-04"})
    assert_fits(result.output, width)


def test_a_long_review_question_is_printed_wrapped_and_asked_on_a_short_line(cli, journal) -> None:
    title = "Budget follow-ups for the next quarter, urgent and important"
    result = run(cli, 60, "en", "review", "add", title, input="y\nn\n", interactive=True)
    asked, _, _ = result.output.partition("Added")  # the message after it is not a prompt
    assert_fits(asked, 60)
    question = said("en", "review.prompt_add_urgent", title=title, default="no")
    assert flat(question) in flat(result.output)
    assert "\n› y\n" in result.output


# -- the layout rule itself -----------------------------------------------------------------------


def _grid() -> FitTable:
    grid = FitTable("T")
    grid.key("ID")
    grid.main("Text")
    grid.side("Day")
    grid.side("Status", drop=1)
    grid.side("Origin", drop=2)
    grid.add_row("abcd1234", "word " * 12, stacked("Tue 24 Nov 2026", "overdue", sep=" · "), "open",
                 "weekly review")
    return grid


def _render(table, width: int) -> str:
    from rich.console import Console

    out = Console(width=width, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    out.print(table)
    return out.export_text()


def test_side_columns_go_in_order_and_the_main_text_keeps_its_room() -> None:
    wide = _render(_grid().table(140), 140)
    assert "weekly review" in wide and "open" in wide and "Tue 24 Nov 2026 · overdue" in wide
    narrow = _render(_grid().table(60), 60)
    assert "weekly review" not in narrow  # the origin goes first
    assert "abcd1234" in narrow and "Tue 24 Nov 2026" in narrow and "overdue" in narrow
    assert_fits(narrow, 60)
    assert column(narrow, "Text")[0][1].count("word") >= 3


def test_forms_are_widest_first_and_a_side_cell_is_never_cut() -> None:
    grid = FitTable()
    grid.main("Text")
    grid.side("Day")
    grid.add_row("a b c " * 10, Forms("Friday 27 November 2026", "27 Nov 2026"))
    for width in (40, 60, 140):
        out = _render(grid.table(width), width)
        assert_fits(out, width)
        assert "Friday 27 November 2026" in out or "27 Nov 2026" in out
        assert "…" not in out


def test_a_row_added_after_a_layout_counts_in_the_next_one() -> None:
    # The widths are remembered while the layout tries its forms; a row added later is measured.
    grid = FitTable()
    grid.key("ID")
    grid.main("Text")
    grid.side("Day")
    grid.add_row("a1", "short text", Forms("27 Nov 2026"))
    first = _render(grid.table(80), 80)
    grid.add_row("b2", "more", Forms("Friday 27 November 2026, a long day", "27 Nov"))
    second = _render(grid.table(80), 80)
    assert "Friday 27 November 2026, a long day" in second
    assert_fits(second, 80)
    assert first != second
