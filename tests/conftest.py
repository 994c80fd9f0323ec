"""Every test gets its own journal in tmp_path, a fixed width, no colour and a fixed today."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

TODAY = date(2026, 11, 27)  # a Friday


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point VEERKRACHT_JOURNAL into tmp_path and fix everything the output depends on."""
    journal = tmp_path / "journal.db"
    for name in list(os.environ):
        if name.startswith("VEERKRACHT_") or name in ("LANG", "LC_ALL", "LC_MESSAGES", "EDITOR", "VISUAL"):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("VEERKRACHT_JOURNAL", str(journal))
    monkeypatch.setenv("VEERKRACHT_TODAY", TODAY.isoformat())
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    from veerkracht import i18n as messages

    messages.set_explicit(None)  # a --lang of an earlier in-process run must not leak
    messages.set_journal_default(None)
    return journal


@pytest.fixture
def journal_path(isolated: Path) -> Path:
    return isolated


@pytest.fixture
def cli():
    """Run veerkracht in-process: cli("log", "7", "text", input=..., interactive=True)."""
    from veerkracht.app import app

    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, interactive: bool = False, env: dict | None = None):
        environment = {"VEERKRACHT_INTERACTIVE": "1" if interactive else "0", **(env or {})}
        return runner.invoke(app, list(args), input=input, env=environment, catch_exceptions=False)

    return invoke


@pytest.fixture
def run_process(isolated: Path):
    """Run veerkracht as a real process (python -m veerkracht) with the test's environment."""

    def run(*args: str, input: str | None = None, env: dict | None = None, timeout: float = 60):
        environment = {**os.environ, "VEERKRACHT_INTERACTIVE": "0", **(env or {})}
        return subprocess.run(
            [sys.executable, "-m", "veerkracht", *args],
            input=input,
            capture_output=True,
            text=True,
            env=environment,
            timeout=timeout,
        )

    return run


# -- helpers shared by the test modules (``from conftest import rows, Scripted``) -------------


def rows(path: Path, sql: str, params: tuple = ()) -> list[dict]:
    """The rows of ``sql`` on the journal at ``path``, as dicts, read with a connection of its own."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(sql, params)]
    finally:
        conn.close()


@pytest.fixture
def seeded(journal_path: Path) -> Path:
    """A journal with a record in every table (tests/journal_data.py)."""
    from journal_data import seed
    from veerkracht.db.journal import Journal

    journal = Journal.open(journal_path, write=True)
    seed(journal)
    journal.close()
    return journal_path


class Scripted:
    """A Conversation that answers from a list: a flow without a terminal.

    ``before=(text, action)`` runs ``action()`` just before the first question containing
    ``text`` is answered (another process's change, say); an answer a parser refuses is
    noted in ``said`` and the next answer is tried, as a person would.
    """

    lang = "en"

    def __init__(self, answers: list[str], before: tuple[str, Callable[[], None]] | None = None):
        self.answers = list(answers)
        self.before = before
        self.asked: list[str] = []
        self.said: list[str] = []

    def heading(self, title: str, explanation: str) -> None:
        self.said.append(title)

    def say(self, text: str, style: str | None = None) -> None:
        self.said.append(text)

    def show(self, renderable: object) -> None:
        pass

    def recap(self, title: str, lines: list[str]) -> None:
        self.said.append(title)

    def ask(self, question, parse=None, *, hint=None):  # type: ignore[no-untyped-def]
        from veerkracht.errors import InvalidValue
        from veerkracht.i18n import t

        self.asked.append(question)
        if self.before is not None and self.before[0] in question:
            self.before[1]()
            self.before = None
        while True:
            assert self.answers, f"went on asking: {question}"
            answer = self.answers.pop(0)
            if parse is None:
                return answer
            try:
                return parse(answer)
            except InvalidValue as error:
                self.said.append(error.render(t))
