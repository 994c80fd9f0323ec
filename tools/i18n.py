"""Keep the gettext catalogues in order (docs/translating.md). Needs Babel (the test extra).

    python tools/i18n.py compile      every locale/*/LC_MESSAGES/veerkracht.po → .mo
    python tools/i18n.py comments     refresh the "en:" comments in every other language's .po
    python tools/i18n.py check        what tests/test_catalogues.py checks, as a list
    python tools/i18n.py add ID EN NL                 append a message to en.po and nl.po
    python tools/i18n.py add-plural ID EN1 EN2 NL1 NL2  append a counted message (tn)
    python tools/i18n.py help         every help text and Click word a language's .po lacks

Run ``compile`` after editing any ``.po``; the test suite fails while a ``.mo`` is stale.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "src" / "veerkracht" / "i18n" / "locale"
SOURCE = "en"


def po_files() -> dict[str, Path]:
    """language → its .po file."""
    return {path.parent.parent.name: path for path in sorted(LOCALE.glob("*/LC_MESSAGES/veerkracht.po"))}


def load(path: Path) -> Catalog:
    with open(path, "rb") as handle:
        return read_po(handle, locale=path.parent.parent.name, abort_invalid=True)


def mo_bytes(catalog: Catalog) -> bytes:
    """The compiled form of ``catalog`` (fuzzy entries left out, as msgfmt does)."""
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def compile_all() -> list[Path]:
    written = []
    for path in po_files().values():
        target = path.with_suffix(".mo")
        data = mo_bytes(load(path))
        if not target.exists() or target.read_bytes() != data:
            target.write_bytes(data)
            written.append(target)
    return written


def refresh_comments() -> None:
    """Give every entry of every other language an ``en:`` comment with the English words."""
    files = po_files()
    english = load(files[SOURCE])
    for lang, path in files.items():
        if lang == SOURCE:
            continue
        catalog = load(path)
        for message in catalog:
            if not message.id:
                continue
            source = english.get(message.id)
            keep = [c for c in message.auto_comments if not c.startswith("en:")]
            if source is not None:
                words = source.string
                if isinstance(words, (tuple, list)):
                    words = " | ".join(words)
                keep.append(f"en: {words}")
            message.auto_comments = keep
        buffer = io.BytesIO()
        write_po(buffer, catalog, width=100, include_lineno=False)
        path.write_bytes(buffer.getvalue())


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def append(key: str, english: list[str], dutch: list[str]) -> None:
    """Append one message to en.po and nl.po as text (no rewrite of the files), then compile."""
    files = po_files()
    for lang, words in (("en", english), ("nl", dutch)):
        lines = [f"#. en: {' | '.join(english)}"] if lang != SOURCE else []
        lines.append(f"msgid {_quote(key)}")
        if len(words) == 1:
            lines.append(f"msgstr {_quote(words[0])}")
        else:
            lines.append(f"msgid_plural {_quote(key)}")
            lines += [f"msgstr[{index}] {_quote(form)}" for index, form in enumerate(words)]
        with open(files[lang], "a", encoding="utf-8") as handle:  # appended: never rewritten
            handle.write("\n" + "\n".join(lines) + "\n")
    compile_all()


def help_texts() -> dict[str, str]:
    """Every English help text veerkracht shows → where: the paragraphs of each command's and
    option's help and its placeholder, from the real Click tree of the root and of every
    command in ``app.COMMANDS``; the root's list of commands; Click's and Typer's own words
    (``cli/usage.py``). Each is a msgid in every language other than English."""
    import importlib

    import typer

    from veerkracht import app as root
    from veerkracht.cli import usage

    found: dict[str, str] = {}

    def note(text: object, where: str, whole: bool = False) -> None:
        if isinstance(text, str) and text:
            for key in [text] if whole else usage.keys(text):
                found.setdefault(key, where)

    def walk(command: typer.core.TyperCommand, path: str) -> None:
        for attr in ("help", "short_help", "epilog"):
            note(getattr(command, attr, None), path)
        for param in command.params:
            if not param.hidden:
                note(param.help, f"{path} {param.name}")
                note(param.metavar, f"{path} {param.name}", whole=True)
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, f"{path} {name}")

    walk(typer.main.get_command(root.app), "veerkracht")
    for name, module in root.COMMANDS.items():
        walk(typer.main.get_command(importlib.import_module(module).app), f"veerkracht {name}")
    for name, summary in root.SUMMARIES.items():
        note(summary, f"veerkracht --help: {name}", whole=True)
    for word in (*usage.WORDS, *usage.MESSAGES):
        note(word, "Click/Typer", whole=True)
    return found


def missing_help(lang: str) -> dict[str, str]:
    """The help texts (see :func:`help_texts`) the .po of ``lang`` has no words for."""
    catalog = load(po_files()[lang])
    return {text: where for text, where in help_texts().items()
            if catalog.get(text) is None or not catalog.get(text).string}


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "compile":
        for path in compile_all():
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    if command == "comments":
        refresh_comments()
        compile_all()
        return 0
    if command == "add" and len(argv) == 5:
        append(argv[2], [argv[3]], [argv[4]])
        return 0
    if command == "add-plural" and len(argv) == 7:
        append(argv[2], argv[3:5], argv[5:7])
        return 0
    if command == "help":
        gaps = 0
        for lang in po_files():
            if lang == SOURCE:
                continue
            for text, where in missing_help(lang).items():
                gaps += 1
                print(f"{lang}  [{where}]\n    {_quote(text)}")
        return 1 if gaps else 0
    if command == "check":
        sys.path.insert(0, str(ROOT / "tests"))
        import pytest

        return pytest.main(["-q", "-p", "no:xdist", str(ROOT / "tests" / "test_catalogues.py")])
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
