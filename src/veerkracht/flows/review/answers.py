"""Reading the weekly review's answers: yes/no, decisions, outcomes, stop kinds, time split.

Each parser takes what the user typed and returns a value or raises InvalidValue with one
sentence, so the same rules serve prompts (asked again) and options (exit 2). Words are
accepted in both languages; single letters follow the language in force, because "d" is
"done" in English and "deels" (partly) in Dutch.
"""

from __future__ import annotations

from veerkracht.domain.models import TimeSplitIn, validate
from veerkracht.domain.rules import text_value, whole_number
from veerkracht.domain.vocabulary import QUADRANTS
from veerkracht.errors import InvalidValue
from veerkracht.i18n import current, t

_YES = {"y", "yes", "j", "ja"}
_NO = {"n", "no", "nee"}
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
    "niet": "not",
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
}
_CARRY_LETTERS = {
    "en": {"c": "carry", "d": "done", "l": "drop"},
    "nl": {"m": "carry", "g": "done", "l": "drop"},
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


def _word(text: str) -> str:
    return " ".join(text.strip().lower().split())


def yes_no(text: str, default: bool | None = None) -> bool:
    """y/yes/j/ja or n/no/nee; an empty answer is ``default`` when there is one."""
    value = _word(text)
    if not value and default is not None:
        return default
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise InvalidValue(t("review.bad_yes_no", value=text))


def decision(text: str | None) -> str | None:
    """A decision code from English or Dutch; empty means "the quadrant's own" (None)."""
    if text is None or not _word(text):
        return None
    value = _word(text)
    if value not in _DECISIONS:
        raise InvalidValue(t("review.bad_decision", value=text))
    return _DECISIONS[value]


def outcome(text: str) -> str:
    """How an intention went: done, partly or not."""
    value = _word(text)
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


def required(text: str, label: str) -> str:
    """Text that must be there; the error names ``label``."""
    value = optional_text(text)
    if not value:
        raise InvalidValue(label + ": " + t("core.rule_required"))
    return value


def who(text: str) -> str:
    """Whom an item is delegated to."""
    return required(text, t("review.prompt_delegate_to").rstrip("?"))


def headline(text: str) -> str:
    """The week in one line (required)."""
    return required(text, t("review.show_headline"))
