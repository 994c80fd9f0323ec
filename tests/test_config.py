import json


def test_config_lists_defaults_and_stores_settings(cli):
    shown = cli("config")
    assert shown.exit_code == 0
    assert "lang" in shown.stdout and "private" in shown.stdout and "(default)" in shown.stdout
    assert cli("config", "lang", "nl").exit_code == 0
    assert json.loads(cli("config", "--json").stdout) == {"lang": "nl", "private": None}
    assert cli("config", "lang").stdout.strip() == "nl"


def test_stored_language_applies_and_options_win(cli, monkeypatch):
    cli("config", "lang", "nl")
    assert "Vastgelegd voor" in cli("log", "5").stderr
    assert "Logged for" in cli("--lang", "en", "log", "5").stderr
    monkeypatch.setenv("VEERKRACHT_LANG", "en")
    assert "Logged for" in cli("log", "5").stderr
    assert "Vastgelegd" in cli("--lang", "nl", "log", "5").stderr


def test_locale_is_the_last_fallback(cli, monkeypatch):
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert "Vastgelegd voor" in cli("log", "5").stderr
    cli("config", "lang", "en")
    assert "Logged for" in cli("log", "5").stderr


def test_unset_goes_back_to_default(cli):
    cli("config", "private", "ja")
    assert cli("config", "private").stdout.strip() == "yes"
    assert cli("config", "private", "--unset").exit_code == 0
    assert cli("config", "private").stdout.strip() == "no"


def test_bad_settings_are_refused(cli, journal_path):
    unknown = cli("config", "colour", "blue")
    assert unknown.exit_code == 2 and "'colour' is not a setting" in unknown.stderr
    bad = cli("config", "lang", "fr")
    assert bad.exit_code == 2 and "Language: choose en or nl, not 'fr'" in bad.stderr
    assert cli("--lang", "fr", "log", "5").exit_code == 2
    assert not journal_path.exists()


def test_dutch_config_says_words_not_codes(cli):
    said = cli("--lang", "nl", "config", "private", "yes")
    assert said.exit_code == 0 and said.stderr.strip() == "Privé staat nu op ja."
    assert cli("--lang", "nl", "config", "private").stdout.strip() == "ja"
    assert cli("--lang", "nl", "config", "private", "--unset").stderr.strip() == "Privé staat nu op nee (standaard)."
    table = cli("--lang", "nl", "config").stdout
    assert "nee (standaard)" in table and "no (" not in table
    assert json.loads(cli("config", "--json").stdout)["private"] is None  # JSON keeps the codes
    bad = cli("--lang", "nl", "config", "private", "misschien")
    assert bad.exit_code == 2 and "Privé: kies ja of nee, niet 'misschien'" in bad.stderr
    assert cli("--lang", "nl", "config", "private", "nee").exit_code == 0
    assert json.loads(cli("config", "--json").stdout)["private"] == "no"
