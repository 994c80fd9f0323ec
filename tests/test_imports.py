"""Import discipline (docs/design.md, Speed): quick commands load only what they use."""

import json
import os
import subprocess
import sys

HEAVY = ("sqlite_utils", "veerkracht.render", "veerkracht.queries", "veerkracht.flows.exchange.export", "dateutil", "rich.table")

PROBE = """
import sys, json, runpy
sys.argv = ["veerkracht"] + json.loads(sys.argv[1])
try:
    runpy.run_module("veerkracht", run_name="__main__")
except SystemExit:
    pass
print("\\n" + json.dumps(sorted(sys.modules)))
"""


def loaded(*args, env_extra=None):
    env = {**os.environ, "VEERKRACHT_INTERACTIVE": "0", **(env_extra or {})}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(args))], capture_output=True, text=True, env=env
    )
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def heavy(modules):
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_log_on_an_existing_journal_stays_light(run_process):
    assert run_process("log", "5", "first").returncode == 0  # creates the journal
    assert heavy(loaded("log", "6", "second")) == []


def test_reading_commands_load_no_pydantic_models(run_process):
    assert run_process("log", "5", "first").returncode == 0
    for args in (("entries", "--last", "30"), ("search", "first"), ("report",), ("brief", "list"), ()):
        modules = loaded(*args)
        assert "veerkracht.domain.models" not in modules, args
        assert "sqlite_utils" not in modules, args


def test_commands_that_need_no_model_load_no_pydantic(run_process, tmp_path):
    """Typer's coercion of their options through pydantic (100+ ms to load) is left out
    (cli/coercion.py): reading, exporting, and importing a veerkracht export."""
    assert run_process("log", "5", "first", "--tag", "team").returncode == 0
    exported = tmp_path / "out.json"
    assert run_process("export", "--format", "json", "--include-private", "-o", str(exported)).returncode == 0
    other = {"VEERKRACHT_JOURNAL": str(tmp_path / "other.db")}
    for args, env in (
        (("entries", "--last", "30"), None), (("entries", "--tag", "team", "--since", "2026-11-01"), None),
        (("search", "first"), None), (("report", "--weeks", "8"), None), ((), None), (("calendar",), None),
        (("export", "--format", "csv", "-o", str(tmp_path / "out.csv")), None),
        (("import", str(exported)), other), (("import", "--dry-run", str(exported)), None),
    ):
        modules = loaded(*args, env_extra=env)
        assert "veerkracht" in modules and "pydantic" not in modules, args
    assert run_process("entries", "--last", "30").stdout.count("first") == 1
    assert "first" in run_process("entries", env=other).stdout  # the import above did import
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").count("first") == 1


def test_help_stays_light():
    assert heavy(loaded("--help")) == []


def test_options_with_a_value_skip_pydantics_plugin_scan(run_process):
    """Typer builds a pydantic TypeAdapter for each option given a value; pydantic's plugin
    loader would import importlib.metadata (35-50 ms) to look for plugins that are switched off."""
    assert run_process("log", "5", "first").returncode == 0
    # A number Typer's adapter reads (" 30", "+8": not plain digits, see cli/coercion.py), a
    # command with models of its own.
    for args in (("entries", "--last", " 30"), ("log", "6", "second"), ("report", "--weeks", "+8")):
        modules = loaded(*args)
        assert "pydantic" in modules, args
        assert "importlib.metadata" not in modules, args


PLUGINS = """
import os, sys
import veerkracht.app
from pydantic import TypeAdapter
assert TypeAdapter(int).validate_python("7") == 7
print("scan" if "importlib.metadata" in sys.modules else "no scan")
os.environ["PYDANTIC_DISABLE_PLUGINS"] = ""  # switched on again: pydantic's own loader answers
assert TypeAdapter(str).validate_python("x") == "x"
loader = sys.modules["pydantic.plugin._loader"]
print("real" if loader.__file__.endswith("_loader.py") and "importlib.metadata" in sys.modules else "stand-in")
"""


def test_pydantic_plugins_switched_on_again_are_looked_for():
    result = subprocess.run([sys.executable, "-c", PLUGINS], capture_output=True, text=True,
                            env={k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"})
    assert result.stdout.split() == ["no", "scan", "real"], result.stderr


def test_a_user_who_switches_pydantic_plugins_on_keeps_pydantics_loader():
    env = {**os.environ, "PYDANTIC_DISABLE_PLUGINS": ""}
    code = "import sys, veerkracht.app; from pydantic import TypeAdapter; TypeAdapter(int); " \
           "print(sys.modules['pydantic.plugin._loader'].__file__)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.stdout.strip().endswith("_loader.py"), result.stderr


def test_pydantic_needs_only_get_plugins_from_its_plugin_loader():
    """veerkracht stands in for pydantic.plugin._loader with get_plugins alone (veerkracht/__init__.py);
    this fails when a new pydantic takes anything else from that module."""
    import re
    from pathlib import Path

    import pydantic

    root = Path(pydantic.__file__).parent
    used = set()
    for source in root.rglob("*.py"):
        if source == root / "plugin" / "_loader.py":
            continue
        text = source.read_text(encoding="utf-8")
        for names in re.findall(r"from\s+(?:\.|pydantic\.plugin\.)_loader\s+import\s+(\([^)]*\)|[^\n]+)", text):
            used |= set(re.findall(r"\w+", names))
        used |= set(re.findall(r"\b_loader\.(\w+)", text))
        assert not re.search(r"import\s+(?:pydantic\.plugin\.)?_loader\b", text), source
    assert used == {"get_plugins"}


def test_drawing_loads_no_emoji_table(run_process):
    """Rich replaces ":code:" in strings with emoji unless told not to, loading a table of 3,600
    codes first; veerkracht's words hold none and user text is never markup."""
    assert run_process("log", "5", "first :thumbs_up:").returncode == 0
    for args in (("entries", "--last", "30"), ("report",), ()):
        assert "rich.console" in (modules := loaded(*args)), args
        assert "rich._emoji_codes" not in modules, args
    assert ":thumbs_up:" in run_process("entries").stdout
