"""Reminders through the user's own scheduler: a systemd user timer, a crontab line, a launchd agent.

veerkracht runs no daemon of its own: `remind` writes a job for the scheduler the user already
has, and the job runs ``veerkracht --journal FILE --lang LANGUAGE remind --fire daily|weekly``
(cli/remind.py; flows/rhythm.py decides whether there is anything to say). Each reminder is
one job with a name of ours (``veerkracht-daily``/``veerkracht-weekly``), so setting it again
replaces it and ``--off`` finds it. Which scheduler: VEERKRACHT_SCHEDULER when set
(``systemd``, ``cron``, ``launchd``, ``none``); on macOS launchd; where ``systemctl --user``
answers, systemd; where there is a ``crontab`` command, cron; else none, and the user is given
the line to add. Where a scheduler refuses, :class:`ByHand` carries the exact lines instead.

The places follow the user's environment, never fixed paths: ``$XDG_CONFIG_HOME/systemd/user``
(systemd's own rule), ``~/Library/LaunchAgents``, and ``crontab`` found on PATH; so the tests
point HOME, XDG_CONFIG_HOME and PATH into a temporary folder with stand-ins for the commands.
"""

from __future__ import annotations

import os
import plistlib
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from veerkracht.db import files
from veerkracht.domain.dates import WEEKDAY_WORDS
from veerkracht.errors import InvalidValue, JournalError
from veerkracht.i18n import t

KINDS = ("daily", "weekly")
_TIMEOUT_S = 30


@dataclass(frozen=True)
class Reminder:
    """One reminder: ``daily`` at hour:minute, or ``weekly`` on ``weekday`` (Monday = 0)."""

    kind: str
    hour: int
    minute: int
    weekday: int | None = None

    @property
    def time(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"


_TIME = re.compile(r"([01]?[0-9]|2[0-3])[:.]([0-5][0-9])")


def reminder(kind: str, time: str, day: str | None = None) -> Reminder:
    """The reminder a user typed: ``08:30`` (also ``8:30``, ``8.30``) and for a weekly one a day
    of the week in English or Dutch (``fri``, ``friday``, ``vr``, ``vrijdag``)."""
    match = _TIME.fullmatch(time.strip())
    if match is None:
        raise InvalidValue(t("remind.time_unreadable", text=time))
    weekday = None
    if day is not None:
        weekday = WEEKDAY_WORDS.get(day.strip().lower().rstrip("."))
        if weekday is None:
            raise InvalidValue(t("remind.day_unreadable", text=day))
    return Reminder(kind, int(match[1]), int(match[2]), weekday)


class ByHand(Exception):
    """The scheduler could not take the reminder: what went wrong, worded, and the lines that
    set it by hand."""

    def __init__(self, message: str, lines: list[str]) -> None:
        super().__init__(message)
        self.message = message
        self.lines = lines


def name_of(kind: str) -> str:
    """The name of a reminder's job in every scheduler (``veerkracht-daily``)."""
    return f"veerkracht-{kind}"


def _run(*command: str) -> str | None:
    """Run a scheduler's command; ``None`` when it worked, else why not (its own words)."""
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError) as error:
        return f"{shlex.join(command)}: {error}"
    if done.returncode == 0:
        return None
    said = (done.stderr or done.stdout).strip().splitlines()
    return f"{shlex.join(command)}: {said[-1] if said else f'exit {done.returncode}'}"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    files.write_bytes(path, text.encode("utf-8"), force=True)


# -- systemd ----------------------------------------------------------------------------------

_SYSTEMD_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ON_CALENDAR = re.compile(r"^OnCalendar=(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?\*-\*-\* ([0-9]{2}):([0-9]{2}):00$", re.M)


class Systemd:
    """A systemd user timer and the service it starts, enabled with ``systemctl --user``."""

    name = "systemd"

    def __init__(self) -> None:
        config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        self.folder = Path(config) / "systemd" / "user"

    def _unit(self, kind: str, suffix: str) -> Path:
        return self.folder / f"{name_of(kind)}.{suffix}"

    def where(self, kind: str) -> str:
        return t("remind.where_systemd", unit=self._unit(kind, "timer"))

    def units(self, reminder: Reminder, command: list[str]) -> dict[Path, str]:
        day = f"{_SYSTEMD_DAYS[reminder.weekday]} " if reminder.weekday is not None else ""
        service = (
            "[Unit]\n"
            f"Description=veerkracht: {reminder.kind} reminder\n\n"
            "[Service]\nType=oneshot\n"
            f"ExecStart={' '.join(_systemd_quote(word) for word in command)}\n"
        )
        timer = (
            "[Unit]\n"
            f"Description=veerkracht: {reminder.kind} reminder\n\n"
            f"[Timer]\nOnCalendar={day}*-*-* {reminder.time}:00\n"
            "Persistent=true\n\n"  # missed while the machine was off: once, when it is on again
            "[Install]\nWantedBy=timers.target\n"
        )
        return {self._unit(reminder.kind, "service"): service, self._unit(reminder.kind, "timer"): timer}

    def _commands(self, kind: str) -> list[list[str]]:
        return [["systemctl", "--user", "daemon-reload"],
                ["systemctl", "--user", "enable", "--now", f"{name_of(kind)}.timer"]]

    def by_hand(self, reminder: Reminder, command: list[str]) -> list[str]:
        lines = []
        for path, text in self.units(reminder, command).items():
            lines += [f"# {path}", *text.splitlines(), ""]
        return lines + [shlex.join(words) for words in self._commands(reminder.kind)]

    def set(self, reminder: Reminder, command: list[str]) -> None:
        try:
            for path, text in self.units(reminder, command).items():
                _write(path, text)
        except (OSError, JournalError) as error:
            reason = error.render(t) if isinstance(error, JournalError) else str(error)
            raise ByHand(t("remind.by_hand", scheduler=self.name, reason=reason),
                         self.by_hand(reminder, command)) from None
        for words in self._commands(reminder.kind):
            failed = _run(*words)
            if failed:
                raise ByHand(t("remind.by_hand", scheduler=self.name, reason=failed),
                             [shlex.join(words) for words in self._commands(reminder.kind)])

    def read(self) -> dict[str, Reminder]:
        found = {}
        for kind in KINDS:
            try:
                text = self._unit(kind, "timer").read_text(encoding="utf-8")
            except (OSError, UnicodeError):
                continue
            match = _ON_CALENDAR.search(text)
            if match:
                day = _SYSTEMD_DAYS.index(match[1]) if match[1] else None
                found[kind] = Reminder(kind, int(match[2]), int(match[3]), day)
        return found

    def remove(self, kind: str) -> bool:
        timer, service = self._unit(kind, "timer"), self._unit(kind, "service")
        if not (timer.exists() or service.exists()):
            return False
        _run("systemctl", "--user", "disable", "--now", f"{name_of(kind)}.timer")  # gone either way
        for path in (timer, service):
            path.unlink(missing_ok=True)
        _run("systemctl", "--user", "daemon-reload")
        return True


def _systemd_quote(word: str) -> str:
    """One word of ExecStart= as systemd reads it: quoted when needed, % and $ doubled."""
    word = word.replace("%", "%%").replace("$", "$$")
    if word and not re.search(r"[\s\"'\\;]", word):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


# -- cron -------------------------------------------------------------------------------------


class Cron:
    """A line in the user's crontab (python-crontab, through the ``crontab`` command), marked
    with a comment naming it."""

    name = "crontab"

    def where(self, kind: str) -> str:
        return t("remind.where_cron", tag=name_of(kind))

    @staticmethod
    def schedule(reminder: Reminder) -> str:
        day = "*" if reminder.weekday is None else str((reminder.weekday + 1) % 7)  # cron: Sunday = 0
        return f"{reminder.minute} {reminder.hour} * * {day}"

    @staticmethod
    def command_line(command: list[str]) -> str:
        return shlex.join(command).replace("%", "\\%")  # cron turns a bare % into a new line

    def by_hand(self, reminder: Reminder, command: list[str]) -> list[str]:
        return [f"{self.schedule(reminder)} {self.command_line(command)} # {name_of(reminder.kind)}"]

    def _tab(self) -> Any:
        # lazy: only remind needs python-crontab
        import crontab

        # python-crontab looks for the command once, at import; look on the PATH of now
        crontab.CRON_COMMAND = shutil.which("crontab") or crontab.CRON_COMMAND
        return crontab.CronTab(user=True)

    def set(self, reminder: Reminder, command: list[str]) -> None:
        try:
            tab = self._tab()
            tab.remove_all(comment=name_of(reminder.kind))
            # python-crontab escapes each % itself when it writes the line (a second \ would
            # leave the % bare, and cron would cut the command there)
            job = tab.new(command=shlex.join(command), comment=name_of(reminder.kind))
            job.setall(self.schedule(reminder))
            tab.write()
        except (OSError, ValueError) as error:
            raise ByHand(t("remind.by_hand", scheduler=self.name, reason=str(error).strip()),
                         self.by_hand(reminder, command)) from None

    def read(self) -> dict[str, Reminder]:
        try:
            tab = self._tab()
        except (OSError, ValueError):
            return {}
        found = {}
        for kind in KINDS:
            for job in tab.find_comment(name_of(kind)):
                fields = str(job.slices).split()  # a line edited by hand may say "@daily"
                if not job.is_enabled() or len(fields) != 5:
                    continue  # commented out: it reminds of nothing
                minute, hour, _, _, day = fields
                if minute.isdigit() and hour.isdigit():
                    weekday = None if day == "*" or not day.isdigit() else (int(day) - 1) % 7
                    found[kind] = Reminder(kind, int(hour), int(minute), weekday)
        return found

    def remove(self, kind: str) -> bool:
        try:
            tab = self._tab()
            removed = tab.remove_all(comment=name_of(kind))
            if removed:
                tab.write()
        except (OSError, ValueError):
            return False
        return bool(removed)


# -- launchd ----------------------------------------------------------------------------------


class Launchd:
    """A launchd agent in ~/Library/LaunchAgents, loaded with ``launchctl``."""

    name = "launchd"

    def __init__(self) -> None:
        self.folder = Path.home() / "Library" / "LaunchAgents"

    def _plist(self, kind: str) -> Path:
        return self.folder / f"{self._label(kind)}.plist"

    @staticmethod
    def _label(kind: str) -> str:
        return f"nl.veerkracht.{kind}"

    def where(self, kind: str) -> str:
        return t("remind.where_launchd", path=self._plist(kind))

    def agent(self, reminder: Reminder, command: list[str]) -> str:
        interval: dict[str, int] = {"Hour": reminder.hour, "Minute": reminder.minute}
        if reminder.weekday is not None:
            interval["Weekday"] = (reminder.weekday + 1) % 7  # launchd: Sunday = 0
        document = {"Label": self._label(reminder.kind), "ProgramArguments": command,
                    "StartCalendarInterval": interval}
        return plistlib.dumps(document).decode("utf-8")

    def by_hand(self, reminder: Reminder, command: list[str]) -> list[str]:
        path = self._plist(reminder.kind)
        return [f"# {path}", *self.agent(reminder, command).splitlines(), "",
                shlex.join(["launchctl", "load", "-w", str(path)])]

    def set(self, reminder: Reminder, command: list[str]) -> None:
        path = self._plist(reminder.kind)
        if path.exists():
            _run("launchctl", "unload", "-w", str(path))  # replaced: the old one must stop
        try:
            _write(path, self.agent(reminder, command))
        except (OSError, JournalError) as error:
            reason = error.render(t) if isinstance(error, JournalError) else str(error)
            raise ByHand(t("remind.by_hand", scheduler=self.name, reason=reason),
                         self.by_hand(reminder, command)) from None
        failed = _run("launchctl", "load", "-w", str(path))
        if failed:
            raise ByHand(t("remind.by_hand", scheduler=self.name, reason=failed),
                         [shlex.join(["launchctl", "load", "-w", str(path)])])

    def read(self) -> dict[str, Reminder]:
        found = {}
        for kind in KINDS:
            try:
                with open(self._plist(kind), "rb") as handle:
                    interval = plistlib.load(handle)["StartCalendarInterval"]
                found[kind] = Reminder(kind, int(interval["Hour"]), int(interval["Minute"]),
                                       (int(interval["Weekday"]) - 1) % 7 if "Weekday" in interval else None)
            except (OSError, ValueError, KeyError, TypeError, plistlib.InvalidFileException):
                continue
        return found

    def remove(self, kind: str) -> bool:
        path = self._plist(kind)
        if not path.exists():
            return False
        _run("launchctl", "unload", "-w", str(path))
        path.unlink(missing_ok=True)
        return True


# -- none -------------------------------------------------------------------------------------


class Nothing:
    """No scheduler found: the crontab line to add wherever the user keeps such things."""

    name = "none"

    def where(self, kind: str) -> str:
        return ""

    def by_hand(self, reminder: Reminder, command: list[str]) -> list[str]:
        return Cron().by_hand(reminder, command)

    def set(self, reminder: Reminder, command: list[str]) -> None:
        raise ByHand(t("remind.no_scheduler"), self.by_hand(reminder, command))

    def read(self) -> dict[str, Reminder]:
        return {}

    def remove(self, kind: str) -> bool:
        return False


Scheduler = Systemd | Cron | Launchd | Nothing
_BY_NAME: dict[str, type[Systemd | Cron | Launchd | Nothing]] = {
    "systemd": Systemd, "cron": Cron, "launchd": Launchd, "none": Nothing,
}


def choose() -> Scheduler:
    """The user's scheduler (see the module's docstring for the order)."""
    chosen = os.environ.get("VEERKRACHT_SCHEDULER", "").strip().lower()
    if chosen in _BY_NAME:
        return _BY_NAME[chosen]()
    if sys.platform == "darwin":
        return Launchd()
    if shutil.which("systemctl") and _run("systemctl", "--user", "show-environment") is None:
        return Systemd()
    if shutil.which("crontab"):
        return Cron()
    return Nothing()


def job_command(journal: Path, lang: str, kind: str) -> list[str]:
    """What the scheduler runs: this veerkracht, by absolute path (a scheduler's environment
    has no venv on its PATH), on this journal, in this language."""
    script = Path(sys.argv[0])
    if script.name == "veerkracht" and script.is_file():
        found = shutil.which(str(script)) if script.parent == Path() else str(script)
        prefix = [str(Path(found or script).resolve())]
    else:  # python -m veerkracht, or in-process (tests): this interpreter
        prefix = [str(Path(sys.executable).absolute()), "-m", "veerkracht"]
    return [*prefix, "--journal", str(journal), "--lang", lang, "remind", "--fire", kind]
