"""Messages of the journal core: log, entries, search, config, doctor, backup, status."""

MESSAGES: dict[str, tuple[str, str]] = {
    # dates and weeks
    "core.date_unreadable": (
        "'{text}' is not a date I can read; use 2026-11-20, today, yesterday, a weekday, "
        "'3 days ago' or '20 nov'.",
        "'{text}' is geen datum die ik kan lezen; gebruik 2026-11-20, vandaag, gisteren, "
        "een weekdag, '3 dagen geleden' of '20 nov'.",
    ),
    "core.date_impossible": (
        "'{text}' is not a day that exists.",
        "'{text}' is geen dag die bestaat.",
    ),
    "core.date_future": (
        "{day} is in the future; the journal records today and earlier days.",
        "{day} ligt in de toekomst; het dagboek legt vandaag en eerdere dagen vast.",
    ),
    "core.week_impossible": (
        "'{text}' is not a week that exists; ISO years have 52 or 53 weeks.",
        "'{text}' is geen week die bestaat; ISO-jaren hebben 52 of 53 weken.",
    ),
    "core.week_unreadable": (
        "'{text}' is not a week I can read; use 2026-W47, this, last or a date.",
        "'{text}' is geen week die ik kan lezen; gebruik 2026-W47, deze, vorige of een datum.",
    ),
    # the days a journal holds: 1900-01-01 up to today (README "Days and times")
    "core.date_too_early": (
        "{day} is before {first}, the first day a journal holds.",
        "{day} ligt voor {first}, de eerste dag die een dagboek bevat.",
    ),
    "core.week_too_early": (
        "{week} is before {first}, the first week a journal holds.",
        "{week} ligt voor {first}, de eerste week die een dagboek bevat.",
    ),
    "core.week_too_late": (
        "{week} is too far ahead; a weekly review can be prepared at most one week ahead ({next}).",
        "{week} ligt te ver vooruit; een weekreview kun je hooguit één week vooruit voorbereiden "
        "({next}).",
    ),
    "core.since_cut": (
        "{day} is before {first}, the first day a journal holds, so the period starts on {first}.",
        "{day} ligt voor {first}, de eerste dag die een dagboek bevat, dus de periode begint op "
        "{first}.",
    ),
    "core.until_cut": (
        "{day} is after today, so the period ends today, {today}.",
        "{day} ligt na vandaag, dus de periode eindigt vandaag, {today}.",
    ),
    "core.rule_whole": (
        "must be a whole number written with the digits 0–9, not '{value}'",
        "moet een heel getal zijn geschreven met de cijfers 0–9, niet '{value}'",
    ),
    "core.rule_day": (
        "must be a day written as 2026-11-27, not '{value}'",
        "moet een dag zijn geschreven als 2026-11-27, niet '{value}'",
    ),
    "core.rule_day_range": (
        "{day} is not a day from {first} to {last}",
        "{day} is geen dag van {first} tot en met {last}",
    ),
    # validation rules (shown as "field: rule")
    "core.rule_energy": (
        "must be a whole number from 0 (empty) to 10 (full), not '{value}'",
        "moet een heel getal van 0 (leeg) tot 10 (vol) zijn, niet '{value}'",
    ),
    "core.rule_text_long": (
        "is longer than {limit} characters",
        "is langer dan {limit} tekens",
    ),
    "core.rule_text_nul": (
        "contains a NUL character, which cannot be stored as text",
        "bevat een NUL-teken, dat niet als tekst kan worden bewaard",
    ),
    "core.rule_tag": (
        "'{value}' is not a tag; a tag is 1 to 40 letters, digits, '-' or '_' without spaces",
        "'{value}' is geen label; een label is 1 tot 40 letters, cijfers, '-' of '_' zonder spaties",
    ),
    "core.rule_text_utf8": (
        "is not UTF-8 text (was it saved in another encoding?)",
        "is geen UTF-8-tekst (is het in een andere codering opgeslagen?)",
    ),
    "core.rule_empty_entry": (
        "an entry needs an energy score, a reflection or a win",
        "een notitie heeft een energiescore, een reflectie of een succes nodig",
    ),
    "core.rule_bool": ("must be yes or no", "moet ja of nee zijn"),
    "core.rule_choice": (
        "'{value}' is not one of: {allowed}",
        "'{value}' is niet een van: {allowed}",
    ),
    "core.rule_scale": (
        "must be a whole number from {low} to {high}, not '{value}'",
        "moet een heel getal van {low} tot {high} zijn, niet '{value}'",
    ),
    "core.rule_required": ("must not be empty", "mag niet leeg zijn"),
    "core.rule_percentages": (
        "the four shares must add up to 100, not {total}",
        "de vier aandelen moeten samen 100 zijn, niet {total}",
    ),
    "core.rule_lang": ("must be en or nl", "moet en of nl zijn"),
    "core.rule_today": (
        "VEERKRACHT_TODAY must be a date written as 2026-11-27, from 1900-01-01 to 9998-12-31, not '{value}'.",
        "VEERKRACHT_TODAY moet een datum zijn geschreven als 2026-11-27, van 1900-01-01 tot en met 9998-12-31, niet '{value}'.",
    ),
    "core.rule_invalid": ("is not valid ({detail})", "is niet geldig ({detail})"),
    # journal faults
    "core.journal_is_folder": (
        "{path} is a folder, not a journal file; give a file path with --journal.",
        "{path} is een map, geen dagboekbestand; geef een bestandspad met --journal.",
    ),
    "core.journal_not_journal": (
        "{path} is not a veerkracht journal; it was left untouched.",
        "{path} is geen veerkracht-dagboek; het bestand is niet aangeraakt.",
    ),
    "core.journal_newer": (
        "{path} was written by a newer veerkracht ({unknown}); update veerkracht to use it. "
        "The file was left untouched.",
        "{path} is geschreven door een nieuwere veerkracht ({unknown}); werk veerkracht bij "
        "om het te gebruiken. Het bestand is niet aangeraakt.",
    ),
    "core.journal_read_only": (
        "{path} is read-only, so nothing was written; reading it works, and to change it make it "
        "writable (chmod u+w).",
        "{path} is alleen-lezen, dus er is niets geschreven; lezen lukt, en om het te veranderen "
        "maak je het schrijfbaar (chmod u+w).",
    ),
    "core.journal_folder_read_only": (
        "The folder {folder} of the journal is read-only, so nothing was written; reading the "
        "journal works, and to change it make the folder writable (chmod u+w).",
        "De map {folder} van het dagboek is alleen-lezen, dus er is niets geschreven; lezen lukt, "
        "en om het dagboek te veranderen maak je de map schrijfbaar (chmod u+w).",
    ),
    "core.journal_needs_update_read_only": (
        "{path} needs an update of its layout before it can be read, and it is read-only; make "
        "it and its folder writable (chmod u+w) once so veerkracht can update it.",
        "{path} heeft een update van de indeling nodig voordat het gelezen kan worden, en het is "
        "alleen-lezen; maak het en de map eenmalig schrijfbaar (chmod u+w) zodat veerkracht het "
        "kan bijwerken.",
    ),
    "core.journal_not_file": (
        "{path} is not an ordinary file (it is a pipe, a device or a socket), so it is not a "
        "journal; give a file path with --journal.",
        "{path} is geen gewoon bestand (het is een pipe, een apparaat of een socket), dus geen "
        "dagboek; geef een bestandspad met --journal.",
    ),
    "core.journal_unreachable": (
        "Cannot use {path}: {reason}.",
        "Kan {path} niet gebruiken: {reason}.",
    ),
    "core.journal_corrupt": (
        "{path} is damaged ({reason}); run 'veerkracht doctor' and restore a backup.",
        "{path} is beschadigd ({reason}); draai 'veerkracht doctor' en zet een back-up terug.",
    ),
    "core.journal_full": (
        "The disk or the journal is full, so nothing was written; free some space and try "
        "again.",
        "De schijf of het dagboek is vol, dus er is niets geschreven; maak ruimte vrij en "
        "probeer het opnieuw.",
    ),
    "core.journal_busy": (
        "The journal stayed locked by another veerkracht for too long; try again.",
        "Het dagboek bleef te lang vergrendeld door een andere veerkracht; probeer het "
        "opnieuw.",
    ),
    "core.migration_backup": (
        "Updated the journal's layout; a copy from before is at {path}.",
        "De indeling van het dagboek is bijgewerkt; een kopie van ervoor staat in {path}.",
    ),
    # general
    "core.interrupted": (
        "Stopped. Everything you had already answered is kept.",
        "Gestopt. Alles wat je al had beantwoord, is bewaard.",
    ),
    "core.interrupted_log": (
        "Stopped. Nothing was logged.",
        "Gestopt. Er is niets vastgelegd.",
    ),
    "core.interrupted_log_kept": (
        "Stopped. What you had answered is logged; add more with 'veerkracht entries edit'.",
        "Gestopt. Wat je al had beantwoord, is vastgelegd; vul aan met 'veerkracht entries edit'.",
    ),
    "core.no_terminal": (
        "{what} is missing and there is no terminal to ask on; give it as {how}.",
        "{what} ontbreekt en er is geen terminal om het te vragen; geef het mee als {how}.",
    ),
    "core.not_found": (
        "No {kind} matches '{ref}'.",
        "Geen {kind} past bij '{ref}'.",
    ),
    "core.ambiguous": (
        "'{ref}' matches more than one {kind}; give more characters of the ID.",
        "'{ref}' past bij meer dan één {kind}; geef meer tekens van het ID.",
    ),
    "core.kind_entry": ("entry", "notitie"),
    "core.yes": ("yes", "ja"),
    "core.no": ("no", "nee"),
    "core.editor_failed": (
        "The editor '{editor}' could not be started ({reason}); set $EDITOR to one that works.",
        "De editor '{editor}' kon niet starten ({reason}); zet $EDITOR op een die werkt.",
    ),
    "core.editor_unreadable": (
        "Could not read the edited text: {reason}. Nothing was changed.",
        "Kon de bewerkte tekst niet lezen: {reason}. Er is niets veranderd.",
    ),
    "core.editor_removed": (
        "The editor removed the file with the text before veerkracht could read it back; "
        "nothing was changed.",
        "De editor heeft het bestand met de tekst verwijderd voordat veerkracht het kon teruglezen; "
        "er is niets veranderd.",
    ),
    # log
    "core.prompt_energy": (
        "Energy today, 0 = empty … 10 = full (Enter: a note without energy)",
        "Energie vandaag, 0 = leeg … 10 = vol (Enter: een notitie zonder energie)",
    ),
    "core.prompt_reflection": (
        "A reflection: what stood out today? (Enter to skip)",
        "Een reflectie: wat viel je vandaag op? (Enter om over te slaan)",
    ),
    "core.prompt_win": (
        "One win, however small? (Enter to skip)",
        "Eén succes, hoe klein ook? (Enter om over te slaan)",
    ),
    "core.what_energy": ("The energy score", "De energiescore"),
    "core.how_energy": (
        "veerkracht log 7 \"text\" (or 'note' for a note without energy)",
        "veerkracht log 7 \"tekst\" (of 'note' voor een notitie zonder energie)",
    ),
    "core.logged": (
        "Logged for {day}{energy} (entry {handle}).",
        "Vastgelegd voor {day}{energy} (notitie {handle}).",
    ),
    "core.logged_energy": (" · energy {energy}", " · energie {energy}"),
    "core.logged_note": (" · a note", " · een notitie"),
    "core.period_backwards": (
        "--since comes after --until; give the earlier day first.",
        "--since ligt na --until; geef eerst de vroegste dag.",
    ),
    "core.unknown_option": (
        "{option} is not an option of this command; see --help.",
        "{option} is geen optie van deze opdracht; zie --help.",
    ),
    "core.stdin_empty": (
        "Nothing came in on standard input for the reflection.",
        "Er kwam niets binnen op standaardinvoer voor de reflectie.",
    ),
    # entries
    "core.col_id": ("ID", "ID"),
    "core.col_day": ("Day", "Dag"),
    "core.col_energy": ("Energy", "Energie"),
    "core.col_reflection": ("Reflection", "Reflectie"),
    "core.col_win": ("Win", "Succes"),
    "core.col_tags": ("Tags", "Labels"),
    "core.col_private": ("Private", "Privé"),
    "core.col_logged_at": ("Logged at", "Vastgelegd om"),
    "core.col_source": ("Source", "Bron"),
    "core.entries_title": ("Entries", "Notities"),
    "core.entries_none": (
        "No entries match. Log one with: veerkracht log 7 \"…\"",
        "Geen notities gevonden. Leg er een vast met: veerkracht log 7 \"…\"",
    ),
    "core.entries_shown": (
        "Showing {shown} of {total} entries.",
        "{shown} van {total} notities getoond.",
    ),
    "core.entry_title": ("Entry {handle}", "Notitie {handle}"),
    "core.note_no_energy": ("a note, no energy", "een notitie, geen energie"),
    "core.edit_nothing": (
        "Say what to change with --energy, --reflection, --win, --tag, --date or "
        "--private/--public, or run it on a terminal to use your editor.",
        "Zeg wat er moet veranderen met --energy, --reflection, --win, --tag, --date of "
        "--private/--public, of draai het in een terminal om je editor te gebruiken.",
    ),
    "core.edit_unchanged": ("Nothing changed.", "Er is niets veranderd."),
    "core.edited": ("Updated entry {handle} for {day}.", "Notitie {handle} voor {day} bijgewerkt."),
    "core.edit_help": (
        "Edit the fields, save and close. Lines starting with '#' are ignored.\n"
        "Everything below the reflection line is the reflection.",
        "Pas de velden aan, sla op en sluit af. Regels die met '#' beginnen tellen niet mee.\n"
        "Alles onder de reflectieregel is de reflectie.",
    ),
    "core.edit_bad_line": (
        "line {line} is not 'field: value'",
        "regel {line} is geen 'veld: waarde'",
    ),
    "core.delete_confirm": (
        "Delete the entry of {day} ({summary})?",
        "De notitie van {day} ({summary}) verwijderen?",
    ),
    "core.delete_needs_yes": (
        "Deleting asks first; without a terminal add --yes.",
        "Verwijderen vraagt eerst; voeg zonder terminal --yes toe.",
    ),
    "core.deleted": ("Deleted the entry of {day}.", "De notitie van {day} is verwijderd."),
    "core.delete_kept": ("Kept it; nothing was deleted.", "Bewaard; er is niets verwijderd."),
    # search
    "core.search_none": ("Nothing found for '{query}'.", "Niets gevonden voor '{query}'."),
    "core.search_found": (
        "{count} found for '{query}', best match first.",
        "{count} gevonden voor '{query}', beste eerst.",
    ),
    "core.search_empty_query": (
        "Give a word or phrase to search for.",
        "Geef een woord of zin om naar te zoeken.",
    ),
    "core.kind_label_entry": ("entry", "notitie"),
    "core.field_reflection": ("reflection", "reflectie"),
    "core.field_win": ("win", "succes"),
    # config
    "core.config_unknown": (
        "'{key}' is not a setting; settings are: {keys}.",
        "'{key}' is geen instelling; instellingen zijn: {keys}.",
    ),
    "core.config_set": ("{key} is now {value}.", "{key} is nu {value}."),
    "core.config_title": ("Settings", "Instellingen"),
    "core.config_col_key": ("Setting", "Instelling"),
    "core.config_col_value": ("Value", "Waarde"),
    "core.config_col_about": ("About", "Uitleg"),
    "core.config_default": ("(default)", "(standaard)"),
    "core.config_about_lang": (
        "language of prompts, messages and reports: en or nl",
        "taal van vragen, meldingen en rapporten: en of nl",
    ),
    "core.config_about_private": (
        "log new entries as private: yes or no",
        "nieuwe notities als privé vastleggen: ja of nee",
    ),
    # doctor / backup
    "core.doctor_title": ("Journal check", "Controle van het dagboek"),
    "core.doctor_path": ("Journal", "Dagboek"),
    "core.doctor_exists_no": (
        "not created yet (it is made on the first write)",
        "nog niet aangemaakt (dat gebeurt bij de eerste keer schrijven)",
    ),
    "core.doctor_size": ("Size", "Grootte"),
    "core.doctor_schema": ("Schema", "Schema"),
    "core.doctor_schema_value": (
        "{applied} of {known} migrations applied ({state})",
        "{applied} van {known} migraties toegepast ({state})",
    ),
    "core.doctor_up_to_date": ("up to date", "bijgewerkt"),
    "core.doctor_pending": ("update pending", "bijwerken nodig"),
    "core.doctor_sqlite": ("SQLite", "SQLite"),
    "core.doctor_mode": ("Journal mode", "Journaalmodus"),
    "core.doctor_integrity": ("Integrity", "Integriteit"),
    "core.doctor_file_mode": ("File mode", "Bestandsrechten"),
    "core.doctor_folder_mode": ("Folder mode", "Maprechten"),
    "core.doctor_mode_ok": ("{mode}, private", "{mode}, privé"),
    "core.doctor_mode_loose": (
        "{mode}, readable by others; run chmod {want} {path}",
        "{mode}, leesbaar voor anderen; draai chmod {want} {path}",
    ),
    "core.doctor_counts": ("Records", "Records"),
    "core.doctor_encryption": ("Encryption", "Versleuteling"),
    "core.doctor_encrypted": (
        "encrypted ({cipher}; {kdf}); passphrase from: {source}",
        "versleuteld ({cipher}; {kdf}); wachtwoordzin uit: {source}",
    ),
    "core.doctor_source_keyring": ("the OS keyring", "de sleutelbos van het systeem"),
    "core.doctor_source_environment": ("VEERKRACHT_PASSPHRASE", "VEERKRACHT_PASSPHRASE"),
    "core.doctor_source_prompt": ("asked on the terminal", "gevraagd in de terminal"),
    "core.doctor_source_none": ("nowhere yet", "nog nergens"),
    "core.doctor_not_encrypted": (
        "not encrypted (veerkracht encrypt can do it)",
        "niet versleuteld (veerkracht encrypt kan dat doen)",
    ),
    "core.doctor_plain_copies": (
        "unencrypted copies or leftovers beside it: {paths}",
        "onversleutelde kopieën of restanten ernaast: {paths}",
    ),
    "core.doctor_text": ("Text", "Tekst"),
    "core.doctor_text_ok": ("all stored text is UTF-8", "alle opgeslagen tekst is UTF-8"),
    "core.doctor_text_damaged": (
        "{count} record(s) hold bytes that are not UTF-8 text, shown as �: {records}",
        "{count} record(s) bevatten bytes die geen UTF-8-tekst zijn, getoond als �: {records}",
    ),
    "core.damaged_text_shown": (
        "{count} record(s) hold bytes that are not UTF-8 text; they are shown here with � in "
        "their place, and 'veerkracht doctor' names them.",
        "{count} record(s) bevatten bytes die geen UTF-8-tekst zijn; ze staan hier met � op "
        "die plaats, en 'veerkracht doctor' noemt ze.",
    ),
    "core.doctor_all_ok": ("All checks passed.", "Alle controles zijn geslaagd."),
    "core.doctor_problems": (
        "{count} problem(s) found; see above.",
        "{count} probleem/problemen gevonden; zie hierboven.",
    ),
    "core.backup_done": (
        "Backed up {count} entries to {path}.",
        "{count} notities geback-upt naar {path}.",
    ),
    "core.backup_exists": (
        "{path} already exists; choose another destination.",
        "{path} bestaat al; kies een andere bestemming.",
    ),
    # files veerkracht writes (exports, pictures, backups) and reads (standard input, $EDITOR)
    "core.file_exists": (
        "{path} already exists; choose another name, or add --force to replace it.",
        "{path} bestaat al; kies een andere naam, of voeg --force toe om het te vervangen.",
    ),
    "core.file_is_link": (
        "{path} is a symbolic link, and veerkracht never writes through one; give the real path.",
        "{path} is een symbolische koppeling, en veerkracht schrijft nooit via een koppeling; "
        "geef het echte pad.",
    ),
    "core.file_is_folder": (
        "{path} is a folder; give a file name.",
        "{path} is een map; geef een bestandsnaam.",
    ),
    "core.file_not_regular": (
        "{path} is not an ordinary file (it is a device, a pipe or a socket); give a file name.",
        "{path} is geen gewoon bestand (het is een apparaat, een pipe of een socket); geef een "
        "bestandsnaam.",
    ),
    "core.file_unwritable": (
        "Cannot write {path}: {reason}; nothing was written there.",
        "Kan {path} niet schrijven: {reason}; er is daar niets geschreven.",
    ),
    "core.stdin_too_long": (
        "Standard input holds more than the {limit} characters a reflection can have; nothing "
        "was logged.",
        "Standaardinvoer bevat meer dan de {limit} tekens die een reflectie mag hebben; er is "
        "niets vastgelegd.",
    ),
    "core.editor_too_long": (
        "The edited text is longer than the {limit} characters it can have; nothing was changed.",
        "De bewerkte tekst is langer dan de {limit} tekens die hij mag hebben; er is niets "
        "veranderd.",
    ),
    "core.editor_not_a_file": (
        "The editor left something other than an ordinary file behind; nothing was changed.",
        "De editor liet iets anders dan een gewoon bestand achter; er is niets veranderd.",
    ),
    "core.backup_is_journal": (
        "{path} is the journal itself; choose another destination for the copy.",
        "{path} is het dagboek zelf; kies een andere bestemming voor de kopie.",
    ),
    "core.backup_no_journal": (
        "There is no journal at {path} yet, so there is nothing to back up.",
        "Er is nog geen dagboek in {path}, dus er is niets om te back-uppen.",
    ),
    # status
    "core.status_today": ("Today, {day}", "Vandaag, {day}"),
    "core.status_nothing": (
        "Nothing logged today yet. Take 30 seconds: veerkracht log",
        "Vandaag nog niets vastgelegd. Neem 30 seconden: veerkracht log",
    ),
    "core.status_entry": ("energy {energy}", "energie {energy}"),
    "core.status_journal": ("Journal: {path}", "Dagboek: {path}"),
    "core.disclaimer": (
        "veerkracht is a personal reflection journal, not a medical device. It does not "
        "diagnose or monitor any condition; its figures come only from what you enter.",
        "veerkracht is een persoonlijk reflectiedagboek, geen medisch hulpmiddel. Het stelt "
        "geen diagnose en houdt geen gezondheidstoestand in de gaten; de cijfers komen alleen "
        "uit wat jij invoert.",
    ),
}
