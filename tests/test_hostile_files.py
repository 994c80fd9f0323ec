"""Issue 13, items 3, 4, 5 and 11: the files veerkracht writes and reads, attacked.

3. Every file written (export -o, report --svg, backup, the copy made before a migration) is
   made in a private file beside its destination and named only when complete: 0600 whatever
   was there, never through a link, an existing one kept unless --force, and a full disk
   leaves the old file whole. The SVG leaves private entries' tags out, like every export.
4. kill -9 during a backup or the copy before a migration leaves no file under the final name
   that is not a complete copy, and a retry in the same second gets a name of its own.
5. Reads are bounded by what is read, not by st_size: /dev/zero, /dev/urandom, a FIFO (import,
   log -, the editor's result) end in one sentence, not in gigabytes or a hang.
11. encrypt names only this journal's own plain copies; the text an editor works on for an
    encrypted journal sits in a private folder beside it, and a kill -9 leaves it there only
    until the next command.
"""

from __future__ import annotations

import os
import random
import resource
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from veerkracht import clock
from veerkracht.db.journal import Journal

pytestmark = pytest.mark.hostile

PASSPHRASE = "correct horse battery staple"
SECRET_TAG = "secretproject"
MEMORY_CAP = 2 << 30  # a read without end dies here instead of taking the machine


def _files_fill(path: Path, days: int = 10, text_size: int = 100, private_tag: bool = False) -> None:
    """A journal with ``days`` scored entries; with ``private_tag``, the first five days' are
    private and tagged SECRET_TAG (enough days for the tag to reach the report's comparisons)."""
    from veerkracht.domain.models import EntryIn
    from veerkracht.store import entries

    start = date(2026, 11, 27) - timedelta(days=days - 1)
    with Journal.open(path, write=True) as journal, journal.write():
        for n in range(days):
            secret = private_tag and n < 5
            entries.add(journal, EntryIn(
                day=start + timedelta(days=n), energy=(n * 3) % 11,
                reflection=f"day {n} " + "x" * text_size, private=secret,
                tags=[SECRET_TAG] if secret else ["open"],
            ))


def _files_env(journal: Path, **extra: str) -> dict:
    return {**os.environ, "VEERKRACHT_JOURNAL": str(journal), "VEERKRACHT_INTERACTIVE": "0",
            "PYTHONDONTWRITEBYTECODE": "1", **extra}


def _files_run(journal: Path, *args: str, timeout: float = 60, preexec=None, stdin=None, **extra: str):
    """veerkracht as a real process; a hang fails the test instead of stalling it."""
    return subprocess.run(
        [sys.executable, "-m", "veerkracht", *args], capture_output=True, text=True, timeout=timeout,
        env=_files_env(journal, **extra), preexec_fn=preexec,
        stdin=subprocess.DEVNULL if stdin is None else stdin,
    )


def _memory_cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _one_sentence(stderr: str) -> bool:
    return "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1


def _complete(copy: Path, expected: dict[str, int]) -> bool:
    """Whether ``copy`` is a whole copy: intact, with every table's rows."""
    conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return False
        return all(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == n
                   for table, n in expected.items())
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


# -- item 3: files written by veerkracht --------------------------------------------------------


def test_export_onto_an_existing_file_is_refused_then_replaced_private_with_force(journal_path, tmp_path):
    _files_fill(journal_path)
    target = tmp_path / "summary.md"
    target.write_text("an older export someone may read\n")
    os.chmod(target, 0o644)
    refused = _files_run(journal_path, "export", "-o", str(target))
    assert refused.returncode == 1 and "already exists" in refused.stderr and "--force" in refused.stderr
    assert _one_sentence(refused.stderr)
    assert target.read_text() == "an older export someone may read\n"
    forced = _files_run(journal_path, "export", "-o", str(target), "--force")
    assert forced.returncode == 0, forced.stderr
    assert "day 9" in target.read_text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # not the old file's 0644
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


@pytest.mark.parametrize("kind", ["dangling", "real"])
@pytest.mark.parametrize("command", [("export", "-o"), ("report", "--svg"), ("backup",)])
def test_a_link_as_destination_is_refused_and_nothing_is_written_through_it(journal_path, tmp_path, kind, command):
    _files_fill(journal_path)
    elsewhere = tmp_path / "elsewhere" / "file"
    elsewhere.parent.mkdir()
    if kind == "real":
        elsewhere.write_text("keep me")
    link = tmp_path / "out.file"
    link.symlink_to(elsewhere)
    for force in ([], ["--force"]):
        result = _files_run(journal_path, *command, str(link), *force)
        assert result.returncode == 1 and "symbolic link" in result.stderr, result.stderr
        assert _one_sentence(result.stderr)
        assert link.is_symlink()
        assert (elsewhere.read_text() == "keep me") if kind == "real" else not elsewhere.exists()


@pytest.mark.parametrize("command", [("export", "-o"), ("report", "--svg")])
def test_a_full_disk_leaves_the_previous_file_whole(journal_path, tmp_path, command):
    """RLIMIT_FSIZE makes every write past 16 KB fail (EFBIG) as a full disk would."""
    _files_fill(journal_path, days=40, text_size=2_000)
    conn = sqlite3.connect(journal_path)  # out of WAL: reading then needs no 32 KB -shm file
    conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    conn.close()
    target = tmp_path / "previous.out"
    good = "a previous good file\n" * 10
    target.write_text(good)

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failing write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, 16 * 1024))

    extra = ["--weeks", "8"] if command[0] == "report" else ["--format", "json"]
    new = tmp_path / "new.out"
    result = _files_run(journal_path, *command, str(new), *extra, preexec=small_disk)
    assert result.returncode == 1 and "Cannot write" in result.stderr, result.stderr
    assert _one_sentence(result.stderr)
    assert not new.exists()  # no half file under the name
    result = _files_run(journal_path, *command, str(target), "--force", *extra, preexec=small_disk)
    assert result.returncode == 1 and "Cannot write" in result.stderr, result.stderr
    assert target.read_text() == good
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_backup_onto_an_existing_file_needs_force_and_never_onto_the_journal(journal_path, tmp_path):
    _files_fill(journal_path)
    target = tmp_path / "copy.db"
    target.write_bytes(b"an older copy")
    os.chmod(target, 0o644)
    refused = _files_run(journal_path, "backup", str(target))
    assert refused.returncode == 1 and "--force" in refused.stderr
    assert target.read_bytes() == b"an older copy"
    forced = _files_run(journal_path, "backup", str(target), "--force")
    assert forced.returncode == 0, forced.stderr
    assert _complete(target, {"entries": 10}) and stat.S_IMODE(target.stat().st_mode) == 0o600
    before = journal_path.read_bytes()
    itself = _files_run(journal_path, "backup", str(journal_path), "--force")
    assert itself.returncode == 1 and _one_sentence(itself.stderr)
    assert journal_path.read_bytes() == before


def test_report_svg_leaves_private_entries_tags_out(journal_path, tmp_path):
    _files_fill(journal_path, private_tag=True)
    picture = tmp_path / "report.svg"
    result = _files_run(journal_path, "report", "--weeks", "2", "--svg", str(picture))
    assert result.returncode == 0, result.stderr
    assert SECRET_TAG in result.stdout  # the user's own screen keeps them
    svg = picture.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and SECRET_TAG not in svg
    assert stat.S_IMODE(picture.stat().st_mode) == 0o600
    again = _files_run(journal_path, "report", "--svg", str(picture))
    assert again.returncode == 1 and "--force" in again.stderr
    assert picture.read_text(encoding="utf-8") == svg


# -- item 4: kill -9 during a backup or the copy before a migration ---------------------------


def _files_big_journal(journal: Path) -> dict[str, int]:
    """A journal of about 48 MB (a filler table), so that a copy takes a while."""
    _files_fill(journal, days=3)
    conn = sqlite3.connect(journal)
    try:
        conn.execute("CREATE TABLE filler (b BLOB)")
        conn.executemany("INSERT INTO filler VALUES (randomblob(1048576))", [()] * 48)
        conn.commit()
    finally:
        conn.close()
    return {"entries": 3, "filler": 48}


def _files_kill_when(process: subprocess.Popen, appeared, delay: float) -> None:
    """kill -9 ``process`` ``delay`` seconds after ``appeared()`` first holds (or at its end)."""
    deadline = time.monotonic() + 60
    while not appeared() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.0005)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()


def test_kill_9_during_backup_leaves_no_copy_that_is_not_complete(journal_path, tmp_path):
    expected = _files_big_journal(journal_path)
    folder = tmp_path / "copies"
    folder.mkdir()
    env = _files_env(journal_path)
    for delay in (0, 0, 0.005, 0.02, 0.05, random.uniform(0, 0.1)):
        process = subprocess.Popen([sys.executable, "-m", "veerkracht", "backup", str(folder)],
                                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _files_kill_when(process, lambda: any(folder.iterdir()), delay)
        for copy in folder.iterdir():
            if not copy.name.startswith("."):  # a named copy must be a whole one
                assert _complete(copy, expected), (delay, copy.name, copy.stat().st_size)
    retry = _files_run(journal_path, "backup", str(folder))  # very likely the same second
    assert retry.returncode == 0, retry.stderr
    named = [copy for copy in folder.iterdir() if not copy.name.startswith(".")]
    assert named and all(_complete(copy, expected) for copy in named)


def test_backups_in_the_same_second_get_names_of_their_own(journal_path, tmp_path):
    """Every name a backup in the next minute could get is already taken: none fails."""
    _files_fill(journal_path, days=2)
    backups = journal_path.parent / "backups"
    backups.mkdir()
    # Asked of the clock, as the backup does: VEERKRACHT_TODAY fixes the day (the name's date
    # below) and the clock keeps the real time of day, which is all this test takes from it.
    now = clock.now()
    for second in range(-2, 90):
        stamp = (now + timedelta(seconds=second)).strftime("%H%M%S")
        (backups / f"journal-20261127-{stamp}.db").write_bytes(b"taken")
    for _ in range(3):
        result = _files_run(journal_path, "backup")
        assert result.returncode == 0 and "already exists" not in result.stderr, result.stderr
    made = [copy for copy in backups.iterdir() if copy.read_bytes()[:6] == b"SQLite"]
    assert len(made) == 3 and all(_complete(copy, {"entries": 2}) for copy in made)
    assert all(copy.stem.rsplit("-", 1)[1].isdigit() for copy in made)  # NAME-STAMP-N.db


MIGRATOR = """
import sys
from pathlib import Path
from veerkracht.db import journal
from veerkracht.db.migrations import migrations

def m009_noop(db):
    db.execute("CREATE TABLE IF NOT EXISTS later (x)")

migrations._migrations.append(migrations._Migration("m009_noop", m009_noop))
journal.KNOWN_MIGRATIONS = (*journal.KNOWN_MIGRATIONS, "m009_noop")
journal.file_stamp = lambda: "20261127-101010"  # every run in the same second
print(journal.Journal.open(Path(sys.argv[1]), write=True).migration_backup, flush=True)
"""


def test_kill_9_during_the_copy_before_a_migration_then_a_retry_in_the_same_second(journal_path):
    expected = _files_big_journal(journal_path)
    folder = journal_path.parent

    def copy_started() -> bool:
        return any("before-m009" in name for name in os.listdir(folder))

    for delay in (0, 0, 0.01):
        process = subprocess.Popen([sys.executable, "-c", MIGRATOR, str(journal_path)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        _files_kill_when(process, copy_started, delay)
        process.communicate()
        for copy in folder.glob("journal.before-*"):  # a "-journal" file here is a failure too
            assert _complete(copy, expected), (delay, copy.name, copy.stat().st_size)
        assert not folder.joinpath("journal.db-journal").exists() or _complete(journal_path, expected)
        if any(folder.glob("journal.before-*")):
            break  # the migration got through before the kill: nothing more to try
    retry = subprocess.run([sys.executable, "-c", MIGRATOR, str(journal_path)], capture_output=True,
                           text=True, timeout=120)
    assert retry.returncode == 0, retry.stderr
    if retry.stdout.strip() == "None":  # a round got through before its kill: already copied
        assert any(folder.glob("journal.before-m009_noop-*.db"))
        return
    made = Path(retry.stdout.strip())
    assert made.name.startswith("journal.before-m009_noop-20261127-101010")
    assert _complete(made, expected)


def test_a_taken_migration_copy_name_gets_a_number(journal_path):
    _files_fill(journal_path, days=2)
    taken = journal_path.with_name("journal.before-m009_noop-20261127-101010.db")
    taken.write_bytes(b"from an earlier attempt")
    retry = subprocess.run([sys.executable, "-c", MIGRATOR, str(journal_path)], capture_output=True,
                           text=True, timeout=120)
    assert retry.returncode == 0, retry.stderr
    assert retry.stdout.strip() == str(journal_path.with_name("journal.before-m009_noop-20261127-101010-2.db"))
    assert taken.read_bytes() == b"from an earlier attempt"


# -- item 5: reads that never end ----------------------------------------------------------------


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_import_of_a_link_to_a_device_is_refused_at_once(journal_path, tmp_path, device):
    link = tmp_path / "export.json"
    link.symlink_to(device)
    started = time.monotonic()
    result = _files_run(journal_path, "import", str(link), timeout=30, preexec=_memory_cap)
    assert result.returncode == 1 and "not an ordinary file" in result.stderr, result.stderr[-500:]
    assert _one_sentence(result.stderr) and time.monotonic() - started < 20
    assert not journal_path.exists()


def test_import_of_a_fifo_does_not_wait_for_a_writer(journal_path, tmp_path):
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    result = _files_run(journal_path, "import", str(fifo), timeout=30)
    assert result.returncode == 1 and "not an ordinary file" in result.stderr
    assert _one_sentence(result.stderr)


def test_log_from_an_endless_stdin_stops_at_the_limit(journal_path):
    with open("/dev/zero", "rb") as endless:
        result = _files_run(journal_path, "log", "5", "-", stdin=endless, timeout=30, preexec=_memory_cap)
    assert result.returncode == 2 and "Standard input holds more than" in result.stderr, result.stderr[-500:]
    assert _one_sentence(result.stderr) and not journal_path.exists()


def test_log_from_stdin_still_reads_text_as_given(journal_path, tmp_path):
    source = tmp_path / "notes.txt"
    source.write_bytes("Eerste regel\nTweede – é\n".encode())
    with open(source, "rb") as handle:
        result = _files_run(journal_path, "log", "5", "-", stdin=handle)
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(journal_path)
    try:
        assert conn.execute("SELECT reflection FROM entries").fetchone()[0] == "Eerste regel\nTweede – é"
    finally:
        conn.close()


def test_an_editor_that_leaves_a_link_to_a_device_is_refused(journal_path, tmp_path):
    _files_fill(journal_path, days=1)
    editor = tmp_path / "editor"
    editor.write_text(f"#!{sys.executable}\nimport os, sys\nos.unlink(sys.argv[1])\n"
                      "os.symlink('/dev/zero', sys.argv[1])\n")
    editor.chmod(0o755)
    result = _files_run(journal_path, "log", "5", "-e", timeout=30, preexec=_memory_cap, EDITOR=str(editor))
    assert result.returncode == 1 and "ordinary file" in result.stderr, result.stderr[-500:]
    assert _one_sentence(result.stderr)


# -- item 11: encryption's plain copies and the editor's text ------------------------------------


@pytest.fixture
def _files_sqlcipher():
    pytest.importorskip("sqlcipher3", reason="the encryption extra is not installed")


def test_encrypt_names_only_this_journals_own_plain_copies(_files_sqlcipher, journal_path):
    _files_fill(journal_path, days=2)
    other = journal_path.with_name("other.db")
    _files_fill(other, days=2)
    assert _files_run(other, "backup").returncode == 0  # backups/other-STAMP.db
    assert _files_run(journal_path, "backup").returncode == 0  # backups/journal-STAMP.db
    [own] = (journal_path.parent / "backups").glob("journal-*.db")
    [others] = (journal_path.parent / "backups").glob("other-*.db")
    result = _files_run(journal_path, "encrypt", VEERKRACHT_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    said = " ".join(result.stderr.split())
    assert str(own) in said and others.name not in said


def test_the_editors_text_of_an_encrypted_journal_stays_private_and_goes_after_a_kill(
        _files_sqlcipher, journal_path, tmp_path):
    _files_fill(journal_path, days=1)
    assert _files_run(journal_path, "encrypt", VEERKRACHT_PASSPHRASE=PASSPHRASE).returncode == 0
    shared_tmp = tmp_path / "shared-tmp"
    shared_tmp.mkdir()
    marker = tmp_path / "editing"
    editor = tmp_path / "editor"
    editor.write_text(f"#!{sys.executable}\nimport sys, time\n"
                      f"open({str(marker)!r}, 'w').write(sys.argv[1])\ntime.sleep(60)\n")
    editor.chmod(0o755)
    env = _files_env(journal_path, EDITOR=str(editor), TMPDIR=str(shared_tmp),
                     VEERKRACHT_PASSPHRASE=PASSPHRASE)
    process = subprocess.Popen([sys.executable, "-m", "veerkracht", "log", "5", "plain words", "-e"],
                               env=env, start_new_session=True, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.05)  # the marker is written before the editor could be killed halfway
    os.killpg(process.pid, signal.SIGKILL)  # veerkracht and its editor at once
    process.wait()
    edited = Path(marker.read_text())
    assert edited.exists() and "plain words" in edited.read_text()
    assert not edited.is_relative_to(shared_tmp) and list(shared_tmp.iterdir()) == []
    assert edited.parent.parent == journal_path.parent  # a folder beside the journal
    assert stat.S_IMODE(edited.parent.stat().st_mode) == 0o700
    later = _files_run(journal_path, "entries", VEERKRACHT_PASSPHRASE=PASSPHRASE)
    assert later.returncode == 0, later.stderr
    assert not edited.exists() and not edited.parent.exists()


def test_an_edit_that_finishes_leaves_nothing_behind(journal_path, tmp_path):
    _files_fill(journal_path, days=1)
    editor = tmp_path / "editor"
    editor.write_text(f"#!{sys.executable}\nimport sys\nopen(sys.argv[1], 'w').write('edited')\n")
    editor.chmod(0o755)
    result = _files_run(journal_path, "log", "5", "-e", EDITOR=str(editor))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in journal_path.parent.iterdir() if p.name.startswith(".")) == []


def test_an_editor_that_removes_its_file_gets_one_sentence(journal_path, tmp_path):
    _files_fill(journal_path, days=1)
    editor = tmp_path / "editor"
    editor.write_text(f"#!{sys.executable}\nimport os, sys\nos.unlink(sys.argv[1])\n")
    editor.chmod(0o755)
    result = _files_run(journal_path, "log", "5", "-e", EDITOR=str(editor))
    assert result.returncode == 1 and _one_sentence(result.stderr), result.stderr
