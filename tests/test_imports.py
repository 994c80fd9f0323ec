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
    assert run_process("log", "5", "first").returncode == 0  # creates the journal (migrations)
    assert heavy(loaded("log", "6", "second")) == []


def test_reading_commands_load_no_pydantic_models(run_process):
    assert run_process("log", "5", "first").returncode == 0
    for args in (("entries", "--last", "30"), ("search", "first"), ("report",), ("brief", "list"), ()):
        modules = loaded(*args)
        assert "veerkracht.domain.models" not in modules, args
        assert "sqlite_utils" not in modules, args


def test_help_stays_light():
    assert heavy(loaded("--help")) == []
