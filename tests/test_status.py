"""veerkracht alone: the dashboard."""

from __future__ import annotations

from datetime import date

from report_data import add_entries, daily_scores
from veerkracht.db.journal import Journal

TODAY = date(2026, 11, 27)  # a Friday


def test_empty_journal_invites(cli, journal_path):
    result = cli()
    assert result.exit_code == 0
    out = result.stdout
    assert "Nothing logged today yet" in out and "veerkracht log" in out
    assert "This week" in out and "nothing scored yet" in out
    assert "Actions: none open" in out
    assert "No cycle yet" in out and "No weekly review yet" in out
    assert not journal_path.exists()  # looking never creates a journal


def test_dashboard_figures(cli, journal_path):
    with Journal.open(journal_path, write=True) as journal:
        add_entries(journal, [("2026-11-23", 4, []), ("2026-11-23", 8, []), ("2026-11-25", 7, [])])
        with journal.write():
            journal.execute("INSERT INTO entries (id, day, logged_at, energy, reflection) VALUES "
                            "('t1', '2026-11-27', '2026-11-27T08:00', 6, '[red]calm[/red] day')")
            journal.execute("INSERT INTO actions (id, text, due, status, created_at) VALUES "
                            "('a1', 'x', '2026-11-20', 'open', ''), ('a2', 'y', '2026-12-20', 'open', ''), "
                            "('a3', 'z', '2026-11-01', 'done', '')")
            journal.execute("INSERT INTO cycles (id, started_at, completed_at, status) VALUES "
                            "('c1', '', '2026-11-17T20:00:00+00:00', 'complete'), "
                            "('c2', '', NULL, 'draft')")
            journal.execute("INSERT INTO reviews (id, iso_week, started_at, completed_at) VALUES "
                            "('r1', '2026-W47', '', '2026-11-20T16:00:00+00:00')")
    out = cli(env={"COLUMNS": "100"}).stdout
    assert "energy 6 — [red]calm[/red] day" in out
    assert "Mon ▅6" in out and "Tue –" in out and "Wed ▆7" in out and "Sat ·" in out
    assert "mean 6.3 over 3 days" in out  # day means 6, 7, 6 (Mon is 4 and 8)
    assert "Actions: 2 open, 1 overdue" in out
    assert "Last cycle: 10 days ago" in out and "Last weekly review: 7 days ago" in out


def test_dashboard_shows_an_active_signal(cli, journal_path):
    with Journal.open(journal_path, write=True) as journal:
        daily_scores(journal, TODAY, [2] * 14)
    out = " ".join(cli(env={"COLUMNS": "200"}).stdout.split())
    assert "For about two weeks your energy scores have mostly been low" in out
    assert "low on most of your recent days" not in out  # two low weeks covers it
    assert "Thinking about suicide?" in out


def test_dashboard_in_dutch_at_sixty_columns(cli):
    result = cli("--lang", "nl", env={"COLUMNS": "60"})
    assert "Vandaag nog niets vastgelegd" in result.stdout and "Deze week" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 60


def test_dashboard_says_one_day_in_the_singular_and_dutch_words(cli, journal_path):
    with Journal.open(journal_path, write=True) as journal:
        add_entries(journal, [("2026-11-25", 7, [])])
        with journal.write():
            journal.execute("INSERT INTO actions (id, text, due, status, created_at) VALUES "
                            "('a1', 'x', '2026-11-20', 'open', '')")
            journal.execute("INSERT INTO cycles (id, started_at, completed_at, status) VALUES "
                            "('c1', '', '2026-11-17T20:00:00+00:00', 'complete')")
    out = cli(env={"COLUMNS": "100"}).stdout
    assert "mean 7.0 over 1 day" in out or "mean 7 over 1 day" in out
    dutch = cli("--lang", "nl", env={"COLUMNS": "100"}).stdout
    assert "over 1 dag" in dutch and "Laatste cyclus: 10 dagen geleden" in dutch
    assert "Acties: 1 open, 1 met datum verstreken" in dutch and "te laat" not in dutch
