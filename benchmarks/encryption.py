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

Needs the extra:  .venv/bin/pip install -e '.[encryption]'
Usage (from the project root):  .venv/bin/python benchmarks/encryption.py [--rounds 15]
"""

from __future__ import annotations

import argparse
import os
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
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - started


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
    plain_cmd = [VEERKRACHT, "--journal", str(plain), *args]
    secret_cmd = [VEERKRACHT, "--journal", str(encrypted), *args]
    noop = [sys.executable, "-c", NOOP]
    secret_env = secret_env or env
    run(plain_cmd, env), run(secret_cmd, secret_env), run(noop, env)  # warm the caches
    rows = []
    for n in range(rounds):  # the order alternates, so neither side always runs first
        base = run(noop, env)
        if n % 2:
            secret, took = run(secret_cmd, secret_env), run(plain_cmd, env)
        else:
            took, secret = run(plain_cmd, env), run(secret_cmd, secret_env)
        rows.append((base, took, secret))
    base = statistics.median(n for n, _, _ in rows)
    took_plain = statistics.median(p for _, p, _ in rows)
    took_secret = statistics.median(s for _, _, s in rows)
    ratio = statistics.median(s / p for _, p, s in rows)
    print(f"{name:<22} plain {took_plain * 1000:5.0f} ms ({took_plain / base:.2f}x Typer)   "
          f"encrypted {took_secret * 1000:5.0f} ms ({took_secret / base:.2f}x Typer)   "
          f"encrypted/plain {ratio:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15)
    rounds = parser.parse_args().rounds
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "VEERKRACHT_INTERACTIVE": "0",
           "VEERKRACHT_PASSPHRASE": PASSPHRASE}
    env.pop("VEERKRACHT_JOURNAL", None)
    with tempfile.TemporaryDirectory() as folder:
        plain, encrypted = Path(folder) / "plain.db", Path(folder) / "encrypted.db"
        how = build(plain)
        shutil.copy(plain, encrypted)
        subprocess.run([VEERKRACHT, "--journal", str(encrypted), "encrypt"], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(f"journal: {how}; {rounds} paired rounds; medians")
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
        remembered(Path(folder), plain, rounds, env)


def remembered(folder: Path, plain: Path, rounds: int, env: dict) -> None:
    """The same commands on a journal whose key is remembered in a keyring (issue 17): no
    passphrase in the environment, the keyring backend a file (benchmarks/file_keyring.py)."""
    try:
        import keyring  # noqa: F401  the extra's keyring package
    except ImportError:
        print("(keyring not installed: the remembered journal is not measured)")
        return
    kept = folder / "kept.db"
    shutil.copy(plain, kept)
    keyed = {**env, "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
             "BENCH_KEYRING_FILE": str(folder / "keyring.json"),
             "XDG_CONFIG_HOME": str(folder / "config"),
             "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).parent), env.get("PYTHONPATH")]))}
    subprocess.run([VEERKRACHT, "--journal", str(kept), "encrypt", "--remember"], check=True, env=keyed,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    keyed.pop("VEERKRACHT_PASSPHRASE")
    print("remembered in the keyring (its derived key, no passphrase in the environment):")
    measure("log 7 \"text\"", ["log", "7", "A benchmark reflection"], plain, kept, rounds, env, keyed)
    for name, args in (("entries --last 30", ["entries", "--last", "30"]), ("search team", ["search", "team"]),
                       ("report", ["report"]), ("veerkracht (status)", [])):
        measure(name, args, plain, kept, rounds, env, keyed)


if __name__ == "__main__":
    main()
