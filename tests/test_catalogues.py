"""The gettext catalogues are complete, consistent and compiled (docs/translating.md).

Fails when a message id used in the code is missing or untranslated in a language, when the
placeholders of a message differ between languages, when an id is built at runtime from
pieces, or when a compiled ``.mo`` is older than its ``.po``.
"""

from __future__ import annotations

import ast
import string
import sys
from pathlib import Path

import pytest

babel = pytest.importorskip("babel")
from babel.messages.extract import extract_from_dir  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import i18n as tools  # noqa: E402

SRC = ROOT / "src" / "veerkracht"
# t(key), tn(key, n), N_(key) and the errors' .of(key) name a message id as their first argument;
# so does Prompt(id, …) in domain/catalogue.py: a cycle prompt's words are the message of its id
KEYWORDS = {"t": None, "tn": (1,), "N_": None, "of": None, "Prompt": None}
ID_CALLS = {"t", "tn", "N_", "of", "Prompt"}


def _is_id(text: str) -> bool:
    area, dot, name = text.partition(".")
    return bool(dot) and area.isidentifier() and area.islower() and bool(name) and " " not in text


@pytest.fixture(scope="module")
def catalogues():
    return {lang: tools.load(path) for lang, path in tools.po_files().items()}


@pytest.fixture(scope="module")
def used():
    """id → how it is used ("t", "tn" …) and where, from Babel's extraction of the sources."""
    found: dict[str, set[str]] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(SRC), method_map=[("**.py", "python")], keywords=KEYWORDS
    ):
        if isinstance(message, tuple):
            message = message[0]
        if message and _is_id(message):
            found.setdefault(message, set()).add(f"{filename}:{lineno}")
    return found


def _ids(catalog) -> dict[str, object]:
    return {m.id if isinstance(m.id, str) else m.id[0]: m for m in catalog if m.id}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _forms(message) -> list[str]:
    return list(message.string) if isinstance(message.string, (tuple, list)) else [message.string]


def test_there_are_english_and_dutch_catalogues(catalogues):
    assert {"en", "nl"} <= set(catalogues)


def test_every_id_used_in_the_code_is_in_every_language(catalogues, used):
    assert len(used) > 500
    for lang, catalog in catalogues.items():
        ids = _ids(catalog)
        missing = sorted(f"{key} ({sorted(where)[0]})" for key, where in used.items() if key not in ids)
        assert not missing, f"{lang}.po lacks: {missing}"


def test_every_message_is_translated_and_none_is_fuzzy(catalogues):
    for lang, catalog in catalogues.items():
        for message in catalog:
            if not message.id:
                continue
            assert not message.fuzzy, f"{lang}: {message.id} is fuzzy"
            assert all(form.strip() for form in _forms(message)), f"{lang}: {message.id} is empty"


def test_every_language_has_the_ids_english_has_and_no_others(catalogues):
    english = {key for key in _ids(catalogues["en"]) if _is_id(key)}
    for lang, catalog in catalogues.items():
        ids = {key for key in _ids(catalog) if _is_id(key)}
        assert ids == english, f"{lang}: missing {sorted(english - ids)}, extra {sorted(ids - english)}"


def test_no_message_in_the_catalogue_is_unused(catalogues, used):
    from veerkracht.domain.catalogue import PROMPTS

    prompts = {prompt.id for prompt in PROMPTS}
    unused = sorted(set(_ids(catalogues["en"])) - set(used) - prompts)
    assert not unused, f"ids no code uses: {unused}"


def test_placeholders_are_the_same_in_every_language(catalogues):
    english = _ids(catalogues["en"])
    for lang, catalog in catalogues.items():
        for key, message in _ids(catalog).items():
            source = english.get(key)
            forms = _forms(message)
            if source is None:  # a help text or Click's own words: the English is the id
                want = _fields(key)
                for form in forms:
                    assert _fields(form) == want, f"{lang}: {key!r}"
                continue
            want = set().union(*(_fields(form) for form in _forms(source)))
            for form in forms:
                # a singular may say "one" instead of {n}; nothing else may differ
                assert _fields(form) | {"n"} >= want and _fields(form) <= want, f"{lang}: {key}: {form!r}"


def test_counted_messages_are_plural_entries_and_others_are_not(catalogues, used):
    plural_calls = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Call) and _name(node.func) == "tn" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant):
                    plural_calls.add(first.value)
    assert plural_calls, "no counted message found"
    for lang, catalog in catalogues.items():
        for key, message in _ids(catalog).items():
            if not _is_id(key):
                continue
            plural = isinstance(message.id, tuple)
            assert plural == (key in plural_calls), f"{lang}: {key} plural={plural}"


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def test_no_message_id_is_built_from_pieces(catalogues):
    """An id is a literal inside t/tn/N_/.of; never an f-string, a sum or a .format.

    A cycle prompt's id is also data (answers in a journal name their prompt by it, the demo
    keys its answers by it), so only its Prompt(…) in the catalogue needs to name it.
    """
    from veerkracht.domain.catalogue import PROMPTS

    ids = set(_ids(catalogues["en"])) - {prompt.id for prompt in PROMPTS}
    problems = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        marked: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in ID_CALLS and node.args:
                first = node.args[0]
                if isinstance(first, (ast.JoinedStr, ast.BinOp)) or (
                    isinstance(first, ast.Call) and _name(first.func) in ("format", "join", "replace")
                ):
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno} builds an id")
                if isinstance(first, ast.Constant):
                    marked.add(id(first))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and node.value in ids and id(node) not in marked):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno} names {node.value!r} "
                                "outside t()/tn()/N_()")
            if isinstance(node, ast.JoinedStr):
                head = node.values[0] if node.values else None
                if (isinstance(head, ast.Constant) and isinstance(head.value, str)
                        and any(key.startswith(head.value) for key in ids) and _is_id(head.value + "x")
                        and "." in head.value):
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno} builds {head.value!r}…")
    assert not problems, "\n".join(problems)


def test_no_message_is_looked_up_inside_an_f_string():
    """Babel reads an f-string as one token on Python < 3.12 and would not see an id in it."""
    problems = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if (isinstance(inner, ast.Call) and _name(inner.func) in ID_CALLS and inner.args
                            and isinstance(inner.args[0], ast.Constant)):
                        problems.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert not problems, problems


def test_compiled_catalogues_match_their_po_files():
    for lang, path in tools.po_files().items():
        compiled = path.with_suffix(".mo")
        assert compiled.exists(), f"{lang}: run `python tools/i18n.py compile`"
        assert compiled.read_bytes() == tools.mo_bytes(tools.load(path)), (
            f"{compiled.relative_to(ROOT)} is stale: run `python tools/i18n.py compile`"
        )


def test_the_comments_for_translators_show_the_current_english(catalogues):
    """Each entry of another language carries the English words (`python tools/i18n.py comments`)."""
    english = _ids(catalogues["en"])
    squash = " ".join
    for lang, catalog in catalogues.items():
        if lang == "en":
            continue
        for key, message in _ids(catalog).items():
            if key in english:
                words = english[key].string
                words = " | ".join(words) if isinstance(words, (tuple, list)) else words
                shown = squash(" ".join(message.auto_comments).split())
                assert f"en: {squash(words.split())}" in shown, f"{lang}: {key}: run tools/i18n.py comments"


def test_a_third_language_needs_only_its_catalogue(tmp_path, monkeypatch):
    """Copy the Dutch catalogue as 'de' with one word changed: it is offered and used."""
    import veerkracht.i18n as i18n

    nl = tools.load(tools.po_files()["nl"])
    nl.locale = "de"
    nl["core.yes"].string = "ja (de)"
    folder = tmp_path / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    for lang in ("en", "nl"):
        target = tmp_path / lang / "LC_MESSAGES"
        target.mkdir(parents=True)
        source = tools.po_files()[lang].with_suffix(".mo")
        (target / "veerkracht.mo").write_bytes(source.read_bytes())
    (folder / "veerkracht.mo").write_bytes(tools.mo_bytes(nl))
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    monkeypatch.setattr(i18n, "_catalogues", {})
    monkeypatch.setattr(i18n, "LANGUAGES", i18n._available())
    assert i18n.LANGUAGES == ("en", "de", "nl")
    assert i18n.t("core.yes", lang="de") == "ja (de)"
    assert i18n.from_locale("de_AT.UTF-8") == "de"
