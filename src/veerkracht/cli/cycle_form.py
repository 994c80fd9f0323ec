"""Correcting a cycle's answers as one form in $EDITOR.

Each question is a marker line ``--- <prompt id> ---`` with the question below it as ``#``
lines, then the answer. Lines starting with ``#`` are left out; an answer line that itself
starts with ``#`` or ``\\`` or looks like a marker is written with a ``\\`` in front, which is
taken off again, so any answer survives the round trip unchanged. An answer left as it was
stays; one that is emptied is cleared (as if the question had been skipped); a question whose
marker is removed stays as it was. The care ↔ challenge check is a number from −2 to +2; a
core value's check ("values in practice", marker ``--- value:<value id> ---``) one from 1 to 5.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from veerkracht.cli.forms import edit_until_valid
from veerkracht.domain import catalogue
from veerkracht.domain.models import AnswerIn, ValueCheckIn, validate
from veerkracht.errors import InvalidValue
from veerkracht.flows.review.answers import score_on_scale
from veerkracht.i18n import N_, current, t, words
from veerkracht.store.cycles import Progress

_MARK = re.compile(r"--- ([A-Za-z0-9_.:-]+) ---")
_ORDER = {prompt.id: number for number, prompt in enumerate(catalogue.PROMPTS)}
_VALUE = "value:"  # a core value's check: "value:<value id>", as the cycle's skipped steps name it


class Question(NamedTuple):
    """One question of the form and its answer as stored (``text`` or, for a scale, ``score``)."""

    prompt_id: str
    phase: str
    pillar: str
    text: str | None
    score: int | None
    value: str | None = None  # the core value's name, for its check


def questions(state: Progress) -> list[Question]:
    """The questions a cycle has asked, answered or skipped (a draft's later ones are not yet
    asked and stay out), in the catalogue's order."""
    found = {
        pid: Question(pid, row["phase"], row["pillar"], row["text"], row["score"])
        for pid, row in state.answers.items()
    }
    for pid in state.skipped:
        prompt = catalogue.BY_ID.get(pid)
        if prompt is not None and pid not in found and prompt.kind in ("text", "goal", "options", "balance"):
            found[pid] = Question(pid, prompt.phase, prompt.pillar, None, None)
    for vid, row in state.checks.items():
        found[_VALUE + vid] = Question(_VALUE + vid, catalogue.ALIGNMENT.phase, catalogue.ALIGNMENT.pillar,
                                       None, row["alignment"], row["name"])
    return sorted(found.values(), key=lambda q: (_ORDER.get(_order_id(q), len(_ORDER)), q.value or "", q.prompt_id))


def _order_id(question: Question) -> str:
    return catalogue.ALIGNMENT.id if question.value is not None else question.prompt_id


def edit_answers(
    asked: list[Question], journal: Path, *, key: str, command: str
) -> dict[str, AnswerIn | ValueCheckIn | None]:
    """Let the user correct ``asked`` in $EDITOR; return the changed answers by prompt id
    (``None``: cleared). A form with a mistake is said and may be reopened (``cli/forms.py``)."""
    form = render_form(asked)
    before = _blocks(form, asked)
    return edit_until_valid(form, journal, lambda text: changes(text, asked, before), key=key, command=command)


def split(
    changed: dict[str, AnswerIn | ValueCheckIn | None],
) -> tuple[dict[str, AnswerIn | None], dict[str, ValueCheckIn | None]]:
    """The changed answers by prompt id, and the changed core values' checks by value ID."""
    answers: dict[str, AnswerIn | None] = {}
    checks: dict[str, ValueCheckIn | None] = {}
    for pid, answer in changed.items():
        if pid.startswith(_VALUE):
            checks[pid.removeprefix(_VALUE)] = answer if isinstance(answer, ValueCheckIn) else None
        else:
            answers[pid] = answer if isinstance(answer, AnswerIn) else None
    return answers, checks


def render_form(asked: list[Question]) -> str:
    lines = [f"# {line}" for line in t("cycle.edit_help").splitlines()]
    for question in asked:
        lines += ["", f"--- {question.prompt_id} ---"]
        lines += [f"# {line}" for line in _question(question).splitlines()]
        if question.prompt_id == catalogue.BALANCE.id:
            lines.append("# " + t("cycle.edit_balance_scale"))
        if question.value is not None:
            lines.append("# " + t("cycle.edit_alignment_scale"))
        lines.append("")
        answer = question.text if question.score is None else str(question.score)
        lines += [_escaped(line) for line in (answer or "").splitlines()]
    return "\n".join(lines) + "\n"


def changes(
    text: str, asked: list[Question], before: dict[str, str]
) -> dict[str, AnswerIn | ValueCheckIn | None]:
    """What the edited form changes, validated; InvalidValue (one sentence) on any mistake."""
    by_id = {question.prompt_id: question for question in asked}
    changed: dict[str, AnswerIn | ValueCheckIn | None] = {}
    for pid, answer in _blocks(text, asked).items():
        if answer == before.get(pid):
            continue
        question = by_id[pid]
        changed[pid] = _answer(question, answer) if answer.strip() else None
    return changed


def _answer(question: Question, answer: str) -> AnswerIn | ValueCheckIn:
    values = {"phase": question.phase, "pillar": question.pillar, "prompt_id": question.prompt_id}
    try:
        if question.value is not None:
            score = score_on_scale(answer, 1, 5, N_("cycle.edit_bad_alignment"))
            return validate(ValueCheckIn, alignment=score)
        if question.prompt_id == catalogue.BALANCE.id:
            return validate(AnswerIn, **values, score=score_on_scale(answer, -2, 2, N_("cycle.edit_bad_balance")))
        return validate(AnswerIn, **values, text=answer)
    except InvalidValue as error:
        raise InvalidValue(t("cycle.edit_bad_answer", prompt=question.prompt_id, problem=error.render(t))) from None


def _blocks(text: str, asked: list[Question]) -> dict[str, str]:
    """Each question's answer in the form, by prompt id (questions whose marker is gone are not in it)."""
    known = {question.prompt_id for question in asked}
    blocks: dict[str, list[str]] = {}
    current_id: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        mark = _MARK.fullmatch(line.strip())
        if mark:
            current_id = mark[1]
            if current_id not in known:
                raise InvalidValue(t("cycle.edit_unknown_mark", line=number, prompt=current_id))
            if current_id in blocks:
                raise InvalidValue(t("cycle.edit_mark_twice", line=number, prompt=current_id))
            blocks[current_id] = []
            continue
        if line.startswith("#"):
            continue
        if current_id is None:
            if line.strip():
                raise InvalidValue(t("cycle.edit_stray_line", line=number))
            continue
        blocks[current_id].append(line[1:] if line.startswith("\\") else line)
    return {pid: "\n".join(lines).strip("\n") for pid, lines in blocks.items()}


def _escaped(line: str) -> str:
    if line.startswith(("#", "\\")) or _MARK.fullmatch(line.strip()):
        return "\\" + line
    return line


def _question(question: Question) -> str:
    if question.value is not None:  # "Care · How well did your actions match this value? (1–5)"
        return t("cycle.value_question", value=question.value,
                 question=catalogue.text_of(catalogue.ALIGNMENT.id, current()))
    if question.prompt_id not in catalogue.BY_ID:  # from a newer version, say: its id is all we have
        return question.prompt_id
    words_of = catalogue.text_of(question.prompt_id, current())
    prompt = catalogue.BY_ID[question.prompt_id]
    if prompt.kind in ("text", "balance"):
        return f"{t(words.CYCLE_PILLAR[prompt.pillar])} · {words_of}"
    return words_of
