"""One per-run Context: what every command of one run of veerkracht shares.

The root command (``app.LazyGroup.invoke``) makes it from the global options and makes it
current for exactly as long as the run lasts (a ``ContextVar``, as Click keeps its own
context); commands reach it through ``cli.common.context()``. Nothing of a run outlives it,
so two runs in one process (the tests' CliRunner) never leak into each other. The one exception is the language the messages are drawn in, which ``i18n``
holds as the active language of the process, as gettext holds its installed translation; the
Context sets it when it is made and again when the journal's stored language is read.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from veerkracht import clock, i18n

if TYPE_CHECKING:
    from rich.console import Console


@dataclass
class Context:
    """The global options of this run, its consoles, and how it may ask and tell the time."""

    journal: Path | None = None  # --journal (VEERKRACHT_JOURNAL is read when it is needed)
    lang: str | None = None  # --lang
    consoles: dict[bool, Console] = field(default_factory=dict)
    # --journal was typed on this command line (not set in the environment): a typo in it
    # must not pass unnoticed, so a journal made there is said (cli.common.open_journal)
    typed_journal: bool = False

    @classmethod
    def start(cls, journal: Path | None, lang: str | None, *, typed_journal: bool = False) -> Context:
        """The Context of a new run; its ``--lang`` (or none) becomes the active language."""
        i18n.set_explicit(lang)
        i18n.set_journal_default(None)
        return cls(journal=journal, lang=lang, typed_journal=typed_journal)

    @contextmanager
    def current(self) -> Iterator[Context]:
        """Make this the current run's Context while the block runs."""
        token = _CURRENT.set(self)
        try:
            yield self
        finally:
            _CURRENT.reset(token)

    @staticmethod
    def of_this_run() -> Context:
        """The Context of the run in progress; outside a run, a fresh one."""
        return _CURRENT.get() or Context()

    def use_journal_language(self, lang: str | None) -> None:
        """The journal's stored language applies where nothing else says."""
        i18n.set_journal_default(lang)

    def console(self, stderr: bool = False) -> Console:
        """The Rich console for data (stdout) or messages (stderr), made on first use."""
        if stderr not in self.consoles:
            # lazy: commands that print one line never load Rich
            from rich.console import Console

            # emoji off: no ":code:" in our words is meant as one, and Rich would load its table
            # of 3,600 codes for the first string it renders (a title, a header)
            self.consoles[stderr] = Console(stderr=stderr, highlight=False, emoji=False)
        return self.consoles[stderr]

    def interactive(self) -> bool:
        """Whether missing values may be asked for: a terminal on stdin.

        VEERKRACHT_INTERACTIVE=1 forces prompting (tests feed answers through a pipe),
        =0 forbids it.
        """
        forced = os.environ.get("VEERKRACHT_INTERACTIVE")
        if forced in ("0", "1"):
            return forced == "1"
        return sys.stdin.isatty()

    def today(self) -> date:
        """The user's local date, from the clock."""
        return clock.today()


_CURRENT: ContextVar[Context | None] = ContextVar("veerkracht_run", default=None)
