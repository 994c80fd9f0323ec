"""Issue 13, items 7, 8, 9 and 10: days and numbers at the edges, and unhappy environments.

7. One range of days, 1900-01-01 up to today, at every door (dates, periods, weeks, years, due
   dates up to ten years ahead, imports of both formats, VEERKRACHT_TODAY); a period cut to it
   is said on stderr; nothing at the edges of the calendar ends in OverflowError.
8. Every --last and --limit has the same bound; digits of other scripts are refused in every
   number a user types.
9. A journal the user may read but not write (read-only file or folder) can be read by every
   reading command; a write says which of the two is read-only.
10. A broken keyring backend, a link loop or an overlong name, an editor that removes its file,
    a FIFO, a full disk during encrypt, another program's SQLite file with only a view, an
    unreadable journal: each one sentence and the right exit code, nothing changed.

Tests run as root here, where chmod does not stop writes: a process that must meet a read-only
folder runs without the capabilities that let root past file modes (setpriv), as an ordinary
user's would; run as an ordinary user, chmod does it by itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from veerkracht.db.journal import Journal

pytestmark = pytest.mark.hostile

TODAY = date(2026, 11, 27)
# Root without these capabilities meets file modes as an ordinary user does.
_NO_ROOT_POWERS = "-dac_override,-dac_read_search,-fowner"


def _edges_fill(path: Path, days: int = 3) -> None:
    from veerkracht.domain.models import EntryIn
    from veerkracht.store import entries

    with Journal.open(path, write=True) as journal, journal.write():
        for n in range(days):
            entries.add(journal, EntryIn(day=TODAY - timedelta(days=n), energy=n + 3, reflection=f"day {n}"))
    _edges_checkpoint(path)


def _edges_checkpoint(path: Path) -> None:
    """Fold the WAL into the file and close: no -wal or -shm left beside it."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for end in ("-wal", "-shm"):
        Path(f"{path}{end}").unlink(missing_ok=True)


def _edges_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _edges_count(path: Path, table: str = "entries") -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def _edges_said(result) -> str:
    return " ".join((result.stderr or "").split())


def _edges_one_sentence(result) -> bool:
    text = result.stderr or ""
    return "Traceback" not in text and "Error" not in text and len(text.strip().splitlines()) == 1


def _edges_env(journal: Path, **extra: str) -> dict:
    return {**os.environ, "VEERKRACHT_JOURNAL": str(journal), "VEERKRACHT_INTERACTIVE": "0",
            "PYTHONDONTWRITEBYTECODE": "1", **extra}


def _edges_run(journal: Path, *args: str, timeout: float = 60, as_user: bool = False, **extra: str):
    """veerkracht as a real process (``as_user``: without root's power over file modes)."""
    command = [sys.executable, "-m", "veerkracht", *args]
    if as_user:
        command = _edges_as_user(command)
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                          env=_edges_env(journal, **extra), stdin=subprocess.DEVNULL)


def _edges_as_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command  # an ordinary user already meets file modes
    setpriv = shutil.which("setpriv")
    if setpriv is None or subprocess.run([setpriv, f"--bounding-set={_NO_ROOT_POWERS}", "true"]).returncode:
        pytest.skip("root here, and setpriv cannot drop the powers that ignore file modes")
    return [setpriv, f"--bounding-set={_NO_ROOT_POWERS}", *command]


# -- item 7: the days a journal holds, at every door ---------------------------------------------


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("log", "5", "x", "--date", "0001-01-01"), "is before Mon 1 Jan 1900, the first day a journal holds"),
        (("log", "5", "x", "--date", "1899-12-31"), "the first day a journal holds"),
        (("log", "5", "x", "--date", "9999 weeks ago"), "the first day a journal holds"),
        (("connect", "Sam", "--date", "0001-01-01"), "the first day a journal holds"),
        (("actions", "add", "Plan", "--due", "9999-12-31"), "at most ten years ahead"),
        (("actions", "add", "Plan", "--due", "in 999 weeks"), "at most ten years ahead"),
        (("review", "--week", "0001-W01", "--headline", "x"), "the first week a journal holds"),
        (("review", "--week", "9999-W52", "--headline", "x"), "at most one week ahead"),
        (("review", "show", "--week", "9999-W52"), "at most one week ahead"),
        (("calendar", "--year", "9999"), "--year must be from 1900 to 2026"),
        (("entries", "--since", "2099-01-01"), "is in the future"),
        (("report", "--until", "1899-12-31"), "the first day a journal holds"),
    ],
)
def test_a_day_outside_the_journal_is_refused_in_one_sentence(cli, journal_path, args, said):
    _edges_fill(journal_path)
    before = _edges_digest(journal_path)
    result = cli(*args)
    assert result.exit_code == 2, result.stderr
    assert said in _edges_said(result) and _edges_one_sentence(result), result.stderr
    assert _edges_digest(journal_path) == before


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("report", "--since", "0001-01-01"), ["Mon 1 Jan 1 is before Mon 1 Jan 1900", "at most 1000 weeks"]),
        (("report", "--until", "9999-12-31"), ["Fri 31 Dec 9999 is after today, so the period ends today"]),
        (("report", "--since", "0001-01-01", "--until", "1900-03-01", "--json"), ["starts on Mon 1 Jan 1900"]),
        (("export", "--since", "0001-01-01"), ["starts on Mon 1 Jan 1900"]),
        (("export", "--format", "csv", "--since", "0001-01-01", "--until", "9999-12-31"),
         ["starts on Mon 1 Jan 1900", "ends today, Fri 27 Nov 2026"]),
        (("entries", "--since", "0001-01-01"), ["starts on Mon 1 Jan 1900"]),
    ],
)
def test_a_period_beyond_the_journal_is_cut_and_said(cli, journal_path, args, said):
    _edges_fill(journal_path)
    result = cli(*args)
    assert result.exit_code == 0, result.stderr
    for words in said:
        assert words in _edges_said(result), result.stderr
    assert "Traceback" not in result.stderr


def test_nothing_overflows_at_the_edges_of_the_calendar(cli, journal_path):
    """A journal an older veerkracht let a year-1 entry into, read at the first and the last
    today there can be: every reading command and the writes that reach ahead, no traceback."""
    _edges_fill(journal_path)
    conn = sqlite3.connect(journal_path)
    conn.execute("INSERT INTO entries (id, day, logged_at, energy, reflection, source) VALUES "
                 "('00000000-0000-4000-8000-000000000001', '0001-01-01', "
                 "'0001-01-01T12:00:00+00:00', 5, 'long ago', 'cli')")
    conn.commit()
    conn.close()
    commands = [("report", "--since", "0001-01-01"), ("report", "--until", "9999-12-31", "--json"),
                ("export", "--format", "json", "--include-private"), ("export", "--since", "0001-01-01"),
                ("export", "--format", "csv"), ("calendar", "--year", "1900"), ("entries", "--all"), ()]
    for today in ("2026-11-27", "1900-01-01", "9998-12-31"):
        for args in commands + [("review", "--headline", "x"), ("actions", "add", "x", "--due", "in 520 weeks")]:
            result = cli(*args, env={"VEERKRACHT_TODAY": today})  # an OverflowError would raise here
            assert result.exit_code in (0, 2), (today, args, result.stderr)
            assert "Error" not in result.stderr, (today, args, result.stderr)


def test_an_entry_from_before_1900_kept_by_an_older_veerkracht_can_be_corrected(cli, journal_path):
    _edges_fill(journal_path, days=1)
    conn = sqlite3.connect(journal_path)
    conn.execute("UPDATE entries SET day = '0001-01-01'")
    conn.commit()
    conn.close()
    handle = json.loads(cli("entries", "--all", "--json").stdout)[0]["handle"]
    kept = cli("entries", "edit", handle, "--energy", "6")
    assert kept.exit_code == 2 and "0001-01-01 is not a day from 1900-01-01" in _edges_said(kept)
    moved = cli("entries", "edit", handle, "--date", "2026-11-20")
    assert moved.exit_code == 0, moved.stderr
    assert json.loads(cli("entries", "--json").stdout)[0]["day"] == "2026-11-20"


def _edges_export(cli, tmp_path: Path) -> dict:
    file = tmp_path / "all.json"
    assert cli("export", "--format", "json", "--include-private", "-o", str(file)).exit_code == 0
    return json.loads(file.read_text())


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda d: d["entries"][0].update(day=20000), "must be a day written as 2026-11-27, not '20000'"),
        (lambda d: d["entries"][0].update(day=1.5e9), "must be a day written as 2026-11-27"),
        (lambda d: d["entries"][0].update(day="2026-11-20T00:00:00"), "must be a day written as 2026-11-27"),
        (lambda d: d["entries"][0].update(day="0001-01-01"), "0001-01-01 is not a day from 1900-01-01"),
        (lambda d: d["connections"].append({"id": "00000000-0000-4000-8000-0000000000c1", "day": "2099-01-01",
                                            "who": "Sam", "logged_at": "2026-11-20T10:00:00+00:00"}),
         "2099-01-01 is not a day from 1900-01-01"),
        (lambda d: d["entries"][0].update(logged_at="0001-01-01T00:00:00+00:00"), "is not a moment from 1900-01-01"),
        (lambda d: d.update(exported_at="2099-01-01T10:00:00+00:00"), "is not a moment from 1900-01-01"),
        (lambda d: d["actions"].append({"id": "00000000-0000-4000-8000-0000000000a1", "text": "x",
                                        "due": "9999-12-31", "created_at": "2026-11-20T10:00:00+00:00"}),
         "9999-12-31 is not a day from 1900-01-01"),
        (lambda d: d["reviews"].append({"id": "00000000-0000-4000-8000-0000000000b1", "iso_week": "9999-W52",
                                        "started_at": "2026-11-20T10:00:00+00:00"}), "at most one week ahead"),
    ],
)
def test_imports_take_only_iso_days_a_journal_holds(cli, journal_path, tmp_path, change, said):
    _edges_fill(journal_path)
    data = _edges_export(cli, tmp_path)
    data["entries"][0]["id"] = "00000000-0000-4000-8000-0000000000e1"  # a record it does not have yet
    change(data)
    file = tmp_path / "hostile.json"
    file.write_text(json.dumps(data))
    before = _edges_digest(journal_path)
    result = cli("import", str(file))
    assert result.exit_code == 2, result.stderr
    assert said in _edges_said(result) and "nothing was imported" in result.stderr, result.stderr
    assert _edges_one_sentence(result) and _edges_digest(journal_path) == before


def test_an_export_dated_in_the_future_lets_no_future_day_in(cli, journal_path, tmp_path):
    """exported_at a day ahead (the slack for time zones) does not stretch today's edge."""
    _edges_fill(journal_path)
    data = _edges_export(cli, tmp_path)
    data["exported_at"] = "2026-11-28T23:00:00+00:00"
    data["entries"][0].update(id="00000000-0000-4000-8000-0000000000e2", day="2026-11-29")
    file = tmp_path / "ahead.json"
    file.write_text(json.dumps(data))
    result = cli("import", str(file))
    assert result.exit_code == 2 and "2026-11-29 is not a day from 1900-01-01 to 2026-11-28" in _edges_said(result)


@pytest.mark.parametrize(
    ("entry", "said"),
    [
        ({"date": "2026-11-01", "time": "24:00"}, "'24:00' is not a time"),
        ({"date": "2026-11-01", "time": "99:99"}, "'99:99' is not a time"),
        ({"date": "2026-11-01", "time": "1:00:00"}, "'1:00:00' is not a time"),
        ({"date": "2026-11-01", "time": "12:30:61"}, "'12:30:61' is not a time"),
        ({"date": "2099-01-01", "time": "09:00"}, "2099-01-01 is not a day from 1900-01-01"),
        ({"date": "0001-01-01", "time": "09:00"}, "0001-01-01 is not a day from 1900-01-01"),
        ({"date": 17000, "time": "09:00"}, "must be a day written as 2026-11-27"),
        ({"date": "2026-11-01T09:00:00", "time": "09:00"}, "must be a day written as 2026-11-27"),
    ],
)
def test_jrnl_times_and_days_outside_are_one_sentence(journal_path, tmp_path, entry, said):
    _edges_fill(journal_path)
    good = {"title": "fine", "body": "", "date": "2026-11-02", "time": "07:05", "tags": [], "starred": False}
    file = tmp_path / "jrnl.json"
    file.write_text(json.dumps({"tags": {}, "entries": [good, {**good, "title": "bad", **entry}]}))
    before = _edges_digest(journal_path)
    result = _edges_run(journal_path, "import", str(file), "--from", "jrnl")
    assert result.returncode == 2, result.stderr
    assert said in _edges_said(result) and "nothing was imported" in result.stderr, result.stderr
    assert _edges_one_sentence(result) and _edges_digest(journal_path) == before


def test_jrnl_at_the_first_day_and_with_seconds_is_imported(cli, journal_path, tmp_path):
    file = tmp_path / "jrnl.json"
    file.write_text(json.dumps({"tags": {}, "entries": [
        {"title": "old", "body": "", "date": "1900-01-01", "time": "00:00", "tags": [], "starred": False},
        {"title": "late", "body": "", "date": "2026-11-27", "time": "23:59:59", "tags": [], "starred": False}]}))
    result = cli("import", str(file), "--from", "jrnl")
    assert result.exit_code == 0, result.stderr
    days = [row["day"] for row in json.loads(cli("entries", "--all", "--json").stdout)]
    assert days == ["1900-01-01", "2026-11-27"]


# -- item 8: numbers: one bound for every list, digits 0–9 only ------------------------------------


@pytest.mark.parametrize("args", [("entries", "--last"), ("search", "day", "--limit"), ("connect", "list", "--last")])
def test_every_last_and_limit_has_the_same_bound(cli, journal_path, args):
    _edges_fill(journal_path)
    for huge in ("9223372036854775808", "1000001", "0"):
        result = cli(*args, huge)
        assert result.exit_code == 2 and "Traceback" not in result.stderr, (args, huge, result.stderr)
        assert "1000000" in result.stderr or "greater than or equal to 1" in result.stderr
    assert cli(*args, "1000000").exit_code == 0


@pytest.mark.parametrize(
    "args",
    [
        ("log", "٧", "x"),
        ("log", "5", "x", "--date", "٢٠٢٦-١١-٢٠"),
        ("log", "5", "x", "--date", "٣ days ago"),
        ("connect", "Sam", "--date", "٢٠/١١"),
        ("actions", "add", "Plan", "--due", "in ٣ days"),
        ("review", "--split", "٤٠ ٣٠ ٢٠ ١٠"),
        ("review", "--split", "40 30 20 ١٠"),
        ("review", "--week", "٢٠٢٦-W47", "--headline", "x"),
        ("entries", "--since", "٢٠٢٦-١١-٢٠"),
        ("entries", "--last", "٣"),
        ("report", "--weeks", "٤"),
        ("calendar", "--year", "٢٠٢٦"),
    ],
)
def test_digits_of_other_scripts_are_refused_in_every_number(cli, journal_path, args):
    _edges_fill(journal_path)
    before = _edges_digest(journal_path)
    result = cli(*args)
    assert result.exit_code == 2, (args, result.stderr)
    assert "Traceback" not in result.stderr and _edges_digest(journal_path) == before


def test_an_item_number_in_other_digits_is_refused_in_the_review(cli, journal_path):
    from veerkracht.flows.review import steps

    with pytest.raises(Exception, match="There is no item ٢ in the list"):
        steps._stop_target("٢", [{"id": "a"}, {"id": "b"}])


# -- item 9: a journal the user may read but not write ---------------------------------------------

READING = [
    ("entries", "--json"), ("report", "--json"), ("export", "--format", "json"), ("export",),
    ("search", "day"), ("values", "list", "--json"), ("review", "show", "--json"), ("calendar", "--json"), (),
]


def test_a_journal_in_a_read_only_folder_can_be_read_by_every_reading_command(journal_path):
    _edges_fill(journal_path)
    folder = journal_path.parent
    folder.chmod(0o555)
    try:
        before = sorted(p.name for p in folder.iterdir())
        for args in READING:
            result = _edges_run(journal_path, *args, as_user=True)
            assert result.returncode == 0, (args, result.stderr)
            assert "read-only" not in result.stderr, (args, result.stderr)
        assert json.loads(_edges_run(journal_path, "entries", "--json", as_user=True).stdout)[0]["reflection"] == "day 2"
        for args in (("log", "6", "y"), ("values", "add", "Care"), ("config", "lang", "nl")):
            result = _edges_run(journal_path, *args, as_user=True)
            assert result.returncode == 1 and _edges_one_sentence(result), (args, result.stderr)
            assert f"The folder {folder} of the journal is read-only, so nothing was written" in _edges_said(result)
        assert sorted(p.name for p in folder.iterdir()) == before  # no -wal, no -shm, nothing
    finally:
        folder.chmod(0o700)
    assert _edges_count(journal_path) == 3


def test_a_read_only_journal_can_be_read_and_written_again_once_writable(journal_path):
    _edges_fill(journal_path)
    journal_path.chmod(0o400)
    listed = _edges_run(journal_path, "entries", "--json", as_user=True)
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 3, listed.stderr
    refused = _edges_run(journal_path, "log", "6", "y", as_user=True)
    assert refused.returncode == 1 and _edges_one_sentence(refused)
    assert f"{journal_path} is read-only, so nothing was written; reading it works" in _edges_said(refused)
    journal_path.chmod(0o600)  # what the sentence says to do: then it works
    logged = _edges_run(journal_path, "log", "6", "y", as_user=True)
    assert logged.returncode == 0, logged.stderr
    assert _edges_count(journal_path) == 4


def test_a_read_only_leftover_beside_the_journal_is_named(journal_path):
    """An older veerkracht reading a read-only journal left a read-only -shm behind."""
    _edges_fill(journal_path)
    shm = Path(f"{journal_path}-shm")
    shm.write_bytes(b"")
    shm.chmod(0o444)
    result = _edges_run(journal_path, "log", "6", "y", as_user=True)
    assert result.returncode == 1 and _edges_one_sentence(result), result.stderr
    assert f"{shm} is read-only" in _edges_said(result)


def test_a_journal_that_needs_an_update_and_is_read_only_says_so(journal_path):
    _edges_fill(journal_path)
    conn = sqlite3.connect(journal_path)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm003_local_stamps'")
    conn.commit()
    conn.close()
    _edges_checkpoint(journal_path)
    journal_path.chmod(0o400)
    before = _edges_digest(journal_path)
    result = _edges_run(journal_path, "entries", as_user=True)
    assert result.returncode == 1 and _edges_one_sentence(result), result.stderr
    assert "needs an update of its layout before it can be read, and it is read-only" in _edges_said(result)
    assert _edges_digest(journal_path) == before


# -- item 10: environments that are not the happy path ---------------------------------------------

_BROKEN_KEYRING = '''
import json, os
from keyring.backend import KeyringBackend


class Ring(KeyringBackend):
    """A keyring kept in a file, that breaks (RuntimeError, not KeyringError) on demand."""

    priority = 1

    def _load(self):
        if os.environ.get("RING_BROKEN"):
            raise RuntimeError("the secret service went away")
        try:
            with open(os.environ["RING_FILE"]) as handle:
                return json.load(handle)
        except FileNotFoundError:
            return {}

    def _save(self, data):
        with open(os.environ["RING_FILE"], "w") as handle:
            json.dump(data, handle)

    def get_password(self, service, username):
        return self._load().get(service + "|" + username)

    def set_password(self, service, username, password):
        self._save({**self._load(), service + "|" + username: password})

    def delete_password(self, service, username):
        data = self._load()
        data.pop(service + "|" + username, None)
        self._save(data)
'''


@pytest.fixture
def edges_keyring(tmp_path):
    pytest.importorskip("keyring", reason="needs the encryption extra")
    pytest.importorskip("sqlcipher3", reason="needs the encryption extra")
    (tmp_path / "brokenring.py").write_text(_BROKEN_KEYRING)
    path = os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))
    return {"PYTHONPATH": path, "PYTHON_KEYRING_BACKEND": "brokenring.Ring",
            "RING_FILE": str(tmp_path / "ring.json"), "XDG_CONFIG_HOME": str(tmp_path / "config")}


def test_a_keyring_that_breaks_is_passed_over_or_said(journal_path, edges_keyring):
    _edges_fill(journal_path)
    ring = edges_keyring
    made = _edges_run(journal_path, "encrypt", "--remember", VEERKRACHT_PASSPHRASE="pw", **ring)
    assert made.returncode == 0, made.stderr
    broken = {**ring, "RING_BROKEN": "1"}
    with_env = _edges_run(journal_path, "entries", "--json", VEERKRACHT_PASSPHRASE="pw", **broken)
    assert with_env.returncode == 0 and len(json.loads(with_env.stdout)) == 3, with_env.stderr
    without = _edges_run(journal_path, "entries", **broken)
    assert without.returncode == 1 and _edges_one_sentence(without), without.stderr
    assert "is encrypted; set VEERKRACHT_PASSPHRASE" in without.stderr
    doctor = _edges_run(journal_path, "doctor", VEERKRACHT_PASSPHRASE="pw", **broken)
    assert "Traceback" not in doctor.stderr and doctor.returncode in (0, 1), doctor.stderr
    forget = _edges_run(journal_path, "passphrase", "--forget", **broken)
    assert forget.returncode == 1 and "The OS keyring could not be used (the secret service went away)" in forget.stderr


def test_encrypt_remember_with_a_broken_keyring_encrypts_and_says_what_failed(journal_path, edges_keyring):
    _edges_fill(journal_path)
    result = _edges_run(journal_path, "encrypt", "--remember", VEERKRACHT_PASSPHRASE="pw", RING_BROKEN="1",
                        **edges_keyring)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        "The OS keyring could not be used (the secret service went away); nothing was kept there.")
    listed = _edges_run(journal_path, "entries", "--json", VEERKRACHT_PASSPHRASE="pw", **edges_keyring)
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 3


def test_a_link_loop_as_journal_is_one_sentence(tmp_path):
    loop = tmp_path / "a.db"
    loop.symlink_to(tmp_path / "b.db")
    (tmp_path / "b.db").symlink_to(loop)
    for args in (("log", "5"), ("entries",), ("doctor",), ("backup",)):
        result = _edges_run(loop, *args)
        assert result.returncode == 1 and _edges_one_sentence(result), (args, result.stderr)
        assert "Too many levels of symbolic links" in result.stderr


def test_a_name_too_long_as_journal_is_one_sentence(tmp_path):
    long = tmp_path / ("j" * 300 + ".db")
    for args in (("log", "5"), ("entries",), ("doctor",), ("encrypt",)):
        result = _edges_run(long, *args, VEERKRACHT_PASSPHRASE="pw")
        assert result.returncode == 1 and _edges_one_sentence(result), (args, result.stderr)
        assert "File name too long" in result.stderr


def test_a_fifo_as_journal_is_refused_at_once(tmp_path):
    fifo = tmp_path / "journal.db"
    os.mkfifo(fifo)
    for args in (("log", "5"), ("entries",), ("doctor",), ("backup",)):
        result = _edges_run(fifo, *args, timeout=20)  # it used to wait for a writer forever
        assert result.returncode == 1 and _edges_one_sentence(result), (args, result.stderr)
        assert "is not an ordinary file" in result.stderr


def test_an_editor_that_removes_the_entry_form_changes_nothing(journal_path, tmp_path):
    _edges_fill(journal_path, days=1)
    before = _edges_digest(journal_path)
    editor = tmp_path / "editor"
    editor.write_text(f"#!{sys.executable}\nimport os, sys\nos.unlink(sys.argv[-1])\n")
    editor.chmod(0o755)
    handle = json.loads(_edges_run(journal_path, "entries", "--json").stdout)[0]["id"][:8]
    result = _edges_run(journal_path, "entries", "edit", handle, EDITOR=str(editor), VEERKRACHT_INTERACTIVE="1")
    assert result.returncode == 1 and _edges_one_sentence(result), result.stderr
    assert "The editor removed the file with the text before veerkracht could read it back" in result.stderr
    _edges_checkpoint(journal_path)
    assert _edges_digest(journal_path) == before


@pytest.fixture
def small_disk(tmp_path):
    """Mounts a real file system (tmpfs) of a given size, or skips where that is not allowed."""
    mount = shutil.which("mount")
    point = tmp_path / "small"
    point.mkdir()
    mounted = []

    def make(kib: int) -> Path:
        if os.geteuid() != 0 or mount is None or subprocess.run(
                [mount, "-t", "tmpfs", "-o", f"size={kib}k", "tmpfs", str(point)], capture_output=True).returncode:
            pytest.skip("cannot mount a small file system here")
        mounted.append(point)
        return point

    yield make
    for place in mounted:
        subprocess.run(["umount", str(place)], check=True)


def test_a_full_disk_during_encrypt_is_said_as_such(tmp_path, small_disk):
    pytest.importorskip("sqlcipher3", reason="needs the encryption extra")
    built = tmp_path / "built.db"
    _edges_fill(built, days=1)
    with Journal.open(built, write=True) as journal, journal.write():  # text enough to weigh
        for n in range(6):
            journal.execute(
                "INSERT INTO entries (id, day, logged_at, reflection, source) VALUES (?, ?, ?, ?, 'cli')",
                (f"00000000-0000-4000-8000-{n:012d}", "2026-11-20", "2026-11-20T10:00:00+00:00",
                 os.urandom(20_000).hex()))
    _edges_checkpoint(built)
    size = built.stat().st_size // 1024
    disk = small_disk(size + size // 2)  # room for the journal and its -shm, not for a copy
    journal = disk / "journal.db"
    shutil.copyfile(built, journal)
    result = _edges_run(journal, "encrypt", VEERKRACHT_PASSPHRASE="pw")
    assert result.returncode == 1 and _edges_one_sentence(result), result.stderr
    assert f"The disk is full, so {journal} was left as it was" in result.stderr
    assert "in use by another program" not in result.stderr
    assert sorted(p.name for p in disk.iterdir() if not p.name.endswith(("-wal", "-shm"))) == ["journal.db"]
    assert _edges_count(journal) == 7


def test_another_programs_file_with_only_a_view_is_left_untouched(tmp_path):
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE VIEW answer AS SELECT 42 AS value")
    conn.commit()
    conn.close()
    before = _edges_digest(foreign)
    for args in (("log", "5"), ("entries",), ("doctor",), ("values", "add", "Care")):
        result = _edges_run(foreign, *args)
        assert result.returncode == 1 and _edges_one_sentence(result), (args, result.stderr)
        assert "is not a veerkracht journal; it was left untouched" in result.stderr
    assert _edges_digest(foreign) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("other")) == ["other.db"]


def test_an_unreadable_journal_is_one_sentence_and_exit_1(journal_path):
    _edges_fill(journal_path)
    journal_path.chmod(0o000)
    try:
        for args in (("entries",), ("log", "5"), ("doctor",)):
            result = _edges_run(journal_path, *args, as_user=True)
            assert result.returncode == 1 and _edges_one_sentence(result), (args, result.stderr)
            assert f"Cannot use {journal_path}: Permission denied." in result.stderr
    finally:
        journal_path.chmod(0o600)
