"""Sentence splitting: abbreviations in English and Russian do not end sentences."""

from __future__ import annotations

import pytest

from briefings.sentences import split_sentences


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "The U.S. and the EU agreed. Mr. Smith said so.",
            ("The U.S. and the EU agreed.", "Mr. Smith said so."),
            id="en-abbrev",
        ),
        pytest.param(
            "Exports reached 12.9 bcm. That is a record.",
            ("Exports reached 12.9 bcm.", "That is a record."),
            id="decimal",
        ),
        pytest.param(
            "Экспорт составил 12 млрд. куб. м газа. Это т. е. рекорд. Новое предложение.",
            ("Экспорт составил 12 млрд. куб. м газа.", "Это т. е. рекорд.", "Новое предложение."),
            id="ru-abbrev",
        ),
        pytest.param(
            "Президент И. Алиев принял гостя. Встреча прошла в г. Баку.",
            ("Президент И. Алиев принял гостя.", "Встреча прошла в г. Баку."),
            id="ru-initial-city",
        ),
        pytest.param(
            "And if president Putin wins in Ukraine. it is a challenge. Then more.",
            ("And if president Putin wins in Ukraine. it is a challenge.", "Then more."),
            id="lowercase-continues",
        ),
        pytest.param(
            "Глава миссии подписал (предварительно утвердил. — Вестник) соглашение. Потом уехал.",
            (
                "Глава миссии подписал (предварительно утвердил. — Вестник) соглашение.",
                "Потом уехал.",
            ),
            id="full-stop-inside-brackets",
        ),
        pytest.param(
            "The envoy signed (in Corvale. Officials confirmed it) the accord. Talks end.",
            ("The envoy signed (in Corvale. Officials confirmed it) the accord.", "Talks end."),
            id="en-full-stop-inside-brackets",
        ),
    ],
)
def test_split_sentences(paragraph: str, expected: tuple[str, ...]) -> None:
    """Sentences come back verbatim, split only at real sentence ends."""
    assert split_sentences(paragraph) == expected
