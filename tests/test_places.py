"""The user's folders (db/places.py): platformdirs' answer, without loading platformdirs where
the XDG rule certainly gives it (issue 17)."""

from __future__ import annotations

import os
import subprocess
import sys
from unittest import mock

import platformdirs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from test_imports import loaded
from veerkracht.db import places

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="the fast path is Linux's XDG rule")

_part = st.text(st.characters(blacklist_characters="\x00/", blacklist_categories=("Cs",)), min_size=1, max_size=12)
_absolute = st.lists(_part, max_size=3).map(lambda parts: "/" + "/".join(parts)) | st.sampled_from(["/", "//", "/home/lea/"])
# unset, empty, blank, absolute (also with a trailing slash or blanks) or relative
_value = st.none() | st.sampled_from(["", " ", "\t", "~", "~/x", ".", "rel/x"]) | _absolute | _part


def _platformdirs(kind: str) -> object:
    call = platformdirs.user_config_path if kind == "config" else platformdirs.user_data_path
    try:
        return call("veerkracht")
    except Exception as error:  # e.g. no home directory at all: whatever platformdirs does
        return type(error)


def _ours(kind: str) -> object:
    try:
        return places.user_path(kind)  # type: ignore[arg-type]
    except Exception as error:
        return type(error)


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(["config", "data"]), xdg=_value, home=_value)
def test_the_same_folder_as_platformdirs_whatever_the_environment(kind, xdg, home):
    variable = "XDG_CONFIG_HOME" if kind == "config" else "XDG_DATA_HOME"
    with mock.patch.dict(os.environ):
        for name, value in ((variable, xdg), ("HOME", home)):
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        assert _ours(kind) == _platformdirs(kind)


@linux_only
def test_the_usual_environment_is_answered_without_platformdirs(tmp_path):
    code = ("import sys; from veerkracht.db import places; "
            "print(places.user_path('config'), places.user_path('data'), 'platformdirs' in sys.modules)")
    env = {**os.environ, "HOME": str(tmp_path / "home") + "/"}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "ANDROID_DATA"):
        env.pop(name, None)
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert shown.stdout.split() == [f"{tmp_path}/home/.config/veerkracht", f"{tmp_path}/home/.local/share/veerkracht",
                                    "False"]
    env.update(XDG_CONFIG_HOME=str(tmp_path / "c"), XDG_DATA_HOME=str(tmp_path / "d"))
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert shown.stdout.split() == [f"{tmp_path}/c/veerkracht", f"{tmp_path}/d/veerkracht", "False"]
    env["XDG_DATA_HOME"] = "relative"  # platformdirs versions disagree here: they decide
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert shown.stdout.split()[-1] == "True"


@linux_only
def test_a_journal_at_its_default_place_loads_no_platformdirs(run_process, tmp_path, monkeypatch):
    monkeypatch.delenv("VEERKRACHT_JOURNAL")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert run_process("log", "5", "first").returncode == 0
    assert (tmp_path / "data" / "veerkracht" / "journal.db").is_file()
    for args in (("entries", "--last", "30"), ("log", "6", "second"), ()):
        modules = loaded(*args)
        assert "veerkracht" in modules and "platformdirs" not in modules, args
    assert run_process("entries").stdout.count("first") == 1


def test_only_places_imports_platformdirs():
    import ast
    from pathlib import Path

    package = Path(places.__file__).parent.parent
    importers = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(name.split(".")[0] == "platformdirs" for name in names):
                importers.append(path.relative_to(package).as_posix())
    assert importers == ["db/places.py"]
