"""Build a large journal quickly with bulk SQL, for the export/import benchmarks.

Usage: python benchmarks/build_journal.py PATH [--years N] [--seed S]

Independent of the ``demo`` command: it writes rows straight into a journal created by
veerkracht itself (so the schema is the real one). Every day has one or two entries with
tags and text; every week a review with items, intentions and a value check; every month a
cycle with answers; a few moments of contact a week.
"""

from __future__ import annotations

import argparse
import random
import uuid
from datetime import date, timedelta
from pathlib import Path

from veerkracht.journal import Journal

TAGS = ("sport", "meetings", "family", "travel", "deadline", "sleep", "team")
WORDS = "calm busy tired hopeful sprint budget talk walk plan focus team client quiet".split()


def build(path: Path, years: int, seed: int, today: date) -> None:
    rng = random.Random(seed)
    ids = lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))  # noqa: E731
    journal = Journal.open(path, write=True)
    entries, tags, reviews, items, actions, checks, cycles, answers, connections = ([] for _ in range(9))
    values = [(ids(), name, "2016-01-01T09:00:00+00:00") for name in ("Honesty", "Care", "Courage")]
    first = today - timedelta(days=365 * years - 1)
    for n in range((today - first).days + 1):
        day = first + timedelta(days=n)
        stamp = f"{day.isoformat()}T20:00:00+00:00"
        for _ in range(1 if rng.random() < 0.8 else 2):
            entry = ids()
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 30)))
            entries.append((entry, day.isoformat(), stamp, rng.randint(2, 9), text,
                            text[:20] if rng.random() < 0.3 else None, int(rng.random() < 0.05)))
            tags += [(entry, tag) for tag in rng.sample(TAGS, rng.randint(0, 2))]
        if rng.random() < 0.4:
            connections.append((ids(), day.isoformat(), rng.choice(("Anna", "Bram", "Chen", "Dewi")),
                                rng.choice(("checkin", "one-on-one", "peer", "team")),
                                int(rng.random() < 0.6), int(rng.random() < 0.4), stamp))
        if day.weekday() == 4:
            review = ids()
            year, week, _ = day.isocalendar()
            reviews.append((review, f"{year}-W{week:02d}", stamp, stamp, "A steady week", "How do I say no?"))
            items += [(ids(), review, f"Item {k}", rng.randint(0, 1), rng.randint(0, 1), stamp) for k in range(4)]
            actions.append((ids(), "Block focus time", "review", review, stamp,
                            rng.choice(("done", "partly", "not"))))
            checks.append((ids(), rng.choice(values)[0], None, review, rng.randint(1, 5), stamp))
        if day.day == 1:
            cycle = ids()
            cycles.append((cycle, stamp, stamp))
            answers += [(ids(), cycle, "vertragen", "stamina", "slow.stamina.1", "Meetings drained", stamp),
                        (ids(), cycle, "versnellen", "values", "act.values.1", "Explain the why", stamp)]
    with journal.write():
        run = journal.conn.executemany
        run('INSERT INTO "values" (id, name, created_at) VALUES (?, ?, ?)', values)
        run("INSERT INTO entries (id, day, logged_at, energy, reflection, win, private) VALUES (?,?,?,?,?,?,?)", entries)
        run("INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)", tags)
        run("INSERT INTO connections (id, day, who, kind, care, challenge, logged_at) VALUES (?,?,?,?,?,?,?)", connections)
        run("INSERT INTO reviews (id, iso_week, started_at, completed_at, headline, coach_question) VALUES (?,?,?,?,?,?)", reviews)
        run("INSERT INTO review_items (id, review_id, title, urgent, important, created_at) VALUES (?,?,?,?,?,?)", items)
        run("INSERT INTO actions (id, text, origin, origin_id, created_at, outcome) VALUES (?,?,?,?,?,?)", actions)
        run("INSERT INTO cycles (id, started_at, completed_at, status) VALUES (?, ?, ?, 'complete')", cycles)
        run("INSERT INTO cycle_answers (id, cycle_id, phase, pillar, prompt_id, text, answered_at) VALUES (?,?,?,?,?,?,?)", answers)
        run("INSERT INTO value_checks (id, value_id, cycle_id, review_id, alignment, checked_at) VALUES (?,?,?,?,?,?)", checks)
    journal.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 27))
    args = parser.parse_args()
    build(args.path, args.years, args.seed, args.today)


if __name__ == "__main__":
    main()
