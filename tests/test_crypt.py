"""Encryption at rest (issue 8): encrypt, decrypt, passphrase, and every command on it.

Tests that need SQLCipher are skipped, with the reason, when the optional extra is missing
(pip install -e '.[test,encryption]'); the ones about its absence always run.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from veerkracht.db import crypt, passphrases
from veerkracht.db.journal import Journal
from veerkracht.errors import JournalError
from veerkracht.i18n import t

SECRET = "xyzzy-plugh: the board meeting made me doubt Mara"
PASS = "correct horse battery staple"
NEEDS_EXTRA = "the encryption extra is not installed (pip install -e '.[encryption]')"


@pytest.fixture
def sqlcipher():
    pytest.importorskip("sqlcipher3", reason=NEEDS_EXTRA)


@pytest.fixture
def run(cli):
    """The in-process CLI, each call a fresh command: nothing unlocked from an earlier call."""

    def invoke(*args, **kwargs):
        passphrases._known.clear()
        return cli(*args, **kwargs)

    yield invoke
    passphrases._known.clear()


def fill(path: Path, days: int = 12) -> None:
    """A journal with entries (tags, a private one, a note), a secret reflection, a setting."""
    from veerkracht.domain.models import EntryIn
    from veerkracht.store import entries

    start = date(2026, 11, 27) - timedelta(days=days - 1)
    with Journal.open(path, write=True) as journal, journal.write():
        for n in range(days):
            entries.add(journal, EntryIn(day=start + timedelta(days=n), energy=n % 11,
                                         reflection=f"day {n} with the team", tags=["team", f"w{n % 3}"],
                                         private=n == 2))
        entries.add(journal, EntryIn(day=start, reflection=SECRET, win="said it out loud"))
        journal.set_setting("lang", "en")


def dump(path: Path) -> dict[str, list]:
    """Every row of every table, in a stable order (FTS shadow tables included)."""
    with Journal.open(path, write=False) as journal:
        names = [r[0] for r in journal.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {name: sorted(map(repr, journal.conn.execute(f'SELECT * FROM "{name}"').fetchall()))
                for name in names if not name.startswith("sqlite_")}


def journal_mode(path: Path) -> str:
    with Journal.open(path, write=False) as journal:
        return journal.scalar("PRAGMA journal_mode")


def views(path: Path) -> dict:
    """What reading commands show: listing and full-text search through the store."""
    from veerkracht.store import entries

    with Journal.open(path, write=False) as journal:
        return {
            "listing": entries.listing(journal, entries.EntryFilter(last=30)),
            "search team": entries.search(journal, "team"),
            "search doubt": entries.search(journal, "doubt Mara"),
            "count": entries.count(journal),
        }


def said(result) -> str:
    """stderr as one line (the console wraps long sentences)."""
    return " ".join(result.stderr.split())


def encrypted_env(passphrase: str = PASS) -> dict:
    return {"VEERKRACHT_PASSPHRASE": passphrase}


# -- without the extra ------------------------------------------------------------------------


def hide_sqlcipher(monkeypatch):
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)
    monkeypatch.setitem(sys.modules, "sqlcipher3.dbapi2", None)


@pytest.mark.parametrize("command", ["encrypt", "decrypt", "passphrase"])
def test_commands_without_extra_say_how_to_enable(run, journal_path, monkeypatch, command):
    hide_sqlcipher(monkeypatch)
    journal_path.write_bytes(os.urandom(8192))  # looks encrypted: decrypt and passphrase go on
    result = run(command)
    assert result.exit_code == 1
    assert "pip install 'veerkracht[encryption]'" in said(result)
    assert len(result.stderr.strip().splitlines()) <= 2  # one sentence (wrapped at 100 columns)


def test_encrypted_journal_without_extra_says_so(run, journal_path, monkeypatch):
    hide_sqlcipher(monkeypatch)
    content = os.urandom(4096 * 3)
    journal_path.write_bytes(content)
    result = run("log", "7", "hello")
    assert result.exit_code == 1
    assert "is encrypted" in said(result) and "veerkracht[encryption]" in said(result)
    assert journal_path.read_bytes() == content


def test_plain_journal_works_without_extra(run, journal_path, monkeypatch):
    hide_sqlcipher(monkeypatch)
    assert run("log", "6", "plain as before").exit_code == 0
    assert "plain as before" in run().stdout
    assert crypt.state(journal_path) == "plain"


def test_a_foreign_file_is_still_not_a_journal(run, journal_path):
    journal_path.write_text("just some notes, not a database\n")
    result = run("log", "7", "x")
    assert result.exit_code == 1
    assert "not a veerkracht journal" in said(result)


# -- detection and describe ---------------------------------------------------------------------


def test_state_is_decided_by_the_header(tmp_path, journal_path):
    assert crypt.state(tmp_path / "none.db") == "missing"
    fill(journal_path, days=2)
    assert crypt.state(journal_path) == "plain"
    odd = tmp_path / "odd.bin"
    odd.write_bytes(os.urandom(1000))
    assert crypt.state(odd) == "foreign"


def test_describe_plain_and_encrypted(sqlcipher, run, journal_path):
    fill(journal_path, days=2)
    plain = crypt.describe(journal_path)
    assert plain["state"] == "plain" and plain["encrypted"] is False
    assert plain["extra_installed"] is True
    assert run("encrypt", env=encrypted_env()).exit_code == 0
    info = crypt.describe(journal_path)
    assert info["encrypted"] is True
    assert info["kdf"] == "PBKDF2_HMAC_SHA512, 256000 iterations"
    assert info["cipher"].startswith("SQLCipher 4.")
    assert info["passphrase_source"] == "none"  # describe never asks
    assert info["leftovers"] == [] and info["plain_copies"] == []


def test_doctor_says_whether_the_journal_is_encrypted(sqlcipher, run, journal_path):
    fill(journal_path, days=2)
    plain = run("doctor")
    assert plain.exit_code == 0 and "not encrypted" in plain.stdout
    assert run("encrypt", env=encrypted_env()).exit_code == 0
    result = run("doctor", env=encrypted_env())
    assert result.exit_code == 0, result.stderr
    assert "encrypted (SQLCipher 4." in result.stdout.replace("\n", " ").replace("│", " ")
    facts = json.loads(run("doctor", "--json", env=encrypted_env()).stdout)
    assert facts["encryption"]["encrypted"] is True
    assert facts["sqlite_version"] == facts["encryption"]["sqlite_version"]
    assert facts["integrity"] == ["ok"]


# -- encrypt, decrypt, passphrase ---------------------------------------------------------------


def test_round_trip_keeps_every_row(sqlcipher, run, journal_path):
    fill(journal_path)
    before = dump(journal_path)
    result = run("encrypt", env=encrypted_env())
    assert result.exit_code == 0, result.stderr
    assert "Encrypted" in said(result)
    assert crypt.state(journal_path) == "encrypted"
    assert oct(journal_path.stat().st_mode & 0o777) == "0o600"
    os.environ["VEERKRACHT_PASSPHRASE"] = PASS
    try:
        assert dump(journal_path) == before
        assert journal_mode(journal_path) == "wal"  # a journal like any other from the start
    finally:
        del os.environ["VEERKRACHT_PASSPHRASE"]
        passphrases._known.clear()
    result = run("decrypt", env=encrypted_env())
    assert result.exit_code == 0, result.stderr
    assert crypt.state(journal_path) == "plain"
    # nothing left beside it: no converted copy, no -wal or -shm of either file
    assert sorted(p.name for p in journal_path.parent.iterdir() if p.name.startswith("journal")) == [
        "journal.db"
    ]
    assert dump(journal_path) == before
    assert journal_mode(journal_path) == "wal"


def test_encrypted_file_holds_none_of_the_text(sqlcipher, run, journal_path):
    fill(journal_path)
    assert SECRET.encode() in journal_path.read_bytes()  # the check can fail
    assert run("encrypt", env=encrypted_env()).exit_code == 0
    assert run("log", "4", f"{SECRET} again", env=encrypted_env()).exit_code == 0
    for path in journal_path.parent.iterdir():
        data = path.read_bytes()
        for needle in (SECRET, "xyzzy", "said it out loud", "SQLite format 3"):
            assert needle.encode() not in data, (path.name, needle)


def test_every_reading_command_gives_the_same_results(sqlcipher, run, journal_path, monkeypatch):
    fill(journal_path)
    plain_views, plain_status = views(journal_path), run().stdout
    assert plain_views["search doubt"]  # the search finds something to compare
    assert run("encrypt", env=encrypted_env()).exit_code == 0
    monkeypatch.setenv("VEERKRACHT_PASSPHRASE", PASS)
    passphrases._known.clear()
    assert views(journal_path) == plain_views
    assert run().stdout == plain_status


@pytest.mark.parametrize(
    "args",
    [("entries", "--json"), ("entries", "--last", "30", "--json"), ("search", "team", "--json"),
     ("report", "--json"), ("export", "--format", "json")],
)
def test_commands_print_the_same_json_when_encrypted(sqlcipher, run, journal_path, args):
    from veerkracht.app import COMMANDS

    module = COMMANDS.get(args[0])
    if module is None or importlib.util.find_spec(module) is None:
        pytest.skip(f"'{args[0]}' is not in this build yet")
    fill(journal_path)
    plain = run(*args)
    assert plain.exit_code == 0, plain.stderr
    assert run("encrypt", env=encrypted_env()).exit_code == 0
    encrypted = run(*args, env=encrypted_env())
    assert encrypted.exit_code == 0, encrypted.stderr
    strip = lambda text: "\n".join(line for line in text.splitlines() if "exported_at" not in line)  # noqa: E731
    assert strip(encrypted.stdout) == strip(plain.stdout)


def test_logging_on_an_encrypted_journal(sqlcipher, run, journal_path):
    assert run("log", "5", "before", env=encrypted_env()).exit_code == 0
    assert run("encrypt", env=encrypted_env()).exit_code == 0
    assert run("log", "8", "after", "-t", "calm", env=encrypted_env()).exit_code == 0
    shown = run(env=encrypted_env()).stdout
    assert "before" in shown and "after" in shown


def test_new_passphrase_is_asked_twice_on_a_terminal(sqlcipher, run, journal_path):
    fill(journal_path, days=2)
    result = run("encrypt", input="one\ntwo\nsecret one\nsecret one\n", interactive=True)
    assert result.exit_code == 0, result.stderr
    assert "differ" in said(result)
    assert "secret one" not in result.stdout + result.stderr  # hidden input
    shown = run(input="secret one\n", interactive=True)
    assert shown.exit_code == 0 and "day 1" in shown.stdout


def test_empty_or_nul_passphrase_is_asked_again(sqlcipher, run, journal_path):
    fill(journal_path, days=2)
    result = run("encrypt", input="\nbad\x00one\nok\nok\n", interactive=True)
    assert result.exit_code == 0, result.stderr
    assert "passphrase: contains a NUL character" in said(result)
    assert said(result).count("New passphrase:") == 3  # empty, NUL, then accepted


def test_encrypt_without_a_terminal_or_passphrase_fails_at_once(sqlcipher, run, journal_path):
    fill(journal_path, days=2)
    before = journal_path.read_bytes()
    result = run("encrypt")
    assert result.exit_code == 2
    assert "VEERKRACHT_PASSPHRASE" in said(result)
    assert journal_path.read_bytes() == before


def test_encrypt_twice_and_decrypt_plain_are_refused(sqlcipher, run, journal_path):
    fill(journal_path, days=2)
    assert run("decrypt").exit_code == 1
    assert run("encrypt", env=encrypted_env()).exit_code == 0
    again = run("encrypt", env=encrypted_env())
    assert again.exit_code == 1 and "already encrypted" in said(again)


def test_change_passphrase(sqlcipher, run, journal_path):
    fill(journal_path, days=3)
    assert run("encrypt", env=encrypted_env()).exit_code == 0
    before = views_with(journal_path, PASS)
    result = run("passphrase", env={**encrypted_env(), "VEERKRACHT_NEW_PASSPHRASE": "it's new"})
    assert result.exit_code == 0, result.stderr
    assert run(env=encrypted_env()).exit_code == 1
    assert views_with(journal_path, "it's new") == before


def views_with(path: Path, passphrase: str) -> dict:
    os.environ["VEERKRACHT_PASSPHRASE"] = passphrase
    passphrases._known.clear()
    try:
        return views(path)
    finally:
        del os.environ["VEERKRACHT_PASSPHRASE"]
        passphrases._known.clear()


def test_journal_in_use_is_not_converted(sqlcipher, run, journal_path):
    fill(journal_path, days=2)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
         "c.execute('PRAGMA journal_mode = WAL'); c.execute('SELECT 1 FROM entries').fetchall(); "
         "print('open', flush=True); sys.stdin.read()", str(journal_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "open\n"
        before = journal_path.read_bytes()
        result = run("encrypt", env=encrypted_env())
    finally:
        holder.communicate("", timeout=30)
    assert result.exit_code == 1 and "in use" in said(result)
    assert journal_path.read_bytes() == before
    assert not crypt.temp_path(journal_path, "encrypt").exists()
    assert run("encrypt", env=encrypted_env()).exit_code == 0  # once it is closed


def test_plain_copies_beside_it_are_named(sqlcipher, run, journal_path):
    fill(journal_path, days=2)
    copy = journal_path.with_name("journal.before-m002_x-20261127-101010.db")
    copy.write_bytes(journal_path.read_bytes())
    result = run("encrypt", env=encrypted_env())
    assert result.exit_code == 0
    assert str(copy) in result.stderr.replace("\n", "")  # a path may be cut anywhere


def test_backup_of_an_encrypted_journal_is_encrypted(sqlcipher, journal_path, tmp_path, monkeypatch):
    fill(journal_path, days=3)
    expected = dump(journal_path)
    crypt.encrypt(journal_path, PASS)
    monkeypatch.setenv("VEERKRACHT_PASSPHRASE", PASS)
    passphrases._known.clear()
    target = tmp_path / "copy.db"
    with Journal.open(journal_path, write=False) as journal:
        journal.backup_to(target)
    assert crypt.state(target) == "encrypted"
    assert b"xyzzy" not in target.read_bytes()
    passphrases._known.clear()
    assert dump(target) == expected
    monkeypatch.setenv("VEERKRACHT_PASSPHRASE", "not it")
    passphrases._known.clear()
    with pytest.raises(JournalError) as raised:
        Journal.open(target, write=False)
    assert "does not open" in raised.value.render(t)


def test_backup_command_keeps_the_copy_encrypted(sqlcipher, run, journal_path, tmp_path):
    from veerkracht.app import COMMANDS

    if "backup" not in COMMANDS or importlib.util.find_spec(COMMANDS["backup"]) is None:
        pytest.skip("'backup' is not in this build yet")
    fill(journal_path, days=3)
    expected = dump(journal_path)
    assert run("encrypt", env=encrypted_env()).exit_code == 0
    target = tmp_path / "elsewhere" / "copy.db"
    result = run("backup", str(target), env=encrypted_env())
    assert result.exit_code == 0, result.stderr
    assert crypt.state(target) == "encrypted" and b"xyzzy" not in target.read_bytes()
    assert dump_with(target, PASS) == expected


def dump_with(path: Path, passphrase: str) -> dict:
    os.environ["VEERKRACHT_PASSPHRASE"] = passphrase
    passphrases._known.clear()
    try:
        return dump(path)
    finally:
        del os.environ["VEERKRACHT_PASSPHRASE"]
        passphrases._known.clear()


# -- wrong or missing passphrase, as a real process ------------------------------------------------


def test_wrong_passphrase_is_one_sentence_and_no_noise(sqlcipher, run, run_process, journal_path):
    fill(journal_path, days=2)
    assert run("encrypt", env=encrypted_env()).exit_code == 0
    before = journal_path.read_bytes()
    for args in (["log", "5", "x"], ["decrypt"], []):
        result = run_process(*args, env=encrypted_env("wrong"))
        assert result.returncode == 1, args
        assert said(result) == (
            f"That passphrase does not open {journal_path}; nothing was changed."
        )
    assert journal_path.read_bytes() == before


def test_no_passphrase_and_no_terminal_fails_at_once(sqlcipher, run, run_process, journal_path):
    fill(journal_path, days=2)
    assert run("encrypt", env=encrypted_env()).exit_code == 0
    result = run_process("log", "5", "x", timeout=30)
    assert result.returncode == 1
    assert "VEERKRACHT_PASSPHRASE" in said(result)
    assert "Traceback" not in said(result)


def test_the_journal_asks_only_through_the_callback_it_is_given(sqlcipher, journal_path):
    fill(journal_path, days=2)
    crypt.encrypt(journal_path, PASS)
    passphrases._known.clear()
    with pytest.raises(JournalError) as raised:  # nobody to ask: one sentence at once
        Journal.open(journal_path, write=False)
    assert raised.value.key == "crypt.no_passphrase"
    assert "VEERKRACHT_PASSPHRASE" in raised.value.render(t)
    asked: list[Path] = []

    def ask(path: Path) -> str:
        asked.append(path)
        return PASS

    with Journal.open(journal_path, write=False, ask=ask) as journal:
        assert journal.scalar("SELECT count(*) FROM entries") == 3
    assert asked == [journal_path]
    with Journal.open(journal_path, write=False, ask=ask):  # known now: asked at most once
        pass
    assert len(asked) == 1
    passphrases._known.clear()


# -- kill -9 during encrypt and decrypt --------------------------------------------------------------


def _start(command: str, pause: float | None) -> subprocess.Popen:
    env = {**os.environ, "VEERKRACHT_INTERACTIVE": "0", "VEERKRACHT_PASSPHRASE": PASS}
    if pause:
        env[crypt.PAUSE_ENV] = str(pause)
    return subprocess.Popen([sys.executable, "-m", "veerkracht", command], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def _entries_in(path: Path) -> tuple[str, int]:
    """The journal's state and how many entries it holds, opening it as a user would."""
    kind = crypt.state(path)
    assert kind in ("plain", "encrypted"), f"after the kill the journal is {kind}"
    os.environ["VEERKRACHT_PASSPHRASE"] = PASS
    passphrases._known.clear()
    try:
        with Journal.open(path, write=False) as journal:
            assert journal.scalar("PRAGMA integrity_check") == "ok"
            return kind, int(journal.scalar("SELECT count(*) FROM entries"))
    finally:
        del os.environ["VEERKRACHT_PASSPHRASE"]
        passphrases._known.clear()


def _wait_for(path: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not (path.exists() and path.stat().st_size > 0):
        assert time.monotonic() < deadline, f"{path.name} never appeared"
        time.sleep(0.01)


@pytest.mark.guarantees
def test_kill_between_export_and_swap_keeps_the_plain_journal(sqlcipher, journal_path):
    fill(journal_path, days=200)
    process = _start("encrypt", pause=60)
    _wait_for(crypt.temp_path(journal_path, "encrypt"))
    time.sleep(1.5)  # past the read-back check, into the pause before the swap
    _kill(process)
    assert _entries_in(journal_path) == ("plain", 201)
    finished = _start("encrypt", pause=None)
    assert finished.wait(timeout=60) == 0, finished.stderr.read()
    assert _entries_in(journal_path) == ("encrypted", 201)
    assert not crypt.temp_path(journal_path, "encrypt").exists()


@pytest.mark.guarantees
def test_kill_at_random_moments_leaves_old_or_new_journal(sqlcipher, journal_path):
    fill(journal_path, days=400)
    started = time.monotonic()
    assert _start("encrypt", pause=None).wait(timeout=60) == 0
    full = time.monotonic() - started  # how long one conversion takes on this machine now
    rng = random.Random(8)
    killed = 0
    for attempt in range(8):
        command = "decrypt" if crypt.state(journal_path) == "encrypted" else "encrypt"
        process = _start(command, pause=None)
        time.sleep(rng.uniform(0.15, 0.95) * full)  # from start-up to around the swap
        if process.poll() is None:
            _kill(process)
            killed += 1
        else:
            assert process.returncode == 0, process.stderr.read()
        assert _entries_in(journal_path)[1] == 401, attempt
    assert killed >= 1  # the loop really interrupted conversions


@pytest.mark.guarantees
def test_kill_during_passphrase_change_leaves_old_or_new(sqlcipher, journal_path):
    fill(journal_path, days=400)
    crypt.encrypt(journal_path, PASS)
    passphrases._known.clear()
    started = time.monotonic()
    assert _start("decrypt", pause=None).wait(timeout=60) == 0
    full = time.monotonic() - started  # about as long as a passphrase change
    crypt.encrypt(journal_path, PASS)
    passphrases._known.clear()
    rng = random.Random(9)
    current, killed = PASS, 0
    for attempt in range(7):
        new = f"phrase {attempt}"
        env = {**os.environ, "VEERKRACHT_INTERACTIVE": "0", "VEERKRACHT_PASSPHRASE": current,
               "VEERKRACHT_NEW_PASSPHRASE": new}
        if attempt == 0:
            env[crypt.PAUSE_ENV] = "60"  # first: killed between the checked copy and the swap
        process = subprocess.Popen([sys.executable, "-m", "veerkracht", "passphrase"], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if attempt == 0:
            _wait_for(crypt.temp_path(journal_path, "rekey"))
            time.sleep(1.5)
        else:
            time.sleep(rng.uniform(0.15, 0.95) * full)
        if process.poll() is None:
            _kill(process)
            killed += 1
        opened = [phrase for phrase in (current, new) if _opens(journal_path, phrase)]
        assert len(opened) == 1, (attempt, opened)
        assert attempt > 0 or opened == [PASS]
        current = opened[0]
    assert killed >= 1  # the first attempt always is; the others by chance


def _opens(path: Path, passphrase: str) -> bool:
    os.environ["VEERKRACHT_PASSPHRASE"] = passphrase
    passphrases._known.clear()
    try:
        with Journal.open(path, write=False) as journal:
            assert journal.scalar("PRAGMA integrity_check") == "ok"
            assert journal.scalar("SELECT count(*) FROM entries") == 401
        return True
    except JournalError:
        return False
    finally:
        del os.environ["VEERKRACHT_PASSPHRASE"]
        passphrases._known.clear()


@pytest.mark.guarantees
def test_kill_during_decrypt_keeps_the_encrypted_journal(sqlcipher, journal_path):
    fill(journal_path, days=50)
    crypt.encrypt(journal_path, PASS)
    passphrases._known.clear()
    process = _start("decrypt", pause=60)
    _wait_for(crypt.temp_path(journal_path, "decrypt"))
    time.sleep(1.5)
    _kill(process)
    assert _entries_in(journal_path) == ("encrypted", 51)
    assert crypt.describe(journal_path)["plain_copies"]  # the plain leftover is reported
    finished = _start("decrypt", pause=None)
    assert finished.wait(timeout=60) == 0, finished.stderr.read()
    assert _entries_in(journal_path) == ("plain", 51)
    assert not crypt.temp_path(journal_path, "decrypt").exists()


# -- the OS keyring -----------------------------------------------------------------------------------


@pytest.fixture
def memory_keyring(sqlcipher, tmp_path, monkeypatch):
    keyring = pytest.importorskip("keyring", reason=NEEDS_EXTRA)
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1
        store: dict = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    previous = keyring.get_keyring()
    backend = Memory()
    keyring.set_keyring(backend)
    yield backend.store
    keyring.set_keyring(previous)


def test_remembered_passphrase_comes_from_the_keyring(memory_keyring, run, journal_path):
    fill(journal_path, days=2)
    result = run("encrypt", "--remember", env=encrypted_env())
    assert result.exit_code == 0, result.stderr
    kept = list(memory_keyring.values())
    assert kept == [_raw_key_entry(journal_path, PASS)]  # the derived key, never the passphrase
    shown = run()  # no variable, no terminal: the keyring answers
    assert shown.exit_code == 0 and "day 1" in shown.stdout
    assert crypt.describe(journal_path)["passphrase_source"] == "keyring"
    assert run("passphrase", env={"VEERKRACHT_NEW_PASSPHRASE": "newer"}).exit_code == 0
    assert list(memory_keyring.values()) == [_raw_key_entry(journal_path, "newer")] != kept
    assert run().exit_code == 0
    assert run("passphrase", "--forget").exit_code == 0
    assert memory_keyring == {}
    assert run().exit_code == 1


def _raw_key_entry(path: Path, passphrase: str) -> str:
    """What the keyring should hold: SQLCipher 4's PBKDF2-HMAC-SHA512 key over the file's salt."""
    import hashlib

    salt = path.read_bytes()[:16]
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, 256_000, 32)
    return f"veerkracht-raw-key:{key.hex()}{salt.hex()}"


def test_remembered_key_opens_without_the_passphrase(memory_keyring, run, journal_path, tmp_path):
    fill(journal_path, days=3)
    assert run("encrypt", "--remember", env=encrypted_env()).exit_code == 0
    [entry] = memory_keyring.values()
    assert PASS not in entry
    passphrases._known.clear()
    secret = passphrases.current(journal_path)
    assert isinstance(secret, passphrases.RawKey)
    with Journal.open(journal_path, write=True) as journal:  # keyed with the raw key alone
        assert journal.scalar("SELECT count(*) FROM entries") == 4
        copy = journal.backup_to(tmp_path / "copy.db")
    passphrases._known.clear()
    # The copy keyed with the raw key keeps the salt: the passphrase still opens it.
    assert _entries_in(copy) == ("encrypted", 4)
    assert run("log", "5", "one more").exit_code == 0
    assert run("entries", "--json").exit_code == 0


def test_a_passphrase_kept_by_an_earlier_version_still_works_and_becomes_the_key(
        memory_keyring, run, journal_path):
    fill(journal_path, days=2)
    assert run("encrypt", "--remember", env=encrypted_env()).exit_code == 0
    [name] = memory_keyring
    memory_keyring[name] = PASS  # as kept before keys were
    shown = run()
    assert shown.exit_code == 0 and "day 1" in shown.stdout
    assert memory_keyring[name] == _raw_key_entry(journal_path, PASS)  # upgraded on first use
    shown = run()
    assert shown.exit_code == 0 and "day 1" in shown.stdout


def test_a_stale_key_in_the_keyring_is_one_sentence(memory_keyring, run, journal_path):
    fill(journal_path, days=2)
    assert run("encrypt", "--remember", env=encrypted_env()).exit_code == 0
    [name] = memory_keyring
    memory_keyring[name] = "veerkracht-raw-key:" + "ab" * 48  # another file's key
    result = run()
    assert result.exit_code == 1 and "Traceback" not in result.stderr


def test_keyring_is_not_asked_for_journals_never_remembered(memory_keyring, run, journal_path):
    fill(journal_path, days=2)
    assert run("encrypt", env=encrypted_env()).exit_code == 0
    memory_keyring[("veerkracht", str(journal_path.resolve()))] = PASS
    assert run().exit_code == 1  # not chosen by the user: the keyring stays out of it


# -- the rest of the journal's promises on an encrypted file ---------------------------------------


def test_pending_migration_on_an_encrypted_journal(sqlcipher, journal_path, monkeypatch):
    from veerkracht.db import journal as journal_module
    from veerkracht.db import migrations

    fill(journal_path, days=2)
    crypt.encrypt(journal_path, PASS)
    monkeypatch.setenv("VEERKRACHT_PASSPHRASE", PASS)
    passphrases._known.clear()

    def m999_test(db):
        db.execute("CREATE TABLE crypt_probe (id TEXT PRIMARY KEY)")

    monkeypatch.setattr(journal_module, "KNOWN_MIGRATIONS", (*journal_module.KNOWN_MIGRATIONS, "m999_test"))
    monkeypatch.setattr(migrations.migrations, "_migrations", list(migrations.migrations._migrations))
    migrations.migrations()(m999_test)
    with Journal.open(journal_path, write=False) as journal:  # reopens for writing once
        assert journal.scalar("SELECT count(*) FROM crypt_probe") == 0
        backup = journal.migration_backup
    assert backup is not None and crypt.state(backup) == "encrypted"
    assert crypt.state(journal_path) == "encrypted"


@pytest.mark.guarantees
def test_parallel_logging_on_an_encrypted_journal(sqlcipher, journal_path):
    fill(journal_path, days=1)
    crypt.encrypt(journal_path, PASS)
    env = {**os.environ, "VEERKRACHT_INTERACTIVE": "0", "VEERKRACHT_PASSPHRASE": PASS}
    processes = [
        subprocess.Popen([sys.executable, "-m", "veerkracht", "log", "6", f"parallel {n}"],
                         env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for n in range(6)
    ]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert "locked" not in err
    assert _entries_in(journal_path) == ("encrypted", 2 + 6)



def test_plain_log_does_not_load_encryption(run_process, journal_path):
    code = ("import sys; from veerkracht.app import run\n"
            "try:\n    run()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if 'crypt' in m or m == 'keyring'))")
    result = subprocess.run([sys.executable, "-c", code, "log", "5", "plain"], capture_output=True,
                            text=True, env={**os.environ, "VEERKRACHT_INTERACTIVE": "0"}, timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stderr


def test_store_errors_are_caught_alike_on_an_encrypted_journal(sqlcipher, journal_path, monkeypatch):
    from veerkracht.db.journal import sql_errors

    fill(journal_path, days=1)
    crypt.encrypt(journal_path, PASS)
    monkeypatch.setenv("VEERKRACHT_PASSPHRASE", PASS)
    passphrases._known.clear()
    with Journal.open(journal_path, write=True) as journal:
        entry_id = journal.scalar("SELECT id FROM entries LIMIT 1")
        with pytest.raises(sql_errors("IntegrityError")):
            with journal.write():
                journal.conn.execute("INSERT INTO entries (id, day, logged_at) VALUES (?, '2026-11-27', 'x')",
                                     (entry_id,))
        assert journal.scalar("SELECT count(*) FROM entries") == 2


def test_remember_without_a_usable_keyring_changes_nothing(sqlcipher, run, journal_path, tmp_path, monkeypatch):
    keyring = pytest.importorskip("keyring", reason=NEEDS_EXTRA)
    from keyring.backends.fail import Keyring as NoBackend

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    previous = keyring.get_keyring()
    keyring.set_keyring(NoBackend())
    try:
        fill(journal_path, days=1)
        result = run("encrypt", "--remember", env=encrypted_env())
    finally:
        keyring.set_keyring(previous)
    assert result.exit_code == 1 and "no usable OS keyring" in said(result)
    assert crypt.state(journal_path) == "plain"


def test_a_linked_journal_is_encrypted_where_it_really_lives(sqlcipher, run, tmp_path):
    real = tmp_path / "sync" / "real.db"
    real.parent.mkdir()
    link = tmp_path / "link.db"
    fill(real, days=2)
    link.symlink_to(real)
    result = run("--journal", str(link), "encrypt", env=encrypted_env())
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink()
    assert SECRET.encode() not in real.read_bytes()
    assert crypt.state(real) == "encrypted"


def test_plain_backups_are_named_after_encrypting(sqlcipher, run, journal_path):
    fill(journal_path, days=2)
    assert run("backup").exit_code == 0
    result = run("encrypt", env=encrypted_env())
    assert result.exit_code == 0, result.stderr
    [backup] = (journal_path.parent / "backups").glob("*.db")
    assert str(backup) in " ".join(result.stderr.split())
    facts = json.loads(run("doctor", "--json", env=encrypted_env()).stdout)
    assert facts["encryption"]["plain_copies"] == [str(backup)]
    assert "plain_copies" in facts["problems"]


def test_log_asks_the_passphrase_before_the_editor(sqlcipher, run, journal_path, tmp_path):
    fill(journal_path, days=2)
    assert run("encrypt", env=encrypted_env()).exit_code == 0
    marker = tmp_path / "editor-ran"
    script = tmp_path / "editor"
    script.write_text(f"#!{sys.executable}\nimport sys\nopen({str(marker)!r}, 'w').write('x')\n")
    script.chmod(0o755)
    result = run("log", "5", "--edit", env={"EDITOR": str(script), "VEERKRACHT_PASSPHRASE": "wrong"})
    assert result.exit_code == 1 and "does not open" in result.stderr
    assert not marker.exists()
