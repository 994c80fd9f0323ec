"""Messages of export and import: the coach summary's headings and labels, and what import says."""

MESSAGES: dict[str, tuple[str, str]] = {
    # the coach summary: cover
    "export.title": (
        "Resilience journal: summary for my coach",
        "Veerkrachtdagboek: samenvatting voor mijn coach",
    ),
    "export.cover_period": (
        "**Period:** {since} to {until} ({days} days)",
        "**Periode:** {since} t/m {until} ({days} dagen)",
    ),
    "export.cover_logged": (
        "**Days logged:** {days_logged} ({entries} entries)",
        "**Dagen ingevuld:** {days_logged} ({entries} notities)",
    ),
    "export.cover_included": (
        "**Included:** energy scores, reflections and wins, cycles and commitments, weekly "
        "reviews, actions, values alignment, and contact with others as counts.",
        "**Opgenomen:** energiescores, reflecties en successen, cycli en voornemens, "
        "weekreviews, acties, afstemming op waarden, en contact met anderen in aantallen.",
    ),
    "export.cover_left_private": (
        "**Left out:** private entries ({n}).",
        "**Weggelaten:** privénotities ({n}).",
    ),
    "export.cover_left_people": (
        "**Left out:** the names of {people} people in {moments} moments of contact.",
        "**Weggelaten:** de namen van {people} mensen in {moments} contactmomenten.",
    ),
    "export.cover_with_private": (
        "**Included on request:** private entries ({n}).",
        "**Op verzoek opgenomen:** privénotities ({n}).",
    ),
    "export.cover_with_people": (
        "**Included on request:** the names of the people you met.",
        "**Op verzoek opgenomen:** de namen van de mensen die je sprak.",
    ),
    "export.cover_nothing_left": ("**Left out:** nothing.", "**Weggelaten:** niets."),
    "export.cover_made": (
        "Made on {day} with veerkracht {version}. The figures come only from what I entered.",
        "Gemaakt op {day} met veerkracht {version}. De cijfers komen alleen uit wat ik invoerde.",
    ),
    # headline
    "export.h_headline": ("Headline", "Kernzin"),
    "export.headline_from": ("From my review of {week}.", "Uit mijn weekreview van {week}."),
    "export.no_headline": (
        "No headline was written in this period.",
        "In deze periode is geen kernzin geschreven.",
    ),
    # energy
    "export.h_energy": ("Energy in numbers", "Energie in cijfers"),
    "export.energy_summary": (
        "Energy was scored on {scored} days (0 = empty, 10 = full): mean {mean}, lowest day "
        "{low}, highest day {high}; days at 3 or lower: {low_days}.",
        "Energie is gescoord op {scored} dagen (0 = leeg, 10 = vol): gemiddeld {mean}, laagste "
        "dag {low}, hoogste dag {high}; dagen op 3 of lager: {low_days}.",
    ),
    "export.no_energy": ("No energy scores in this period.", "Geen energiescores in deze periode."),
    "export.col_week": ("Week", "Week"),
    "export.col_days": ("Days", "Dagen"),
    "export.col_mean": ("Mean", "Gemiddeld"),
    "export.col_low": ("Lowest", "Laagst"),
    "export.col_high": ("Highest", "Hoogst"),
    "export.chart_title": ("Mean energy per week", "Gemiddelde energie per week"),
    "export.chart_y": ("Energy (0-10)", "Energie (0-10)"),
    # what gave and drained energy
    "export.h_gave": ("What gave and drained energy", "Wat energie gaf en kostte"),
    "export.tags_intro": (
        "Mean energy on days with and without each tag, for tags with at least 3 days on "
        "each side. This shows an association, not a cause.",
        "Gemiddelde energie op dagen met en zonder elk label, voor labels met minstens 3 "
        "dagen aan elke kant. Dit toont een samenhang, geen oorzaak.",
    ),
    "export.no_tags": (
        "Too few tagged days to compare: a tag needs at least 3 days with it and 3 without.",
        "Te weinig dagen met labels om te vergelijken: een label heeft minstens 3 dagen met "
        "en 3 zonder nodig.",
    ),
    "export.col_tag": ("Tag", "Label"),
    "export.col_days_with": ("Days with", "Dagen met"),
    "export.col_mean_with": ("Mean with", "Gemiddeld met"),
    "export.col_days_without": ("Days without", "Dagen zonder"),
    "export.col_mean_without": ("Mean without", "Gemiddeld zonder"),
    "export.col_difference": ("Difference", "Verschil"),
    "export.stamina_answers": (
        "My answers to \"What drained your energy, and what gave some back?\":",
        "Mijn antwoorden op \"Wat kostte je energie, en wat gaf je energie terug?\":",
    ),
    "export.recovery_habits": (
        "Recovery habits I chose in my weekly reviews:",
        "Hersteltips die ik mezelf gaf in mijn weekreviews:",
    ),
    # wins and reflections
    "export.h_wins": ("Wins", "Successen"),
    "export.no_wins": ("No wins noted in this period.", "Geen successen genoteerd in deze periode."),
    "export.h_reflections": ("Reflections", "Reflecties"),
    "export.no_reflections": (
        "No reflections in this period.",
        "Geen reflecties in deze periode.",
    ),
    "export.energy_label": ("energy {energy}", "energie {energy}"),
    "export.note_label": ("note", "notitie"),
    "export.private_label": ("private", "privé"),
    "export.tags_label": ("tags: {tags}", "labels: {tags}"),
    # cycles
    "export.h_cycles": ("Cycles and commitments", "Cycli en voornemens"),
    "export.no_cycles": ("No cycles in this period.", "Geen cycli in deze periode."),
    "export.cycle_heading": ("Cycle of {day} ({status})", "Cyclus van {day} ({status})"),
    "export.status_draft": ("unfinished", "niet afgerond"),
    "export.status_complete": ("complete", "afgerond"),
    "export.phase_vertragen": ("Slow down", "Vertragen"),
    "export.phase_verdiepen": ("Deepen", "Verdiepen"),
    "export.phase_versnellen": ("Speed up", "Versnellen"),
    "export.pillar_values": ("core values", "kernwaarden"),
    "export.pillar_connect": ("connection", "verbinding"),
    "export.pillar_stamina": ("mental stamina", "mentaal uithoudingsvermogen"),
    "export.answer_score": ("score {score}", "score {score}"),
    "export.commitments": ("Commitments:", "Voornemens:"),
    # weekly reviews
    "export.h_reviews": ("Weekly reviews", "Weekreviews"),
    "export.no_reviews": ("No weekly reviews in this period.", "Geen weekreviews in deze periode."),
    "export.review_heading": ("Week {week}", "Week {week}"),
    "export.review_time": (
        "Time spent: do {do} %, schedule {schedule} %, delegate {delegate} %, drop {drop} %.",
        "Tijd besteed: doen {do} %, inplannen {schedule} %, delegeren {delegate} %, schrappen {drop} %.",
    ),
    "export.review_items": (
        "Items sorted: do {do}, schedule {schedule}, delegate {delegate}, drop {drop}.",
        "Punten gesorteerd: doen {do}, inplannen {schedule}, delegeren {delegate}, schrappen {drop}.",
    ),
    "export.review_headline": ("Headline:", "Kernzin:"),
    "export.review_dropped": ("Dropped or on the stop list:", "Laten vallen of op de stoplijst:"),
    "export.review_intentions": ("Intentions and how they went:", "Voornemens en hoe het ging:"),
    "export.review_win": ("Win to share:", "Succes om te delen:"),
    "export.review_recovery": ("Recovery habit:", "Hersteltip:"),
    "export.review_balance": (
        "Care ↔ challenge: {value} (−2 all care … +2 all challenge).",
        "Zorg ↔ uitdaging: {value} (−2 alleen zorg … +2 alleen uitdaging).",
    ),
    # what the stop list did with an item (review_items.stop_kind); "list" when it does not say
    "export.stop_stop": ("stopped", "gestopt"),
    "export.stop_pause": ("paused", "gepauzeerd"),
    "export.stop_shrink": ("shrunk", "verkleind"),
    "export.stop_sprint": ("cut into sprints", "opgeknipt in sprints"),
    "export.stop_list": ("on the stop list", "op de stoplijst"),
    "export.outcome_done": ("went as planned", "gelukt"),
    "export.outcome_partly": ("partly", "deels"),
    "export.outcome_not": ("did not happen", "niet gelukt"),
    "export.outcome_none": ("not looked back on yet", "nog niet op teruggeblikt"),
    # actions
    "export.h_actions": ("Actions", "Acties"),
    "export.actions_counts": (
        "{open} open ({overdue} overdue), {done} done, {dropped} dropped.",
        "{open} open ({overdue} over de datum), {done} gedaan, {dropped} laten vallen.",
    ),
    "export.no_actions": ("No actions in this period.", "Geen acties in deze periode."),
    "export.col_action": ("Action", "Actie"),
    "export.col_due": ("Due", "Uiterlijk"),
    "export.col_status": ("Status", "Status"),
    "export.col_outcome": ("How it went", "Hoe het ging"),
    "export.action_open": ("open", "open"),
    "export.action_done": ("done", "gedaan"),
    "export.action_dropped": ("dropped", "laten vallen"),
    # values
    "export.h_values": ("Values alignment", "Afstemming op waarden"),
    "export.values_intro": (
        "How well my actions matched each core value (1 = hardly, 5 = fully).",
        "Hoe goed mijn daden pasten bij elke kernwaarde (1 = nauwelijks, 5 = helemaal).",
    ),
    "export.no_values": ("No core values recorded.", "Geen kernwaarden vastgelegd."),
    "export.col_value": ("Value", "Waarde"),
    "export.col_checks": ("Checks", "Keer getoetst"),
    "export.col_latest": ("Latest", "Laatste"),
    # connection
    "export.h_connection": ("Connection, care and challenge", "Verbinding, zorg en uitdaging"),
    "export.connection_counts": (
        "{moments} moments of contact with {people} people: care in {care}, challenge in "
        "{challenge}, both in {both}.",
        "{moments} contactmomenten met {people} mensen: zorg in {care}, uitdaging in "
        "{challenge}, beide in {both}.",
    ),
    "export.connection_kinds": ("By kind: {kinds}.", "Per soort: {kinds}."),
    "export.kind_checkin": ("check-in", "check-in"),
    "export.kind_one-on-one": ("one-on-one", "één-op-één"),
    "export.kind_peer": ("peer", "collega"),
    "export.kind_team": ("team", "team"),
    "export.balance": (
        "Care ↔ challenge in my weekly reviews and cycles: mean {mean} over {n} checks "
        "(−2 all care … +2 all challenge; the balance to aim for is near 0).",
        "Zorg ↔ uitdaging in mijn weekreviews en cycli: gemiddeld {mean} over {n} metingen "
        "(−2 alleen zorg … +2 alleen uitdaging; het evenwicht ligt rond 0).",
    ),
    "export.people": ("People I met:", "Mensen die ik sprak:"),
    "export.times": ("{n}×", "{n}×"),
    "export.no_connection": (
        "No moments of contact logged in this period.",
        "Geen contactmomenten vastgelegd in deze periode.",
    ),
    # next session
    "export.h_next": ("For our next session", "Voor onze volgende sessie"),
    "export.no_questions": (
        "No questions for the coach in this period.",
        "Geen vragen voor de coach in deze periode.",
    ),
    # export: messages on stderr
    "export.left_out_private": (
        "Left out private entries: {n}; add --include-private to include them.",
        "Privénotities weggelaten: {n}; voeg --include-private toe om ze op te nemen.",
    ),
    "export.left_out_people": (
        "Left out the names of {people} people; add --include-people to include them.",
        "De namen van {people} mensen weggelaten; voeg --include-people toe om ze op te nemen.",
    ),
    "export.written": ("Wrote the export to {path}.", "De export staat in {path}."),
    "export.period_both": (
        "Give a period with --since/--until or with --weeks, not both.",
        "Geef een periode met --since/--until of met --weeks, niet allebei.",
    ),
    "export.period_order": (
        "--since ({since}) is after --until ({until}).",
        "--since ({since}) ligt na --until ({until}).",
    ),
    "export.rule_weeks": (
        "--weeks must be a whole number from 1 to 520, not {value}.",
        "--weeks moet een heel getal van 1 tot 520 zijn, niet {value}.",
    ),
    "export.rule_format": (
        "'{value}' is not an export format; use one of: {allowed}.",
        "'{value}' is geen exportformaat; gebruik een van: {allowed}.",
    ),
    # import
    "export.file_missing": ("{path} does not exist.", "{path} bestaat niet."),
    "export.file_unreadable": ("{path} cannot be read: {reason}.", "{path} is niet te lezen: {reason}."),
    "export.file_not_regular": (
        "{path} is not an ordinary file (it is a device, a pipe or a socket); nothing was imported.",
        "{path} is geen gewoon bestand (het is een apparaat, een pipe of een socket); er is niets "
        "geïmporteerd.",
    ),
    "export.file_too_large": (
        "{path} is larger than {limit} MB, far more than any journal export; nothing was imported.",
        "{path} is groter dan {limit} MB, veel meer dan een dagboekexport; er is niets geïmporteerd.",
    ),
    "export.not_utf8": (
        "{path} is not UTF-8 text; nothing was imported.",
        "{path} is geen UTF-8-tekst; er is niets geïmporteerd.",
    ),
    "export.not_json": (
        "{path} is not valid JSON ({reason} at line {line}, column {column}); nothing was imported.",
        "{path} is geen geldige JSON ({reason} op regel {line}, kolom {column}); er is niets "
        "geïmporteerd.",
    ),
    "export.not_export": (
        "{path} is not a veerkracht export (it lacks \"format\": \"veerkracht\"); nothing was "
        "imported; for a jrnl export use --from jrnl.",
        "{path} is geen veerkracht-export (\"format\": \"veerkracht\" ontbreekt); er is niets "
        "geïmporteerd; gebruik --from jrnl voor een jrnl-export.",
    ),
    "export.newer": (
        "{path} was made by a newer veerkracht (export version {version}; this one reads up "
        "to {supported}), so nothing was imported; update veerkracht and import again.",
        "{path} is gemaakt door een nieuwere veerkracht (exportversie {version}; deze leest "
        "tot en met {supported}), dus er is niets geïmporteerd; werk veerkracht bij en "
        "importeer opnieuw.",
    ),
    "export.bad_version": (
        "{path} has export version {version}, which no veerkracht ever wrote; nothing was imported.",
        "{path} heeft exportversie {version}, die geen veerkracht ooit schreef; er is niets "
        "geïmporteerd.",
    ),
    "export.invalid": (
        "{path} is not a valid {kind} export ({problem}); nothing was imported.",
        "{path} is geen geldige {kind}-export ({problem}); er is niets geïmporteerd.",
    ),
    "export.duplicate": (
        "The file holds {table} '{value}' twice; nothing was imported.",
        "Het bestand bevat {table} '{value}' twee keer; er is niets geïmporteerd.",
    ),
    "export.dangling": (
        "Value check {what} names a value ({ref}) that neither the file nor the journal "
        "holds; nothing was imported.",
        "Waardetoets {what} noemt een waarde ({ref}) die niet in het bestand en niet in het "
        "dagboek staat; er is niets geïmporteerd.",
    ),
    "export.broken_reference": (
        "A record in {table} points at a record that neither the file nor the journal holds; "
        "nothing was imported.",
        "Een record in {table} verwijst naar een record dat niet in het bestand en niet in het "
        "dagboek staat; er is niets geïmporteerd.",
    ),
    "export.conflict": (
        "The file conflicts with the journal ({reason}); nothing was imported.",
        "Het bestand botst met het dagboek ({reason}); er is niets geïmporteerd.",
    ),
    "export.rule_id": (
        "'{value}' is not a record ID (a UUID such as 0b0e5f6c-…)",
        "'{value}' is geen record-ID (een UUID zoals 0b0e5f6c-…)",
    ),
    "export.rule_timestamp": (
        "'{value}' is not a moment with its UTC offset, such as 2026-11-27T09:30:00+00:00",
        "'{value}' is geen tijdstip met UTC-verschil, zoals 2026-11-27T09:30:00+00:00",
    ),
    "export.rule_plan": (
        "is not a cycle plan (a JSON object with the lists prompts, values and skipped)",
        "is geen cyclusplan (een JSON-object met de lijsten prompts, values en skipped)",
    ),
    "export.rule_settings": (
        "must be an object of setting names and values",
        "moet een object met namen en waarden van instellingen zijn",
    ),
    "export.rule_moment_range": (
        "'{value}' is not a moment from {first} to {last}",
        "'{value}' is geen tijdstip van {first} tot en met {last}",
    ),
    "export.rule_future": (
        "holds a record dated {day}, after the file was exported",
        "bevat een record van {day}, na het moment van exporteren",
    ),
    "export.rule_parent": (
        "a record nested in {parent} belongs to another record",
        "een record binnen {parent} hoort bij een ander record",
    ),
    "export.rule_week": (
        "'{value}' is not an ISO week such as 2026-W47",
        "'{value}' is geen ISO-week zoals 2026-W47",
    ),
    "export.rule_tags": (
        "must be a list of tags (strings)",
        "moet een lijst van labels (tekst) zijn",
    ),
    "export.rule_time": ("'{value}' is not a time such as 09:30", "'{value}' is geen tijd zoals 09:30"),
    "export.plan_dry": ("Would import from {path}:", "Zou importeren uit {path}:"),
    "export.plan_done": ("Imported from {path}:", "Geïmporteerd uit {path}:"),
    "export.plan_line": (
        "  {table}: {new} new, {updated} updated, {unchanged} unchanged",
        "  {table}: {new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd",
    ),
    "export.dry_run": (
        "Dry run: nothing was written.",
        "Proefdraai: er is niets geschreven.",
    ),
    "export.nothing_new": (
        "Everything in the file is already in the journal; nothing changed.",
        "Alles uit het bestand staat al in het dagboek; er is niets veranderd.",
    ),
    "export.table_entries": ("entries", "notities"),
    "export.table_values": ("values", "waarden"),
    "export.table_cycles": ("cycles", "cycli"),
    "export.table_cycle_answers": ("cycle answers", "antwoorden in cycli"),
    "export.table_reviews": ("weekly reviews", "weekreviews"),
    "export.table_review_items": ("review items", "reviewpunten"),
    "export.table_value_checks": ("value checks", "waardetoetsen"),
    "export.table_actions": ("actions", "acties"),
    "export.table_connections": ("connections", "contactmomenten"),
    "export.table_settings": ("settings", "instellingen"),
}
