"""The coach's brief: one period against the days before it, ready for a coaching session.

It shares its figures and most sections with the summary (``markdown.py``); what only the
brief has is the comparison with the days before, the actions made and how they went, the
values lowest first, the stop list by kind and what goes with my energy (docs/insights.md).
"""

from __future__ import annotations

from datetime import timedelta

from veerkracht import __version__
from veerkracht.db.journal import Journal
from veerkracht.domain import statistics
from veerkracht.domain.dates import format_week
from veerkracht.domain.numbers import decimal
from veerkracht.domain.period import Period
from veerkracht.domain.text import printable
from veerkracht.flows.exchange import markdown as shared
from veerkracht.flows.exchange.redact import Redactor
from veerkracht.flows.exchange.request import Request, Result
from veerkracht.i18n import N_, t, tn, words
from veerkracht.queries import energy, habits, signals
from veerkracht.queries import summary as lists
from veerkracht.render import markdown as md


def before(period: Period) -> Period:
    """The period of equal length just before ``period``."""
    return Period(period.since - timedelta(days=period.days), period.since - timedelta(days=1))


def brief(journal: Journal, request: Request) -> Result:
    """Assemble the brief; the notices say what was left out."""
    period, private_too = request.period, request.include_private
    scrub = shared.redactor(journal, request)
    reviews = scrub.rows(lists.reviews(journal, period))
    connection = shared.contact(journal, request, scrub)
    private = energy.private_entries(journal, period)
    fired = signals.active(journal, period.until)
    blocks = shared._headline(reviews)
    blocks += _energy(journal, request)
    blocks += shared.signals_section(fired)
    texts = scrub.rows(lists.entry_texts(journal, period, include_private=private_too))
    blocks += shared._wins(texts, reviews)
    blocks += shared._reflections(texts)
    blocks += _actions(journal, period, scrub)
    blocks += _values(journal, period, reviews)
    blocks += shared._connection(connection)
    blocks += _stop_list(reviews)
    blocks += _missing_reviews(period, reviews, shared._reviews(reviews, stop_list=False))
    blocks += shared._cycles(journal, period, scrub)
    blocks += _insights(journal, request)
    blocks += shared.topics(journal, request, reviews, fired, scrub, heading=N_("brief.h_topics"))
    blocks += ["---", md.text(t("export.disclaimer"))]
    cover = _cover(journal, request, private, connection)
    blocks = [md.heading(1, t("brief.title")), cover, shared.names_notice(request, scrub), *blocks]
    text = printable("\n\n".join(blocks) + "\n")
    return Result(text, shared.notices(request, private, connection))


def _cover(journal: Journal, request: Request, private: int, connection: dict) -> str:
    period, previous = request.period, before(request.period)
    logged = energy.logged(journal, period, include_private=request.include_private)
    lines = [
        tn("export.cover_period", period.days, since=shared._day(period.since),
           until=shared._day(period.until)),
        t("brief.cover_before", since=shared._day(previous.since), until=shared._day(previous.until)),
        tn("export.cover_logged", logged["entries"], days_logged=logged["days"]),
    ]
    if private:
        lines.append(tn("export.cover_with_private", private) if request.include_private
                     else tn("export.cover_left_private", private))
    if connection["people"]:
        lines.append(t("export.cover_with_people") if request.include_people
                     else tn("export.cover_left_people", connection["people"],
                             moments=tn("core.count_moments", connection["moments"])))
    lines.append(t("export.cover_made", day=shared._day(request.today), version=__version__))
    return "\\\n".join(lines)


def _energy(journal: Journal, request: Request) -> list[str]:
    """The summary's energy section with the change against the days before in its second place."""
    blocks = shared._energy(journal, request)
    period, previous = request.period, before(request.period)
    means = lists.day_energy(journal, Period(previous.since, period.until),
                             include_private=request.include_private)
    days = [previous.since + timedelta(days=n) for n in range(previous.days + period.days)]
    series = [means.get(day.isoformat()) for day in days]
    found = statistics.compare(series, [day >= period.since for day in days])
    if not found.enough:
        change = t("brief.energy_unsure", min=statistics.MIN_DAYS)
    else:
        sure = N_("brief.energy_clear") if not found.low <= 0 <= found.high else N_("brief.energy_chance")
        change = t("brief.energy_change", before=decimal(found.mean_without), now=decimal(found.mean_with),
                   difference=shared.signed_figure(found.difference), low=shared.signed_figure(found.low),
                   high=shared.signed_figure(found.high), days_before=found.n_without,
                   days_now=found.n_with) + " " + t(sure)
    return blocks[:2] + [change] + blocks[2:]


def _actions(journal: Journal, period: Period, scrub: Redactor) -> list[str]:
    blocks = [md.heading(2, t("brief.h_actions"))]
    made = scrub.rows(lists.actions_made(journal, period))
    if not made:
        return blocks + [t("brief.no_actions")]
    lines = []
    for action in made:
        parts = [md.text(action["text"], "  "), t(words.ORIGIN[action["origin"]])
                 if action["origin"] in words.ORIGIN else action["origin"]]
        state = shared.action_state(action)
        if action["status"] == "open" and action["due"] and action["due"] < period.until.isoformat():
            state = t("brief.action_overdue", due=shared._day(action["due"]))
        elif action["due"]:
            parts.append(t("brief.action_due", due=shared._day(action["due"])))
        parts.append(f"**{state}**")
        if action["outcome_note"]:
            parts.append(md.text(action["outcome_note"], "  "))
        lines.append(" · ".join(parts))
    counts = {k: 0 for k in ("done", "partly", "not", "dropped", "open")}
    for action in made:
        counts[action["outcome"] or action["status"]] += 1
    said = t("brief.actions_counts", done=counts["done"], partly=counts["partly"], not_=counts["not"],
             dropped=counts["dropped"], open=counts["open"])
    return blocks + [said, md.bullets(lines)]



def _values(journal: Journal, period: Period, reviews: list[dict]) -> list[str]:
    blocks = [md.heading(2, t("export.h_values"))]
    rows = habits.values(journal, period)
    if not rows:
        return blocks + [t("export.no_values")]
    rows = sorted(rows, key=lambda v: (v["mean"] is None, v["mean"] or 0, v["name"]))  # lowest first
    header = [t(words.EXPORT_COLUMN[key]) for key in ("value", "checks", "mean", "latest")]
    blocks += [t("brief.values_intro"), md.table(header, [[v["name"], v["checks"], decimal(v["mean"]),
                                                          "–" if v["latest"] is None else v["latest"]]
                                                         for v in rows], align="lrrr")]
    examples = [f"{format_week(r['iso_week'])}, {md.inline(e['name'])} ({e['alignment']}/5): "
                f"{md.text(e['note'], '  ')}" for r in reviews for e in r["examples"]]
    if examples:
        blocks += [t("export.review_examples"), md.bullets(examples)]
    return blocks


def _stop_list(reviews: list[dict]) -> list[str]:
    blocks = [md.heading(2, t("brief.h_stopped"))]
    items = [f"{md.text(item['title'], '  ')}: {t(words.EXPORT_STOP_KIND[item['stop_kind'] or 'stop'])}"
             f" · {format_week(r['iso_week'])}" for r in reviews for item in r["dropped"] if item["stop"]]
    return blocks + [md.bullets(items) if items else t("brief.no_stopped")]


def _missing_reviews(period: Period, reviews: list[dict], section: list[str]) -> list[str]:
    """The review section, saying which whole weeks of the period had no review."""
    done = {r["iso_week"] for r in reviews if r["completed_at"]}
    weeks = []
    monday = period.since + timedelta(days=(7 - period.since.weekday()) % 7)
    while monday + timedelta(days=6) <= period.until:
        label = Period.week_of(monday).label
        if label not in done:
            weeks.append(format_week(label))
        monday += timedelta(days=7)
    if weeks:
        section.insert(1, tn("brief.missing_reviews", len(weeks), weeks=", ".join(weeks)))
    return section


def _insights(journal: Journal, request: Request) -> list[str]:
    return [md.heading(2, t("brief.h_insights")), *shared.insights_blocks(journal, request)]
