"""Time ``veerkracht report`` against a do-nothing Typer app (DESIGN §8).

Builds its data with ``veerkracht demo``: a 10-year journal, and one of about 100,000
entries (10 years, ~34 scores a logged day). Each round runs the baseline and the command
back to back, so both see the same machine load; the figure is the median of the ratios.

Usage (from the project root, with the venv made as in the README):
    .venv/bin/python benchmarks/report_speed.py [--rounds 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
VEERKRACHT = str(BIN / "veerkracht")
NOOP = (
    "import typer\napp = typer.Typer()\n@app.command()\ndef main(x: int = 0):\n    pass\napp()\n"
)


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - started


def build(path: Path, *extra: str) -> None:
    subprocess.run([VEERKRACHT, "demo", "--journal", str(path), *extra], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def measure(name: str, command: list[str], rounds: int, env: dict[str, str]) -> None:
    baseline = [sys.executable, "-c", NOOP]
    timed(command, env), timed(baseline, env)  # warm the caches
    pairs = [(timed(baseline, env), timed(command, env)) for _ in range(rounds)]
    base = statistics.median(b for b, _ in pairs)
    took = statistics.median(c for _, c in pairs)
    ratio = statistics.median(c / b for b, c in pairs)
    print(f"{name:<34} {took * 1000:7.0f} ms   do-nothing Typer {base * 1000:5.0f} ms   ratio {ratio:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15)
    rounds = parser.parse_args().rounds
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("VEERKRACHT_JOURNAL", None)
    with tempfile.TemporaryDirectory() as folder:
        ten, big = Path(folder) / "ten-years.db", Path(folder) / "100k.db"
        build(ten, "--years", "10")
        build(big, "--years", "10", "--per-day", "34")
        count = subprocess.run(
            [sys.executable, "-c", f"import sqlite3; print(sqlite3.connect('{big}').execute("
             "'SELECT count(*) FROM entries').fetchone()[0])"],
            check=True, capture_output=True, text=True).stdout.strip()
        print(f"journals: 10 years (demo --years 10); {count} entries (demo --years 10 --per-day 34)")
        measure("report, 10 years", [VEERKRACHT, "--journal", str(ten), "report"], rounds, env)
        measure("report --weeks 520, 10 years", [VEERKRACHT, "--journal", str(ten), "report", "--weeks", "520"], rounds, env)
        measure("veerkracht (dashboard), 10 years", [VEERKRACHT, "--journal", str(ten)], rounds, env)
        measure(f"report, {count} entries", [VEERKRACHT, "--journal", str(big), "report"], rounds, env)
        measure(f"report --weeks 520, {count} entries", [VEERKRACHT, "--journal", str(big), "report", "--weeks", "520"], rounds, env)


if __name__ == "__main__":
    main()
