"""A realistic sample journal, deterministic per seed; also the benchmark data generator.

The energy model: a base level, a weekly rhythm (Mondays heavier, weekends lighter), a slow
wave, tags that lift or drain, noise, and dips of about two weeks (the last one ending a few
weeks before today, so a report shows a dip and the recovery). Around it: cycles with
answers to the catalogue's prompts and values checks, weekly reviews with items, time splits
and carry-overs, actions born in both, and moments of contact (fewer during a dip).
Everything is written in one transaction with bulk inserts.
"""

from __future__ import annotations

import math
import random
import uuid
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from veerkracht.clock import stamp_at
from veerkracht.db.journal import Journal
from veerkracht.domain.vocabulary import CONNECTION_KINDS
from veerkracht.flows.demo import words
from veerkracht.flows.demo.reviews import cycle, review_week

DIP_LENGTH, DIP_DEPTH, DIP_EVERY, DIP_END_BEFORE = 12, 3.6, 270, 9


class Generator:
    """Rows for every table of a sample journal of ``days`` days ending ``today``."""

    def __init__(self, *, days: int, seed: int, today: date, lang: str = "en", per_day: int = 1):
        self.rng = random.Random(seed)
        self.days, self.today, self.per_day = days, today, per_day
        self.start = today - timedelta(days=days - 1)
        self.lang = lang if lang in words.REFLECTIONS else "en"
        self.rows: dict[str, list[tuple]] = defaultdict(list)
        last_dip = days - DIP_END_BEFORE - DIP_LENGTH
        self.dips = [(s, s + DIP_LENGTH) for s in range(last_dip, 6, -DIP_EVERY)]
        self.value_ids = [self.new_id() for _ in words.VALUES[self.lang]]

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def in_dip(self, day: date) -> bool:
        index = (day - self.start).days
        return any(start <= index < end for start, end in self.dips)

    def stamp(self, day: date, minutes: int) -> str:
        """A local timestamp on ``day``, ``minutes`` after midnight."""
        minutes = max(0, min(minutes, 24 * 60 - 1))
        return stamp_at(day, minutes // 60, minutes % 60)

    def pick(self, table: dict) -> str:
        return self.rng.choice(table[self.lang])

    def generate(self) -> dict[str, list[tuple]]:
        """Every row, table by table (same seed and arguments, same rows)."""
        self._values()
        for offset in range(self.days):
            self._day(self.start + timedelta(days=offset))
        self._weeks()
        self._cycles()
        return self.rows

    def _values(self) -> None:
        created = self.stamp(self.start, 8 * 60)
        for value_id, (name, why) in zip(self.value_ids, words.VALUES[self.lang]):
            self.rows["values"].append((value_id, name, "personal", why, created))

    def energy(self, day: date, tags: list[str]) -> float:
        index = (day - self.start).days
        level = 6.4 + words.WEEKDAY_EFFECT[day.weekday()] + 0.6 * math.sin(index / 9.5)
        level += sum(effect for tag, _, _, effect in words.TAGS if tag in tags)
        level -= DIP_DEPTH if self.in_dip(day) else 0.0
        return level + self.rng.gauss(0, 0.9)

    def _day(self, day: date) -> None:
        rng, weekend = self.rng, day.weekday() >= 5
        chance = 0.7 if self.in_dip(day) else (0.62 if weekend else 0.88)
        if rng.random() > chance and day != self.today:  # today is logged: the dashboard shows it
            return
        tags = [tag for tag, wk, we, _ in words.TAGS if rng.random() < (we if weekend else wk)]
        level = self.energy(day, tags)
        count = self.per_day if self.per_day > 1 else (2 if rng.random() < 0.12 else 1)
        for k in range(count):
            score = max(0, min(10, round(level + (rng.gauss(0, 0.7) if k else 0))))
            self._entry(day, 7 * 60 + k * (900 // count) + rng.randint(0, 9), score, tags)
        if rng.random() < 0.04:
            self._entry(day, 21 * 60 + rng.randint(0, 50), None, [])

    def _entry(self, day: date, minutes: int, energy: int | None, tags: list[str]) -> None:
        rng = self.rng
        entry_id = self.new_id()
        reflection = self.pick(words.REFLECTIONS) if energy is None or rng.random() < 0.7 else None
        win = self.pick(words.WINS) if energy is not None and rng.random() < 0.3 else None
        private = int(rng.random() < 0.08)
        self.rows["entries"].append(
            (entry_id, day.isoformat(), self.stamp(day, minutes), energy, reflection, win,
             private, "demo")
        )
        self.rows["entry_tags"].extend((entry_id, words.TAG_WORDS[self.lang][tag]) for tag in tags)

    def _weeks(self) -> None:
        """Per ISO week: contacts, and (most weeks) a review on Friday."""
        monday = self.start - timedelta(days=self.start.weekday())
        previous: list[tuple] = []
        while monday <= self.today:
            self._connections(monday)
            friday = monday + timedelta(days=4)
            if self.start <= friday <= self.today and self.rng.random() < 0.85:
                previous = review_week(self, friday, previous)
            monday += timedelta(days=7)

    def _connections(self, monday: date) -> None:
        rng = self.rng
        quiet = self.in_dip(monday + timedelta(days=2))
        for _ in range(rng.randint(0, 1) if quiet else rng.randint(1, 4)):
            day = monday + timedelta(days=rng.randint(0, 4))
            if not self.start <= day <= self.today:
                continue
            self.rows["connections"].append(
                (self.new_id(), day.isoformat(), rng.choice(words.PEOPLE),
                 rng.choice(CONNECTION_KINDS), int(rng.random() < 0.55),
                 int(rng.random() < 0.35), None, self.stamp(day, 12 * 60))
            )

    def action(self, created: date, text: str, origin: str, origin_id: str) -> None:
        """A commitment made on ``created``; older ones are mostly done by now."""
        rng = self.rng
        due = created + timedelta(days=rng.randint(3, 14))
        status, closed = "open", None
        if due < self.today - timedelta(days=3):
            status = rng.choices(("done", "dropped", "open"), (70, 15, 15))[0]
            closed = None if status == "open" else self.stamp(min(due, self.today), 17 * 60)
        action_id = self.new_id()
        # A review's intention is looked back on in the next week's review: done when it was
        # done, otherwise partly or not (from its ID, so the sample's other draws stay the same).
        outcome = None
        if origin == "review" and created + timedelta(days=7) <= self.today:
            outcome = "done" if status == "done" else ("partly" if action_id[0] in "01234567" else "not")
        self.rows["actions"].append(
            (action_id, text, due.isoformat(), status, origin, origin_id,
             self.stamp(created, 19 * 60 + 30), closed, outcome)
        )

    def _cycles(self) -> None:
        """A cycle every three weeks or so; the pillars take turns across cycles."""
        day, number = self.start + timedelta(days=self.rng.randint(3, 10)), 0
        while day <= self.today:
            cycle(self, day, number)
            number += 1
            day += timedelta(days=self.rng.randint(17, 25))


INSERTS = {
    "values": 'INSERT INTO "values" (id, name, scope, why, created_at) VALUES (?, ?, ?, ?, ?)',
    "entries": "INSERT INTO entries (id, day, logged_at, energy, reflection, win, private, "
    "source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "entry_tags": "INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)",
    "connections": "INSERT INTO connections (id, day, who, kind, care, challenge, note, "
    "logged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "cycles": "INSERT INTO cycles (id, started_at, completed_at, status, lang) "
    "VALUES (?, ?, ?, ?, ?)",
    "cycle_answers": "INSERT INTO cycle_answers (id, cycle_id, phase, pillar, prompt_id, text, "
    "score, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "reviews": "INSERT INTO reviews (id, iso_week, started_at, completed_at, share_do, "
    "share_schedule, share_delegate, share_drop, headline, care_challenge, lang) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "review_items": "INSERT INTO review_items (id, review_id, title, urgent, important, "
    "decision, carried_from, stop, status, created_at, stop_kind) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "value_checks": "INSERT INTO value_checks (id, value_id, cycle_id, alignment, checked_at) "
    "VALUES (?, ?, ?, ?, ?)",
    "actions": "INSERT INTO actions (id, text, due, status, origin, origin_id, created_at, "
    "closed_at, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
}


def build(path: Path, *, days: int, seed: int, today: date, lang: str = "en",
          per_day: int = 1) -> dict[str, int]:
    """Create a new journal at ``path`` filled with sample data; return the row counts."""
    rows = Generator(days=days, seed=seed, today=today, lang=lang, per_day=per_day).generate()
    with Journal.open(path, write=True) as journal:
        with journal.write():
            for table, sql in INSERTS.items():
                journal.conn.executemany(sql, rows.get(table, []))
            journal.execute("PRAGMA optimize")
    return {table: len(rows.get(table, [])) for table in INSERTS}
