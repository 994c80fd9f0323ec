"""Time veerkracht's commands against a do-nothing Typer app, as paired ratios (DESIGN §8).

Usage: python benchmarks/bench.py [--runs N] [--only=help,log,...]

Each budget is the median, over N pairs, of (command time / baseline time), where the
baseline is a Typer app that does nothing, run with the same interpreter just before or
after the command (the order alternates). Timings are wall-clock times of whole processes,
measured with time.perf_counter around subprocess.run. Run it with the venv's python: the
script times the `veerkracht` script beside that python, never a pyenv shim.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
NOOP = "import typer\napp = typer.Typer()\n\n@app.command()\ndef main():\n    pass\n\napp()\n"


def cases(work: Path) -> list[tuple[str, list[str], float, Path]]:
    """(name, arguments, budget, journal) for every row of the table."""
    ten = work / "ten-years.db"
    return [
        ("--help", ["--help"], 1.3, ten),
        ("log 7 \"text\"", ["log", "7", "A benchmark entry"], 1.3, ten),
        ("entries --last 30", ["entries", "--last", "30"], 1.6, ten),
        ("search", ["search", "team"], 1.6, ten),
    ]


def build_journal(path: Path, days: int = 3650) -> None:
    """A journal with one entry a day for ``days`` days (the benchmark's 10 years)."""
    if path.exists():
        return
    code = (
        "import sys\nfrom datetime import date, timedelta\nfrom pathlib import Path\n"
        "from veerkracht.journal import Journal, new_id, now_utc\n"
        "j = Journal.open(Path(sys.argv[1]), write=True)\n"
        "words = ['team', 'board', 'sprint', 'walk', 'budget', 'retro', 'coach', 'sleep']\n"
        "end = date(2026, 11, 27)\n"
        "with j.write():\n"
        "    for n in range(int(sys.argv[2])):\n"
        "        day = end - timedelta(days=n)\n"
        "        i = new_id()\n"
        "        j.execute('INSERT INTO entries (id, day, logged_at, energy, reflection, win) VALUES (?,?,?,?,?,?)',\n"
        "                  (i, day.isoformat(), now_utc(), (n * 7) % 11, f'Day {n}: {words[n % 8]} and {words[(n * 3) % 8]}', None))\n"
        "        j.execute('INSERT INTO entry_tags VALUES (?, ?)', (i, words[n % 8]))\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path), str(days)], check=True)


def timed(argv: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def measure(args: list[str], journal: Path, noop: Path, runs: int) -> tuple[float, float, float]:
    env = {**os.environ, "VEERKRACHT_JOURNAL": str(journal), "VEERKRACHT_INTERACTIVE": "0", "NO_COLOR": "1"}
    command = [str(BIN / "veerkracht"), *args]
    baseline = [sys.executable, str(noop)]
    timed(command, env)  # warm the page cache and the bytecode
    ratios, ours, theirs = [], [], []
    for n in range(runs):
        if n % 2:
            t_cmd, t_base = timed(command, env), timed(baseline, env)
        else:
            t_base, t_cmd = timed(baseline, env), timed(command, env)
        ratios.append(t_cmd / t_base)
        ours.append(t_cmd)
        theirs.append(t_base)
    return statistics.median(ratios), statistics.median(ours), statistics.median(theirs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--only", default="", help="Comma-separated words; only rows whose name contains one.")
    parser.add_argument("--work", type=Path, default=HERE / "_work", help="Where the journals are built.")
    options = parser.parse_args()
    options.work.mkdir(parents=True, exist_ok=True)
    build_journal(options.work / "ten-years.db")
    with tempfile.TemporaryDirectory() as folder:
        noop = Path(folder) / "noop.py"
        noop.write_text(NOOP)
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}")
        print(f"{'operation':<28} {'median ratio':>12} {'budget':>7} {'ok':>3} {'ms (ours/noop)':>16}")
        failed = 0
        for name, args, budget, journal in cases(options.work):
            wanted = [word for word in options.only.split(",") if word]
            if wanted and not any(word in name for word in wanted):
                continue
            ratio, ours, base = measure(args, journal, noop, options.runs)
            ok = ratio <= budget
            failed += not ok
            print(f"{name:<28} {ratio:>12.2f} {budget:>6.1f}× {'yes' if ok else 'NO':>3} {ours * 1000:>8.0f}/{base * 1000:.0f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
