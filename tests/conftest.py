"""Every test gets its own journal in tmp_path, a fixed width, no colour and a fixed today."""

from __future__ import annotations

import os
import subprocess
import sys
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
