"""The guarantees of docs/design.md with real processes: kill -9, concurrent writers, Ctrl-C, exit codes."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from veerkracht.db.journal import KNOWN_MIGRATIONS

pytestmark = pytest.mark.guarantees

WRITER = """
import sys
from datetime import date
from pathlib import Path
from veerkracht.db.journal import Journal
from veerkracht.domain.models import EntryIn
from veerkracht.store import entries

journal = Journal.open(Path(sys.argv[1]), write=True)
print("ready", flush=True)
n = 0
while True:
    n += 1
    entries.add(journal, EntryIn(day=date(2026, 11, 27), energy=n % 11, reflection="r" * 5000 + str(n),
                                 tags=["a", "b", "c"]))
"""


def integrity(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0], conn.execute(
            "SELECT count(*), "
            "total(reflection LIKE 'rrr%' AND (SELECT count(*) FROM entry_tags t WHERE t.entry_id = e.id) != 3), "
            "total(reflection LIKE 'rrr%' AND length(reflection) < 5001) FROM entries e"
        ).fetchone()
    finally:
        conn.close()


def test_kill_9_during_writes_leaves_no_half_record(journal_path):
    env = {**os.environ, "VEERKRACHT_INTERACTIVE": "0"}
    for round_ in range(6):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(journal_path)], stdout=subprocess.PIPE, text=True, env=env
        )
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(0.15 + 0.05 * round_)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        check, (count, without_tags, short) = integrity(journal_path)
        assert check == "ok"
        assert count > 0
        assert without_tags == 0 and short == 0


def test_kill_9_of_the_log_command_at_random_moments(journal_path, run_process):
    env = {**os.environ, "VEERKRACHT_INTERACTIVE": "0"}
    assert run_process("log", "5", "first").returncode == 0
    for delay in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3):
        process = subprocess.Popen(
            [sys.executable, "-m", "veerkracht", "log", "6", "x" * 20000, "-t", "a", "-t", "b", "-t", "c"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
    conn = sqlite3.connect(journal_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute(
            "SELECT reflection, (SELECT count(*) FROM entry_tags WHERE entry_id = e.id) FROM entries e"
        ).fetchall()
    finally:
        conn.close()
    assert rows[0] == ("first", 0)
    assert all(text == "x" * 20000 and tags == 3 for text, tags in rows[1:])


def test_eight_processes_logging_at_once_lose_nothing(tmp_path):
    path = tmp_path / "fresh" / "journal.db"  # not even created yet: they race to create it
    env = {**os.environ, "VEERKRACHT_JOURNAL": str(path), "VEERKRACHT_INTERACTIVE": "0"}
    script = (
        "import sys, subprocess\n"
        "for i in range(5):\n"
        "    r = subprocess.run([sys.executable, '-m', 'veerkracht', 'log', '7', f'w{sys.argv[1]}-{i}'],"
        " capture_output=True, text=True)\n"
        "    sys.stdout.write(f'{r.returncode}|{r.stderr}')\n"
    )
    writers = [
        subprocess.Popen([sys.executable, "-c", script, str(n)], env=env, stdout=subprocess.PIPE, text=True)
        for n in range(8)
    ]
    outputs = [writer.communicate(timeout=240)[0] for writer in writers]
    for output in outputs:
        assert "locked" not in output.lower()
        assert output.count("0|Logged for") == 5, output
    conn = sqlite3.connect(path)
    try:
        texts = {row[0] for row in conn.execute("SELECT reflection FROM entries")}
    finally:
        conn.close()
    assert texts == {f"w{n}-{i}" for n in range(8) for i in range(5)}


def spawn_log(*args):
    pexpect = pytest.importorskip("pexpect")
    env = {**os.environ, "VEERKRACHT_INTERACTIVE": "1", "COLUMNS": "80"}
    return pexpect.spawn(sys.executable, ["-m", "veerkracht", "log", *args], env=env, encoding="utf-8", timeout=30)


def test_ctrl_c_at_the_first_log_prompt_writes_nothing(journal_path):
    child = spawn_log()
    child.expect("0 = empty")
    child.sendintr()
    child.expect("Stopped. Nothing was logged.")
    child.wait()
    assert child.exitstatus == 130
    assert not journal_path.exists()


def test_ctrl_c_after_answers_keeps_them_as_a_whole_entry(journal_path):
    child = spawn_log("-t", "team")
    child.expect("0 = empty")
    child.sendline("6")
    child.expect("reflection")
    child.sendline("Long day")
    child.expect("win")
    child.sendintr()
    child.expect("Logged for Fri 27 Nov 2026")
    child.expect("What you had answered is logged")
    child.wait()
    assert child.exitstatus == 130
    conn = sqlite3.connect(journal_path)
    try:
        assert conn.execute("SELECT energy, reflection, win FROM entries").fetchall() == [(6, "Long day", None)]
        assert conn.execute("SELECT tag FROM entry_tags").fetchall() == [("team",)]
    finally:
        conn.close()


def test_a_real_terminal_gets_the_prompts_without_any_setting(journal_path):
    pexpect = pytest.importorskip("pexpect")
    env = {key: value for key, value in os.environ.items() if key != "VEERKRACHT_INTERACTIVE"}
    child = pexpect.spawn(sys.executable, ["-m", "veerkracht", "log"], env=env, encoding="utf-8", timeout=30)
    child.expect("0 = empty")
    child.sendline("8")
    child.expect("reflection")
    child.sendline("Calm day [b]really[/b]")
    child.expect("win")
    child.sendline("")
    child.expect("Tags")
    child.sendline("")
    child.expect("Logged for Fri 27 Nov 2026")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    conn = sqlite3.connect(journal_path)
    assert conn.execute("SELECT energy, reflection FROM entries").fetchall() == [(8, "Calm day [b]really[/b]")]
    conn.close()


def test_exit_codes_of_a_real_process(run_process, journal_path):
    assert run_process("--version").stdout.startswith("veerkracht ")
    assert run_process("log", "7", "fine").returncode == 0
    bad = run_process("log", "11")
    assert bad.returncode == 2 and "energy:" in bad.stderr and "Traceback" not in bad.stderr
    missing = run_process("entries", "show", "ffffffff")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert run_process("nonsense").returncode == 2
    started = time.monotonic()
    hang = run_process("log", timeout=20)
    assert hang.returncode == 2 and time.monotonic() - started < 20


def test_debug_shows_the_traceback(run_process):
    result = run_process("log", "11", env={"VEERKRACHT_DEBUG": "1"})
    assert result.returncode != 0
    assert "Traceback" in result.stderr or "InvalidValue" in result.stderr


def test_backup_while_another_process_writes(journal_path, run_process, tmp_path):
    env = {**os.environ, "VEERKRACHT_INTERACTIVE": "0"}
    assert run_process("log", "5", "seed").returncode == 0
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(journal_path)], stdout=subprocess.PIPE, text=True, env=env)
    assert writer.stdout.readline().strip() == "ready"
    try:
        copies = []
        for n in range(3):
            target = tmp_path / f"copy{n}.db"
            result = run_process("backup", str(target))
            assert result.returncode == 0, result.stderr
            copies.append(target)
            time.sleep(0.1)
    finally:
        writer.kill()
        writer.wait()
    for copy in copies:
        check, (count, without_tags, short) = integrity(copy)
        assert check == "ok" and without_tags == 0
        assert oct(copy.stat().st_mode & 0o777) == "0o600"
        listed = run_process("--journal", str(copy), "entries", "--all", "--json")
        assert len(json.loads(listed.stdout)) == count


MIGRATOR = """
import sys, time
from pathlib import Path
from veerkracht.db import journal
from veerkracht.db.migrations import migrations

def m002_slow(db):
    db.execute("ALTER TABLE entries ADD COLUMN slow TEXT")
    db.execute("UPDATE entries SET slow = 'half'")
    print("migrating", flush=True)
    time.sleep(30)

migrations._migrations.append(migrations._Migration("m002_slow", m002_slow))
journal.KNOWN_MIGRATIONS = (*journal.KNOWN_MIGRATIONS, "m002_slow")
journal.Journal.open(Path(sys.argv[1]), write=True)
"""


def test_kill_9_during_a_migration_leaves_the_old_journal(journal_path, run_process):
    assert run_process("log", "5", "before").returncode == 0
    process = subprocess.Popen([sys.executable, "-c", MIGRATOR, str(journal_path)], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "migrating"
    process.send_signal(signal.SIGKILL)
    process.wait()
    conn = sqlite3.connect(journal_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert "slow" not in [row[1] for row in conn.execute("PRAGMA table_info(entries)")]
        applied = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")]
        assert applied == list(KNOWN_MIGRATIONS)
    finally:
        conn.close()
    assert list(journal_path.parent.glob("journal.before-m002_slow-*.db"))  # the copy was made first
    again = run_process("log", "6", "after")
    assert again.returncode == 0, again.stderr


def test_concurrent_writers_across_commands(tmp_path):
    """Eight processes at once, four kinds of write: nothing lost, no 'database is locked'."""
    path = tmp_path / "journal.db"
    env = {**os.environ, "VEERKRACHT_JOURNAL": str(path), "VEERKRACHT_INTERACTIVE": "0"}
    commands = {
        "log": lambda n, i: ["log", "6", f"log {n}-{i}"],
        "connect": lambda n, i: ["connect", f"Person {n}-{i}", "--care"],
        "action": lambda n, i: ["actions", "add", f"Action {n}-{i}"],
        "review": lambda n, i: ["review", "add", f"Item {n}-{i}", "--urgent", "--important"],
    }
    script = (
        "import json, subprocess, sys\n"
        "for args in json.loads(sys.argv[1]):\n"
        "    r = subprocess.run([sys.executable, '-m', 'veerkracht', *args], capture_output=True, text=True)\n"
        "    sys.stdout.write(f'{r.returncode}|{r.stderr}\\n')\n"
    )
    writers = []
    for n in range(8):
        kind = list(commands)[n % 4]
        plan = [commands[kind](n, i) for i in range(4)]
        writers.append(
            subprocess.Popen([sys.executable, "-c", script, json.dumps(plan)], env=env, stdout=subprocess.PIPE, text=True)
        )
    outputs = "".join(writer.communicate(timeout=300)[0] for writer in writers)
    assert "locked" not in outputs.lower()
    assert outputs.count("0|") == 32, outputs
    conn = sqlite3.connect(path)
    try:
        counts = [conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("entries", "connections", "actions", "review_items")]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert counts == [8, 8, 8, 8]


FLOW_WRITER = """
import sys
from pathlib import Path
from veerkracht.db.journal import Journal
from veerkracht.domain.models import AnswerIn, ReviewItemIn
from veerkracht.store import cycles, reviews

journal = Journal.open(Path(sys.argv[1]), write=True)
print("ready", flush=True)
n = 0
while True:
    n += 1
    cycle_id = cycles.start(journal, lang="en", prompts=["slow.values.1", "slow.connect.1"], values=[])
    for prompt in ("slow.values.1", "slow.connect.1"):
        cycles.save_answer(journal, cycle_id, AnswerIn(phase="vertragen", pillar=prompt.split(".")[1],
                           prompt_id=prompt, text="answer " * 500 + str(n)))
    review = reviews.ensure(journal, f"{2000 + n // 50}-W{n % 50 + 1:02d}", "en")
    reviews.add_item(journal, review["id"], ReviewItemIn(title="item " * 50 + str(n), urgent=True,
                     important=n % 2 == 0, note="note " * 200))
"""


def test_kill_9_during_cycle_answers_and_review_items(journal_path):
    env = {**os.environ, "VEERKRACHT_INTERACTIVE": "0"}
    for round_ in range(5):
        writer = subprocess.Popen([sys.executable, "-c", FLOW_WRITER, str(journal_path)], stdout=subprocess.PIPE, text=True, env=env)
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(0.2 + 0.07 * round_)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    conn = sqlite3.connect(journal_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        answers, short = conn.execute(
            "SELECT count(*), total(length(text) < 3500) FROM cycle_answers"
        ).fetchone()
        indexed = conn.execute("SELECT count(*) FROM search_index WHERE kind = 'cycle_answer'").fetchone()[0]
        items = conn.execute("SELECT count(*) FROM review_items").fetchone()[0]
        item_rows = conn.execute("SELECT count(*) FROM search_index WHERE kind = 'review_item'").fetchone()[0]
    finally:
        conn.close()
    assert answers > 0 and short == 0 and indexed == answers
    assert items > 0 and item_rows == 2 * items  # title and note, always together


def import_under_test(tmp_path, run_process, *demo: str) -> tuple:
    """(the export of a ``demo`` journal, its number of entries, a journal holding one entry
    of its own, the environment of an import into it)."""
    source, target = tmp_path / "source.db", tmp_path / "target.db"
    assert run_process("demo", *demo, "--journal", str(source)).returncode == 0
    dump = tmp_path / "all.json"
    exported = run_process("--journal", str(source), "export", "--format", "json", "--include-private", "-o", str(dump))
    assert exported.returncode == 0, exported.stderr
    expected = sqlite3.connect(source).execute("SELECT count(*) FROM entries").fetchone()[0]
    assert run_process("--journal", str(target), "log", "5", "mine").returncode == 0
    env = {**os.environ, "VEERKRACHT_JOURNAL": str(target), "VEERKRACHT_INTERACTIVE": "0"}
    return dump, expected, target, env


def test_kill_9_during_an_import_leaves_all_or_nothing(tmp_path, run_process):
    """One transaction: a killed import leaves the journal as it was, or with everything."""
    dump, expected, target, env = import_under_test(tmp_path, run_process, "--years", "3")
    for delay in (0.3, 0.5, 0.7, 0.9):
        process = subprocess.Popen([sys.executable, "-m", "veerkracht", "import", str(dump)], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        conn = sqlite3.connect(target)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            count = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
        finally:
            conn.close()
        assert count in (1, expected + 1)


# Runs the console script's entry with one moment of the import held up: it says "held" on
# standard output then and waits, so a Ctrl-C lands exactly there. "in-commit": the process
# sends itself the SIGINT the instant the import's commit returns, as a Ctrl-C pressed while
# SQLite commits would arrive.
HELD = """
import os, signal, sys, time
from veerkracht.db import journal as journals
from veerkracht.store import importing as merge

def hold():
    print("held", flush=True)
    time.sleep(60)

if sys.argv[1] == "mid-write":  # after the entries are written, inside the transaction
    write = merge._write
    def _write(journal, table, rows):
        write(journal, table, rows)
        if table == "entries":
            hold()
    merge._write = _write
elif sys.argv[1] == "in-commit":
    applied = []
    apply = merge.apply
    def _apply(journal, planned):
        apply(journal, planned)
        applied.append(True)
    merge.apply = _apply
    translate = journals._translate
    def _translate(run, path):
        done = translate(run, path)
        if applied and getattr(run, "__name__", "") == "commit":
            print("held", flush=True)
            os.kill(os.getpid(), signal.SIGINT)
        return done
    journals._translate = _translate
else:  # after the commit, while the journal closes (the first time: the exit closes it again)
    close = journals.Journal.close
    held = []
    def closing(journal):
        if not held:
            held.append(True)
            hold()
        close(journal)
    journals.Journal.close = closing
sys.argv = ["veerkracht", *sys.argv[2:]]
from veerkracht.entry import run
run()
"""


@pytest.mark.parametrize("moment", ["mid-write", "in-commit", "after-commit"])
def test_ctrl_c_during_an_import_says_what_became_of_it(tmp_path, run_process, moment):
    """Ctrl-C (a real SIGINT) in the middle of writing an import undoes all of it and says so
    in one sentence; once committed, the import is whole and the sentence says that."""
    dump, expected, target, env = import_under_test(tmp_path, run_process, "--weeks", "30")
    process = subprocess.Popen([sys.executable, "-c", HELD, moment, "import", str(dump)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    if moment != "in-commit":
        process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130 and "Traceback" not in err, err
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    if moment == "mid-write":
        assert " ".join(err.split()) == "Stopped. Nothing was imported; the journal is as it was."
        assert count == 1
    else:
        assert " ".join(err.split()) == ("Stopped, but the import had already finished: "
                                         "everything in the file is in the journal.")
        assert count == expected + 1
