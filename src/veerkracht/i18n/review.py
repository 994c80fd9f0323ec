"""Messages of the weekly urgent-vs-important review."""

MESSAGES: dict[str, tuple[str, str]] = {
    # the four quadrants and what they mean
    "review.q_do": ("do", "doen"),
    "review.q_schedule": ("schedule", "inplannen"),
    "review.q_delegate": ("delegate", "delegeren"),
    "review.q_drop": ("drop", "schrappen"),
    "review.qx_do": ("urgent and important", "dringend en belangrijk"),
    "review.qx_schedule": ("important, not urgent", "belangrijk, niet dringend"),
    "review.qx_delegate": ("urgent, not important", "dringend, niet belangrijk"),
    "review.qx_drop": ("neither urgent nor important", "niet dringend en niet belangrijk"),
    # stop list kinds, outcomes, carry-over choices
    "review.stop_stop": ("stop", "stoppen"),
    "review.stop_pause": ("pause", "pauzeren"),
    "review.stop_shrink": ("shrink", "verkleinen"),
    "review.stop_sprint": ("cut into sprints", "opknippen"),
    # on the stop list without a kind: stopped before there were kinds, or a version-1 import
    "review.stop_list": ("stop list", "stoplijst"),
    "review.out_done": ("done", "gedaan"),
    "review.out_partly": ("partly", "deels"),
    "review.out_not": ("not", "niet"),
    # headings
    "review.title": (
        "Weekly review {week} ({start} – {end})",
        "Weekreview {week} ({start} – {end})",
    ),
    "review.title_short": (
        "Short weekly review {week} ({start} – {end})",
        "Korte weekreview {week} ({start} – {end})",
    ),
    "review.resuming": (
        "Continuing the review of {week} where you left off.",
        "Verder met de review van {week} waar je was gebleven.",
    ),
    "review.was_complete": (
        "The review of {week} is complete; you can add more items.",
        "De review van {week} is af; je kunt nog punten toevoegen.",
    ),
    "review.completed_elsewhere": (
        "Another veerkracht command completed the weekly review of {week} while you were "
        "answering, so it is left as it is and your last answer was not added; look at it with "
        "'veerkracht review show --week {week}', or add items with "
        "'veerkracht review --week {week}'.",
        "Een ander veerkracht-commando heeft de weekreview van {week} afgerond terwijl je "
        "antwoordde, dus die blijft zoals hij is en je laatste antwoord is niet toegevoegd; "
        "bekijk hem: voer 'veerkracht review show --week {week}' uit, of voeg punten toe: voer "
        "'veerkracht review --week {week}' uit.",
    ),
    "review.gone": (
        "This weekly review is no longer in the journal, so your last answer was not kept; "
        "start it again with 'veerkracht review'.",
        "Deze weekreview staat niet meer in het dagboek, dus je laatste antwoord is niet "
        "bewaard; begin opnieuw: voer 'veerkracht review' uit.",
    ),
    "review.step_look_back": ("1 · Look back", "1 · Terugblik"),
    "review.step_items": (
        "2–3 · Empty your head, then sort",
        "2–3 · Hoofd leegmaken, dan sorteren",
    ),
    "review.step_stop": ("4 · Stop list", "4 · Stoplijst"),
    "review.step_values": ("5 · Values", "5 · Waarden"),
    "review.step_people": ("6 · People", "6 · Mensen"),
    "review.step_energy": ("7 · Energy and time", "7 · Energie en tijd"),
    "review.step_intentions": ("8 · Intentions for next week", "8 · Voornemens voor volgende week"),
    "review.step_close": ("9–10 · Win and headline", "9–10 · Succes en kopregel"),
    # 1 look back
    "review.energy_title": ("Energy in {week}", "Energie in {week}"),
    "review.energy_none": ("No energy logged in {week}.", "Geen energie vastgelegd in {week}."),
    "review.energy_mean": (
        "Mean {mean} over {days} day(s) with a score.",
        "Gemiddeld {mean} over {days} dag(en) met een score.",
    ),
    "review.intentions_none": (
        "No intentions from last week's review ({week}).",
        "Geen voornemens uit de review van vorige week ({week}).",
    ),
    "review.intentions_last": (
        "Last week's intentions ({week}):",
        "Voornemens van vorige week ({week}):",
    ),
    "review.prompt_outcome": (
        "'{text}': done, partly or not?",
        "'{text}': gedaan, deels of niet?",
    ),
    "review.bad_outcome": (
        "'{value}' is not an answer here; say done, partly or not.",
        "'{value}' is hier geen antwoord; zeg gedaan, deels of niet.",
    ),
    "review.prompt_in_the_way": (
        "What got in the way? (Enter to skip)",
        "Wat zat in de weg? (Enter om over te slaan)",
    ),
    # carry-over
    "review.carry_title": (
        "Open items from last week ({week}):",
        "Open punten van vorige week ({week}):",
    ),
    "review.prompt_carry": (
        "'{title}' ({quadrant}): carry over, done, or let go? [c/d/l] (Enter: carry over)",
        "'{title}' ({quadrant}): meenemen, gedaan of loslaten? [m/g/l] (Enter: meenemen)",
    ),
    "review.bad_carry": (
        "'{value}' is not an answer here; say c (carry over), d (done) or l (let go).",
        "'{value}' is hier geen antwoord; zeg m (meenemen), g (gedaan) of l (loslaten).",
    ),
    # 2–3 items
    "review.items_intro": (
        "List every open item, worry and promise of the week; for each, say whether it is "
        "urgent and important. An empty answer ends the list.",
        "Noem elk open punt, elke zorg en belofte van de week; zeg bij elk of het dringend en "
        "belangrijk is. Een leeg antwoord sluit de lijst.",
    ),
    "review.items_so_far": ("On this week's list:", "Op de lijst van deze week:"),
    "review.prompt_title": ("Item {n} (Enter when done)", "Punt {n} (Enter als je klaar bent)"),
    "review.prompt_urgent": ("Urgent? [y/n]", "Dringend? [j/n]"),
    "review.prompt_important": ("Important? [y/n]", "Belangrijk? [j/n]"),
    "review.prompt_urgent_default": (
        "Urgent? [y/n] (Enter: {default})",
        "Dringend? [j/n] (Enter: {default})",
    ),
    "review.prompt_important_default": (
        "Important? [y/n] (Enter: {default})",
        "Belangrijk? [j/n] (Enter: {default})",
    ),
    "review.bad_yes_no": ("'{value}' is not yes or no.", "'{value}' is geen ja of nee."),
    "review.quadrant_is": ("→ {quadrant}: {explain}", "→ {quadrant}: {explain}"),
    "review.prompt_decision": (
        "Decision: do, schedule, delegate or drop (Enter: {default})",
        "Besluit: doen, inplannen, delegeren of schrappen (Enter: {default})",
    ),
    "review.bad_decision": (
        "'{value}' is not a decision; choose do, schedule, delegate or drop.",
        "'{value}' is geen besluit; kies doen, inplannen, delegeren of schrappen.",
    ),
    "review.prompt_delegate_to": ("Delegate to whom?", "Aan wie delegeer je het?"),
    "review.prompt_hiding": (
        "Which important matter are you hiding behind urgent ones? (Enter to skip)",
        "Welke belangrijke zaak verstop je achter dringende? (Enter om over te slaan)",
    ),
    "review.hiding_added": (
        "Added '{title}' as important, not urgent: schedule it.",
        "'{title}' toegevoegd als belangrijk, niet dringend: plan het in.",
    ),
    # 4 stop list
    "review.stop_intro": (
        "Name at least one thing to stop, pause, shrink or cut into a sprint.",
        "Noem minstens één ding om te stoppen, te pauzeren, te verkleinen of op te knippen in "
        "een sprint.",
    ),
    "review.prompt_stop_first": (
        "Which? The number of an item above, or a new title",
        "Welk? Het nummer van een punt hierboven, of een nieuwe titel",
    ),
    "review.prompt_stop_more": (
        "Another? A number or a title (Enter when done)",
        "Nog een? Een nummer of een titel (Enter als je klaar bent)",
    ),
    "review.stop_needed": (
        "At least one thing goes on the stop list.",
        "Er moet minstens één ding op de stoplijst.",
    ),
    "review.bad_item_number": (
        "There is no item {value} in the list.",
        "Er is geen punt {value} in de lijst.",
    ),
    "review.prompt_stop_kind": (
        "Stop, pause, shrink or sprint?",
        "Stoppen, pauzeren, verkleinen of sprint?",
    ),
    "review.bad_stop_kind": (
        "'{value}' is not one of stop, pause, shrink or sprint.",
        "'{value}' is niet een van stoppen, pauzeren, verkleinen of sprint.",
    ),
    # 5 values
    "review.values_none": (
        "No core values yet, so nothing to check; add them with: veerkracht values add NAME",
        "Nog geen kernwaarden, dus niets te toetsen; voeg ze toe met: veerkracht values add NAAM",
    ),
    "review.prompt_alignment": (
        "How well did your actions match '{value}'? (1–5)",
        "Hoe goed pasten je daden bij '{value}'? (1–5)",
    ),
    "review.prompt_example": (
        "One example, a say/do gap included (Enter to skip)",
        "Eén voorbeeld, ook een kloof tussen zeggen en doen (Enter om over te slaan)",
    ),
    # 6 people
    "review.checkins": (
        "Check-ins logged this week: {count} ({care} with care, {challenge} with challenge).",
        "Contactmomenten deze week: {count} ({care} met zorg, {challenge} met uitdaging).",
    ),
    "review.prompt_care": (
        "Lately, did you lean towards caring for your people or challenging them? "
        "(−2 all care … +2 all challenge)",
        "Neigde je de laatste tijd meer naar zorgen voor je mensen of naar uitdagen? "
        "(−2 alleen zorg … +2 alleen uitdaging)",
    ),
    # 7 energy
    "review.prompt_split": (
        "How did your time split over do / schedule / delegate / drop? Four percentages that "
        "add up to 100 (40 30 20 10), or a 0–4 score each (3 2 1 0)",
        "Hoe verdeelde je tijd zich over doen / inplannen / delegeren / schrappen? Vier "
        "percentages die samen 100 zijn (40 30 20 10), of een score 0–4 per kwadrant (3 2 1 0)",
    ),
    "review.bad_split_count": (
        "Give four whole numbers, one each for do, schedule, delegate and drop.",
        "Geef vier hele getallen, één voor doen, inplannen, delegeren en schrappen.",
    ),
    "review.bad_split_zero": (
        "At least one quadrant needs a score above 0.",
        "Minstens één kwadrant heeft een score boven 0 nodig.",
    ),
    "review.split_is": ("Time split: {split}", "Tijdsverdeling: {split}"),
    "review.prompt_gave": (
        "What gave and what drained energy this week? (Enter to skip)",
        "Wat gaf en wat kostte je deze week energie? (Enter om over te slaan)",
    ),
    "review.prompt_habit": (
        "One recovery habit for next week (Enter to skip)",
        "Eén herstelgewoonte voor volgende week (Enter om over te slaan)",
    ),
    # 8 intentions
    "review.intentions_intro": (
        "At most three intentions, each with a first step and a moment.",
        "Hoogstens drie voornemens, elk met een eerste stap en een moment.",
    ),
    "review.prompt_intention": (
        "Intention {n} of 3 (Enter when done)",
        "Voornemen {n} van 3 (Enter als je klaar bent)",
    ),
    "review.prompt_due": ("Due by {day}? [y/n] (Enter: yes)", "Af op {day}? [j/n] (Enter: ja)"),
    "review.intention_saved": (
        "Saved as action {handle}{due}.",
        "Bewaard als actie {handle}{due}.",
    ),
    "review.intention_due": (", due {day}", ", af op {day}"),
    "review.intentions_full": (
        "Three intentions are set; that is the most.",
        "Er staan drie voornemens; meer gaat niet.",
    ),
    "review.too_many_intentions": (
        "At most three intentions a week; this week has {have} already.",
        "Hoogstens drie voornemens per week; deze week heeft er al {have}.",
    ),
    # 9–10 close
    "review.prompt_win": (
        "One win to share with the team (Enter to skip)",
        "Eén succes om met het team te delen (Enter om over te slaan)",
    ),
    "review.prompt_headline": ("The week in one line", "De week in één zin"),
    "review.prompt_coach": (
        "A question for your coach (Enter to skip)",
        "Een vraag voor je coach (Enter om over te slaan)",
    ),
    "review.finished": (
        "Review of {week} saved. Your intentions are among your actions: veerkracht actions",
        "Review van {week} bewaard. Je voornemens staan bij je acties: veerkracht actions",
    ),
    # the matrix and show
    "review.matrix_title": ("{week}: {count} item(s)", "{week}: {count} punt(en)"),
    "review.col_urgent": ("Urgent", "Dringend"),
    "review.col_not_urgent": ("Not urgent", "Niet dringend"),
    "review.row_important": ("Important", "Belangrijk"),
    "review.row_not_important": ("Not important", "Niet belangrijk"),
    "review.cell_empty": ("(nothing)", "(niets)"),
    "review.mark_carried": ("carried over", "meegenomen"),
    "review.mark_to": ("to {who}", "aan {who}"),
    "review.show_none": (
        "No review for {week} yet. Start one with: veerkracht review --week {week}",
        "Nog geen review voor {week}. Begin er een met: veerkracht review --week {week}",
    ),
    "review.show_split": ("Time split", "Tijdsverdeling"),
    "review.show_headline": ("Headline", "Kopregel"),
    "review.show_intentions": ("Intentions", "Voornemens"),
    "review.show_habit": ("Recovery habit", "Herstelgewoonte"),
    "review.show_win": ("Win", "Succes"),
    "review.show_care": ("Care ↔ challenge", "Zorg ↔ uitdaging"),
    "review.show_coach": ("For the coach", "Voor de coach"),
    "review.show_status": ("Status", "Status"),
    "review.status_complete": ("complete", "af"),
    "review.status_draft": ("in progress", "bezig"),
    "review.list_none": (
        "No reviews yet. Start one with: veerkracht review",
        "Nog geen reviews. Begin er een met: veerkracht review",
    ),
    "review.list_title": ("Weekly reviews", "Weekreviews"),
    "review.col_week": ("Week", "Week"),
    "review.col_items": ("Items", "Punten"),
    "review.col_status": ("Status", "Status"),
    "review.col_headline": ("Headline", "Kopregel"),
    # review add and scripted answers
    "review.added": (
        "Added '{title}' to {week}: {quadrant}{extra}.",
        "'{title}' toegevoegd aan {week}: {quadrant}{extra}.",
    ),
    "review.added_decision": (", decided: {decision}", ", besloten: {decision}"),
    "review.to_needs_delegate": (
        "--to goes only with the decision delegate.",
        "--to hoort alleen bij het besluit delegeren.",
    ),
    "review.what_urgent": ("Whether the item is urgent", "Of het punt dringend is"),
    "review.how_urgent": ("--urgent or --not-urgent", "--urgent of --not-urgent"),
    "review.what_important": ("Whether the item is important", "Of het punt belangrijk is"),
    "review.how_important": ("--important or --not-important", "--important of --not-important"),
    "review.no_terminal": (
        "The weekly review asks its questions on a terminal; without one, give answers as "
        "options (--split, --headline, --coach, --intention) and items with: veerkracht review add",
        "De weekreview stelt zijn vragen in een terminal; geef zonder terminal antwoorden als "
        "opties (--split, --headline, --coach, --intention) en punten met: veerkracht review add",
    ),
    "review.saved_options": ("Saved to the review of {week}.", "Bewaard in de review van {week}."),
    "review.prompt_add_urgent": ("Is '{title}' urgent? [y/n]", "Is '{title}' dringend? [j/n]"),
    "review.prompt_add_important": (
        "Is '{title}' important? [y/n]",
        "Is '{title}' belangrijk? [j/n]",
    ),
}
