"""A small journal with a record in every table, written with SQL so these tests do not
depend on the commands of other areas (cycle, review, connect, values, actions)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from veerkracht.db.journal import Journal

TODAY = date(2026, 11, 27)


def uid(name: str) -> str:
    """A stable UUID per name, so tests can point at records."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"veerkracht-test:{name}"))


def at(day: date, hour: int = 9) -> str:
    return f"{day.isoformat()}T{hour:02d}:00:00+00:00"


def insert(journal: Journal, table: str, **row: object) -> None:
    names = ", ".join(f'"{k}"' for k in row)
    # Days as ISO text, as the journal stores them (sqlite3's date adapter is deprecated).
    values = tuple(value.isoformat() if isinstance(value, date) else value for value in row.values())
    journal.execute(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(row))})', values)


def seed(journal: Journal) -> None:
    """Five weeks of entries and one of everything else, some of it hostile to Markdown."""
    with journal.write():
        _entries(journal)
        insert(journal, "values", id=uid("v1"), name="Honesty | openness", scope="personal",
               why="# it matters", created_at=at(TODAY - timedelta(days=60)))
        insert(journal, "values", id=uid("v2"), name="Care", scope="organisation",
               created_at=at(TODAY - timedelta(days=60)))
        _cycle(journal)
        _reviews(journal)
        for n, (who, kind, care, challenge) in enumerate(
            [("Anna", "one-on-one", 1, 0), ("Bram", "team", 0, 1), ("Anna", "checkin", 1, 1)]
        ):
            day = TODAY - timedelta(days=3 + n)
            insert(journal, "connections", id=uid(f"c{n}"), day=day.isoformat(), who=who,
                   kind=kind, care=care, challenge=challenge, note="talked about *home*",
                   logged_at=at(day))
        insert(journal, "settings", key="lang", value="en")
        insert(journal, "settings", key="private", value="no")


def _entries(journal: Journal) -> None:
    for back in range(35):
        day = TODAY - timedelta(days=back)
        tags = ["sport"] if back % 3 == 0 else ["meetings"] if back % 3 == 1 else []
        energy = 8 if "sport" in tags else 3 if "meetings" in tags else 6
        entry_id = uid(f"e{back}")
        insert(journal, "entries", id=entry_id, day=day.isoformat(), logged_at=at(day, 20),
               energy=energy, reflection=f"Day {back}: **bold** | pipe\n# heading?\n- list?",
               win="Shipped <b>it</b> & more" if back % 5 == 0 else None,
               private=1 if back == 2 else 0, source="cli")
        for tag in tags:
            insert(journal, "entry_tags", entry_id=entry_id, tag=tag)
    insert(journal, "entries", id=uid("note"), day=TODAY.isoformat(), logged_at=at(TODAY, 21),
           energy=None, reflection="SECRET private note", private=1, source="cli")


def _cycle(journal: Journal) -> None:
    day = TODAY - timedelta(days=10)
    insert(journal, "cycles", id=uid("cy"), started_at=at(day), completed_at=at(day, 10),
           status="complete", lang="en")
    answers = [("vertragen", "stamina", "slow.stamina.1", "Meetings drained; a run gave back", None),
               ("verdiepen", "values", "deep.values.1", "> quoted\n1) numbered", None),
               ("versnellen", "stamina", "act.stamina.2", "Stop the weekly sync", None)]
    for n, (phase, pillar, prompt, text, score) in enumerate(answers):
        insert(journal, "cycle_answers", id=uid(f"a{n}"), cycle_id=uid("cy"), phase=phase,
               pillar=pillar, prompt_id=prompt, text=text, score=score, answered_at=at(day))
    insert(journal, "value_checks", id=uid("vc1"), value_id=uid("v1"), cycle_id=uid("cy"),
           alignment=4, checked_at=at(day))
    insert(journal, "actions", id=uid("act1"), text="Cancel the | sync", due=(TODAY - timedelta(days=2)).isoformat(),
           status="open", origin="cycle", origin_id=uid("cy"), created_at=at(day))


def _reviews(journal: Journal) -> None:
    for n, week in enumerate(("2026-W47", "2026-W48")):
        monday = date.fromisocalendar(2026, int(week[-2:]), 5)
        review = uid(f"r{n}")
        insert(journal, "reviews", id=review, iso_week=week, started_at=at(monday),
               completed_at=at(monday, 10), share_do=40, share_schedule=30, share_delegate=20,
               share_drop=10, headline=f"Headline {week}: *steady*", care_challenge=-1 + n,
               coach_question="How do I say no | kindly?" if n else None,
               recovery_habit="Walk at lunch", win="Team laughed", lang="en",
               steps_done='["look", "sort"]')
        for m, (title, urgent, important, decision, stop) in enumerate(
            [("Budget", 1, 1, None, 0), ("Weekly sync", 0, 0, None, 1), ("Hire", 0, 1, "schedule", 0)]
        ):
            insert(journal, "review_items", id=uid(f"ri{n}{m}"), review_id=review,
                   title=f"{title} <x>", urgent=urgent, important=important, decision=decision,
                   stop=stop, status="open", created_at=at(monday),
                   carried_from=uid(f"ri0{m}") if n else None)
        insert(journal, "actions", id=uid(f"int{n}"), text=f"Intention {n}", status="done" if n == 0 else "open",
               origin="review", origin_id=review, created_at=at(monday),
               outcome="partly" if n == 0 else None, outcome_note="ran out of time" if n == 0 else None,
               closed_at=at(monday + timedelta(days=1)) if n == 0 else None)
        insert(journal, "value_checks", id=uid(f"vcr{n}"), value_id=uid("v2"), review_id=review,
               alignment=3 + n, checked_at=at(monday))


def old_disagreements(journal: Journal) -> None:
    """Records on which the report and the coach summary used to count differently.

    An action made before the period and still open (overdue), one made before it and done in
    it, a review of a week before the period that was filled in during it, a name written once
    in lower case, and a review item not sorted yet (in no quadrant, so not dropped).
    """
    with journal.write():
        insert(journal, "actions", id=uid("old"), text="Old promise", due=TODAY - timedelta(days=40),
               status="open", origin="manual", created_at=at(TODAY - timedelta(days=50)))
        insert(journal, "actions", id=uid("late"), text="Finished late", status="done",
               origin="manual", created_at=at(TODAY - timedelta(days=45)),
               closed_at=at(TODAY - timedelta(days=17)))
        insert(journal, "reviews", id=uid("r43"), iso_week="2026-W43",
               started_at=at(TODAY - timedelta(days=20)), care_challenge=2, lang="en")
        insert(journal, "connections", id=uid("c-anna"), day=TODAY - timedelta(days=1), who="anna",
               kind="checkin", care=0, challenge=0, logged_at=at(TODAY - timedelta(days=1)))
        insert(journal, "review_items", id=uid("unsorted"), review_id=uid("r1"), title="Later",
               status="open", created_at=at(TODAY))
