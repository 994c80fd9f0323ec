"""Messages of the report, the calendar, the dashboard and the demo."""

MESSAGES: dict[str, tuple[str, str]] = {
    # the report's frame
    "report.title": ("veerkracht report · {since} – {until}", "veerkracht-rapport · {since} – {until}"),
    "report.period": (
        "{days} days · the figures describe only what you entered",
        "{days} dagen · de cijfers beschrijven alleen wat jij invoerde",
    ),
    "report.not_enough": ("Not enough data yet.", "Nog niet genoeg gegevens."),
    "report.n": ("n = {n}", "n = {n}"),
    # energy
    "report.energy": ("Energy", "Energie"),
    "report.energy_logged": (
        "Days logged: {logged} of {days} ({entries} scores)",
        "Dagen vastgelegd: {logged} van {days} ({entries} scores)",
    ),
    "report.energy_mean": (
        "Mean energy {mean} (lowest day {min}, highest day {max}; a day counts as the mean of its scores)",
        "Gemiddelde energie {mean} (laagste dag {min}, hoogste dag {max}; een dag telt als het gemiddelde van zijn scores)",
    ),
    "report.chart_daily": (
        "bars: each day's energy 0–10 · 7d: the 7-day rolling mean · blank: not logged",
        "staven: energie per dag 0–10 · 7d: voortschrijdend 7-daags gemiddelde · leeg: niet vastgelegd",
    ),
    "report.chart_weekly": (
        "bars: each ISO week's mean energy 0–10 · blank: not logged",
        "staven: gemiddelde energie per ISO-week 0–10 · leeg: niet vastgelegd",
    ),
    "report.rolling_label": ("7d", "7d"),
    "report.col_week": ("Week", "Week"),
    "report.col_mean": ("Mean", "Gem."),
    "report.col_range": ("Range", "Spreiding"),
    "report.col_days": ("Days", "Dagen"),
    "report.recent": (
        "Last 7 days {recent} (n = {recent_n}) vs the 28 days before {baseline} (n = {baseline_n}): {difference}",
        "Laatste 7 dagen {recent} (n = {recent_n}) tegenover de 28 dagen ervoor {baseline} (n = {baseline_n}): {difference}",
    ),
    "report.recent_not_enough": (
        "Last 7 days vs the 28 before: not enough data yet (needs {recent} logged days in the last 7 and {baseline} in the 28 before; has {recent_n} and {baseline_n}).",
        "Laatste 7 dagen tegenover de 28 ervoor: nog niet genoeg gegevens (nodig: {recent} dagen in de laatste 7 en {baseline} in de 28 ervoor; er zijn er {recent_n} en {baseline_n}).",
    ),
    "report.weekday": ("By weekday", "Per weekdag"),
    "report.low_days": (
        "Low days (3 or lower): {low} of {logged} · longest run of days in a row: {run}",
        "Lage dagen (3 of lager): {low} van {logged} · langste reeks dagen achter elkaar: {run}",
    ),
    # tags
    "report.tags": ("Tags and energy", "Labels en energie"),
    "report.tags_note": (
        "An association, not a cause: mean energy on days with a tag against days without it (at least {min} days on each side).",
        "Een samenhang, geen oorzaak: gemiddelde energie op dagen met een label tegenover dagen zonder (minstens {min} dagen aan elke kant).",
    ),
    "report.tags_none": (
        "Not enough data yet: no tag is on at least {min} logged days with {min} logged days without it.",
        "Nog niet genoeg gegevens: geen label staat op minstens {min} vastgelegde dagen met {min} dagen zonder.",
    ),
    "report.col_tag": ("Tag", "Label"),
    "report.col_with": ("With", "Met"),
    "report.col_without": ("Without", "Zonder"),
    "report.col_difference": ("Difference", "Verschil"),
    "report.mean_n": ("{mean} (n = {n})", "{mean} (n = {n})"),
    # cycles and values
    "report.cycles": ("Reflection cycles", "Reflectiecycli"),
    "report.cycles_count": ("Completed in this period: {count}", "Afgerond in deze periode: {count}"),
    "report.cycles_last": ("Last completed: {day} ({days} days before the period's end)", "Laatst afgerond: {day} ({days} dagen voor het einde van de periode)"),
    "report.cycles_never": ("No completed cycle yet. Start one: veerkracht cycle", "Nog geen afgeronde cyclus. Begin er een: veerkracht cycle"),
    "report.cycles_pillars": ("Pillars covered: {pillars}", "Pijlers aan bod gekomen: {pillars}"),
    "report.pillars_none": ("none", "geen"),
    "report.pillar_values": ("core values", "kernwaarden"),
    "report.pillar_connect": ("social connection", "sociale verbinding"),
    "report.pillar_stamina": ("mental stamina", "mentaal uithoudingsvermogen"),
    "report.col_value": ("Value", "Waarde"),
    "report.col_alignment": ("Alignment 1–5", "Afstemming 1–5"),
    "report.col_checks": ("Checks", "Checks"),
    "report.values_none": ("Values alignment: not enough data yet (no checks in this period).", "Afstemming op waarden: nog niet genoeg gegevens (geen checks in deze periode)."),
    # weekly reviews
    "report.reviews": ("Weekly reviews", "Weekreviews"),
    "report.reviews_count": ("Reviews in this period: {count}", "Reviews in deze periode: {count}"),
    "report.quadrant_do": ("do", "doen"),
    "report.quadrant_schedule": ("schedule", "inplannen"),
    "report.quadrant_delegate": ("delegate", "delegeren"),
    "report.quadrant_drop": ("drop", "schrappen"),
    "report.reviews_legend": (
        "time split per week: {do} = urgent and important · {schedule} = important, not urgent · {delegate} = urgent, not important · {drop} = neither",
        "tijdverdeling per week: {do} = dringend en belangrijk · {schedule} = belangrijk, niet dringend · {delegate} = dringend, niet belangrijk · {drop} = geen van beide",
    ),
    "report.reviews_no_split": ("no time split", "geen tijdverdeling"),
    "report.reviews_important": (
        "Important, not urgent: {share}% of the time on average (n = {n} weeks)",
        "Belangrijk, niet dringend: gemiddeld {share}% van de tijd (n = {n} weken)",
    ),
    "report.reviews_items": (
        "Items sorted: {items} · dropped: {dropped} · carried over from the week before: {carried}",
        "Punten gesorteerd: {items} · laten vallen: {dropped} · meegenomen uit de week ervoor: {carried}",
    ),
    # actions
    "report.actions": ("Actions", "Acties"),
    "report.actions_line": (
        "Made in this period: {created} · open {open} (overdue {overdue}) · done {done} · dropped {dropped}",
        "Gemaakt in deze periode: {created} · open {open} (te laat {overdue}) · gedaan {done} · geschrapt {dropped}",
    ),
    "report.actions_rate": ("Completion rate: {rate}% (n = {n})", "Afgerond: {rate}% (n = {n})"),
    # connection
    "report.connection": ("Connection", "Verbinding"),
    "report.connection_line": (
        "Moments of contact: {count} with {people} people · {per_week} per week",
        "Contactmomenten: {count} met {people} mensen · {per_week} per week",
    ),
    "report.connection_balance": (
        "Marked as care: {care} · as challenge: {challenge}",
        "Gemarkeerd als zorg: {care} · als uitdaging: {challenge}",
    ),
    "report.connection_review": (
        "Care ↔ challenge in reviews and cycles: {mean} on −2 (all care) … +2 (all challenge) "
        "(n = {n})",
        "Zorg ↔ uitdaging in reviews en cycli: {mean} op −2 (alleen zorg) … +2 (alleen "
        "uitdaging) (n = {n})",
    ),
    # signals
    "report.signals": ("Signals", "Signalen"),
    "report.signals_none": (
        "No signals: none of the rules about your scores applies right now.",
        "Geen signalen: geen van de regels over je scores is nu van toepassing.",
    ),
    "report.signal_low_week": (
        "Your energy has been low on most days this week ({n} of your last 7 days at 3 or lower). Is there one thing you could drop or hand over, or a real rest you could plan?",
        "Je energie was deze week op de meeste dagen laag ({n} van je laatste 7 dagen op 3 of lager). Is er één ding dat je kunt laten vallen of overdragen, of een echt rustmoment dat je kunt plannen?",
    ),
    "report.signal_two_low_weeks": (
        "For about two weeks your energy scores have mostly been low. veerkracht can't tell why and is not a medical tool, but this is a good reason to talk with someone you trust: your coach, your GP or your company doctor.",
        "Al ongeveer twee weken zijn je energiescores overwegend laag. veerkracht kan niet zeggen waardoor en is geen medisch hulpmiddel, maar dit is een goede reden om te praten met iemand die je vertrouwt: je coach, je huisarts of je bedrijfsarts.",
    ),
    "report.signal_sharp_dip": (
        "Your energy this week is well below your usual level. Did something change?",
        "Je energie ligt deze week duidelijk onder je gewone niveau. Is er iets veranderd?",
    ),
    "report.signal_quiet_connection": (
        "No check-ins with others logged for two weeks. Who could you reach out to?",
        "Twee weken geen contactmoment met anderen vastgelegd. Wie kun je opzoeken?",
    ),
    "report.signal_urgent_treadmill": (
        "Three weeks mostly in urgent work. What important, non-urgent matter is waiting?",
        "Drie weken vooral dringend werk. Welke belangrijke, niet-dringende zaak ligt te wachten?",
    ),
    "report.help_line": (
        "Thinking about suicide? In the Netherlands call 113 or 0800-0113 (free, 24/7) or chat at 113.nl; in an emergency call 112.",
        "Denk je aan zelfdoding? Bel 24/7 gratis en anoniem 113 of 0800-0113, of chat via 113.nl. Bij direct gevaar: 112.",
    ),
    # choosing a period
    "report.weeks_and_dates": (
        "Use --weeks or --since/--until, not both.",
        "Gebruik --weeks of --since/--until, niet allebei.",
    ),
    "report.since_after_until": (
        "--since {since} is after --until {until}.",
        "--since {since} ligt na --until {until}.",
    ),
    "report.rule_weeks": (
        "--weeks must be a whole number from 1 to {high}, not {value}.",
        "--weeks moet een heel getal van 1 tot {high} zijn, niet {value}.",
    ),
    "report.svg_saved": ("Saved the report as a picture: {path}", "Het rapport is als afbeelding bewaard: {path}"),
    # calendar
    "report.calendar_title": ("{year} in pixels: mean energy per day", "{year} in pixels: gemiddelde energie per dag"),
    "report.calendar_legend": (
        "Each cell is a day, showing its mean energy 0–9 (X = 10); blank: nothing logged.",
        "Elke cel is een dag, met de gemiddelde energie 0–9 (X = 10); leeg: niets vastgelegd.",
    ),
    "report.calendar_scale": ("low", "laag"),
    "report.calendar_scale_high": ("high", "hoog"),
    "report.calendar_days": (
        "{logged} days logged · mean {mean}",
        "{logged} dagen vastgelegd · gemiddeld {mean}",
    ),
    "report.calendar_empty": (
        "Nothing logged in {year} yet. Log today: veerkracht log",
        "In {year} is nog niets vastgelegd. Leg vandaag vast: veerkracht log",
    ),
    "report.rule_year": (
        "--year must be from 1900 to {last}, the years a journal holds, not {value}.",
        "--year moet tussen 1900 en {last} liggen, de jaren die een dagboek bevat, niet {value}.",
    ),
    "report.weeks_cut": (
        "A report covers at most {weeks} weeks, so this one starts on {since}.",
        "Een overzicht beslaat hooguit {weeks} weken, dus dit begint op {since}.",
    ),
    # dashboard
    "report.status_week": ("This week", "Deze week"),
    "report.status_week_mean": ("mean {mean} over {n} days", "gemiddeld {mean} over {n} dagen"),
    "report.status_week_none": ("nothing scored yet", "nog niets gescoord"),
    "report.status_actions": ("Actions: {open} open, {overdue} overdue", "Acties: {open} open, {overdue} te laat"),
    "report.status_actions_none": ("Actions: none open", "Acties: niets open"),
    "report.status_cycle": ("Last cycle: {days} days ago", "Laatste cyclus: {days} dagen geleden"),
    "report.status_cycle_today": ("Last cycle: today", "Laatste cyclus: vandaag"),
    "report.status_cycle_yesterday": ("Last cycle: yesterday", "Laatste cyclus: gisteren"),
    "report.status_cycle_never": ("No cycle yet: veerkracht cycle", "Nog geen cyclus: veerkracht cycle"),
    "report.status_review": ("Last weekly review: {days} days ago", "Laatste weekreview: {days} dagen geleden"),
    "report.status_review_today": ("Last weekly review: today", "Laatste weekreview: vandaag"),
    "report.status_review_yesterday": ("Last weekly review: yesterday", "Laatste weekreview: gisteren"),
    "report.status_review_never": ("No weekly review yet: veerkracht review", "Nog geen weekreview: veerkracht review"),
    "report.status_more": (
        "More: veerkracht report · veerkracht calendar · veerkracht --help",
        "Meer: veerkracht report · veerkracht calendar · veerkracht --help",
    ),
    # demo
    "report.demo_exists": (
        "{path} already exists; demo only builds a new journal, so give a path that does not exist yet.",
        "{path} bestaat al; demo bouwt alleen een nieuw dagboek, dus geef een pad dat nog niet bestaat.",
    ),
    "report.demo_weeks_and_years": ("Use --weeks or --years, not both.", "Gebruik --weeks of --years, niet allebei."),
    "report.rule_demo_weeks": ("--weeks must be from 1 to 520, not {value}.", "--weeks moet tussen 1 en 520 liggen, niet {value}."),
    "report.rule_demo_years": ("--years must be from 1 to 30, not {value}.", "--years moet tussen 1 en 30 liggen, niet {value}."),
    "report.demo_built": (
        "Built a sample journal at {path}: {entries} entries over {days} days (seed {seed}). Your own journal was not touched.",
        "Voorbeelddagboek gebouwd in {path}: {entries} notities over {days} dagen (seed {seed}). Je eigen dagboek is niet aangeraakt.",
    ),
    "report.demo_explore": (
        "Explore it:  veerkracht --journal {path} report --weeks 12   (or calendar, entries, search team, actions …)",
        "Verken het:  veerkracht --journal {path} report --weeks 12   (of calendar, entries, search team, actions …)",
    ),
}
MESSAGES.update(
    {
        "report.weeks_shown": (
            "(the last {shown} of {total} weeks; --json has them all)",
            "(de laatste {shown} van {total} weken; --json bevat ze allemaal)",
        ),
        "report.col_trend": ("Trend", "Trend"),
        "report.values_trend_note": (
            "Trend: the second half of the period against the first half.",
            "Trend: de tweede helft van de periode tegenover de eerste helft.",
        ),
        "report.contacts_weekly": ("Per week: {weeks}", "Per week: {weeks}"),
        "report.reviews_order": (
            "percentages: {do} · {schedule} · {delegate} · {drop}",
            "percentages: {do} · {schedule} · {delegate} · {drop}",
        ),
    }
)
