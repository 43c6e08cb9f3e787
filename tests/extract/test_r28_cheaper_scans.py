"""Round 28's cheaper ingest: each shortcut gives exactly what the slower way gave."""

from __future__ import annotations

import re

import pytest

from briefings.alternation import by_first_letter
from briefings.extract.body_names import ORG
from briefings.extract.gazetteer import CYR
from briefings.extract.language import (
    _NOT_CYR_LEAD_BYTES,
    _NOT_LATIN_BYTES,
    detect_language,
)
from briefings.extract.lexicon import lexicon
from briefings.extract.russian import last_role
from briefings.figures import find_figures

_SAMPLES = [
    "The minister said the plan would cost 12 billion.",
    "Министр заявил, что план обойдётся в 12 млрд рублей.",
    "Міністр сказав, що їхній план є готовим.",
    "Mixed: Ölçü, café, “quotes” — and Ѐ ӿ Ԁ ͽ, plus \ud800 a lone surrogate.",
    "",
]


def test_letters_counted_in_bytes_as_the_regexes_count_them() -> None:
    for text in _SAMPLES:
        encoded = text.encode("utf-8", "surrogatepass")
        assert len(encoded.translate(None, _NOT_CYR_LEAD_BYTES)) == len(CYR.findall(text))
        latin = len(re.findall(r"[A-Za-z]", text))
        assert len(encoded.translate(None, _NOT_LATIN_BYTES)) == latin


def test_language_of_each_script() -> None:
    assert detect_language(_SAMPLES[1] * 3) == "ru"
    assert detect_language(_SAMPLES[2] * 3) == "uk"
    assert detect_language(" ".join([_SAMPLES[0]] * 6)) == "en"


def test_alternation_grouped_by_first_letter_matches_as_before() -> None:
    words = "six|seven|sixteen|sixty|ten|tr[её]х|some|some|two"
    grouped = by_first_letter(words)
    assert grouped == "(?:s(?:ix|even|ixteen|ixty|ome|ome)|t(?:en|r[её]х|wo))"
    plain = re.compile(rf"(?:{words})(?!\w)", re.IGNORECASE)
    quick = re.compile(rf"{grouped}(?!\w)", re.IGNORECASE)
    for text in ("Sixteen", "SIX", "sixty-one", "seventy", "трёх", "Some", "Two", "ſix", "tent"):
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in quick.finditer(text)]


def test_alternation_refuses_a_branch_without_a_plain_first_letter() -> None:
    with pytest.raises(ValueError):
        by_first_letter("one|[Tt]wo")
    with pytest.raises(ValueError):
        by_first_letter("one|s?ix")


def test_figures_with_grouped_qualifiers_and_number_words() -> None:
    """As before the grouping: a qualifier opening a sentence stays in the figure's text."""
    found = find_figures("Nearly sixteen villages and about 40 schools closed.")
    assert [f.text for f in found] == ["Nearly sixteen villages", "40 schools"]


def test_every_russian_role_noun_is_cyrillic() -> None:
    """`last_role` skips text without Cyrillic: no role could match there."""
    assert all(CYR.search(role.noun) for role in lexicon().ru.roles)


def test_last_role_in_russian_and_none_in_english() -> None:
    found = last_role("встретился с экономистом ")
    assert found is not None and found.group("head").startswith("экономист")
    assert last_role("met the economist ") is None


def test_body_names_with_heads_grouped_by_first_letter() -> None:
    text = "Officials of the Tarvian Defence Ministry met the State Department in Corvale."
    assert [m.group("org").strip() for m in ORG.finditer(text)] == [
        "Tarvian Defence Ministry",
        "State Department",
    ]


def test_alternation_refuses_one_letter_in_two_cases() -> None:
    """Grouped under one first letter, "Two|three" would lose "three" without IGNORECASE."""
    with pytest.raises(ValueError):
        by_first_letter("Two|three")
