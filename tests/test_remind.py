"""`remind`: reminders through the user's own scheduler, never the real one in these tests.

HOME, XDG_CONFIG_HOME and PATH point into tmp_path, where small Python stand-ins play
systemctl, crontab, launchctl and notify-send and note how they were called.
"""

from __future__ import annotations

import json
import os
import plistlib
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

FAKE = """#!{python}
import json, os, sys
from pathlib import Path
here = Path(__file__).resolve().parent
name = Path(sys.argv[0]).name
with open(here / "calls.jsonl", "a") as log:
    log.write(json.dumps([name, *sys.argv[1:]]) + "\\n")
if any(word in " ".join(sys.argv[1:]) for word in os.environ.get("FAKE_FAIL", "").split(",") if word):
    print(name + ": refused for the test", file=sys.stderr)
    sys.exit(1)
if name == "crontab":
    tab = here / "crontab.txt"
    if sys.argv[1:] == ["-l"]:
        if not tab.exists():
            print("no crontab for tester", file=sys.stderr)
            sys.exit(1)
        sys.stdout.write(tab.read_text())
    else:
        tab.write_text(Path(sys.argv[-1]).read_text())
"""


@pytest.fixture
def fakes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A bin folder of stand-ins as the whole PATH, and a home of its own."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for name in ("systemctl", "crontab", "launchctl", "notify-send"):
        script = folder / name
        script.write_text(FAKE.format(python=sys.executable))
        script.chmod(0o755)
    monkeypatch.setenv("PATH", str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.delenv("FAKE_FAIL", raising=False)
    return folder


def calls(fakes: Path, name: str | None = None) -> list[list[str]]:
    log = fakes / "calls.jsonl"
    found = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    return [call for call in found if name is None or call[0] == name]


def units(tmp_path: Path) -> Path:
    return tmp_path / "home" / ".config" / "systemd" / "user"


# -- systemd ----------------------------------------------------------------------------------


def test_without_reminders_it_says_how_to_set_one(cli, fakes):
    assert "No reminders set. Example: veerkracht remind --daily 17:30" in cli("remind").stdout
    assert "Geen herinneringen ingesteld. Voorbeeld: veerkracht remind --daily 17:30 --weekly vr 16:00" in cli(
        "--lang", "nl", "remind").stdout


def test_systemd_timers_are_written_enabled_shown_and_removed(cli, fakes, tmp_path, journal_path):
    result = cli("remind", "--daily", "8:30", "--weekly", "fri", "16:00")
    assert result.exit_code == 0, result.stderr
    assert "Every day at 08:30 you get a reminder to log, unless that day is already logged" in result.stderr
    assert "Every Friday at 16:00 you get a reminder of the weekly review" in result.stderr
    folder = units(tmp_path)
    assert "OnCalendar=*-*-* 08:30:00" in (folder / "veerkracht-daily.timer").read_text()
    assert "OnCalendar=Fri *-*-* 16:00:00" in (folder / "veerkracht-weekly.timer").read_text()
    service = (folder / "veerkracht-daily.service").read_text()
    exec_start = next(line for line in service.splitlines() if line.startswith("ExecStart="))
    assert exec_start.startswith(f"ExecStart={Path(sys.executable).absolute()} -m veerkracht")
    assert exec_start.endswith(f"--journal {journal_path} --lang en remind --fire daily")
    assert ["systemctl", "--user", "daemon-reload"] in calls(fakes)
    assert ["systemctl", "--user", "enable", "--now", "veerkracht-daily.timer"] in calls(fakes)
    assert ["systemctl", "--user", "enable", "--now", "veerkracht-weekly.timer"] in calls(fakes)

    shown = cli("remind").stdout
    assert "Daily reminder to log: 08:30, through the systemd user timer" in shown
    assert "Weekly review reminder: Friday 16:00" in shown
    dutch = cli("--lang", "nl", "remind").stdout
    assert "Dagelijkse herinnering om vast te leggen: 08:30, via de systemd-gebruikerstimer" in dutch
    assert "Herinnering voor de weekreview: vrijdag 16:00" in dutch

    assert cli("remind", "--daily", "07:05").exit_code == 0  # replaces, never adds
    assert sorted(path.name for path in folder.iterdir()) == [
        "veerkracht-daily.service", "veerkracht-daily.timer", "veerkracht-weekly.service", "veerkracht-weekly.timer"]
    assert "OnCalendar=*-*-* 07:05:00" in (folder / "veerkracht-daily.timer").read_text()

    removed = cli("remind", "--no-weekly")
    assert "The weekly review reminder is removed." in removed.stderr
    assert ["systemctl", "--user", "disable", "--now", "veerkracht-weekly.timer"] in calls(fakes)
    assert sorted(path.name for path in folder.iterdir()) == ["veerkracht-daily.service", "veerkracht-daily.timer"]
    assert "De dagelijkse herinnering is weggehaald." in cli("--lang", "nl", "remind", "--off").stderr
    assert list(folder.iterdir()) == []
    assert "Er was geen herinnering om weg te halen." in cli("--lang", "nl", "remind", "--off").stderr


def test_the_job_bakes_in_the_language_in_effect(cli, fakes, tmp_path):
    cli("log", "5", "first")
    cli("config", "lang", "nl")
    result = cli("remind", "--weekly", "vrijdag", "9.00")
    assert "Elke vrijdag om 09:00 krijg je een herinnering voor de weekreview" in result.stderr
    assert "--lang nl remind --fire weekly" in (units(tmp_path) / "veerkracht-weekly.service").read_text()


def test_a_path_with_spaces_and_percent_is_quoted_for_systemd(cli, fakes, tmp_path):
    journal = tmp_path / "my 100% journal.db"
    assert cli("--journal", str(journal), "remind", "--daily", "08:00").exit_code == 0
    service = (units(tmp_path) / "veerkracht-daily.service").read_text()
    assert f'--journal "{str(journal).replace("%", "%%")}"' in service


def test_when_systemctl_refuses_the_lines_to_run_are_given(cli, fakes, monkeypatch):
    monkeypatch.setenv("FAKE_FAIL", "enable")
    result = cli("remind", "--daily", "08:30")
    assert result.exit_code == 0
    assert "Could not set the reminder through systemd:" in result.stderr
    assert "To set it yourself:" in result.stderr
    assert "systemctl --user enable --now veerkracht-daily.timer" in result.stdout
    dutch = cli("--lang", "nl", "remind", "--daily", "08:30")
    assert "Kon de herinnering niet instellen via systemd:" in dutch.stderr and "Zo stel je hem zelf in:" in dutch.stderr


# -- cron -------------------------------------------------------------------------------------


def test_without_a_systemd_user_manager_a_tagged_crontab_line_is_kept(cli, fakes, monkeypatch):
    monkeypatch.setenv("FAKE_FAIL", "show-environment")
    (fakes / "crontab.txt").write_text("0 1 * * * my-own-backup\n")
    result = cli("remind", "--daily", "08:30", "--weekly", "zo", "18:45")
    assert result.exit_code == 0, result.stderr
    assert "(the line marked veerkracht-daily in your crontab)" in result.stderr
    tab = (fakes / "crontab.txt").read_text()
    assert "0 1 * * * my-own-backup" in tab
    daily = [line for line in tab.splitlines() if line.endswith("# veerkracht-daily")]
    weekly = [line for line in tab.splitlines() if line.endswith("# veerkracht-weekly")]
    assert len(daily) == 1 and daily[0].startswith("30 8 * * * ")
    assert len(weekly) == 1 and weekly[0].startswith("45 18 * * 0 ")  # cron's Sunday
    assert "remind --fire daily" in daily[0]

    cli("remind", "--daily", "09:00")
    cli("remind", "--daily", "09:00")
    tab = (fakes / "crontab.txt").read_text()
    assert [line[:10] for line in tab.splitlines() if "veerkracht-daily" in line] == ["0 9 * * * "]
    assert "Herinnering voor de weekreview: zondag 18:45, via de regel met veerkracht-weekly in je crontab" in cli(
        "--lang", "nl", "remind").stdout

    assert cli("remind", "--off").exit_code == 0
    assert "veerkracht" not in (fakes / "crontab.txt").read_text()
    assert "0 1 * * * my-own-backup" in (fakes / "crontab.txt").read_text()


def test_a_crontab_that_refuses_gives_the_line_to_add(cli, fakes, monkeypatch):
    monkeypatch.setenv("VEERKRACHT_SCHEDULER", "cron")
    monkeypatch.setenv("FAKE_FAIL", "-l")
    result = cli("remind", "--weekly", "fri", "16:00")
    assert result.exit_code == 0
    assert "Could not set the reminder through crontab:" in result.stderr
    line = result.stdout.strip()
    assert line.startswith("0 16 * * 5 ") and line.endswith("remind --fire weekly # veerkracht-weekly")


def test_without_any_scheduler_the_line_to_add_is_given(cli, fakes, monkeypatch):
    monkeypatch.setenv("VEERKRACHT_SCHEDULER", "none")
    result = cli("remind", "--daily", "07:00")
    assert result.exit_code == 0
    assert "No scheduler found here" in result.stderr
    assert result.stdout.startswith("0 7 * * * ") and "remind --fire daily" in result.stdout
    assert "Hier is geen planner gevonden" in cli("--lang", "nl", "remind", "--daily", "07:00").stderr


# -- launchd ----------------------------------------------------------------------------------


def test_launchd_agents_are_written_loaded_and_removed(cli, fakes, tmp_path, monkeypatch):
    monkeypatch.setenv("VEERKRACHT_SCHEDULER", "launchd")
    assert cli("remind", "--weekly", "mon", "07:15").exit_code == 0
    plist = tmp_path / "home" / "Library" / "LaunchAgents" / "nl.veerkracht.weekly.plist"
    agent = plistlib.loads(plist.read_bytes())
    assert agent["StartCalendarInterval"] == {"Hour": 7, "Minute": 15, "Weekday": 1}
    assert agent["ProgramArguments"][-3:] == ["remind", "--fire", "weekly"]
    assert ["launchctl", "load", "-w", str(plist)] in calls(fakes)
    assert "Weekly review reminder: Monday 07:15, through the launchd agent" in cli("remind").stdout
    assert cli("remind", "--off").exit_code == 0
    assert not plist.exists() and ["launchctl", "unload", "-w", str(plist)] in calls(fakes)


# -- what is refused --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "english", "dutch"),
    [
        (("--daily", "25:00"), "'25:00' is not a time I can read; use HH:MM, such as 08:30.",
         "'25:00' is geen tijd die ik kan lezen; gebruik UU:MM, zoals 08:30."),
        (("--daily", "half negen"), "'half negen' is not a time I can read", "'half negen' is geen tijd"),
        (("--weekly", "fry", "16:00"), "'fry' is not a day of the week; use mon, tue",
         "'fry' is geen dag van de week; gebruik ma, di"),
        (("--off", "--daily", "08:00"), "Set a reminder or remove it, not both at once.",
         "Stel een herinnering in of haal hem weg, niet allebei tegelijk."),
        (("--weekly", "fri", "16:00", "--no-weekly"), "Set a reminder or remove it", "Stel een herinnering in"),
    ],
)
def test_bad_input_is_one_sentence_exit_2_and_nothing_written(cli, fakes, tmp_path, args, english, dutch):
    result = cli("remind", *args)
    assert result.exit_code == 2
    assert english in result.stderr and "Traceback" not in result.stderr
    assert dutch in cli("--lang", "nl", "remind", *args).stderr
    assert not units(tmp_path).exists()
    assert calls(fakes) == []


# -- when a reminder fires --------------------------------------------------------------------


def notified(fakes: Path) -> list[str]:
    return [call[-1] for call in calls(fakes, "notify-send")]


def test_a_daily_reminder_notifies_only_when_nothing_is_logged_today(cli, fakes):
    cli("log", "6", "yesterday's", "--date", "yesterday")
    result = cli("remind", "--fire", "daily")
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    assert notified(fakes) == ["Nothing logged today yet. Take 30 seconds: veerkracht log"]
    cli("--lang", "nl", "remind", "--fire", "daily")
    assert notified(fakes)[-1] == "Vandaag nog niets vastgelegd. Neem 30 seconden: veerkracht log"
    cli("log", "note", "today")
    cli("remind", "--fire", "daily")
    assert len(notified(fakes)) == 2


def test_a_weekly_reminder_is_quiet_after_a_review_in_the_last_7_days(cli, fakes, journal_path):
    cli("log", "6", "something")
    cli("remind", "--fire", "weekly")
    cli("--lang", "nl", "remind", "--fire", "weekly")
    assert notified(fakes) == ["Time for your weekly review: veerkracht review",
                               "Tijd voor je weekreview: veerkracht review"]
    import sqlite3

    with sqlite3.connect(journal_path) as conn:  # a review completed six days ago (Saturday)
        conn.execute("INSERT INTO reviews (id, iso_week, started_at, completed_at) VALUES "
                     "('r1', '2026-W47', '2026-11-21T10:00:00+01:00', '2026-11-21T10:30:00+01:00')")
    cli("remind", "--fire", "weekly")
    assert len(notified(fakes)) == 2


def test_a_fired_reminder_is_silent_without_a_notifier_or_a_readable_journal(cli, fakes, journal_path):
    (fakes / "notify-send").unlink()
    result = cli("remind", "--fire", "daily")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert not journal_path.exists()  # a reminder never makes a journal
    journal_path.write_bytes(os.urandom(4096))  # what an encrypted journal looks like
    (fakes / "notify-send").write_text(FAKE.format(python=sys.executable))
    (fakes / "notify-send").chmod(0o755)
    assert cli("remind", "--fire", "daily").exit_code == 0
    assert notified(fakes) == []


def test_the_scheduled_job_runs_in_a_bare_environment(cli, fakes, tmp_path, journal_path):
    """What systemd or cron runs works with nothing but PATH (no venv, no VEERKRACHT_*)."""
    cli("log", "6", "yesterday's", "--date", "yesterday")
    cli("--lang", "nl", "remind", "--daily", "08:30")
    service = (units(tmp_path) / "veerkracht-daily.service").read_text()
    command = shlex.split(next(line for line in service.splitlines() if line.startswith("ExecStart="))[10:])
    bare = {"PATH": str(fakes), "HOME": str(tmp_path / "home"), "VEERKRACHT_TODAY": "2026-11-27"}
    done = subprocess.run(command, env=bare, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert notified(fakes) == ["Vandaag nog niets vastgelegd. Neem 30 seconden: veerkracht log"]


def test_a_first_crontab_is_made_when_there_was_none(cli, fakes, monkeypatch):
    monkeypatch.setenv("VEERKRACHT_SCHEDULER", "cron")
    result = cli("--lang", "nl", "remind", "--daily", "06:45")
    assert "(de regel met veerkracht-daily in je crontab)" in result.stderr
    lines = [line for line in (fakes / "crontab.txt").read_text().splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("45 6 * * * ")


@pytest.mark.parametrize("line", ["@daily /usr/bin/veerkracht remind --fire daily # veerkracht-daily",
                                  "#30 8 * * * /usr/bin/veerkracht remind --fire daily # veerkracht-daily"])
def test_a_crontab_line_edited_by_hand_is_no_traceback(cli, fakes, monkeypatch, line):
    """"@daily" made `remind` fail with a traceback; a line commented out reminds of nothing."""
    monkeypatch.setenv("VEERKRACHT_SCHEDULER", "cron")
    (fakes / "crontab.txt").write_text(line + "\n")
    result = cli("remind")
    assert (result.exit_code, result.stdout) == (0, "No reminders set. Example: veerkracht remind --daily 17:30 "
                                                    "--weekly fri 16:00\n")
    assert cli("remind", "--off").exit_code == 0
    assert "veerkracht-daily" not in (fakes / "crontab.txt").read_text()


# -- a journal path with spaces, quotes, % and $ ----------------------------------------------

ODD = "it's a \"100%\" $HOME `x` \\ journal.db"


def _systemd_words(line: str) -> list[str]:
    """ExecStart= as systemd reads it (systemd.service(5)): specifiers first (%% is %), then
    words split on whitespace, "…" quoted with C escapes, then $$ is $."""
    words: list[str] = []
    word, quoted, escaped, started = "", False, False, False
    for char in line.replace("%%", "%"):
        if escaped:
            word, escaped = word + {"n": "\n", "t": "\t"}.get(char, char), False
        elif char == "\\":
            escaped = started = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char.isspace() and not quoted:
            if started:
                words.append(word)
            word, started = "", False
        else:
            word, started = word + char, True
    if started:
        words.append(word)
    return [word.replace("$$", "$") for word in words]


def _cron_command(line: str) -> str:
    """What cron hands to /bin/sh for a crontab line (crontab(5)): the command after the five
    fields, up to the first % that no backslash escapes; a backslashed % is a %."""
    command = line.split(None, 5)[5]
    out, escaped = [], False
    for char in command:
        if escaped and char == "%":
            out[-1] = "%"
        elif char == "%":
            break
        else:
            out.append(char)
        escaped = char == "\\" and not escaped
    return "".join(out)


@pytest.mark.parametrize("scheduler", ["systemd", "cron"])
def test_a_journal_path_with_spaces_quotes_percent_and_dollar_reaches_the_job_whole(
        cli, fakes, tmp_path, monkeypatch, scheduler):
    """The job the scheduler runs opens that very journal: it notifies, which it would not
    do for a path cut at a space, a quote or a %."""
    monkeypatch.setenv("VEERKRACHT_SCHEDULER", scheduler)
    journal = tmp_path / ODD
    assert cli("--journal", str(journal), "log", "6", "yesterday's", "--date", "yesterday").exit_code == 0
    assert cli("--journal", str(journal), "remind", "--daily", "08:30").exit_code == 0
    bare = {"PATH": str(fakes), "HOME": str(tmp_path / "home"), "VEERKRACHT_TODAY": "2026-11-27"}
    if scheduler == "systemd":
        service = (units(tmp_path) / "veerkracht-daily.service").read_text()
        words = _systemd_words(next(line for line in service.splitlines() if line.startswith("ExecStart="))[10:])
        assert words[words.index("--journal") + 1] == str(journal)
        done = subprocess.run(words, env=bare, capture_output=True, text=True, timeout=60)
    else:
        line = next(line for line in (fakes / "crontab.txt").read_text().splitlines() if "veerkracht-daily" in line)
        done = subprocess.run(["/bin/sh", "-c", _cron_command(line)], env=bare, capture_output=True, text=True,
                              timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert notified(fakes) == ["Nothing logged today yet. Take 30 seconds: veerkracht log"]


@pytest.mark.parametrize(("lang", "words"), [("en", "holds a line break or another control character"),
                                             ("nl", "een regeleinde of een ander stuurteken bevat")])
def test_a_journal_path_with_a_line_break_is_refused_before_anything_is_set(cli, fakes, tmp_path, lang, words):
    """A line break would split the crontab line or ExecStart=: one sentence, exit 2, nothing written."""
    result = cli("--lang", lang, "--journal", str(tmp_path / "a\nb.db"), "remind", "--daily", "08:30")
    assert result.exit_code == 2 and words in result.stderr and "a\\nb.db" in result.stderr
    assert not units(tmp_path).exists() and calls(fakes) == []
