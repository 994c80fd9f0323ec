"""The coach summary: a Markdown document of one period, readable in any viewer.

Headings, labels and numbers are ours; every piece of user text goes through
``render.markdown`` so it stays text. Each section says so when it has nothing to show.
"""

from __future__ import annotations

from datetime import date

from veerkracht import __version__
from veerkracht.domain.dates import format_day
from veerkracht.flows.exchange.export import Request, Result
from veerkracht.db.journal import Journal
from veerkracht.i18n import current, t
from veerkracht.render import markdown as md
from veerkracht.queries import summary as figures
from veerkracht.queries.summary import Scope

QUADRANTS = ("do", "schedule", "delegate", "drop")


def summary(journal: Journal, request: Request) -> Result:
    """Assemble the document; the notices say what was left out."""
    if request.since is None or request.until is None:  # the CLI always gives a period
        raise ValueError("the coach summary needs a period")
    scope = Scope(request.since, request.until, request.include_private, request.include_people)
    reviews = figures.reviews(journal, scope)
    texts = figures.entry_texts(journal, scope)
    connection = figures.connection(journal, scope)
    private = figures.private_entries(journal, scope)
    numbers = figures.energy(journal, scope)
    blocks = [md.heading(1, t("export.title"))]
    blocks += _cover(numbers, scope, request.today, private, connection)
    blocks += _headline(reviews)
    blocks += _energy(journal, scope, numbers)
    blocks += _gave_and_drained(journal, scope, reviews)
    blocks += _wins(texts, reviews)
    blocks += _reflections(texts)
    blocks += _cycles(journal, scope)
    blocks += _reviews(reviews)
    blocks += _actions(journal, scope, request.today)
    blocks += _values(journal, scope)
    blocks += _connection(connection)
    blocks += _next_session(reviews)
    blocks += ["---", md.text(t("core.disclaimer"))]
    notices = []
    if private and not scope.include_private:
        notices.append(t("export.left_out_private", n=private))
    if connection["people"] and not scope.include_people:
        notices.append(t("export.left_out_people", people=connection["people"]))
    return Result("\n\n".join(blocks) + "\n", notices)


def _signed(number: float) -> str:
    """+1, 0, −0.5: the sign shows the direction on the care ↔ challenge scale."""
    return "0" if number == 0 else _number(number, "+g").replace("-", "−")


def _number(value: float | None, spec: str = ".1f") -> str:
    """A figure as the reader writes it: 5.5 in English, 5,5 in Dutch."""
    if value is None:
        return "–"
    text = format(value, spec)
    return text.replace(".", ",") if current() == "nl" else text


def _day(value: str | date) -> str:
    return format_day(date.fromisoformat(value) if isinstance(value, str) else value)


def _cover(numbers: dict, scope: Scope, today: date, private: int, connection: dict) -> list[str]:
    lines = [
        t("export.cover_period", since=_day(scope.since), until=_day(scope.until),
          days=(scope.until - scope.since).days + 1),
        t("export.cover_logged", days_logged=numbers["days_logged"], entries=numbers["entries"]),
        t("export.cover_included"),
    ]
    left = []
    if private:
        key = "export.cover_with_private" if scope.include_private else "export.cover_left_private"
        (lines if scope.include_private else left).append(t(key, n=private))
    if connection["people"]:
        if scope.include_people:
            lines.append(t("export.cover_with_people"))
        else:
            left.append(t("export.cover_left_people", people=connection["people"],
                          moments=connection["moments"]))
    lines += left or [t("export.cover_nothing_left")]
    lines.append(t("export.cover_made", day=_day(today), version=__version__))
    return ["\\\n".join(lines)]


def _headline(reviews: list[dict]) -> list[str]:
    blocks = [md.heading(2, t("export.h_headline"))]
    written = [r for r in reviews if r["headline"]]
    if not written:
        return blocks + [t("export.no_headline")]
    latest = written[-1]
    return blocks + ["> " + md.text(latest["headline"], indent="> "),
                     t("export.headline_from", week=latest["iso_week"])]


def _energy(journal: Journal, scope: Scope, numbers: dict) -> list[str]:
    blocks = [md.heading(2, t("export.h_energy"))]
    if not numbers["scored_days"]:
        return blocks + [t("export.no_energy")]
    blocks.append(t("export.energy_summary", scored=numbers["scored_days"],
                    mean=_number(numbers["mean"]), low=_number(numbers["low"]),
                    high=_number(numbers["high"]), low_days=numbers["low_days"]))
    weeks = figures.weekly(journal, scope)
    header = [t(f"export.col_{key}") for key in ("week", "days", "mean", "low", "high")]
    blocks.append(md.table(header, [[w["week"], w["days"], _number(w["mean"]), _number(w["low"]),
                                     _number(w["high"])] for w in weeks], align="lrrrr"))
    blocks.append(md.mermaid_line_chart(t("export.chart_title"), [w["week"][5:] for w in weeks],
                                        [w["mean"] for w in weeks], t("export.chart_y")))
    return blocks


def _gave_and_drained(journal: Journal, scope: Scope, reviews: list[dict]) -> list[str]:
    blocks = [md.heading(2, t("export.h_gave"))]
    tags = figures.tag_association(journal, scope)
    if tags:
        header = [t(f"export.col_{key}") for key in
                  ("tag", "days_with", "mean_with", "days_without", "mean_without", "difference")]
        rows = [[row["tag"], row["days_with"], _number(row["mean_with"]), row["days_without"],
                 _number(row["mean_without"]), _number(row["difference"], "+.1f")] for row in tags]
        blocks += [t("export.tags_intro"), md.table(header, rows, align="lrrrrr")]
    else:
        blocks.append(t("export.no_tags"))
    answers = figures.stamina_answers(journal, scope)
    if answers:
        blocks.append(t("export.stamina_answers"))
        blocks.append(md.bullets(f"{_day(a['day'])}: {md.text(a['text'], '  ')}" for a in answers))
    habits = [r for r in reviews if r["recovery_habit"]]
    if habits:
        blocks.append(t("export.recovery_habits"))
        blocks.append(md.bullets(f"{r['iso_week']}: {md.text(r['recovery_habit'], '  ')}"
                                 for r in habits))
    return blocks


def _wins(texts: list[dict], reviews: list[dict]) -> list[str]:
    blocks = [md.heading(2, t("export.h_wins"))]
    wins = [f"{_day(e['day'])}: {md.text(e['win'], '  ')}" for e in texts if e["win"]]
    wins += [f"{r['iso_week']}: {md.text(r['win'], '  ')}" for r in reviews if r["win"]]
    return blocks + [md.bullets(wins) if wins else t("export.no_wins")]


def _reflections(texts: list[dict]) -> list[str]:
    blocks = [md.heading(2, t("export.h_reflections"))]
    shown = [e for e in texts if e["reflection"]]
    for entry in shown:
        facts = [t("export.note_label") if entry["energy"] is None
                 else t("export.energy_label", energy=entry["energy"])]
        if entry["tags"]:
            facts.append(t("export.tags_label", tags=md.inline(entry["tags"])))
        if entry["private"]:
            facts.append(t("export.private_label"))
        blocks.append(f"**{_day(entry['day'])}** · " + " · ".join(facts) + "\\\n"
                      + md.text(entry["reflection"]))
    return blocks + ([] if shown else [t("export.no_reflections")])


def _cycles(journal: Journal, scope: Scope) -> list[str]:
    blocks = [md.heading(2, t("export.h_cycles"))]
    cycles = figures.cycles(journal, scope)
    for cycle in cycles:
        status = t(f"export.status_{cycle['status']}")
        blocks.append(md.heading(3, t("export.cycle_heading", day=_day(cycle["day"]), status=status)))
        answers = []
        for answer in cycle["answers"]:
            label = (f"*{t('export.phase_' + answer['phase'])} · "
                     f"{t('export.pillar_' + answer['pillar'])}* {md.inline(_prompt(answer['prompt_id']))}")
            value = (md.text(answer["text"], "  ") if answer["text"]
                     else t("export.answer_score", score=answer["score"]))
            answers.append(f"{label}: {value}")
        if answers:
            blocks.append(md.bullets(answers))
        if cycle["commitments"]:
            blocks += [t("export.commitments"), md.bullets(_action_line(a) for a in cycle["commitments"])]
    return blocks + ([] if cycles else [t("export.no_cycles")])


def _prompt(prompt_id: str) -> str:
    """The question as it was asked (the catalogue's wording), or its id if it is unknown."""
    from veerkracht.i18n import current
    from veerkracht.domain.catalogue import BY_ID, text_of

    return text_of(prompt_id, current()) if prompt_id in BY_ID else prompt_id


def _action_line(action: dict) -> str:
    parts = [md.text(action["text"], "  "), t(f"export.action_{action['status']}")]
    if action["due"]:
        parts.insert(1, _day(action["due"]))
    if action.get("outcome"):
        parts.append(t(f"export.outcome_{action['outcome']}"))
    return " · ".join(parts)


def _reviews(reviews: list[dict]) -> list[str]:
    blocks = [md.heading(2, t("export.h_reviews"))]
    for review in reviews:
        blocks += _review(review)
    return blocks + ([] if reviews else [t("export.no_reviews")])


def _review(review: dict) -> list[str]:
    blocks = [md.heading(3, t("export.review_heading", week=review["iso_week"]))]
    facts = []
    if review["share_do"] is not None:
        facts.append(t("export.review_time", **{q: review[f"share_{q}"] or 0 for q in QUADRANTS}))
    if review["quadrants"]:
        facts.append(t("export.review_items", **{q: review["quadrants"].get(q, 0) for q in QUADRANTS}))
    if review["care_challenge"] is not None:
        facts.append(t("export.review_balance", value=_signed(review["care_challenge"])))
    if facts:
        blocks.append("\\\n".join(facts))
    for key, label in (("headline", "export.review_headline"), ("win", "export.review_win"),
                       ("recovery_habit", "export.review_recovery")):
        if review[key]:
            blocks.append(f"**{t(label)}** {md.text(review[key])}")
    if review["dropped"]:
        blocks.append(t("export.review_dropped"))
        blocks.append(md.bullets(md.text(item["title"], "  ") + _stopped(item)
                                 for item in review["dropped"]))
    if review["intentions"]:
        blocks.append(t("export.review_intentions"))
        blocks.append(md.bullets(_intention_line(a) for a in review["intentions"]))
    return blocks


def _stopped(item: dict) -> str:
    """`` (paused)`` and the like: what the stop list did with the item. One stopped before
    the stop list had kinds (or from a version-1 export) is only said to be on it."""
    if item["stop_kind"]:
        return f" ({t('export.stop_' + item['stop_kind'])})"
    return f" ({t('export.stop_list')})" if item["stop"] else ""


def _intention_line(action: dict) -> str:
    outcome = t(f"export.outcome_{action['outcome'] or 'none'}")
    line = f"{md.text(action['text'], '  ')}: {outcome}"
    if action["outcome_note"]:
        line += " · " + md.text(action["outcome_note"], "  ")
    return line


def _actions(journal: Journal, scope: Scope, today: date) -> list[str]:
    blocks = [md.heading(2, t("export.h_actions"))]
    found = figures.actions(journal, scope, today)
    if not found["rows"]:
        return blocks + [t("export.no_actions")]
    blocks.append(t("export.actions_counts", **found["counts"]))
    header = [t(f"export.col_{key}") for key in ("action", "due", "status", "outcome")]
    rows = [[a["text"], _day(a["due"]) if a["due"] else "", t(f"export.action_{a['status']}"),
             t(f"export.outcome_{a['outcome']}") if a["outcome"] else ""] for a in found["rows"]]
    return blocks + [md.table(header, rows)]


def _values(journal: Journal, scope: Scope) -> list[str]:
    blocks = [md.heading(2, t("export.h_values"))]
    rows = figures.values(journal, scope)
    if not rows:
        return blocks + [t("export.no_values")]
    header = [t(f"export.col_{key}") for key in ("value", "checks", "mean", "latest")]
    table = md.table(header, [[v["name"], v["checks"], _number(v["mean"]),
                               _number(v["latest"], "d")] for v in rows], align="lrrr")
    return blocks + [t("export.values_intro"), table]


def _connection(found: dict) -> list[str]:
    blocks = [md.heading(2, t("export.h_connection"))]
    if found["moments"]:
        lines = [t("export.connection_counts", moments=found["moments"], people=found["people"],
                   care=found["care"], challenge=found["challenge"], both=found["both_"])]
        kinds = ", ".join(f"{t('export.kind_' + k['kind'])} {k['n']}" for k in found["kinds"])
        lines.append(t("export.connection_kinds", kinds=kinds))
        blocks.append("\\\n".join(lines))
    else:
        blocks.append(t("export.no_connection"))
    if found["balance"]["n"]:
        blocks.append(t("export.balance", mean=_signed(found["balance"]["mean"]),
                        n=found["balance"]["n"]))
    if found["names"]:
        blocks.append(t("export.people"))
        blocks.append(md.bullets(f"{md.text(p['who'], '  ')}: {t('export.times', n=p['n'])}"
                                 for p in found["names"]))
    return blocks


def _next_session(reviews: list[dict]) -> list[str]:
    blocks = [md.heading(2, t("export.h_next"))]
    questions = [f"{r['iso_week']}: {md.text(r['coach_question'], '  ')}"
                 for r in reviews if r["coach_question"]]
    return blocks + [md.bullets(questions) if questions else t("export.no_questions")]
