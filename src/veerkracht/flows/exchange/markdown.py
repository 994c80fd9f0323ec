"""The coach summary: a Markdown document of one period, readable in any viewer.

Headings, labels and numbers are ours; every piece of user text goes through
``render.markdown`` so it stays text. Each section says so when it has nothing to show.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from veerkracht import __version__
from veerkracht.db.journal import Journal
from veerkracht.domain import statistics
from veerkracht.domain.catalogue import BY_ID, text_of
from veerkracht.domain.dates import format_day, format_week
from veerkracht.domain.numbers import compact, decimal, percent, signed
from veerkracht.domain.period import Period
from veerkracht.domain.rounding import half_away, shown, shown_difference
from veerkracht.domain.vocabulary import QUADRANTS
from veerkracht.flows.exchange.redact import Redactor
from veerkracht.flows.exchange.request import Request, Result
from veerkracht.i18n import N_, current, pinned, t, tn, words
from veerkracht.queries import energy, habits, insights, signals
from veerkracht.queries import summary as lists
from veerkracht.render import markdown as md


def summary(journal: Journal, request: Request) -> Result:
    """Assemble the document; the notices say what was left out."""
    with pinned():  # one language for the whole document, worked out once
        return _summary(journal, request)


def _summary(journal: Journal, request: Request) -> Result:
    period, private_too = request.period, request.include_private
    scrub = redactor(journal, request)
    reviews = scrub.rows(lists.reviews(journal, period))
    texts = scrub.rows(lists.entry_texts(journal, period, include_private=private_too))
    connection = contact(journal, request, scrub)
    private = energy.private_entries(journal, period)
    fired = signals.active(journal, period.until)
    blocks = [md.heading(1, t("export.title"))]
    cover = _cover(energy.logged(journal, period, include_private=private_too), request,
                   private, connection)
    blocks += _headline(reviews)
    blocks += _energy(journal, request)
    blocks += signals_section(fired)
    blocks += _gave_and_drained(journal, request, reviews, scrub)
    blocks += _wins(texts, reviews)
    blocks += _reflections(texts)
    blocks += _cycles(journal, period, scrub)
    blocks += _reviews(reviews)
    blocks += _actions(journal, period, scrub)
    blocks += _values(journal, period)
    blocks += _connection(connection)
    blocks += topics(journal, request, reviews, fired, scrub, heading=N_("export.h_next"))
    blocks += ["---", md.text(t("export.disclaimer"))]
    # the cover says how many names were replaced, so it is drawn once the rest is
    blocks[1:1] = cover + [names_notice(request, scrub)]
    return Result("\n\n".join(blocks) + "\n", notices(request, private, connection))


def redactor(journal: Journal, request: Request) -> Redactor:
    """What replaces people's names in free text: nothing unless ``--redact-names``."""
    return Redactor(lists.names(journal) if request.redact_names else [])


def notices(request: Request, private: int, connection: dict) -> list[str]:
    """What stderr says was left out."""
    said = []
    if private and not request.include_private:
        said.append(tn("export.left_out_private", private))
    if connection["people"] and not request.include_people:
        said.append(tn("export.left_out_people", connection["people"]))
    return said


def names_notice(request: Request, scrub: Redactor) -> str:
    """The honest word on names in free text: replaced (how many), or kept as typed."""
    if request.redact_names:
        return tn("export.cover_names_redacted", scrub.replaced)
    return t("export.cover_names_kept")


def contact(journal: Journal, request: Request, scrub: Redactor) -> dict:
    """The period's contact counts, kinds, care ↔ challenge balance and (if allowed) names."""
    period = request.period
    return {
        **habits.contacts(journal, period),
        "kinds": lists.contact_kinds(journal, period),
        "balance": habits.care_challenge(journal, period),
        "names": scrub.rows(lists.people(journal, period)) if request.include_people else [],
    }


def _signed(number: float) -> str:
    """+1, 0, −0.5 (−0,5 in Dutch): the sign shows the direction on the care ↔ challenge scale."""
    rounded = shown(number)
    return "0" if not rounded else ("+" if rounded > 0 else "") + compact(rounded)


def _number(value: float | None) -> str:
    """A figure as the reader writes it, one decimal: 5.5 in English, 5,5 in Dutch."""
    return decimal(value)


def _difference(first: float, second: float) -> str:
    """``first − second`` with its sign, from the two figures as shown (so it adds up)."""
    return signed(shown_difference(first, second))


def _week_parts(label: str) -> tuple[int, int]:
    """``2026-W48`` → (48, 2026), for a heading that says "Week 48 (2026)"."""
    year, _, week = label.partition("-W")
    return int(week), int(year)


def _day(value: str | date) -> str:
    return format_day(date.fromisoformat(value) if isinstance(value, str) else value)


def _cover(logged: dict, request: Request, private: int, connection: dict) -> list[str]:
    period = request.period
    lines = [
        tn("export.cover_period", period.days, since=_day(period.since), until=_day(period.until)),
        tn("export.cover_logged", logged["entries"], days_logged=logged["days"]),
        t("export.cover_included"),
    ]
    left: list[str] = []
    if private:
        if request.include_private:
            lines.append(tn("export.cover_with_private", private))
        else:
            left.append(tn("export.cover_left_private", private))
    if connection["people"]:
        if request.include_people:
            lines.append(t("export.cover_with_people"))
        else:
            left.append(tn("export.cover_left_people", connection["people"],
                           moments=tn("core.count_moments", connection["moments"])))
    lines += left or [t("export.cover_nothing_left")]
    lines.append(t("export.cover_made", day=_day(request.today), version=__version__))
    return ["\\\n".join(lines)]


def _headline(reviews: list[dict]) -> list[str]:
    blocks = [md.heading(2, t("export.h_headline"))]
    written = [r for r in reviews if r["headline"]]
    if not written:
        return blocks + [t("export.no_headline")]
    latest = written[-1]
    return blocks + ["> " + md.text(latest["headline"], indent="> "),
                     t("export.headline_from", week=format_week(latest["iso_week"]))]


def _energy(journal: Journal, request: Request) -> list[str]:
    blocks = [md.heading(2, t("export.h_energy"))]
    period, private_too = request.period, request.include_private
    numbers = energy.totals(journal, period, include_private=private_too)
    if not numbers["days_logged"]:
        return blocks + [t("export.no_energy")]
    blocks.append(tn("export.energy_summary", numbers["days_logged"],
                    mean=_number(numbers["mean"]), low=_number(numbers["min"]),
                    high=_number(numbers["max"]), low_days=numbers["low_days"]))
    weeks = energy.weekly(journal, period, include_private=private_too)
    header = [t(words.EXPORT_COLUMN[key]) for key in ("week", "days", "mean", "low", "high")]
    blocks.append(md.table(header, [[format_week(w["week"]), w["days"], _number(w["mean"]), _number(w["min"]),
                                     _number(w["max"])] for w in weeks], align="lrrrr"))
    blocks.append(md.mermaid_line_chart(t("export.chart_title"), [w["week"][5:] for w in weeks],
                                        [half_away(w["mean"]) for w in weeks], t("export.chart_y")))
    return blocks


def _gave_and_drained(journal: Journal, request: Request, reviews: list[dict],
                      scrub: Redactor) -> list[str]:
    blocks = [md.heading(2, t("export.h_gave"))]
    blocks += insights_blocks(journal, request)
    answers = scrub.rows(lists.stamina_answers(journal, request.period))
    if answers:
        blocks.append(t("export.stamina_answers"))
        blocks.append(md.bullets(f"{_day(a['day'])}: {md.text(a['text'], '  ')}" for a in answers))
    habits = [r for r in reviews if r["recovery_habit"]]
    if habits:
        blocks.append(t("export.recovery_habits"))
        blocks.append(md.bullets(f"{format_week(r['iso_week'])}: {md.text(r['recovery_habit'], '  ')}"
                                 for r in habits))
    return blocks


def _wins(texts: list[dict], reviews: list[dict]) -> list[str]:
    blocks = [md.heading(2, t("export.h_wins"))]
    wins = [f"{_day(e['day'])}: {md.text(e['win'], '  ')}" for e in texts if e["win"]]
    wins += [f"{format_week(r['iso_week'])}: {md.text(r['win'], '  ')}" for r in reviews if r["win"]]
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


def _cycles(journal: Journal, period: Period, scrub: Redactor) -> list[str]:
    blocks = [md.heading(2, t("export.h_cycles"))]
    cycles = scrub.rows(lists.cycles(journal, period))
    for cycle in cycles:
        status = t(words.EXPORT_CYCLE_STATUS[cycle['status']])
        blocks.append(md.heading(3, t("export.cycle_heading", day=_day(cycle["day"]), status=status)))
        for answer in cycle["answers"]:  # the question, then the answer below it
            label = (f"*{t(words.EXPORT_PHASE[answer['phase']])} · "
                     f"{t(words.EXPORT_PILLAR[answer['pillar']])}*\\\n**{md.inline(_prompt(answer['prompt_id']))}**")
            value = (md.text(answer["text"]) if answer["text"]
                     else t("export.answer_score", score=answer["score"]))
            blocks.append(f"{label}\\\n{value}")
        if cycle["commitments"]:
            blocks += [t("export.commitments"), md.bullets(_action_line(a) for a in cycle["commitments"])]
    return blocks + ([] if cycles else [t("export.no_cycles")])


def _prompt(prompt_id: str) -> str:
    """The question as it was asked (the catalogue's wording), or its id if it is unknown."""
    return text_of(prompt_id, current()) if prompt_id in BY_ID else prompt_id


def _action_line(action: dict) -> str:
    parts = [md.text(action["text"], "  "), t(words.EXPORT_ACTION_STATUS[action['status']])]
    if action["due"]:
        parts.insert(1, _day(action["due"]))
    if action.get("outcome"):
        parts.append(t(words.EXPORT_OUTCOME[action['outcome']]))
    return " · ".join(parts)


def _reviews(reviews: list[dict], *, stop_list: bool = True) -> list[str]:
    blocks = [md.heading(2, t("export.h_reviews"))]
    for review in reviews:
        blocks += _review(review, stop_list=stop_list)
    return blocks + ([] if reviews else [t("export.no_reviews")])


def _review(review: dict, *, stop_list: bool) -> list[str]:
    week, year = _week_parts(review["iso_week"])
    blocks = [md.heading(3, t("export.review_heading", week=week, year=year))]
    facts = []
    if review["share_do"] is not None:
        shares: dict[str, Any] = {q: percent(review[f"share_{q}"] or 0) for q in QUADRANTS}
        facts.append(t("export.review_time", **shares))
    if review["quadrants"]:
        items: dict[str, Any] = {q: review["quadrants"].get(q, 0) for q in QUADRANTS}
        facts.append(t("export.review_items", **items))
    if review["care_challenge"] is not None:
        facts.append(t("export.review_balance", value=_signed(review["care_challenge"])))
    if facts:
        blocks.append("\\\n".join(facts))
    for key, label in (("headline", N_("export.review_headline")), ("win", N_("export.review_win")),
                       ("reflection", N_("export.review_gave")),
                       ("recovery_habit", N_("export.review_recovery"))):
        if review[key]:
            blocks.append(f"**{t(label)}** {md.text(review[key])}")
    if review["examples"]:
        blocks.append(t("export.review_examples"))
        blocks.append(md.bullets(f"{md.inline(e['name'])} ({e['alignment']}/5): {md.text(e['note'], '  ')}"
                                 for e in review["examples"]))
    for quadrant, label in (("do", N_("export.review_do")), ("schedule", N_("export.review_schedule"))):
        chosen = [i for i in review["sorted"] if i["quadrant"] == quadrant]
        if chosen:
            blocks.append(t(label))
            blocks.append(md.bullets(md.text(i["title"], "  ") for i in chosen))
    if review["dropped"] and stop_list:
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
        return f" ({t(words.EXPORT_STOP_KIND[item['stop_kind']])})"
    return " (" + t("export.stop_list") + ")" if item["stop"] else ""


def _intention_line(action: dict) -> str:
    outcome = action_state(action)
    line = f"{md.text(action['text'], '  ')}: {outcome}"
    if action["outcome_note"]:
        line += " · " + md.text(action["outcome_note"], "  ")
    return line


def action_state(action: dict) -> str:
    """How an action went: its outcome when looked back on, else done, dropped or open."""
    if action["outcome"]:
        return t(words.EXPORT_OUTCOME[action["outcome"]])
    return t(words.EXPORT_ACTION_STATUS[action["status"]])


def _actions(journal: Journal, period: Period, scrub: Redactor) -> list[str]:
    blocks = [md.heading(2, t("export.h_actions"))]
    found = scrub.rows(lists.actions(journal, period))
    if not found:
        return blocks + [t("export.no_actions")]
    counts = habits.actions(journal, period)  # the report's counts of these same rows
    blocks.append(t("export.actions_counts", open=counts["open"], overdue=counts["overdue"],
                    done=counts["done"], dropped=counts["dropped"]))
    header = [t(words.EXPORT_COLUMN[key]) for key in ("action", "due", "status", "outcome")]
    rows = [[a["text"], _day(a["due"]) if a["due"] else "", t(words.EXPORT_ACTION_STATUS[a['status']]),
             t(words.EXPORT_OUTCOME[a['outcome']]) if a["outcome"] else ""] for a in found]
    return blocks + [md.table(header, rows)]


def _values(journal: Journal, period: Period) -> list[str]:
    blocks = [md.heading(2, t("export.h_values"))]
    rows = habits.values(journal, period)
    if not rows:
        return blocks + [t("export.no_values")]
    header = [t(words.EXPORT_COLUMN[key]) for key in ("value", "checks", "mean", "latest")]
    table = md.table(header, [[v["name"], v["checks"], _number(v["mean"]),
                               "–" if v["latest"] is None else v["latest"]] for v in rows],
                     align="lrrr")
    return blocks + [t("export.values_intro"), table]


def _connection(found: dict) -> list[str]:
    blocks = [md.heading(2, t("export.h_connection"))]
    if found["moments"]:
        lines = [tn("export.connection_counts", found["moments"],
                    people=tn("core.count_people", found["people"]), care=found["care"], challenge=found["challenge"], both=found["both_"])]
        kinds = ", ".join(f"{t(words.EXPORT_CONTACT_KIND[k['kind']])} {k['n']}" for k in found["kinds"])
        lines.append(t("export.connection_kinds", kinds=kinds))
        blocks.append("\\\n".join(lines))
    else:
        blocks.append(t("export.no_connection"))
    if found["balance"]["n"]:
        blocks.append(tn("export.balance", found["balance"]["n"], mean=_signed(found["balance"]["mean"])))
    if found["names"]:
        blocks.append(t("export.people"))
        blocks.append(md.bullets(md.text(p['who'], '  ') + ": " + t("export.times", n=p['n'])
                                 for p in found["names"]))
    return blocks


def signals_section(fired: list[dict]) -> list[str]:
    """The signals that fire at the period's end, described in my words (no help line: the
    document is for someone else)."""
    blocks = [md.heading(2, t("export.h_signals"))]
    if not fired:
        return blocks + [t("export.no_signals")]
    lines = []
    for signal in fired:
        if signal["rule"] == "low_week":
            lines.append(tn("export.signal_low_week", signal["n"]))
        else:
            lines.append(t(SIGNAL[signal["rule"]]))
    return blocks + [md.bullets(lines)]


SIGNAL = {
    "two_low_weeks": N_("export.signal_two_low_weeks"),
    "sharp_dip": N_("export.signal_sharp_dip"),
    "quiet_connection": N_("export.signal_quiet_connection"),
    "urgent_treadmill": N_("export.signal_urgent_treadmill"),
}


def topics(journal: Journal, request: Request, reviews: list[dict], fired: list[dict],
           scrub: Redactor, *, heading: str) -> list[str]:
    """What to talk about, from the data (the lowest value, overdue actions, signals,
    intentions not done), then my own questions for my coach."""
    period = request.period
    found = []
    scored = [v for v in habits.values(journal, period) if v["mean"] is not None]
    if scored:
        lowest = min(scored, key=lambda v: (v["mean"], v["name"]))
        found.append(t("export.topic_value", value=md.inline(lowest["name"]), mean=_number(lowest["mean"])))
    for action in scrub.rows(lists.actions(journal, period)):
        if action["status"] == "open" and action["due"] and action["due"] < period.until.isoformat():
            found.append(t("export.topic_overdue", action=md.text(action["text"], "  "),
                           due=_day(action["due"])))
    if fired:
        found.append(tn("export.topic_signals", len(fired)))
    for review in reviews:
        for action in review["intentions"]:
            if action["outcome"] in ("partly", "not") or action["status"] == "dropped":
                found.append(t("export.topic_intention", action=md.text(action["text"], "  "),
                               state=action_state(action), week=format_week(review["iso_week"])))
    blocks = [md.heading(2, t(heading))]
    blocks.append(md.bullets(found) if found else t("export.no_topics"))
    questions = [f"{format_week(r['iso_week'])}: {md.text(r['coach_question'], '  ')}"
                 for r in reviews if r["coach_question"]]
    blocks.append(t("export.my_questions"))
    return blocks + [md.bullets(questions) if questions else t("export.no_questions")]


def insights_blocks(journal: Journal, request: Request) -> list[str]:
    """What goes with my energy (queries/insights.py): only what survives is worded as going
    with it; the rest is "not enough to say". Shared by the brief and the summary."""
    blocks: list[str] = []
    found = insights.build(journal, request.period, include_private=request.include_private)
    lines: list[str] = []
    unsure: list[str] = []
    for kind, key, said in (("tags", N_("brief.insight_tag"), N_("report.unclear_same")),
                            ("next_day", N_("brief.insight_next_day"), N_("report.unclear_next"))):
        for row in found[kind]:
            if row["goes_with"]:
                lines.append(t(key, tag=md.inline(row["tag"]), difference=signed_figure(row["difference"]),
                               low=signed_figure(row["low"]), high=signed_figure(row["high"]),
                               days_with=row["days_with"], days_without=row["days_without"]))
        others = [md.inline(row["tag"]) for row in found[kind] if not row["goes_with"]]
        if others:  # the same day and the day after apart: a tag may go with one and not the other
            unsure.append(t(said, items=", ".join(others)))
    kept = found["commitments"]
    if kept["enough"] and kept["goes_with"]:
        lines.append(t("brief.insight_commitments", difference=signed_figure(kept["difference"]),
                       weeks_with=kept["weeks_with"], weeks_without=kept["weeks_without"]))
    elif kept["enough"]:
        unsure.append(t("brief.insight_unsure", what=t("brief.insight_commitments_name")))
    if lines:
        blocks.append(md.bullets(lines))
    blocks += unsure
    if not lines and not unsure:
        blocks.append(t("brief.no_insights", min=statistics.MIN_DAYS))
    return blocks + [t("brief.insight_note")]


def signed_figure(value: float | None) -> str:
    """A difference with its sign, one decimal (+0.7, −1.9)."""
    return signed(shown(value or 0.0) or 0.0)
