"""The weekly review without questions: ``review add`` and answers given as options."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from veerkracht.db.journal import Journal
from veerkracht.domain.period import Period
from veerkracht.domain.vocabulary import quadrant
from veerkracht.errors import InvalidValue
from veerkracht.flows.review import answers
from veerkracht.i18n import N_, t
from veerkracht.store import reviews as store

MAX_INTENTIONS = 3


def add_item(journal: Journal, week: Period, lang: str, item: Any) -> dict:
    """Store one item (a validated ReviewItemIn) in the week's review; return it as shown."""
    code = quadrant(item.urgent, item.important)
    if item.delegate_to and (item.decision or code) != "delegate":
        raise InvalidValue(t("review.to_needs_delegate"))
    with journal.write():
        review = store.ensure(journal, week.label, lang)
        item_id = store.add_item(journal, review["id"], item)
    return next(row for row in store.items(journal, review["id"]) if row["id"] == item_id)


@dataclass(frozen=True)
class Given:
    """Answers given as options, already validated."""

    split: Any = None
    headline: str | None = None
    coach_question: str | None = None
    intentions: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return any((self.split, self.headline, self.coach_question, self.intentions))


def read_given(
    split: str | None, headline: str | None, coach: str | None, intentions: list[str]
) -> Given:
    """Validate every option before anything is written (exit 2 on the first bad one)."""
    return Given(
        split=answers.time_split(split) if split is not None else None,
        headline=answers.headline(headline) if headline is not None else None,
        coach_question=answers.optional_text(coach) if coach is not None else None,
        intentions=tuple(
            answers.required(text, N_("review.empty_intention")) for text in intentions
        ),
    )


def save_given(journal: Journal, week: Period, lang: str, given: Given) -> None:
    """Store answers given as options in one transaction: all of them or none."""
    with journal.write():
        review = store.ensure(journal, week.label, lang)
        have = len(store.intentions(journal, review["id"]))
        if have + len(given.intentions) > MAX_INTENTIONS:
            raise InvalidValue(t("review.too_many_intentions", have=have))
        if given.split is not None:
            store.set_time_split(journal, review["id"], given.split)
        for name in ("headline", "coach_question"):
            if getattr(given, name) is not None:
                store.set_field(journal, review["id"], name, getattr(given, name))
        for text in given.intentions:
            store.add_intention(journal, review["id"], text, next_sunday(week))


def next_sunday(week: Period) -> date:
    """The due day of a week's intentions: the Sunday of the week after."""
    return week.sunday + timedelta(days=7)
