"""Time veerkracht's commands against a do-nothing Typer app, as paired ratios (docs/design.md).

Usage: python benchmarks/bench.py [--runs N] [--only=help,log,...] [--scale]

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


def cases(work: Path) -> list[tuple[str, list[str], float, Path, str]]:
    """(name, arguments, budget, journal, kind) for every row of the table.

    kind: "ratio" (budget is a ratio to the do-nothing app), "seconds" (an absolute budget),
    or "fresh seconds" (each run gets a new, empty journal: for import).
    """
    ten, big, dump = work / "ten-years.db", work / "100k.db", work / "ten-years.json"
    return [
        ("--help", ["--help"], 1.3, ten, "ratio"),
        ('log 7 "text"', ["log", "7", "A benchmark entry"], 1.3, ten, "ratio"),
        ("entries --last 30", ["entries", "--last", "30"], 1.6, ten, "ratio"),
        ("search", ["search", "team"], 1.6, ten, "ratio"),
        ("report", ["report"], 1.6, ten, "ratio"),
        ("report, 100,000 entries", ["report"], 1.0, big, "seconds"),
        ("export markdown, one year", ["export", "--weeks", "52"], 2.5, ten, "ratio"),
        # the coach brief shares the summary's figures, so it shares its budget
        ("brief, last 4 weeks", ["brief", "--weeks", "4"], 2.5, ten, "ratio"),
        ("report --weeks 520 (10 years)", ["report", "--weeks", "520"], 3.0, ten, "ratio"),
        ("export json, all", ["export", "--format", "json", "--include-private"], 2.5, ten, "ratio"),
        ("import json, 10 years", ["import", str(dump)], 5.0, ten, "fresh seconds"),
        # a line in the shell's start-up file (issue 16): below the do-nothing app itself, both
        # the day's first shell (it reads the journal and speaks) and every later one (its note)
        ("nudge, first shell of the day", ["nudge"], 1.0, ten, "nudge"),
        ("nudge, later shells", ["nudge"], 1.0, ten, "nudge later"),
    ]


def build_journals(work: Path) -> None:
    """The benchmark journals, built by the product itself (``demo``), once."""
    demo = [str(BIN / "veerkracht"), "demo", "--seed", "1"]
    builds = {
        "ten-years.db": ["--years", "10"],
        "100k.db": ["--years", "10", "--per-day", "34"],  # about 100,000 entries
    }
    for name, extra in builds.items():
        if not (work / name).exists():
            # Not check=True: the journal is what counts, whatever showing it afterwards says.
            subprocess.run([*demo, *extra, "--journal", str(work / name)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if not (work / name).exists():
                raise SystemExit(f"demo did not build {work / name}")
    dump = work / "ten-years.json"
    if not dump.exists():
        subprocess.run([str(BIN / "veerkracht"), "--journal", str(work / "ten-years.db"), "export",
                        "--format", "json", "--include-private", "--output", str(dump)],
                       check=True, stderr=subprocess.DEVNULL)


def timed(argv: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def measure(args: list[str], journal: Path, noop: Path, runs: int, fresh: bool = False,
            kind: str = "ratio") -> tuple[float, float, float]:
    env = {**os.environ, "VEERKRACHT_JOURNAL": str(journal), "VEERKRACHT_INTERACTIVE": "0", "NO_COLOR": "1"}
    if kind.startswith("nudge"):  # it speaks only to a terminal; =1 stands in for one
        env["VEERKRACHT_INTERACTIVE"] = "1"
    # An installed package runs from its bytecode cache; without one every run would compile
    # veerkracht's sources (an editable install under PYTHONDONTWRITEBYTECODE=1 does).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [str(BIN / "veerkracht"), *args]
    baseline = [sys.executable, str(noop)]
    scratch = Path(tempfile.mkdtemp(prefix="veerkracht-bench-"))

    def run_command(n: int) -> float:
        if fresh:  # a new, empty journal each time
            env["VEERKRACHT_JOURNAL"] = str(scratch / f"run-{n}.db")
        if kind == "nudge":  # the day's first shell: no note of today yet
            journal.with_name(f".{journal.name}.nudged").unlink(missing_ok=True)
        return timed(command, env)

    run_command(-1)  # warm the page cache and the bytecode
    ratios, ours, theirs = [], [], []
    for n in range(runs):
        if n % 2:
            t_cmd, t_base = run_command(n), timed(baseline, env)
        else:
            t_base, t_cmd = timed(baseline, env), run_command(n)
        ratios.append(t_cmd / t_base)
        ours.append(t_cmd)
        theirs.append(t_base)
    import shutil

    shutil.rmtree(scratch, ignore_errors=True)
    return statistics.median(ratios), statistics.median(ours), statistics.median(theirs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--only", default="", help="Comma-separated words; only rows whose name contains one.")
    parser.add_argument("--work", type=Path, default=HERE / "_work", help="Where the journals are built.")
    parser.add_argument("--scale", action="store_true",
                        help="Every job at 10 years, 100,000 and 1,000,000 entries (benchmarks/scale.py).")
    options = parser.parse_args()
    options.work.mkdir(parents=True, exist_ok=True)
    import compileall
    import importlib.util

    extras = [name for name in ("numpy", "pandas") if importlib.util.find_spec(name)]
    if extras:  # sqlite-utils imports them when present: 30-100 ms a user without them never pays
        print(f"note: this venv holds {', '.join(extras)}, which veerkracht does not need; time a venv "
              "with only `pip install -e '.[encryption]'` for figures a user sees", file=sys.stderr)

    compileall.compile_dir(str(HERE.parent / "src"), quiet=1)  # the cache an installed package has
    if options.scale:
        import scale  # beside this script

        return scale.main(options.work, options.runs, options.only)
    build_journals(options.work)
    with tempfile.TemporaryDirectory() as folder:
        noop = Path(folder) / "noop.py"
        noop.write_text(NOOP)
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}")
        print(f"{'operation':<28} {'median ratio':>12} {'budget':>7} {'ok':>3} {'ms (ours/noop)':>16}")
        failed = 0
        for name, args, budget, journal, kind in cases(options.work):
            wanted = [word for word in options.only.split(",") if word]
            if wanted and not any(word in name for word in wanted):
                continue
            runs = options.runs if kind != "fresh seconds" else max(3, options.runs // 4)
            ratio, ours, base = measure(args, journal, noop, runs, fresh=kind == "fresh seconds", kind=kind)
            ok = (ratio if kind in ("ratio", "nudge", "nudge later") else ours) <= budget
            failed += not ok
            limit = f"{budget:>6.1f}×" if kind in ("ratio", "nudge", "nudge later") else f"{budget:>5.1f} s"
            print(f"{name:<28} {ratio:>12.2f} {limit} {'yes' if ok else 'NO':>3} {ours * 1000:>8.0f}/{base * 1000:.0f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
