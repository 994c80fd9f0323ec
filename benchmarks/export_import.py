"""Time export and import on a 10-year journal against a do-nothing Typer app (DESIGN §8).

Usage: python benchmarks/export_import.py [--runs 15]

Runs each command paired with the baseline (the venv's own ``veerkracht`` script and the
venv's python running a Typer app that does nothing) and prints median times and ratios.
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

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
NOTHING = "import typer\napp = typer.Typer()\n@app.command()\ndef main() -> None:\n    pass\napp()\n"
BUDGET = 2.5


def timed(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="veerkracht-bench-"))
    journal = folder / "journal.db"
    subprocess.run([sys.executable, HERE / "build_journal.py", journal, "--years", "10"], check=True)
    baseline = folder / "nothing.py"
    baseline.write_text(NOTHING)
    env = {**os.environ, "VEERKRACHT_JOURNAL": str(journal), "VEERKRACHT_TODAY": "2026-11-27"}
    script = str(BIN / "veerkracht")
    dump = folder / "all.json"
    subprocess.run([script, "export", "-f", "json", "--include-private", "-o", dump], env=env, check=True,
                   stderr=subprocess.DEVNULL)
    cases = {
        "export markdown, one year": [script, "export", "--weeks", "52"],
        "export json, ten years": [script, "export", "-f", "json", "--include-private"],
        "export csv, ten years": [script, "export", "-f", "csv"],
    }
    for name, command in cases.items():
        pairs = [(timed(command, env), timed([sys.executable, str(baseline)], env)) for _ in range(args.runs)]
        ours = statistics.median(p[0] for p in pairs)
        base = statistics.median(p[1] for p in pairs)
        ratio = statistics.median(p[0] / p[1] for p in pairs)
        verdict = "ok" if ratio <= BUDGET else "OVER BUDGET"
        print(f"{name:28} {ours * 1000:6.0f} ms  baseline {base * 1000:4.0f} ms  ratio {ratio:4.2f} ({verdict})")
    runs = []
    for _ in range(3):
        fresh = folder / f"fresh-{len(runs)}.db"
        runs.append(timed([script, "--journal", str(fresh), "import", str(dump)], env))
    print(f"{'import ten years, empty':28} {statistics.median(runs) * 1000:6.0f} ms")
    again = statistics.median(timed([script, "--journal", str(fresh), "import", str(dump)], env) for _ in range(3))
    print(f"{'import ten years, again':28} {again * 1000:6.0f} ms")
    print(f"file: {dump.stat().st_size / 1e6:.1f} MB; data in {folder}")


if __name__ == "__main__":
    main()
