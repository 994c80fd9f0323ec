"""The sample journal's weekly reviews and cycles (see ``veerkracht.flows.demo.build``)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Protocol

from veerkracht.domain.dates import week_label
from veerkracht.domain.vocabulary import PHASES, PILLARS, STOP_KINDS
from veerkracht.flows.demo import words


class Generator(Protocol):
    """What a review or a cycle needs of the sample journal being built (``build.Generator``)."""

    rng: random.Random
    rows: dict[str, list[tuple]]
    today: date
    lang: str
    value_ids: list[str]

    def new_id(self) -> str: ...

    def in_dip(self, day: date) -> bool: ...

    def stamp(self, day: date, minutes: int) -> str: ...

    def pick(self, table: dict) -> str: ...

    def action(self, created: date, text: str, origin: str, origin_id: str) -> None: ...


def time_split(gen: Generator, heavy: bool) -> tuple[int, int, int, int]:
    """Shares of do / schedule / delegate / drop that add up to 100."""
    rng = gen.rng
    do = rng.randint(68, 82) if heavy else rng.randint(30, 50)
    schedule = rng.randint(5, 12) if heavy else rng.randint(22, 40)
    delegate = rng.randint(min(5, 100 - do - schedule), min(20, 100 - do - schedule))
    return do, schedule, delegate, 100 - do - schedule - delegate


def review_week(gen: Generator, friday: date, previous: list[tuple]) -> list[tuple]:
    """One completed review on ``friday``; returns its items (for next week's carry-over)."""
    rng = gen.rng
    review_id = gen.new_id()
    heavy = gen.in_dip(friday) or gen.in_dip(friday - timedelta(days=7))
    split = time_split(gen, heavy)
    gen.rows["reviews"].append(
        (review_id, week_label(*friday.isocalendar()[:2]), gen.stamp(friday, 15 * 60),
         gen.stamp(friday, 15 * 60 + 25), *split, gen.pick(words.HEADLINES),
         rng.randint(-1, 1), gen.lang)
    )
    items = []
    open_before = [item for item in previous if item[8] == "open"]
    carried = rng.choice(open_before) if open_before and rng.random() < 0.6 else None
    if carried is not None:
        items.append(_item(gen, review_id, friday, carried[2], carried[3], carried[4], carried[0]))
    for index in range(rng.randint(3, 6)):
        urgent = int(rng.random() < (0.75 if heavy else 0.45))
        important = int(rng.random() < 0.6)
        items.append(_item(gen, review_id, friday, gen.pick(words.ITEMS), urgent, important,
                           None, stop=int(index == 0 and not important)))
    gen.rows["review_items"].extend(items)
    for _ in range(rng.randint(1, 2)):
        gen.action(friday, gen.pick(words.ITEMS), "review", review_id)
    return items


def _item(gen: Generator, review_id: str, friday: date, title: str, urgent: int,
          important: int, carried_from: str | None, stop: int = 0) -> tuple:
    rng = gen.rng
    decision = rng.choice(("delegate", "drop")) if rng.random() < 0.12 else None
    if stop:
        decision = "drop"
    status = "open"
    if friday < gen.today - timedelta(days=6):
        status = rng.choices(("done", "dropped", "open"), (60, 15, 25))[0]
    # The kind follows the title (no random draw, so the rest of the demo stays as it was).
    kind = STOP_KINDS[len(title) % len(STOP_KINDS)] if stop else None
    return (gen.new_id(), review_id, title, urgent, important, decision, carried_from, stop,
            status, gen.stamp(friday, 15 * 60 + 5), kind)


def cycle(gen: Generator, day: date, number: int) -> None:
    """A completed cycle on ``day``: a prompt per phase, values checks, a commitment."""
    rng = gen.rng
    cycle_id = gen.new_id()
    gen.rows["cycles"].append(
        (cycle_id, gen.stamp(day, 19 * 60), gen.stamp(day, 19 * 60 + 22), "complete", gen.lang)
    )
    for index, phase in enumerate(PHASES):
        pillar = PILLARS[(number + index) % 3]
        prompt = rng.choice(words.PROMPTS[(phase, pillar)])
        gen.rows["cycle_answers"].append(
            (gen.new_id(), cycle_id, phase, pillar, prompt,
             words.ANSWERS[prompt][gen.lang == "nl"], None,
             gen.stamp(day, 19 * 60 + 5 + 6 * index))
        )
    low = gen.in_dip(day)
    for value_id in gen.value_ids:
        alignment = max(1, min(5, rng.randint(3, 5) - (2 if low else 0)))
        gen.rows["value_checks"].append(
            (gen.new_id(), value_id, cycle_id, alignment, gen.stamp(day, 19 * 60 + 12))
        )
    for _ in range(rng.randint(1, 2)):
        gen.action(day, gen.pick(words.COMMITMENTS), "cycle", cycle_id)
