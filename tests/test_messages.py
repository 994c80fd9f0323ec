"""What every message says, in every language (the catalogues themselves: test_catalogues.py)."""

from veerkracht.i18n import LANGUAGES, catalogue, t, words


def _all_words(lang):
    found = []
    for key, text in catalogue(lang)._catalog.items():  # the compiled .mo: id → words
        if key:
            found.append(text)
    return found


def test_medical_words_never_appear():
    banned = ("burn-out", "burnout", "depressi", "overspannen", "diagnosis:", "diagnose:")
    for lang in LANGUAGES:
        for text in _all_words(lang):
            assert not any(word in text.lower() for word in banned), text


def test_quadrants_have_one_dutch_name_everywhere():
    names = {code: t(words.QUADRANT[code], lang="nl") for code in ("do", "schedule", "delegate", "drop")}
    assert names == {"do": "doen", "schedule": "inplannen", "delegate": "delegeren", "drop": "schrappen"}
    for code, name in names.items():
        assert t(words.REPORT_QUADRANT[code], lang="nl") == name
    values = {"do": 1, "schedule": 2, "delegate": 3, "drop": 4}
    for key in ("export.review_time", "export.review_items"):
        text = t(key, lang="nl", **values)
        assert all(name in text for name in names.values()), text
