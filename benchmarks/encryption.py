"""The cost of encryption at rest: the same commands on a plain and on an encrypted journal.

Builds a 10-year journal (``veerkracht demo --years 10`` when the demo command is there,
otherwise 3,650 daily entries through the store), copies it, encrypts the copy with
``veerkracht encrypt``, then times each command on both, back to back in every round so both
see the same machine load. The figure is the median of the per-round ratios
encrypted / plain. It also times one SQLCipher key derivation on its own, since that is the
fixed cost every command on an encrypted journal pays once (SQLCipher 4 defaults:
PBKDF2-HMAC-SHA512, 256,000 iterations).

Measured on the 2-core development machine (Nov 2026, SQLCipher 4.12.0, 15 paired rounds,
demo --years 10): one key derivation 101 ms; encrypted / plain = 1.61 for ``log 7 "text"``,
1.54 for ``entries --last 30``, 1.53 for ``search``, 1.47 for ``report`` (about +120 to
+220 ms a command: the KDF, loading the driver, and decrypting the pages read). The KDF
setting is SQLCipher 4's default and is kept on purpose: it is what makes a guessed
passphrase expensive to try.

The journal remembered with ``encrypt --remember`` (issue 17) is timed too, its keyring a file
(benchmarks/file_keyring.py) that keyring finds among the installed plugins as it finds a
user's, with the plain journal and the do-nothing app in the same environment as the encrypted
one; ``--before SRC`` adds an A/B of the installed code against a copy of an older src/, and
``--instructions`` the instructions each remembered command executes under valgrind's
callgrind, plain and encrypted (benchmarks/README.md, "third pass").

Needs the extra:  .venv/bin/pip install -e '.[encryption]'
Usage (from the project root):  .venv/bin/python benchmarks/encryption.py [--rounds 15]
    [--copy-of benchmarks/_work/ten-years.db] [--only-remembered] [--keyring-env] [--before SRC]
    [--instructions]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

BIN = Path(sys.executable).parent
VEERKRACHT = str(BIN / "veerkracht")
PASSPHRASE = "benchmark passphrase"
NOOP = "import typer\napp = typer.Typer()\n@app.command()\ndef main(x: int = 0):\n    pass\napp()\n"


def run(command: list[str], env: dict[str, str]) -> float:
    return timed(command, env)[0]


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock seconds and CPU seconds (user + system) of one run of ``command``."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise subprocess.CalledProcessError(status, command)
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime


def has_command(name: str) -> bool:
    from veerkracht.app import COMMANDS

    return name in COMMANDS and _importable(COMMANDS[name])


def _importable(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def build(path: Path) -> str:
    """A 10-year journal; says how it was made."""
    if has_command("demo"):
        # Not check=True: the journal is what counts, whatever showing it afterwards says.
        subprocess.run([VEERKRACHT, "demo", "--years", "10", "--journal", str(path)],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not path.exists():
            raise SystemExit(f"demo did not build {path}")
        return "demo --years 10"
    from veerkracht.db.journal import Journal
    from veerkracht.domain.models import EntryIn
    from veerkracht.store import entries

    first = date.today() - timedelta(days=3649)
    with Journal.open(path, write=True) as journal, journal.write():
        for n in range(3650):
            entries.add(journal, EntryIn(day=first + timedelta(days=n), energy=(n * 7) % 11,
                                         reflection=f"Day {n}: a conversation with the team about priorities",
                                         win="kept the one-on-one", tags=["team", f"t{n % 5}"]))
    return "3,650 daily entries through the store"


def key_derivation() -> float:
    """Seconds for one PRAGMA key + first read (the KDF), median of 5."""
    from sqlcipher3 import dbapi2

    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "k.db")
        conn = dbapi2.connect(path)
        conn.execute("PRAGMA key = 'x'")
        conn.execute("CREATE TABLE t (a)")
        conn.close()
        times = []
        for _ in range(5):
            conn = dbapi2.connect(path)
            conn.execute("PRAGMA key = 'x'")
            started = time.perf_counter()
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            times.append(time.perf_counter() - started)
            conn.close()
        return statistics.median(times)


def measure(name: str, args: list[str], plain: Path, encrypted: Path, rounds: int, env: dict,
            secret_env: dict | None = None) -> None:
    """Paired rounds of one command on the plain and the encrypted journal, both in ``env``
    (the encrypted one in ``secret_env`` when given)."""
    plain_cmd = [VEERKRACHT, "--journal", str(plain), *args]
    secret_cmd = [VEERKRACHT, "--journal", str(encrypted), *args]
    noop = [sys.executable, "-c", NOOP]
    secret_env = secret_env or env
    run(plain_cmd, env), run(secret_cmd, secret_env), run(noop, env)  # warm the caches
    rows, cpu = [], []
    for n in range(rounds):  # the order alternates, so neither side always runs first
        base = run(noop, env)
        if n % 2:
            secret, took = timed(secret_cmd, secret_env), timed(plain_cmd, env)
        else:
            took, secret = timed(plain_cmd, env), timed(secret_cmd, secret_env)
        rows.append((base, took[0], secret[0]))
        cpu.append(secret[1] / took[1])
    base = statistics.median(n for n, _, _ in rows)
    took_plain = statistics.median(p for _, p, _ in rows)
    took_secret = statistics.median(s for _, _, s in rows)
    ratio = statistics.median(s / p for _, p, s in rows)
    print(f"{name:<22} plain {took_plain * 1000:5.0f} ms ({took_plain / base:.2f}x Typer)   "
          f"encrypted {took_secret * 1000:5.0f} ms ({took_secret / base:.2f}x Typer)   "
          f"encrypted/plain {ratio:.2f} (CPU {statistics.median(cpu):.2f})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--only-remembered", action="store_true",
                        help="time only the journal remembered in the keyring")
    parser.add_argument("--keyring-env", action="store_true",
                        help="name the keyring backend in PYTHON_KEYRING_BACKEND instead of letting "
                             "keyring find it among the installed plugins, as a user's is found")
    parser.add_argument("--before", metavar="SRC",
                        help="also time this copy of src/ (the code before a change) on the remembered "
                             "journal, alternating with the installed code: the ratio after / before")
    parser.add_argument("--instructions", action="store_true",
                        help="also count the instructions each remembered command executes, plain and "
                             "encrypted, under valgrind's callgrind (deterministic; ~30 s a command)")
    parser.add_argument("--copy-of", metavar="JOURNAL",
                        help="time a copy of this plain journal instead of building one "
                             "(e.g. benchmarks/_work/ten-years.db, which bench.py builds)")
    options = parser.parse_args()
    rounds = options.rounds
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "VEERKRACHT_INTERACTIVE": "0",
           "VEERKRACHT_PASSPHRASE": PASSPHRASE}
    env.pop("VEERKRACHT_JOURNAL", None)
    with tempfile.TemporaryDirectory() as folder:
        plain, encrypted = Path(folder) / "plain.db", Path(folder) / "encrypted.db"
        if options.copy_of:  # never the journal itself: commands here write (log) and encrypt
            shutil.copy(options.copy_of, plain)
            how = f"a copy of {options.copy_of}"
        else:
            how = build(plain)
        shutil.copy(plain, encrypted)
        subprocess.run([VEERKRACHT, "--journal", str(encrypted), "encrypt"], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(f"journal: {how}; {rounds} paired rounds; medians")
        if options.only_remembered:
            remembered(Path(folder), plain, rounds, env, options)
            return
        print(f"one key derivation (PBKDF2-HMAC-SHA512, 256,000 iterations): "
              f"{key_derivation() * 1000:.0f} ms")
        measure("log 7 \"text\"", ["log", "7", "A benchmark reflection"], plain, encrypted, rounds, env)
        if has_command("entries"):
            measure("entries --last 30", ["entries", "--last", "30"], plain, encrypted, rounds, env)
        else:
            print("entries --last 30      (not in this build; timing the dashboard instead)")
            measure("veerkracht (status)", [], plain, encrypted, rounds, env)
        for name, args in (("search team", ["search", "team"]), ("report", ["report"])):
            if has_command(args[0]):
                measure(name, args, plain, encrypted, rounds, env)
        remembered(Path(folder), plain, rounds, env, options)


REMEMBERED = (("log 7 \"text\"", ["log", "7", "A benchmark reflection"]),
              ("entries --last 30", ["entries", "--last", "30"]), ("search team", ["search", "team"]),
              ("report", ["report"]), ("veerkracht (status)", []))


def remembered(folder: Path, plain: Path, rounds: int, env: dict, options: argparse.Namespace) -> None:
    """The same commands on a journal whose key is remembered in a keyring (issue 17): no
    passphrase in the environment, the keyring backend a file (benchmarks/file_keyring.py).

    As a user's keyring is found: file_keyring is an installed plugin (an entry point in a
    ``.dist-info`` beside it), which keyring finds by scanning every installed package, unless
    ``--keyring-env`` names it in PYTHON_KEYRING_BACKEND (which spares keyring that scan).
    """
    try:
        import keyring  # noqa: F401  the extra's keyring package
    except ImportError:
        print("(keyring not installed: the remembered journal is not measured)")
        return
    kept = folder / "kept.db"
    shutil.copy(plain, kept)
    plugins = folder / "plugins"
    info = plugins / "bench_file_keyring-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: bench-file-keyring\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[keyring.backends]\nbench_file = file_keyring\n")
    keyed = {**env, "BENCH_KEYRING_FILE": str(folder / "keyring.json"),
             "XDG_CONFIG_HOME": str(folder / "config"),
             "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).parent), str(plugins),
                                                         env.get("PYTHONPATH")]))}
    keyed.pop("PYTHON_KEYRING_BACKEND", None)
    if options.keyring_env:
        keyed["PYTHON_KEYRING_BACKEND"] = "file_keyring.FileKeyring"
    subprocess.run([VEERKRACHT, "--journal", str(kept), "encrypt", "--remember"], check=True, env=keyed,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    keyed.pop("VEERKRACHT_PASSPHRASE")
    how = "named in PYTHON_KEYRING_BACKEND" if options.keyring_env else "found by keyring's plugin scan"
    print(f"remembered in the keyring (its derived key, no passphrase in the environment; backend {how}):")
    # Both sides, and the do-nothing app, run in the same environment: the plugin's folders on
    # PYTHONPATH are the harness's, not encryption's (every top-level import of any module looks
    # in them first), so the plain journal pays them too and the ratio is the journal's alone.
    for name, args in REMEMBERED:
        measure(name, args, plain, kept, rounds, keyed)
    if options.instructions:
        instructions(plain, kept, keyed)
    if options.before:
        before = {**keyed, "PYTHONPATH": os.pathsep.join([str(Path(options.before).resolve()), keyed["PYTHONPATH"]])}
        print(f"the same remembered journal, this code / the code in {options.before} (wall, CPU):")
        for name, args in REMEMBERED:
            compare(name, [VEERKRACHT, "--journal", str(kept), *args], keyed, before, rounds)


def instructions(plain: Path, kept: Path, env: dict) -> None:
    """Encrypted / plain in instructions executed, counted by valgrind's callgrind: the same
    count for the same binaries, inputs and environment whatever else the machine is doing, so
    it says what the wall-clock ratios say without their noise (but leaves out the kernel's
    share: mapping SQLCipher's library, reading the pages). One run a side; hashes seeded."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("(valgrind not found: no instruction counts)")
        return
    env = {**env, "PYTHONHASHSEED": "0"}
    print("the same commands in instructions executed (valgrind --tool=callgrind, one run a side):")
    for name, args in REMEMBERED:
        counts = [count_instructions(valgrind, [VEERKRACHT, "--journal", str(journal), *args], env)
                  for journal in (plain, kept)]
        print(f"{name:<22} plain {counts[0] / 1e6:6.0f} M   encrypted {counts[1] / 1e6:6.0f} M   "
              f"encrypted/plain {counts[1] / counts[0]:.3f}")


def count_instructions(valgrind: str, command: list[str], env: dict) -> int:
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "callgrind.log"
        subprocess.run([valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", f"--log-file={log}",
                        *command], check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        found = re.search(r"Collected : (\d+)", log.read_text())
    if found is None:
        raise SystemExit(f"callgrind printed no count for {command}")
    return int(found.group(1))


def compare(name: str, command: list[str], after: dict, before: dict, rounds: int) -> None:
    """Alternating runs of one command under two environments: median ratios after / before."""
    timed(command, after), timed(command, before)  # warm the caches (and compile the copy)
    pairs = []
    for n in range(rounds):
        if n % 2:
            old, new = timed(command, before), timed(command, after)
        else:
            new, old = timed(command, after), timed(command, before)
        pairs.append((new, old))
    wall = statistics.median(new[0] / old[0] for new, old in pairs)
    cpu = statistics.median(new[1] / old[1] for new, old in pairs)
    print(f"{name:<22} after {statistics.median(n[0] for n, _ in pairs) * 1000:5.0f} ms   "
          f"before {statistics.median(o[0] for _, o in pairs) * 1000:5.0f} ms   "
          f"after/before wall {wall:.2f}  CPU {cpu:.2f}")


if __name__ == "__main__":
    main()
