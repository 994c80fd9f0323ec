"""Every --help screen and every usage error speaks the user's language (cli/usage.py)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from veerkracht.app import COMMANDS

ROOT = Path(__file__).resolve().parent.parent

# Click's and Typer's own English words, and the type placeholders Typer draws by itself
ENGLISH = ("Usage", "Options", "Arguments", "Commands", "Show this message", "default", "required",
           "Error", "No such", "Missing", "Try", "for help", "Invalid value", "Aborted", "env var",
           "Did you mean")
TYPES = ("<str>", "<int", "<list", "<path>", "<bool>", "<float")


def _screens() -> list[tuple[str, ...]]:
    from veerkracht.app import LazyGroup

    group = LazyGroup(name="veerkracht")
    screens: list[tuple[str, ...]] = [()]
    for name in COMMANDS:
        screens.append((name,))
        command = group.get_command(None, name)
        screens += [(name, sub) for sub in getattr(command, "commands", {})]
    return screens


SCREENS = _screens()


def _english_words(text: str) -> list[str]:
    return [word for word in ENGLISH if re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)]


@pytest.mark.parametrize("how", ["flag", "env"])
def test_every_help_screen_in_dutch_has_no_english_click_word_and_no_type(cli, how):
    for args in SCREENS:
        if how == "flag":
            result = cli("--lang", "nl", *args, "--help")
        else:
            result = cli(*args, "--help", env={"VEERKRACHT_LANG": "nl"})
        assert result.exit_code == 0, (args, result.stderr)
        out = result.stdout
        assert out.startswith("Gebruik: veerkracht"), (args, out[:80])
        assert "Opties:" in out and "Toon deze hulp en stop." in out, args
        assert _english_words(out) == [], (args, _english_words(out), out)
        assert not [t for t in TYPES if t in out], (args, out)


def test_every_help_screen_in_english_shows_words_not_types(cli):
    for args in SCREENS:
        out = cli(*args, "--help").stdout
        assert out.startswith("Usage: veerkracht") and "Show this message and exit." in out, args
        assert not [t for t in TYPES if t in out], (args, out)


def test_placeholders_are_words_in_both_languages(cli):
    english = cli("log", "--help").stdout
    assert "Usage: veerkracht log [OPTIONS] [ENERGY] [REFLECTION]" in english
    assert "-d, --date DATE" in english and "-t, --tag TAG" in english and "-w, --win TEXT" in english
    dutch = cli("--lang", "nl", "log", "--help").stdout
    assert "Gebruik: veerkracht log [OPTIES] [ENERGIE] [REFLECTIE]" in dutch
    assert "-d, --date DATUM" in dutch and "-t, --tag LABEL" in dutch and "-w, --win TEKST" in dutch
    assert "--weeks GETAL" in cli("--lang", "nl", "report", "--help").stdout
    assert "--journal BESTAND" in cli("--lang", "nl", "--help").stdout
    assert "--week WEEK" in cli("--lang", "nl", "review", "show", "--help").stdout
    assert "ID  " in cli("--lang", "nl", "actions", "done", "--help").stdout


def test_the_language_of_the_root_help_may_come_after_help_or_from_the_locale(cli):
    assert cli("--help", "--lang", "nl").stdout.startswith("Gebruik: veerkracht [OPTIES] OPDRACHT")
    assert cli("--help", env={"LANG": "nl_NL.UTF-8"}).stdout.startswith("Gebruik:")
    assert cli("--help").stdout.startswith("Usage: veerkracht [OPTIONS] COMMAND [ARGS]...")
    # no --lang of an earlier run in the same process lingers
    assert cli("log", "--help").stdout.startswith("Usage:")


@pytest.mark.parametrize("name", ["export", "import"])
def test_export_and_import_help_are_plain_like_the_others(cli, name):
    out = cli(name, "--help").stdout
    assert out.startswith(f"Usage: veerkracht {name} [OPTIONS]")
    assert "╭" not in out and "│" not in out
    assert "--install-completion" not in out and "--show-completion" not in out
    assert "\nOptions:\n" in out


# -- usage errors -------------------------------------------------------------------------


def test_an_unknown_command_suggests_the_closest_in_dutch_and_english(cli):
    dutch = cli("--lang", "nl", "lgo")
    assert dutch.exit_code == 2
    assert "Gebruik: veerkracht [OPTIES] OPDRACHT [ARGUMENTEN]..." in dutch.stderr
    assert "Hulp: voer 'veerkracht -h' uit." in dutch.stderr
    assert "Fout: Opdracht 'lgo' bestaat niet. Bedoelde je 'log'?" in dutch.stderr
    english = cli("lgo")
    assert english.exit_code == 2
    assert "Error: No such command 'lgo'. Did you mean 'log'?" in english.stderr
    assert "Try 'veerkracht -h' for help." in english.stderr
    far = cli("zzzzzz")
    assert far.exit_code == 2 and "Did you mean" not in far.stderr


def test_a_mistyped_subcommand_suggests_the_closest(cli):
    dutch = cli("--lang", "nl", "actions", "dne")
    assert dutch.exit_code == 2
    assert "Bedoelde je 'done'?" in dutch.stderr and not _english_words(dutch.stderr)
    english = cli("actions", "dne")
    assert english.exit_code == 2 and "Did you mean 'done'?" in english.stderr
    assert cli("entries", "shwo").exit_code == 2
    assert "Did you mean 'show'?" in cli("entries", "shwo").stderr


def test_a_missing_argument_in_dutch_and_english(cli):
    dutch = cli("--lang", "nl", "actions", "add")
    assert dutch.exit_code == 2
    assert "Gebruik: veerkracht actions add [OPTIES] {TEKST}" in dutch.stderr
    assert "Fout: Argument 'TEKST' ontbreekt." in dutch.stderr
    assert not _english_words(dutch.stderr)
    english = cli("actions", "add")
    assert english.exit_code == 2 and "Error: Missing argument 'TEXT'." in english.stderr


def test_an_invalid_value_in_dutch_and_english(cli):
    dutch = cli("report", "--weeks", "x", env={"VEERKRACHT_LANG": "nl"})
    assert dutch.exit_code == 2
    assert "Fout: Ongeldige waarde voor '--weeks' / '-w': moet een heel getal zijn" in dutch.stderr
    low = cli("--lang", "nl", "entries", "--last", "0")
    assert low.exit_code == 2 and "moet minstens 1 zijn" in low.stderr and not _english_words(low.stderr)
    english = cli("report", "--weeks", "x")
    assert english.exit_code == 2 and "Error: Invalid value for '--weeks' / '-w': Input should be" in english.stderr


def test_an_unknown_option_in_dutch(cli):
    result = cli("--lang", "nl", "--lnag", "nl")
    assert result.exit_code == 2
    assert "Fout: Onbekende optie: --lnag (Mogelijke opties: --lang)" in result.stderr


def test_a_message_click_words_in_english_is_said_again_with_its_values():
    from veerkracht import i18n
    from veerkracht.cli.usage import say_again

    i18n.set_explicit("nl")
    assert say_again("Got unexpected extra argument(s) (a b)") == "Onverwacht extra argument (a b)."
    assert say_again("Invalid value for '--x': Input should be less than or equal to 9") == (
        "Ongeldige waarde voor '--x': mag hooguit 9 zijn")
    assert say_again("Something Click never said") == "Something Click never said"
    i18n.set_explicit("en")
    assert say_again("Got unexpected extra argument(s) (a b)") == "Got unexpected extra argument(s) (a b)"


# -- the catalogue holds them all -------------------------------------------------------------


def test_every_help_text_and_click_word_has_dutch_words():
    pytest.importorskip("babel")
    sys.path.insert(0, str(ROOT / "tools"))
    import i18n as tools

    texts = tools.help_texts()
    assert "Show this message and exit." in texts and "Log today's energy and a reflection." in texts
    assert "DATE" in texts and "No such command {name!r}." in texts
    missing = tools.missing_help("nl")
    assert missing == {}, f"nl.po lacks (python tools/i18n.py help): {sorted(missing)}"


def test_click_and_typer_still_word_things_as_the_catalogue_expects():
    """The msgids are Click's and Typer's English as in their source: a Typer upgrade that
    rewords one shows up here, not as an English word on a Dutch screen."""
    import inspect

    import typer.core
    from typer._click import core, decorators, exceptions, formatting, parser

    source = "".join(inspect.getsource(module) for module in (typer.core, core, decorators, exceptions,
                                                              formatting, parser))
    for text in ("Show this message and exit.", "Arguments", "Options", "Commands", "required",
                 "No such command {name!r}.", "Usage: ", "Try '{command} {option}' for help.",
                 "Got unexpected extra argument(s) ({extra_args})", "No such option: ",
                 "Invalid value for {hint}: {self.message}", "Possible options: ",
                 "requires {msg}", "default: {default}"):
        assert text in source, text
