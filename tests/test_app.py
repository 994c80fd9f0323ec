"""The command line as a whole: help for every command, version, python -m, status."""

import os
import sqlite3
import subprocess
import sys

import pytest

from veerkracht import __version__
from veerkracht.app import COMMANDS


def test_version(cli):
    result = cli("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"veerkracht {__version__}"


def test_python_dash_m(run_process):
    result = run_process("--help")
    assert result.returncode == 0
    assert "Usage: veerkracht" in result.stdout
    assert "not a medical device" in result.stdout


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_has_help_with_an_example(cli, name):
    result = cli(name, "--help")
    assert result.exit_code == 0, result.stderr
    assert "Example" in result.stdout, name
    listing = cli("--help").stdout
    assert name in listing


def test_status_invites_to_log_then_shows_today(cli):
    empty = cli()
    assert empty.exit_code == 0
    assert "Nothing logged today yet" in empty.stdout
    cli("log", "7", "Good talk [bold]")
    shown = cli()
    assert "energy 7" in shown.stdout and "Good talk [bold]" in shown.stdout


def test_unknown_command_is_a_usage_error(cli):
    assert cli("lgo").exit_code == 2


@pytest.mark.parametrize(
    ("words", "cword", "expected"),
    [("veerkracht en", "1", {"entries"}), ("veerkracht entries s", "2", {"show"}), ("veerkracht entries ", "2", {"list", "show", "edit", "delete"})],
)
def test_shell_completion_offers_commands_and_subcommands(words, cword, expected):
    import os

    env = {**os.environ, "_VEERKRACHT_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": cword}
    result = subprocess.run([sys.executable, "-m", "veerkracht"], env=env, capture_output=True, text=True)
    assert set(result.stdout.split()) >= expected


def test_every_command_is_in_the_readme_table():
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Commands", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    documented = {row.split("`")[1].split()[0] for row in rows}
    missing = [name for name in COMMANDS if name not in documented]
    assert missing == []


def test_every_subcommand_has_help_with_an_example(cli):
    from veerkracht.app import LazyGroup

    group = LazyGroup(name="veerkracht")
    for name in COMMANDS:
        command = group.get_command(None, name)
        for sub in getattr(command, "commands", {}):
            result = cli(name, sub, "--help")
            assert result.exit_code == 0, (name, sub)
            assert "Example" in result.stdout, (name, sub)


@pytest.mark.parametrize("style", ["green", "cyan", "bold dim", "dim italic", "magenta", "no-such-style", None])
def test_messages_in_colour_take_every_style(style, monkeypatch, capsys):
    from veerkracht.cli import common

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    common.say("[bold]as typed[/bold]", style=style)
    err = capsys.readouterr().err
    assert "[bold]as typed[/bold]" in err
    assert ("\x1b[" in err) == (style not in (None, "no-such-style"))


def test_every_option_has_help():
    from veerkracht.app import LazyGroup

    group = LazyGroup(name="veerkracht")
    missing = []
    for name in COMMANDS:
        command = group.get_command(None, name)
        for sub in [command, *getattr(command, "commands", {}).values()]:
            for param in sub.params:
                if getattr(param, "param_type_name", "") == "option" and not param.help and not param.hidden:
                    missing.append(f"{name} {sub.name} {param.name}")
    assert missing == []


@pytest.mark.parametrize("args", [(), ("report",), ("entries",), ("calendar",), ("review", "show"), ("actions",)])
def test_piped_output_has_no_colour_codes(run_process, args):
    import os

    assert run_process("demo", "--weeks", "4", "--journal", os.environ["VEERKRACHT_JOURNAL"] + ".demo").returncode == 0
    env = {"NO_COLOR": "", "TERM": "xterm-256color", "VEERKRACHT_JOURNAL": os.environ["VEERKRACHT_JOURNAL"] + ".demo"}
    result = run_process(*args, env=env)
    assert result.returncode == 0, result.stderr
    assert "\x1b[" not in result.stdout and "\x1b[" not in result.stderr


def test_help_ends_with_the_disclaimer_in_the_users_language(run_process):
    assert "not a medical device" in run_process("--help").stdout
    dutch = run_process("--help", env={"VEERKRACHT_LANG": "nl"}).stdout
    assert "geen medisch hulpmiddel" in " ".join(dutch.split())


# -- errors become words and exit codes in one place ---------------------------------------------


def test_exit_codes_are_the_documented_numbers():
    from veerkracht.errors import ExitCode, InvalidValue, JournalError, VeerkrachtError

    assert [int(code) for code in ExitCode] == [0, 1, 2, 130]
    assert VeerkrachtError("x").code == ExitCode.ERROR == 1
    assert JournalError.of("core.journal_busy").code == 1
    assert InvalidValue("x").code == InvalidValue.of("crypt.rule_empty").code == ExitCode.USAGE == 2


def test_an_error_with_a_key_is_worded_in_the_language_of_whoever_shows_it():
    from veerkracht.errors import JournalError, Term, VeerkrachtError
    from veerkracht.i18n import t

    error = JournalError.of("core.journal_read_only", path="/tmp/j.db")
    assert error.message == "" and error.key == "core.journal_read_only"
    assert error.render(t) == t("core.journal_read_only", path="/tmp/j.db")
    assert error.render(lambda key, **values: t(key, lang="nl", **values)) == t(
        "core.journal_read_only", lang="nl", path="/tmp/j.db")
    assert "core.journal_read_only" in str(error)  # what a VEERKRACHT_DEBUG traceback shows
    ready = VeerkrachtError("A ready sentence.")
    assert ready.render(t) == str(ready) == "A ready sentence."
    nested = VeerkrachtError.of("core.not_found", kind=Term("core.kind_entry"), ref="abc")
    assert nested.render(t) == t("core.not_found", kind=t("core.kind_entry"), ref="abc")


def test_a_store_error_reaches_the_user_as_the_same_sentence_and_exit_code(cli):
    from veerkracht.i18n import t

    result = cli("values", "retire", "Nothing of the kind")
    assert result.exit_code == 1
    assert result.stderr.strip() == t("cycle.value_unknown", lang="en", name="Nothing of the kind")
    dutch = cli("--lang", "nl", "values", "retire", "Niets")
    assert dutch.exit_code == 1 and dutch.stderr.strip() == t("cycle.value_unknown", lang="nl", name="Niets")


def test_every_key_an_error_carries_is_in_the_catalogue():
    import re
    from pathlib import Path

    import veerkracht

    keys = _catalogue_keys()
    used = set()
    for source in Path(veerkracht.__file__).parent.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        used |= set(re.findall(r'\.of\(\s*"([a-z_]+\.[a-z0-9_]+)"', text))
        used |= set(re.findall(r'Term\(\s*"([a-z_]+\.[a-z0-9_]+)"', text))
        used |= set(re.findall(r'"((?:core|crypt)\.wrong_[a-z_]+)"', text))
    assert used and used <= keys, sorted(used - keys)


def _catalogue_keys() -> set[str]:
    from veerkracht import i18n

    return {key for key in i18n.catalogue("en")._catalog if isinstance(key, str) and key}  # type: ignore[attr-defined]


def test_the_root_help_lists_every_command_as_its_own_help_says() -> None:
    """--help reads SUMMARIES instead of importing every command; they must not drift apart."""
    import importlib

    import typer
    from typer.core import TyperCommand

    from veerkracht.app import SUMMARIES

    assert list(SUMMARIES) == list(COMMANDS)
    for name, module in COMMANDS.items():
        command = typer.main.get_command(importlib.import_module(module).app)
        for limit in (30, 45, 80, 200):
            listed = TyperCommand(name, help=SUMMARIES[name]).get_short_help_str(limit)
            assert command.get_short_help_str(limit) == listed


def test_the_root_help_imports_no_command() -> None:
    import json
    import subprocess
    import sys

    probe = ("import sys, json, runpy\nsys.argv = ['veerkracht', '--help']\ntry:\n"
             "    runpy.run_module('veerkracht', run_name='__main__')\nexcept SystemExit:\n    pass\n"
             "print(json.dumps(sorted(m for m in sys.modules if m.startswith('veerkracht.cli.'))))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "log" in result.stdout and "backup" in result.stdout
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert loaded.isdisjoint(COMMANDS.values()), loaded


@pytest.mark.parametrize("argv", [["log", "5", "x"], ["nudge"]])
def test_the_console_script_leaves_garbage_collection_out_of_its_exit(monkeypatch, argv):
    """entry.run freezes the objects alive at the end (entry.exit_lightly), whatever the
    command ends with: the interpreter's exit then skips its collections over them."""
    import gc

    import veerkracht.app
    from veerkracht import entry

    def ends(code: int):
        def app(prog_name: str) -> None:
            raise SystemExit(code)
        return app

    monkeypatch.setattr(veerkracht.app, "run", ends(3))
    monkeypatch.setattr(entry, "nudge", lambda options: 0)
    monkeypatch.setattr(sys, "argv", ["veerkracht", *argv])
    gc.unfreeze()
    try:
        with pytest.raises(SystemExit) as ended:
            entry.run()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert ended.value.code == (0 if argv == ["nudge"] else 3)


def test_the_console_script_loads_with_the_cycle_collector_paused(monkeypatch):
    """entry.run pauses Python's cycle collector while the command loads (the app is reached
    with it off) and never leaves it off, however the run ends."""
    import gc

    import veerkracht.app
    from veerkracht import entry

    seen = []

    def app(prog_name: str) -> None:
        seen.append(gc.isenabled())
        raise SystemExit(0)

    monkeypatch.setattr(veerkracht.app, "run", app)
    monkeypatch.setattr(sys, "argv", ["veerkracht", "entries"])
    assert gc.isenabled()
    try:
        with pytest.raises(SystemExit):
            entry.run()
        assert seen == [False]
        assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_command_runs_with_the_cycle_collector_on_and_the_loaded_frozen(cli, monkeypatch):
    """Paused for loading (veerkracht.pause_collection), the collector is on again when the
    command's own work starts, with what was loaded frozen out of its collections."""
    import gc

    import veerkracht.cli.common
    from veerkracht import pause_collection

    opened = veerkracht.cli.common.open_journal
    seen = []

    def open_journal(**options):
        seen.append((gc.isenabled(), gc.get_freeze_count() > 0))
        return opened(**options)

    monkeypatch.setattr(veerkracht.cli.common, "open_journal", open_journal)
    gc.unfreeze()
    try:
        pause_collection()
        result = cli("log", "6", "collected")
        assert result.exit_code == 0, result.stderr
        assert seen and seen[0] == (True, True)
    finally:
        gc.enable()
        gc.unfreeze()


def test_without_the_console_script_the_cycle_collector_is_left_alone(cli):
    """The app switches the collector on only where the console script switched it off: a
    caller that turned it off itself (or CliRunner, as here) keeps its setting."""
    import gc

    gc.disable()
    try:
        assert cli("log", "6", "untouched").exit_code == 0
        assert not gc.isenabled()
    finally:
        gc.enable()


LEFT_OPEN = """
import sys
from pathlib import Path
from veerkracht.db.journal import Journal
from veerkracht.entry import exit_lightly

journal = Journal.open(Path(sys.argv[1]), write=True)  # never closed, as on a path that failed
with journal.write():
    journal.execute("INSERT INTO settings (key, value) VALUES ('lang', 'nl')")
if sys.argv[2] == "lightly":
    exit_lightly()
"""


@pytest.mark.parametrize("way", ["lightly", "as Python does"])
def test_a_journal_left_open_is_closed_on_the_way_out(journal_path, way):
    """With the exit's collections left out (entry.exit_lightly), a journal still open is
    closed all the same: SQLite folds its write-ahead log back in and removes it, as when
    Python's own collections close it."""
    done = subprocess.run([sys.executable, "-c", LEFT_OPEN, str(journal_path), way], capture_output=True,
                          text=True, env={**os.environ, "VEERKRACHT_INTERACTIVE": "0"})
    assert done.returncode == 0, done.stderr
    assert not journal_path.with_name(journal_path.name + "-wal").exists()
    assert sqlite3.connect(journal_path).execute("SELECT value FROM settings WHERE key = 'lang'").fetchone() == ("nl",)


def test_ctrl_c_before_the_app_takes_it_is_one_sentence_and_130(monkeypatch, capsys):
    """A Ctrl-C while Python still loads the command (outside the app's own handling)."""
    import veerkracht.app
    from veerkracht import entry

    def interrupted(prog_name: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(veerkracht.app, "run", interrupted)
    monkeypatch.setattr(sys, "argv", ["veerkracht", "entries"])
    import gc

    try:
        with pytest.raises(SystemExit) as ended:
            entry.run()
    finally:
        gc.unfreeze()
    assert ended.value.code == 130
    assert capsys.readouterr().err == "\nStopped. Everything you had already answered is kept.\n"
