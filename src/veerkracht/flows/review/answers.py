"""Reading the weekly review's answers: yes/no, decisions, outcomes, stop kinds, time split.

Each parser takes what the user typed and returns a value or raises InvalidValue with one
sentence, so the same rules serve prompts (asked again) and options (exit 2). The sentence
names no field: it says what was typed, what would do, and that Enter skips where it does.
Every question of the review can be skipped with an empty answer (``None``), like the
cycle's. Words are accepted in both languages; single letters follow the language in force,
because "d" is "done" in English and "deels" (partly) in Dutch.
"""

from __future__ import annotations

from veerkracht.domain.models import TimeSplitIn, validate
from veerkracht.domain.rules import plain_digits, text_value, whole_number
from veerkracht.domain.vocabulary import QUADRANTS
from veerkracht.errors import InvalidValue
from veerkracht.i18n import N_, current, t

_DECISIONS = {
    "do": "do",
    "doen": "do",
    "schedule": "schedule",
    "inplannen": "schedule",
    "delegate": "delegate",
    "delegeren": "delegate",
    "drop": "drop",
    "schrappen": "drop",
}
_OUTCOMES = {
    "done": "done",
    "gedaan": "done",
    "partly": "partly",
    "deels": "partly",
    "not": "not",
    "not done": "not",
    "did not get to it": "not",
    "didn't get to it": "not",
    "niet": "not",
    "niet gedaan": "not",
    "niet aan toegekomen": "not",
}
_OUTCOME_LETTERS = {
    "en": {"d": "done", "p": "partly", "n": "not"},
    "nl": {"g": "done", "d": "partly", "n": "not"},
}
_CARRY = {
    "carry": "carry",
    "carry over": "carry",
    "meenemen": "carry",
    "done": "done",
    "gedaan": "done",
    "let go": "drop",
    "drop": "drop",
    "loslaten": "drop",
    "schrappen": "drop",
}
_CARRY_LETTERS = {
    "en": {"c": "carry", "d": "done", "x": "drop", "l": "drop"},  # l: "let go", as before
    "nl": {"m": "carry", "g": "done", "s": "drop", "l": "drop"},  # l: "loslaten", as before
}
_STOP_KINDS = {
    "stop": "stop",
    "stoppen": "stop",
    "pause": "pause",
    "pauzeren": "pause",
    "shrink": "shrink",
    "verkleinen": "shrink",
    "sprint": "sprint",
    "cut into a sprint": "sprint",
    "cut into sprints": "sprint",
    "opknippen": "sprint",
    "opknippen in een sprint": "sprint",
}


_SKIP = {"skip", "overslaan", "sla over"}


def _word(text: str) -> str:
    return " ".join(text.strip().lower().split())


def skipped(text: str) -> bool:
    """An empty answer, or "skip" / "overslaan" typed where Enter skips (the stop list)."""
    value = _word(text)
    return not value or value in _SKIP


def decision(text: str | None) -> str | None:
    """A decision code from English or Dutch; empty means "the quadrant's own" (None)."""
    if text is None or not _word(text):
        return None
    value = _word(text)
    if value not in _DECISIONS:
        raise InvalidValue(t("review.bad_decision", value=text))
    return _DECISIONS[value]


def outcome(text: str) -> str | None:
    """How an intention went: done, partly or not (did not get to it); empty skips (None)."""
    value = _word(text)
    if not value:
        return None
    found = _OUTCOMES.get(value) or _OUTCOME_LETTERS[current()].get(value)
    if found is None:
        raise InvalidValue(t("review.bad_outcome", value=text))
    return found


def carry(text: str) -> str:
    """What to do with last week's open item: carry (the default), done or drop."""
    value = _word(text)
    if not value:
        return "carry"
    found = _CARRY.get(value) or _CARRY_LETTERS[current()].get(value)
    if found is None:
        raise InvalidValue(t("review.bad_carry", value=text))
    return found


def stop_kind(text: str) -> str:
    """Stop, pause, shrink or sprint."""
    found = _STOP_KINDS.get(_word(text))
    if found is None:
        raise InvalidValue(t("review.bad_stop_kind", value=text))
    return found


def optional_stop_kind(text: str) -> str | None:
    """:func:`stop_kind`, or None when skipped (the item stays off the stop list)."""
    return None if skipped(text) else stop_kind(text)


def optional_time_split(text: str) -> TimeSplitIn | None:
    """:func:`time_split`, or None for an empty answer (the question skipped)."""
    return time_split(text) if text.strip() else None


def score_on_scale(text: str, low: int, high: int, key: str) -> int | None:
    """A whole number from ``low`` to ``high`` (a typographic minus and a plus sign too), or
    None for an empty answer; else InvalidValue with the sentence ``key`` (given ``value``)."""
    value = text.strip()
    if not value:
        return None
    try:
        number = whole_number(value)
    except ValueError:
        raise InvalidValue(t(key, value=value)) from None
    if not low <= number <= high:
        raise InvalidValue(t(key, value=value))
    return number


def time_split(text: str) -> TimeSplitIn:
    """Four percentages that add up to 100, or four 0–4 scores turned into shares.

    Four scores of 0–4 add up to 16 at most, so the two forms never look alike.
    """
    parts = text.replace(",", " ").replace(";", " ").replace("%", " ").replace("/", " ").split()
    try:
        numbers = [whole_number(part) for part in parts]  # digits 0–9 only, like every number
    except ValueError:
        raise InvalidValue(t("review.bad_split_count")) from None
    if len(numbers) != 4:
        raise InvalidValue(t("review.bad_split_count"))
    if sum(numbers) != 100 and all(0 <= number <= 4 for number in numbers):
        if not any(numbers):
            raise InvalidValue(t("review.bad_split_zero"))
        numbers = shares(numbers)
    if any(not 0 <= number <= 100 for number in numbers):
        raise InvalidValue(t("review.bad_split_range"))
    if sum(numbers) != 100:
        raise InvalidValue(t("review.bad_split_sum", total=sum(numbers)))
    return validate(TimeSplitIn, **dict(zip(QUADRANTS, numbers)))


def shares(scores: list[int]) -> list[int]:
    """Whole percentages proportional to ``scores`` that add up to exactly 100.

    Largest remainder: each gets its floor, the leftover points go to the biggest fractions
    (ties to the earlier quadrant).
    """
    total = sum(scores)
    exact = [score * 100 / total for score in scores]
    result = [int(value) for value in exact]
    order = sorted(range(len(scores)), key=lambda i: (-(exact[i] - result[i]), i))
    for index in order[: 100 - sum(result)]:
        result[index] += 1
    return result


# -- free text -------------------------------------------------------------------------------


def optional_text(text: str) -> str | None:
    """Free text up to 2,000 characters; empty means skipped (None)."""
    try:
        value = text_value(text.strip(), 2_000)
    except ValueError as error:
        raise InvalidValue(str(error)) from None
    return value


def optional_title(text: str) -> str | None:
    """A title up to 500 characters; empty means "no more" (None)."""
    try:
        return text_value(text.strip(), 500)
    except ValueError as error:
        raise InvalidValue(str(error)) from None


def delegate_to(text: str, people: list[str]) -> str | None:
    """A name, or the number of one of ``people`` (the names offered); empty skips (None).

    A name typed as offered, in other capitals, takes the offered spelling.
    """
    value = optional_text(text)
    if not value:
        return None
    if people and value.isdigit():  # digits of another script are refused, like everywhere
        if not plain_digits(value) or not 1 <= int(value) <= len(people):
            raise InvalidValue(t("review.bad_person_number", value=value))
        return people[int(value) - 1]
    return next((name for name in people if name.casefold() == value.casefold()), value)


def required(text: str, key: str) -> str:
    """Text given as an option, which an empty value cannot be; ``key`` says so."""
    value = optional_text(text)
    if not value:
        raise InvalidValue(t(key))
    return value


def headline(text: str) -> str:
    """The week in one line, given as ``--headline`` (asked, it may be left empty)."""
    return required(text, N_("review.empty_headline"))
