"""Rich consoles that journal text cannot take over.

Rich strips a few control characters from ``Text`` but passes ESC, BEL and the C1 codes
through, so a reflection holding ``ESC ]0;…`` would retitle the window and an imported one
holding OSC 52 would write the clipboard. :func:`guard` gives a console a render hook: every
segment of everything it prints passes :func:`veerkracht.domain.text.printable`, after layout
(Rich counts these characters as zero-width, so removing them keeps every table aligned) and
before Rich adds its own styles and cursor codes. ``cli.common.console()`` guards the consoles
of every command; the report's SVG console is guarded too.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Console, ConsoleOptions, ConsoleRenderable, RenderableType, RenderHook
from rich.segment import Segment

from veerkracht.domain.text import printable


class _Printable:
    """One renderable, drawn without control characters but Rich's own."""

    def __init__(self, renderable: RenderableType) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        for segment in console.render(self.renderable, options):
            if segment.control:  # Rich's own cursor and screen codes, never user text
                yield segment
                continue
            text = printable(segment.text)
            yield segment if text is segment.text else Segment(text, segment.style)


class _PrintableHook(RenderHook):
    def process_renderables(self, renderables: list[ConsoleRenderable]) -> list[ConsoleRenderable]:
        return [_Printable(renderable) for renderable in renderables]


def guard(console: Console) -> Console:
    """``console``, made to print no control characters but its own (once per console)."""
    if not getattr(console, "_veerkracht_guarded", False):
        console.push_render_hook(_PrintableHook())
        console._veerkracht_guarded = True  # type: ignore[attr-defined]
    return console
