"""Messages of encryption at rest: encrypt, decrypt, passphrase, and opening encrypted journals."""

MESSAGES: dict[str, tuple[str, str]] = {
    # the optional extra
    "crypt.not_installed": (
        "Encryption needs the optional extra; install it with: {extra}",
        "Versleuteling heeft de optionele extra nodig; installeer die met: {extra}",
    ),
    "crypt.encrypted_needs_extra": (
        "{path} is encrypted (it is not a plain SQLite file); to open it, install the "
        "optional extra: {extra}",
        "{path} is versleuteld (het is geen gewoon SQLite-bestand); installeer de optionele "
        "extra om het te openen: {extra}",
    ),
    # the passphrase
    "crypt.wrong_passphrase": (
        "That passphrase does not open {path}; nothing was changed.",
        "Die wachtwoordzin opent {path} niet; er is niets veranderd.",
    ),
    "crypt.wrong_keyring": (
        "The passphrase kept in your OS keyring does not open {path}; run 'veerkracht "
        "passphrase --forget' and try again with the right one.",
        "De wachtwoordzin in je sleutelbos opent {path} niet; draai 'veerkracht passphrase "
        "--forget' en probeer het opnieuw met de juiste.",
    ),
    "crypt.no_passphrase": (
        "{path} is encrypted; set {env} or run this on a terminal to type its passphrase.",
        "{path} is versleuteld; zet {env} of draai dit in een terminal om de wachtwoordzin "
        "te typen.",
    ),
    "crypt.no_terminal_new": (
        "A new passphrase is needed; set {env} or run this on a terminal to type it.",
        "Er is een nieuwe wachtwoordzin nodig; zet {env} of draai dit in een terminal om hem "
        "te typen.",
    ),
    "crypt.prompt_passphrase": ("Passphrase for {path}", "Wachtwoordzin voor {path}"),
    "crypt.prompt_new": ("New passphrase", "Nieuwe wachtwoordzin"),
    "crypt.prompt_repeat": ("Repeat the new passphrase", "Herhaal de nieuwe wachtwoordzin"),
    "crypt.mismatch": (
        "The two passphrases differ; try again.",
        "De twee wachtwoordzinnen verschillen; probeer het opnieuw.",
    ),
    "crypt.rule_empty": (
        "passphrase: must not be empty",
        "wachtwoordzin: mag niet leeg zijn",
    ),
    "crypt.rule_nul": (
        "passphrase: contains a NUL character, which SQLCipher cannot use",
        "wachtwoordzin: bevat een NUL-teken, dat SQLCipher niet kan gebruiken",
    ),
    # the state of the journal
    "crypt.already_encrypted": (
        "{path} is already encrypted; change its passphrase with: veerkracht passphrase",
        "{path} is al versleuteld; wijzig de wachtwoordzin met: veerkracht passphrase",
    ),
    "crypt.not_encrypted": (
        "{path} is not encrypted; encrypt it with: veerkracht encrypt",
        "{path} is niet versleuteld; versleutel het met: veerkracht encrypt",
    ),
    "crypt.no_journal": (
        "There is no journal at {path} yet.",
        "Er is nog geen dagboek in {path}.",
    ),
    "crypt.disk_full": (
        "The disk is full, so {path} was left as it was; free some space and try again.",
        "De schijf is vol, dus {path} is gelaten zoals het was; maak ruimte vrij en probeer het "
        "opnieuw.",
    ),
    "crypt.in_use": (
        "{path} is in use by another program; close it and try again. Nothing was changed.",
        "{path} is in gebruik door een ander programma; sluit dat en probeer het opnieuw. "
        "Er is niets veranderd.",
    ),
    "crypt.verify_failed": (
        "The converted copy {path} did not match the journal, so it was removed and the "
        "journal left as it was.",
        "De omgezette kopie {path} kwam niet overeen met het dagboek, dus die is verwijderd "
        "en het dagboek is gebleven zoals het was.",
    ),
    # done
    "crypt.encrypted": (
        "Encrypted {path}; every command now asks for its passphrase (or reads {env}).",
        "{path} is versleuteld; elke opdracht vraagt nu om de wachtwoordzin (of leest {env}).",
    ),
    "crypt.decrypted": (
        "Decrypted {path}; it is a plain SQLite file again.",
        "{path} is ontsleuteld; het is weer een gewoon SQLite-bestand.",
    ),
    "crypt.changed": (
        "Changed the passphrase of {path}.",
        "De wachtwoordzin van {path} is gewijzigd.",
    ),
    "crypt.plain_copy": (
        "A plain, unencrypted copy is still beside it: {path}; delete it if you no longer "
        "need it.",
        "Er staat nog een gewone, onversleutelde kopie naast: {path}; verwijder die als je "
        "hem niet meer nodig hebt.",
    ),
    # the OS keyring
    "crypt.remembered": (
        "The passphrase is kept in your OS keyring.",
        "De wachtwoordzin wordt bewaard in de sleutelhanger van je systeem.",
    ),
    "crypt.forgotten": (
        "The passphrase is no longer kept in your OS keyring.",
        "De wachtwoordzin wordt niet meer bewaard in de sleutelhanger van je systeem.",
    ),
    "crypt.not_remembered": (
        "The passphrase of {path} was not kept in your OS keyring.",
        "De wachtwoordzin van {path} werd niet bewaard in de sleutelhanger van je systeem.",
    ),
    "crypt.no_keyring": (
        "Keeping the passphrase in the OS keyring needs the keyring package: "
        "pip install 'veerkracht[encryption]'",
        "De wachtwoordzin in de sleutelhanger van je systeem bewaren vraagt het pakket "
        "keyring: pip install 'veerkracht[encryption]'",
    ),
    "crypt.no_keyring_backend": (
        "There is no usable OS keyring here, so --remember cannot keep the passphrase; "
        "nothing was changed.",
        "Er is hier geen bruikbare sleutelhanger, dus --remember kan de wachtwoordzin niet "
        "bewaren; er is niets veranderd.",
    ),
    "crypt.keyring_failed": (
        "The OS keyring could not be used ({reason}); nothing was kept there.",
        "De sleutelhanger van je systeem kon niet worden gebruikt ({reason}); er is daar "
        "niets bewaard.",
    ),
}
