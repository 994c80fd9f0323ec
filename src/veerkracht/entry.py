"""The console script: `veerkracht nudge` without Typer, everything else through the app.

`nudge` is a line in the shell's start-up file, run by every new shell, so it must cost less
than a Typer app that does nothing (benchmarks/bench.py measures it). When the command line
is exactly ``[--journal FILE] [--lang LANGUAGE] nudge`` it is answered here, with the
standard library and veerkracht's own light modules; any other command line (``nudge
--help`` included) goes to ``veerkracht.app``, which has a ``nudge`` command doing the same.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from veerkracht import pause_collection, resume_collection

_VALUED = ("--journal", "--lang")


def nudge_options(args: list[str]) -> dict[str, str] | None:
    """``{"--journal": …, "--lang": …}`` when ``args`` ask for nothing but a nudge, else None."""
    found: dict[str, str] = {}
    rest = list(args)
    while rest:
        word = rest.pop(0)
        if word == "nudge":
            return found if not rest else None
        name, equals, value = word.partition("=")
        if name not in _VALUED or name in found:
            return None
        if not equals:
            if not rest:
                return None
            value = rest.pop(0)
        found[name] = value
    return None


def nudge(options: dict[str, str]) -> int:
    """Print today's nudge if there is one; always exit 0 (a shell's start-up never fails)."""
    from veerkracht import clock, i18n
    from veerkracht.flows import rhythm

    try:
        if not rhythm.speaks():
            return 0  # scp, rsync, `ssh host command`: a line on their stdout would break them
        i18n.set_explicit(options.get("--lang", "").lower() or None)
        journal = options.get("--journal")
        line = rhythm.nudge_line(rhythm.journal_path(Path(journal) if journal else None), clock.today())
        if line is not None:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()
    except KeyboardInterrupt:
        return 130
    except rhythm.QUIET:
        pass
    return 0


def run() -> None:
    """The `veerkracht` command."""
    pause_collection()  # while Python loads the command (veerkracht/__init__.py)
    try:
        options = nudge_options(sys.argv[1:])
        if options is not None:
            from veerkracht.i18n import LANGUAGES

            if options.get("--lang", "en").lower() in LANGUAGES:  # else the app says what is wrong
                raise SystemExit(nudge(options))
        from veerkracht.app import run as app

        app(prog_name="veerkracht")
    except KeyboardInterrupt:  # before the app could take it (Python still loading it), or after
        stopped()
    finally:
        exit_lightly()


def stopped() -> None:
    """Ctrl-C outside a command: its one sentence on standard error and exit code 130."""
    try:
        from veerkracht.i18n import t

        sys.stderr.write("\n" + t("core.interrupted") + "\n")
    # A second Ctrl-C, a module left half loaded by the first, or no standard error: just stop.
    except (KeyboardInterrupt, ImportError, AttributeError, OSError):
        pass
    raise SystemExit(130)  # ExitCode.INTERRUPTED (errors.py), not loaded here


def exit_lightly() -> None:
    """Spare the interpreter's exit its garbage collections: the command is done.

    On the way out Python collects garbage over every object still alive, several times: the
    tens of thousands that Typer, Click, pydantic and Rich built, none of them garbage. Frozen
    (``gc.freeze``), they are left out of those collections: about 25 ms less for every command
    on a 2-core machine, a seventh of a do-nothing Typer app. Objects in reference cycles that
    are still alive at exit are then no longer collected, and the process ends with them; one
    kind mattered, a journal left open on a path that failed (a connection is in a cycle with
    its statement cache), so every journal still open is closed here first. Reference counting
    and exit handlers work as before.
    """
    journals = sys.modules.get("veerkracht.db.journal")  # loaded only if a journal was opened
    if journals is not None:
        journals.close_all()
    resume_collection()  # not left off for whoever called run() (a test, in its own process)
    gc.freeze()
