"""A remembered encrypted journal, cheaply (issue 17): the backend that took the key is asked by
its remembered class name without keyring's scan for backends, keyring's unused dependencies
are not imported, and the latest entries are read through the day index whatever SQLite
version the driver bundles. Each shortcut falls back to the old way with the old sentences.

The keyring here is a real plugin, as a user's is: a module on PYTHONPATH and an entry point in
a ``.dist-info`` beside it. A second entry point, ``witness``, writes a file when imported, so
a test can tell whether keyring scanned for backends (the scan imports every entry point).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from test_imports import PROBE  # the same probe of what a command imports
from veerkracht.db import crypt, passphrases
from veerkracht.db.journal import Journal

PASS = "correct horse battery staple"
NEEDS_EXTRA = "the encryption extra is not installed (pip install -e '.[encryption]')"
SERVICE = passphrases.KEYRING_SERVICE

RING = '''
import json, os
from pathlib import Path
from keyring.backend import KeyringBackend
from keyring.compat import properties


def _load():
    try:
        return json.loads(Path(os.environ["SPEEDRING_FILE"]).read_text())
    except FileNotFoundError:
        return {}


class Ring(KeyringBackend):
    priority = 20  # above any backend of the machine the tests run on

    def get_password(self, service, username):
        if os.environ.get("SPEEDRING_FAIL"):
            raise RuntimeError("the ring is locked")
        return _load().get(service + "\\0" + username)

    def set_password(self, service, username, password):
        store = _load()
        store[service + "\\0" + username] = password
        Path(os.environ["SPEEDRING_FILE"]).write_text(json.dumps(store))

    def delete_password(self, service, username):
        store = _load()
        store.pop(service + "\\0" + username, None)
        Path(os.environ["SPEEDRING_FILE"]).write_text(json.dumps(store))


class Broken(Ring):
    priority = 1

    def get_password(self, service, username):
        raise RuntimeError("D-Bus went away")


class Empty(Ring):
    priority = 1

    def get_password(self, service, username):
        return None


class NotViable(Ring):
    @properties.classproperty
    def priority(cls):
        raise RuntimeError("no such service here")
'''


@pytest.fixture
def ring(tmp_path):
    """Environment for a subprocess whose keyring is the file plugin above, found by a scan."""
    pytest.importorskip("sqlcipher3", reason=NEEDS_EXTRA)
    pytest.importorskip("keyring", reason=NEEDS_EXTRA)
    plugins = tmp_path / "plugins"
    info = plugins / "speedring-1.0.dist-info"
    info.mkdir(parents=True)
    (plugins / "speedring.py").write_text(RING)
    marker = tmp_path / "scanned"
    (plugins / "ring_witness.py").write_text(f"open({str(marker)!r}, 'a').close()\n")
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: speedring\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        "[keyring.backends]\nspeedring = speedring\nwitness = ring_witness\n")
    env = {**os.environ, "VEERKRACHT_INTERACTIVE": "0", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "HOME": str(tmp_path / "home"), "SPEEDRING_FILE": str(tmp_path / "ring.json"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(plugins), os.environ.get("PYTHONPATH")]))}
    for name in ("PYTHON_KEYRING_BACKEND", "VEERKRACHT_PASSPHRASE", "SPEEDRING_FAIL"):
        env.pop(name, None)
    return env


def veerkracht(env, *args, **extra):
    return subprocess.run([sys.executable, "-m", "veerkracht", *args], capture_output=True, text=True,
                          env={**env, **extra}, timeout=120)


def said(result) -> str:
    return " ".join(result.stderr.split())


def fill(path: Path) -> None:
    from datetime import date, timedelta

    from veerkracht.domain.models import EntryIn
    from veerkracht.store import entries

    with Journal.open(path, write=True) as journal, journal.write():
        for n in range(40):
            entries.add(journal, EntryIn(day=date(2026, 11, 27) - timedelta(days=n // 3), energy=n % 11,
                                         reflection=f"day {n} with the team", tags=["team", f"w{n % 4}"],
                                         private=n % 7 == 2))


def remembered(tmp_path, journal_path, ring) -> tuple[dict, str]:
    """An encrypted, remembered journal; its plain ``entries --json`` before encrypting."""
    fill(journal_path)
    ring = {**ring, "VEERKRACHT_JOURNAL": str(journal_path)}
    shown = veerkracht(ring, "entries", "--last", "30", "--json")
    assert shown.returncode == 0, shown.stderr
    made = veerkracht(ring, "encrypt", "--remember", VEERKRACHT_PASSPHRASE=PASS)
    assert made.returncode == 0, made.stderr
    assert crypt.state(journal_path) == "encrypted"
    (tmp_path / "scanned").unlink()  # encrypting asked keyring for its backend: a scan
    return ring, shown.stdout


def backend_file(tmp_path) -> Path:
    return tmp_path / "config" / "veerkracht" / "keyring-backend.txt"


# -- the remembered backend -----------------------------------------------------------------------


def test_remembered_journal_opens_without_the_backend_scan(tmp_path, journal_path, ring):
    ring, plain = remembered(tmp_path, journal_path, ring)
    assert backend_file(tmp_path).read_text() == "speedring.Ring\n"
    shown = veerkracht(ring, "entries", "--last", "30", "--json")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout == plain  # the same data as the plain journal held
    assert not (tmp_path / "scanned").exists()  # asked by name: keyring did not scan
    assert veerkracht(ring, "log", "5", "one more").returncode == 0
    assert not (tmp_path / "scanned").exists()


def test_a_remembered_journal_opens_without_what_deriving_a_key_or_typing_values_needs(
        tmp_path, journal_path, ring):
    """Opened by its remembered key, the journal loads SQLCipher, not OpenSSL's hashing (only a
    passphrase's derivation needs it), nor pydantic (cli/coercion.py)."""
    ring, _ = remembered(tmp_path, journal_path, ring)
    probe = subprocess.run([sys.executable, "-c", PROBE, json.dumps(["entries", "--last", "30", "--json"])],
                           capture_output=True, text=True, env=ring, timeout=120)
    assert probe.returncode == 0, probe.stderr
    modules = set(json.loads(probe.stdout.strip().splitlines()[-1]))
    assert "sqlcipher3" in modules and '"day 0 with the team"' in probe.stdout
    assert "_hashlib" not in modules and "pydantic" not in modules


def test_a_remembered_journal_opens_without_what_keyring_loads_for_later(tmp_path, journal_path, ring):
    """keyring's logging, jaraco's tarfile and tempfile stay stand-ins (db/keyrings.py), the
    list of remembered journals is found without platformdirs (db/places.py), and the stdlib's
    SQLite driver is not loaded beside SQLCipher's (db/journal.py)."""
    ring, _ = remembered(tmp_path, journal_path, ring)
    code = PROBE.replace('print("\\n" + json.dumps(sorted(sys.modules)))', """
from veerkracht.db import keyrings
names = ("logging", "tempfile", "tarfile", "backports.tarfile", "platformdirs", "sqlite3", "_sqlite3",
         "keyring", "sqlcipher3")
print("\\n" + json.dumps([name for name in names if keyrings.loaded(name)]))""")
    assert code != PROBE
    for args, shown in ((["entries", "--last", "30", "--json"], '"day 0 with the team"'),
                        (["report", "--json"], '"entries": 40'), ([], "day 0 with the team"), (["search", "team"], "day 0")):
        probe = subprocess.run([sys.executable, "-c", code, json.dumps(args)],
                               capture_output=True, text=True, env=ring, timeout=120)
        assert probe.returncode == 0, probe.stderr
        assert shown in probe.stdout, (args, probe.stdout)
        assert json.loads(probe.stdout.strip().splitlines()[-1]) == ["keyring", "sqlcipher3"], args


def assert_keyring_chose(tmp_path, ring, plain) -> None:
    """The journal opens and lists as before, with the backend keyring's own scan found."""
    shown = veerkracht(ring, "entries", "--last", "30", "--json")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout == plain
    assert (tmp_path / "scanned").exists()


@pytest.mark.parametrize("name", ["no_such_module.Ring", "json.JSONDecoder", "os.path.join",
                                  "speedring", "../speedring.Ring", "speedring.Broken",
                                  "speedring.Empty", "speedring.NotViable"])
def test_a_stale_or_failing_backend_name_falls_back_to_the_scan(tmp_path, journal_path, ring, name):
    ring, plain = remembered(tmp_path, journal_path, ring)
    backend_file(tmp_path).write_text(name + "\n")
    assert_keyring_chose(tmp_path, ring, plain)


def test_a_backend_file_others_may_write_is_not_followed(tmp_path, journal_path, ring):
    # It names a class that gets imported: only from a file no one else can write.
    ring, plain = remembered(tmp_path, journal_path, ring)
    backend_file(tmp_path).chmod(0o622)
    assert_keyring_chose(tmp_path, ring, plain)


def test_a_failing_keyring_says_what_it_said_before(tmp_path, journal_path, ring):
    ring, plain = remembered(tmp_path, journal_path, ring)
    failed = veerkracht(ring, "entries", "--json", SPEEDRING_FAIL="1")
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert said(failed) == (f"{journal_path} is encrypted; set VEERKRACHT_PASSPHRASE or run this on a "
                            f"terminal to type its passphrase.")
    # The next source still answers: the passphrase from the environment.
    shown = veerkracht(ring, "entries", "--last", "30", "--json", SPEEDRING_FAIL="1", VEERKRACHT_PASSPHRASE=PASS)
    assert shown.returncode == 0 and shown.stdout == plain


def test_a_stale_key_from_the_remembered_backend_is_the_same_sentence(tmp_path, journal_path, ring):
    ring, _ = remembered(tmp_path, journal_path, ring)
    store = Path(ring["SPEEDRING_FILE"])
    entries = json.loads(store.read_text())
    entries = {name: "veerkracht-raw-key:" + "ab" * 48 for name in entries}  # another file's key
    store.write_text(json.dumps(entries))
    result = veerkracht(ring, "entries")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert said(result) == (f"The passphrase kept in your OS keyring does not open {journal_path}; run "
                            f"'veerkracht passphrase --forget' and try again with the right one.")


def test_nothing_secret_is_written_to_a_file(tmp_path, journal_path, ring):
    ring, _ = remembered(tmp_path, journal_path, ring)
    [key] = json.loads(Path(ring["SPEEDRING_FILE"]).read_text()).values()
    raw = key.removeprefix("veerkracht-raw-key:")
    assert len(raw) == 96
    assert veerkracht(ring, "entries").returncode == 0
    written = [path for path in (tmp_path / "config").rglob("*") if path.is_file()]
    assert sorted(path.name for path in written) == ["keyring-backend.txt", "keyring-journals.txt"]
    for path in written:
        text = path.read_bytes()
        assert PASS.encode() not in text and raw[:64].encode() not in text and raw[64:].encode() not in text
        assert path.stat().st_mode & 0o077 == 0
    assert backend_file(tmp_path).read_text() == "speedring.Ring\n"


def test_keyring_chooses_when_it_is_told_which_backend(tmp_path, journal_path, ring):
    ring, plain = remembered(tmp_path, journal_path, ring)
    backend_file(tmp_path).write_text("speedring.Broken\n")
    shown = veerkracht(ring, "entries", "--last", "30", "--json", PYTHON_KEYRING_BACKEND="speedring.Ring")
    assert shown.returncode == 0 and shown.stdout == plain
    config = tmp_path / "config" / "python_keyring"
    config.mkdir(parents=True)
    (config / "keyringrc.cfg").write_text("[backend]\ndefault-keyring=speedring.Empty\n")
    # keyring's own configuration wins over the remembered name: that backend has no entry.
    result = veerkracht(ring, "entries")
    assert result.returncode == 1 and "VEERKRACHT_PASSPHRASE" in said(result)


def test_remembered_backend_checks(monkeypatch, tmp_path):
    keyring = pytest.importorskip("keyring", reason=NEEDS_EXTRA)
    from keyring.backends.fail import Keyring as NoBackend

    from veerkracht.db import keyrings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    assert isinstance(keyrings.remembered_backend(keyring, "keyring.backends.fail.Keyring"), NoBackend)
    for name in (None, "", "Keyring", "keyring.backends.fail.Nope", "keyring.core.load_env", "a b.c"):
        assert keyrings.remembered_backend(keyring, name) is None, name
    monkeypatch.setattr(keyring.core, "_keyring_backend", NoBackend())  # set in this process
    assert keyrings.remembered_backend(keyring, "keyring.backends.fail.Keyring") is None

    class Local(NoBackend):
        pass

    assert keyrings.name_of(Local()) is None  # defined in a function: not found again by name
    assert keyrings.name_of(NoBackend()) == "keyring.backends.fail.Keyring"


# -- what loading keyring imports -------------------------------------------------------------------


def first_lines(code: str) -> list[str]:
    """The first two lines ``code`` prints, run by a fresh Python where keyring chooses as a user's
    does (no backend named in the environment)."""
    env = {**os.environ}
    env.pop("PYTHON_KEYRING_BACKEND", None)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.split("\n")[:2]


def test_keyring_loads_without_its_unused_dependencies_and_they_still_work():
    pytest.importorskip("keyring", reason=NEEDS_EXTRA)
    code = """
import sys
from veerkracht.db import keyrings
before = set(sys.modules)
assert keyrings.load() is not None
print([name for name in keyrings.DEFERRED if name not in before and keyrings.loaded(name)])
assert not [n for n in ("ssl", "http.client", "email.parser") if n in set(sys.modules) - before]
import urllib.request
from urllib.request import Request
assert urllib.request.Request is Request and Request("https://example.org/x").host == "example.org"
assert keyrings.loaded("urllib.request") and sys.modules["urllib.request"].Request is Request
import more_itertools
assert more_itertools.first([3, 4]) == 3
from jaraco.functools import once
assert once(lambda: 5)() == 5
from keyring.compat.py312 import metadata
assert metadata.version("keyring")
from unittest import mock
assert not keyrings.loaded("configparser")
with mock.patch("configparser.RawConfigParser", "patched"):  # the first use: a patch reaches the real module
    from configparser import RawConfigParser as patched
    assert patched == "patched" and sys.modules["configparser"].RawConfigParser == "patched"
import configparser
assert configparser.RawConfigParser().sections() == []
print("ok")
"""
    assert first_lines(code) == ["[]", "ok"]


def test_what_keyring_uses_as_it_loads_is_answered_and_still_works():
    """``logging.getLogger`` and ``tarfile.data_filter`` are answered by their stand-ins; the
    first real use loads the real module, and everything behaves as without the stand-ins."""
    pytest.importorskip("keyring", reason=NEEDS_EXTRA)
    code = """
import sys
from veerkracht.db import keyrings
assert keyrings.load() is not None
import keyring.core
tar = "tarfile" if sys.version_info >= (3, 12) else "backports.tarfile"
assert not keyrings.loaded("logging") and not keyrings.loaded(tar) and not keyrings.loaded("tempfile")
log = keyring.core.log  # got through the stand-in's getLogger, before logging was loaded
assert not keyrings.loaded("logging")
import logging
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(name)s|%(levelname)s|%(message)s")
assert keyrings.loaded("logging") and sys.modules["logging"] is not sys.modules["keyring.core"].logging
log.debug("through the stand-in %s", "logger")
assert log.name == "keyring.core" and log.getEffectiveLevel() == logging.DEBUG
log.setLevel(logging.WARNING)  # set on the real logger
assert logging.getLogger("keyring.core").level == logging.WARNING
assert keyring.core.logging.getLogger("x") is logging.getLogger("x")  # the real one, once loaded
import logging.handlers
assert logging.handlers.RotatingFileHandler
tarfile = sys.modules[tar]
member = tarfile.data_filter(__import__("tarfile").TarInfo("folder/notes.txt"), "/tmp/unpacked")
assert keyrings.loaded(tar) and member.name == "folder/notes.txt"
import tempfile
with tempfile.TemporaryDirectory() as folder:
    assert keyrings.loaded("tempfile") and folder
from jaraco.context import temp_dir
with temp_dir() as folder:
    assert folder
print("ok")
"""
    assert first_lines(code) == ["keyring.core|DEBUG|through the stand-in logger", "ok"]


def test_plain_journal_commands_never_load_keyring_or_sqlcipher(run_process):
    from test_imports import loaded

    assert run_process("log", "5", "first").returncode == 0
    for args in (("log", "6", "second"), ("entries", "--last", "30"), ("search", "first"), ("report",), ()):
        modules = loaded(*args)
        found = sorted(m for m in modules if m.split(".")[0] in ("keyring", "sqlcipher3", "jaraco")
                       or m in ("veerkracht.db.crypt", "veerkracht.db.keyrings"))
        assert found == [], args


# -- the latest entries through the day index -----------------------------------------------------


def _reference(journal: Journal, last: int, *, tag: str | None = None, public: bool = False,
               since: str | None = None) -> list:
    rows = [row for row in journal.conn.execute(
        "SELECT e.seq, e.day, e.logged_at, e.private, "
        "(SELECT count(*) FROM entry_tags t WHERE t.entry_id = e.id AND t.tag = ?), e.id FROM entries e", (tag,))]
    rows = [r for r in rows if (tag is None or r[4]) and not (public and r[3]) and (since is None or r[1] >= since)]
    rows.sort(key=lambda r: (r[1], r[2], r[0]), reverse=True)
    return sorted(r[5] for r in rows[:last])


@pytest.mark.parametrize("encrypted", [False, True])
def test_latest_entries_are_those_of_a_full_sort(journal_path, monkeypatch, encrypted):
    from datetime import date

    from veerkracht.store import entries

    fill(journal_path)
    if encrypted:
        pytest.importorskip("sqlcipher3", reason=NEEDS_EXTRA)
        crypt.encrypt(journal_path, PASS)
        monkeypatch.setenv("VEERKRACHT_PASSPHRASE", PASS)
    passphrases._known.clear()
    try:
        with Journal.open(journal_path, write=False) as journal:
            for last in (1, 2, 3, 4, 7, 30, 39, 40, 41, 500):
                for tag, public, since in ((None, False, None), ("w1", False, None), (None, True, None),
                                           ("team", True, "2026-11-20"), ("nope", False, None)):
                    where = entries.EntryFilter(last=last, tag=tag, include_private=not public,
                                                since=date.fromisoformat(since) if since else None)
                    rows, total = entries.listing(journal, where)
                    assert sorted(row["id"] for row in rows) == _reference(
                        journal, last, tag=tag, public=public, since=since), (last, tag, public, since)
                    assert [(r["day"], r["logged_at"]) for r in rows] == sorted(
                        (r["day"], r["logged_at"]) for r in rows)
    finally:
        passphrases._known.clear()


def test_latest_entries_read_the_day_index_with_sqlcipher(journal_path):
    pytest.importorskip("sqlcipher3", reason=NEEDS_EXTRA)
    from sqlcipher3 import dbapi2

    from veerkracht.store import entries

    fill(journal_path)
    statements: list[str] = []
    with Journal.open(journal_path, write=False) as journal:
        journal.conn.set_trace_callback(statements.append)
        entries.listing(journal, entries.EntryFilter(last=30))
        entries.listing(journal, entries.EntryFilter(last=30, include_private=False))
    listings = [s for s in statements if "ORDER BY e.day DESC" in s]
    assert len(listings) == 2
    conn = dbapi2.connect(str(journal_path))  # SQLCipher's own SQLite (3.51 here): its planner
    try:
        for listing in listings:
            plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + listing)]
            assert "SCAN e" not in plan, plan  # no scan and sort of every entry for the latest 30
            assert any("entries_day" in step for step in plan), plan
    finally:
        conn.close()
