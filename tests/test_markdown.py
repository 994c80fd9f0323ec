"""The Markdown writer: user text stays text, whatever it holds (checked by parsing it)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from veerkracht.domain.text import printable
from veerkracht.render import markdown as md

PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
# Any text a user could store (no NUL), with plenty of Markdown's own characters.
PIECES = ["1.", "1)", "- ", "```", "<b>", "&amp;", "---", "===", "\\|", "    ", "**", "\n"]
TEXT = st.lists(
    st.one_of(
        st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=5),
        st.sampled_from(list("#-+*_>`~|[]()<>&!\\=.:1234567890 \n\t") + PIECES),
    ),
    max_size=20,
).map("".join)


def inline_children(tokens) -> list:
    return [child for token in tokens if token.type == "inline" for child in token.children]


def plain(tokens) -> str:
    """The text a reader sees, and a check that nothing but text and line breaks is there."""
    out = []
    for child in inline_children(tokens):
        assert child.type in ("text", "hardbreak", "softbreak"), child.type
        out.append("\n" if child.type.endswith("break") else child.content)
    return "".join(out)


@given(TEXT)
@settings(max_examples=400)
@example("# heading\n- item\n> quote\n1. one\n2) two\n+ plus\n=== \n---\n    code")
@example("**bold** _it_ `code` <b>html</b> &amp; [link](x) ![img](y) ~~del~~ | pipe")
@example("\x1b#\n\x1b # heading\n\x9b> quote\n\x07- item\n\x1b[31m1. one")  # control characters go first
def test_text_stays_text(value: str) -> None:
    tokens = PARSER.parse(md.text(value))
    kinds = {token.type for token in tokens}
    assert kinds <= {"paragraph_open", "paragraph_close", "inline"}, kinds
    # Control characters are removed (domain.text.printable): what is left is the text.
    expected = "\n".join(line.strip() for line in printable(value).splitlines() if line.strip())
    assert plain(tokens) == expected


@given(TEXT)
@settings(max_examples=200)
@example("\x1b#\n\x1b - item")
def test_text_in_a_list_item_stays_in_the_item(value: str) -> None:
    document = md.bullets(["first: " + md.text(value, indent="  "), "second"])
    tokens = PARSER.parse(document)
    assert [t.type for t in tokens].count("list_item_open") == 2
    assert not {t.type for t in tokens} & {"heading_open", "blockquote_open", "fence", "code_block",
                                           "html_block", "hr", "table_open"}


@given(TEXT, TEXT)
@settings(max_examples=300)
@example("a | b", "line\nbreak | \\| \\\\|")
@example("\x1b| x", "\x1b\x1c\x85")
def test_table_cells_keep_their_columns(left: str, right: str) -> None:
    document = md.table(["One", "Two", "Three"], [[left, right, 3], ["x", None, "z"]])
    tokens = PARSER.parse(document)
    rows = [t for t in tokens if t.type == "tr_open"]
    assert len(rows) == 3
    cells_per_row, count = [], 0
    for token in tokens:
        if token.type in ("td_open", "th_open"):
            count += 1
        elif token.type == "tr_close":
            cells_per_row.append(count)
            count = 0
    assert cells_per_row == [3, 3, 3]
    cells = [t for t in tokens if t.type == "inline"][3:6]
    for cell, value in zip(cells, (left, right)):
        assert "".join(c.content for c in cell.children if c.type == "text") == " ".join(printable(value).split())
        assert {c.type for c in cell.children} <= {"text"}


def test_heading_and_inline_escape() -> None:
    assert md.heading(2, "Wins") == "## Wins"
    assert md.inline("a*b_c|d<e&f") == "a\\*b\\_c\\|d\\<e\\&f"
    assert md.text("# title\n\n1. first\n- item") == "\\# title\\\n1\\. first\\\n\\- item"
    assert md.cell("two\nlines | here") == "two lines \\| here"


def test_mermaid_chart() -> None:
    chart = md.mermaid_line_chart('Mean "energy"', ["W47", "W48"], [5.25, 7], "Energy (0-10)")
    assert chart.splitlines() == [
        "```mermaid",
        "xychart-beta",
        "    title \"Mean 'energy'\"",
        '    x-axis ["W47", "W48"]',
        '    y-axis "Energy (0-10)" 0 --> 10',
        "    line [5.2, 7.0]",
        "```",
    ]
