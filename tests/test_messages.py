"""Every message exists in English and Dutch, with the same placeholders."""

import importlib
import pkgutil
import string

import pytest

import veerkracht.i18n as messages_package


def areas():
    return [name for _, name, _ in pkgutil.iter_modules(messages_package.__path__)]


def fields(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("area", areas())
def test_both_languages_with_the_same_placeholders(area):
    module = importlib.import_module(f"veerkracht.i18n.{area}")
    assert module.MESSAGES, area
    for key, pair in module.MESSAGES.items():
        assert key.startswith(f"{area}."), key
        assert isinstance(pair, tuple) and len(pair) == 2, key
        english, dutch = pair
        assert english.strip() and dutch.strip(), key
        assert fields(english) == fields(dutch), key


def test_medical_words_never_appear():
    banned = ("burn-out", "burnout", "depressi", "overspannen", "diagnosis:")
    for area in areas():
        for english, dutch in importlib.import_module(f"veerkracht.i18n.{area}").MESSAGES.values():
            for word in banned:
                assert word not in english.lower() and word not in dutch.lower()


def test_quadrants_have_one_dutch_name_everywhere():
    from veerkracht.i18n import t

    names = {code: t(f"review.q_{code}", lang="nl") for code in ("do", "schedule", "delegate", "drop")}
    assert names == {"do": "doen", "schedule": "inplannen", "delegate": "delegeren", "drop": "schrappen"}
    for code, name in names.items():
        assert t(f"report.quadrant_{code}", lang="nl") == name
    values = {"do": 1, "schedule": 2, "delegate": 3, "drop": 4}
    for key in ("export.review_time", "export.review_items"):
        text = t(key, lang="nl", **values)
        assert all(name in text for name in names.values()), text
