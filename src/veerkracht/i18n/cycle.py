"""Messages of the guided cycle, core values, actions and connections (EN, NL).

The cycle's open questions themselves are data in ``veerkracht.domain.catalogue``.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # the three phases: What? → So what? → Now what?
    "cycle.heading": ("{number}/3 · {title}", "{number}/3 · {title}"),
    "cycle.phase_vertragen": ("Vertragen — slow down · What?", "Vertragen · Wat?"),
    "cycle.phase_verdiepen": ("Verdiepen — deepen · So what?", "Verdiepen · Wat betekent het?"),
    "cycle.phase_versnellen": ("Versnellen — speed up · Now what?", "Versnellen · Wat nu?"),
    "cycle.explain_vertragen": (
        "Notice what happened lately, before you judge or fix it.",
        "Sta stil bij wat er de laatste tijd gebeurde, voordat je oordeelt of oplost.",
    ),
    "cycle.explain_verdiepen": (
        "Make sense of it: what it means, and how your actions matched your values.",
        "Geef het betekenis: wat zegt het, en hoe pasten je daden bij je waarden?",
    ),
    "cycle.explain_versnellen": (
        "Turn it into one to three small, concrete steps.",
        "Maak er één tot drie kleine, concrete stappen van.",
    ),
    "cycle.name_vertragen": ("Vertragen", "Vertragen"),
    "cycle.name_verdiepen": ("Verdiepen", "Verdiepen"),
    "cycle.name_versnellen": ("Versnellen", "Versnellen"),
    "cycle.pillar_values": ("Core values", "Kernwaarden"),
    "cycle.pillar_connect": ("Social connection", "Sociale verbinding"),
    "cycle.pillar_stamina": ("Mental stamina", "Mentaal doorzettingsvermogen"),
    # starting, resuming, stopping
    "cycle.welcome": (
        "A cycle takes 10–20 minutes. Leave an answer empty to skip a question; "
        "every answer is kept as soon as you give it.",
        "Een cyclus duurt 10–20 minuten. Laat een antwoord leeg om een vraag over te slaan; "
        "elk antwoord wordt bewaard zodra je het geeft.",
    ),
    "cycle.no_terminal": (
        "The cycle is a conversation and needs a terminal; run 'veerkracht cycle' in one.",
        "De cyclus is een gesprek en heeft een terminal nodig; start 'veerkracht cycle' in een terminal.",
    ),
    "cycle.draft_exists": (
        "You have an unfinished cycle from {day} (answers kept: {count}).",
        "Je hebt een onafgemaakte cyclus van {day} (bewaarde antwoorden: {count}).",
    ),
    "cycle.resume_or_discard": (
        "Resume it or discard it? [R]esume / [d]iscard",
        "Hervatten of weggooien? [H]ervatten / [w]eggooien",
    ),
    "cycle.resume_or_discard_rule": (
        "'{answer}' is neither; type r to resume or d to discard.",
        "'{answer}' is geen van beide; typ h om te hervatten of w om weg te gooien.",
    ),
    "cycle.resuming": (
        "Resuming the cycle of {day} (answers kept: {count}).",
        "De cyclus van {day} gaat verder (bewaarde antwoorden: {count}).",
    ),
    "cycle.discarded": (
        "Discarded the unfinished cycle, with any commitments it had made.",
        "De onafgemaakte cyclus is weggegooid, met de voornemens die erin stonden.",
    ),
    "cycle.nothing_to_resume": (
        "There is no unfinished cycle to resume; start one with 'veerkracht cycle'.",
        "Er is geen onafgemaakte cyclus om te hervatten; begin er een met 'veerkracht cycle'.",
    ),
    "cycle.interrupted": (
        "Stopped. Your answers are kept; continue with 'veerkracht cycle --resume'.",
        "Gestopt. Je antwoorden zijn bewaard; ga verder met 'veerkracht cycle --resume'.",
    ),
    "cycle.gone_discarded": (
        "Another veerkracht command discarded this cycle while you were answering, so it and "
        "its answers are gone; start again with 'veerkracht cycle'.",
        "Een ander veerkracht-commando heeft deze cyclus weggegooid terwijl je antwoordde, dus "
        "de cyclus en je antwoorden zijn weg; begin opnieuw: voer 'veerkracht cycle' uit.",
    ),
    "cycle.gone_completed": (
        "Another veerkracht command completed this cycle while you were answering, so it is "
        "left as it is and your last answer was not added; look at it with "
        "'veerkracht cycle list', or start a new one with 'veerkracht cycle'.",
        "Een ander veerkracht-commando heeft deze cyclus afgerond terwijl je antwoordde, dus "
        "hij blijft zoals hij is en je laatste antwoord is niet toegevoegd; bekijk hem: voer "
        "'veerkracht cycle list' uit, of begin een nieuwe: voer 'veerkracht cycle' uit.",
    ),
    "cycle.completed": (
        "Cycle complete. Your commitments are in 'veerkracht actions'.",
        "Cyclus afgerond. Je voornemens staan in 'veerkracht actions'.",
    ),
    "cycle.from_option": ("{question} → {answer}", "{question} → {answer}"),
    "cycle.align_form": (
        "align: '{item}' is not NAME=SCORE, for example --align Honesty=4",
        "align: '{item}' is niet NAAM=SCORE, bijvoorbeeld --align Eerlijkheid=4",
    ),
    "cycle.align_unknown": (
        "align: '{name}' is not one of your active values (see 'veerkracht values').",
        "align: '{name}' is geen van je actieve waarden (zie 'veerkracht values').",
    ),
    # connection
    "cycle.quiet_hint": (
        "Not in touch for two weeks or more: {people}.",
        "Al twee weken of langer geen contact: {people}.",
    ),
    "cycle.quiet_person": ("{who} ({days} days)", "{who} ({days} dagen)"),
    # values and the care ↔ challenge check
    "cycle.no_values": (
        "You have no core values yet. Name one, and the cycle asks how well you lived it.",
        "Je hebt nog geen kernwaarden. Noem er een, dan vraagt de cyclus hoe goed je die naleefde.",
    ),
    "cycle.name_value": (
        "A core value (empty to skip):",
        "Een kernwaarde (leeg om over te slaan):",
    ),
    "cycle.value_question": ("{value} · {question}", "{value} · {question}"),
    "cycle.alignment_scale": (
        "1 = not at all · 3 = partly · 5 = fully; practice what you preach.",
        "1 = helemaal niet · 3 = deels · 5 = volledig; practice what you preach.",
    ),
    "cycle.balance_hint": (
        "0 is the balance between “you are good as you are” and “take the next step”.",
        "0 is de balans tussen „je bent goed zoals je bent” en „zet de volgende stap”.",
    ),
    "cycle.balance_0": ("all care", "alleen zorg"),
    "cycle.balance_1": ("leaning to care", "neigt naar zorg"),
    "cycle.balance_2": ("balanced", "in balans"),
    "cycle.balance_3": ("leaning to challenge", "neigt naar uitdaging"),
    "cycle.balance_4": ("all challenge", "alleen uitdaging"),
    # commitments
    "cycle.commit_intro": (
        "Now one to three commitments: small, concrete steps you will take.",
        "Nu één tot drie voornemens: kleine, concrete stappen die je gaat zetten.",
    ),
    "cycle.commit_kept": ("Already committed: {text}", "Al voorgenomen: {text}"),
    "cycle.commit_prompt": (
        "Commitment {n} of at most {max} (empty to finish):",
        "Voornemen {n} van hooguit {max} (leeg om af te ronden):",
    ),
    "cycle.commit_due": (
        "Due when? (tomorrow, fri, 2026-12-04, 'in 3 days'; empty for no date)",
        "Wanneer? (morgen, vr, 2026-12-04, 'over 3 dagen'; leeg voor geen datum)",
    ),
    "cycle.due_past": (
        "due: {day} is in the past; a due date is today or later.",
        "datum: {day} ligt in het verleden; een streefdatum is vandaag of later.",
    ),
    "cycle.due_too_far": (
        "due: a due date lies at most ten years ahead, up to {last}.",
        "uiterlijk: een actie kan hooguit tien jaar vooruit gepland worden, tot en met {last}.",
    ),
    "cycle.due_unreadable": (
        "'{text}' is not a day I can read; use tomorrow, a weekday, 'in 3 days', next week, "
        "2026-12-04 or '4 dec'.",
        "'{text}' is geen dag die ik kan lezen; gebruik morgen, een weekdag, 'over 3 dagen', "
        "volgende week, 2026-12-04 of '4 dec'.",
    ),
    "cycle.due_set": ("→ due {day}", "→ uiterlijk {day}"),
    "cycle.due_on": ("due {day}", "uiterlijk {day}"),
    # recaps and summaries
    "cycle.recap_title": ("So far · {phase}", "Tot nu toe · {phase}"),
    "cycle.recap_none": ("(nothing noted — that is fine)", "(niets genoteerd — dat is goed)"),
    "cycle.recap_balance": ("Care ↔ challenge: {balance}", "Zorg ↔ uitdaging: {balance}"),
    "cycle.recap_value": ("{value}: {score}/5", "{value}: {score}/5"),
    "cycle.recap_commitment": ("→ {text}", "→ {text}"),
    "cycle.show_title": ("Cycle {handle} · {day} · {status}", "Cyclus {handle} · {day} · {status}"),
    "cycle.status_draft": ("unfinished", "onafgemaakt"),
    "cycle.status_complete": ("complete", "afgerond"),
    "cycle.list_title": ("Cycles", "Cycli"),
    "cycle.none_yet": (
        "No cycles yet; start one with 'veerkracht cycle'.",
        "Nog geen cycli; begin er een met 'veerkracht cycle'.",
    ),
    "cycle.kind_cycle": ("cycle", "cyclus"),
    "cycle.col_id": ("ID", "ID"),
    "cycle.col_started": ("Started", "Begonnen"),
    "cycle.col_status": ("Status", "Status"),
    "cycle.col_answers": ("Answers", "Antwoorden"),
    "cycle.col_commitments": ("Commitments", "Voornemens"),
    # values
    "cycle.values_title": ("Core values", "Kernwaarden"),
    "cycle.values_none": (
        "No core values yet; add one with 'veerkracht values add NAME'.",
        "Nog geen kernwaarden; voeg er een toe met 'veerkracht values add NAAM'.",
    ),
    "cycle.col_value": ("Value", "Waarde"),
    "cycle.col_scope": ("Scope", "Bereik"),
    "cycle.col_why": ("Why it matters", "Waarom het ertoe doet"),
    "cycle.scope_personal": ("personal", "persoonlijk"),
    "cycle.scope_organisation": ("organisation", "organisatie"),
    "cycle.retired": ("retired", "buiten gebruik"),
    "cycle.value_added": ("Added the value '{name}' ({scope}).", "Waarde '{name}' is toegevoegd ({scope})."),
    "cycle.value_restored": (
        "'{name}' was retired and is active again ({scope}).",
        "'{name}' was buiten gebruik en is weer actief ({scope}).",
    ),
    "cycle.value_exists": (
        "'{name}' is already one of your values; nothing changed.",
        "'{name}' is al een van je waarden; er is niets veranderd.",
    ),
    "cycle.value_retired": (
        "Retired '{name}'; cycles stop asking about it, its history stays.",
        "'{name}' is buiten gebruik gesteld; cycli vragen er niet meer naar, de geschiedenis blijft.",
    ),
    "cycle.value_already_retired": ("'{name}' was already retired.", "'{name}' was al buiten gebruik."),
    "cycle.value_unknown": (
        "You have no value called '{name}' (see 'veerkracht values --all').",
        "Je hebt geen waarde die '{name}' heet (zie 'veerkracht values --all').",
    ),
    # actions
    "cycle.actions_title": ("Actions", "Acties"),
    "cycle.actions_none": (
        "No open actions. Add one with 'veerkracht actions add TEXT'.",
        "Geen open acties. Voeg er een toe met 'veerkracht actions add TEKST'.",
    ),
    "cycle.actions_none_all": ("No actions yet.", "Nog geen acties."),
    "cycle.kind_action": ("action", "actie"),
    "cycle.col_action": ("Action", "Actie"),
    "cycle.col_due": ("Due", "Uiterlijk"),
    "cycle.col_origin": ("From", "Uit"),
    "cycle.overdue": ("overdue", "te laat"),
    "cycle.due_today": ("today", "vandaag"),
    "cycle.action_open": ("open", "open"),
    "cycle.action_done": ("done", "gedaan"),
    "cycle.action_dropped": ("dropped", "geschrapt"),
    "cycle.origin_manual": ("added", "zelf"),
    "cycle.origin_cycle": ("cycle", "cyclus"),
    "cycle.origin_review": ("review", "weekreview"),
    "cycle.action_added": ("Added action {handle}.", "Actie {handle} is toegevoegd."),
    "cycle.action_added_due": (
        "Added action {handle}, due {day}.",
        "Actie {handle} is toegevoegd, uiterlijk {day}.",
    ),
    "cycle.action_now_done": ("Done: {text}", "Gedaan: {text}"),
    "cycle.action_now_dropped": ("Dropped: {text}", "Geschrapt: {text}"),
    "cycle.action_already_done": ("Already done: {text}", "Was al gedaan: {text}"),
    "cycle.action_already_dropped": ("Already dropped: {text}", "Was al geschrapt: {text}"),
    "cycle.actions_due_one": (
        "1 open action is due today or overdue; see 'veerkracht actions'.",
        "1 open actie moet vandaag af of is te laat; zie 'veerkracht actions'.",
    ),
    "cycle.actions_due_many": (
        "{count} open actions are due today or overdue; see 'veerkracht actions'.",
        "{count} open acties moeten vandaag af of zijn te laat; zie 'veerkracht actions'.",
    ),
    # connections
    "cycle.connect_logged": (
        "Logged a {kind} with {who} on {day}{marks}.",
        "Contact vastgelegd ({kind}) met {who} op {day}{marks}.",
    ),
    "cycle.connect_care": ("care", "zorg"),
    "cycle.connect_challenge": ("challenge", "uitdaging"),
    "cycle.kind_checkin": ("check-in", "check-in"),
    "cycle.kind_one-on-one": ("one-on-one", "één-op-één"),
    "cycle.kind_peer": ("peer contact", "collegiaal contact"),
    "cycle.kind_team": ("team moment", "teammoment"),
    "cycle.connect_title": ("Connections", "Contactmomenten"),
    "cycle.connect_none": (
        "No contacts logged yet; log one with 'veerkracht connect NAME'.",
        "Nog geen contactmomenten; leg er een vast met 'veerkracht connect NAAM'.",
    ),
    "cycle.col_day": ("Day", "Dag"),
    "cycle.col_who": ("Who", "Wie"),
    "cycle.col_kind": ("Kind", "Soort"),
    "cycle.col_care_challenge": ("Care · challenge", "Zorg · uitdaging"),
    "cycle.col_note": ("Note", "Notitie"),
}
