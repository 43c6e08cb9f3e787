"""Headlines (round 12): a headline may open with its figure ("15 ways to …", "$10 billion
… gets under way"), which is no lowercase widget label; a photo's caption that ends in its
bracketed credit ("(Photo credit: …)") is no headline. Every line here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import PAGE_BODY, loaded


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("12 ways the harbour council will spend its dredging money", id="count"),
        pytest.param("$40 million dredging work gets under way in Portville", id="currency"),
        pytest.param("3,000 tonnes of silt lifted from the northern channel", id="thousands"),
    ],
)
def test_a_headline_that_opens_with_a_figure(headline: str) -> None:
    doc = loaded(f"{headline}\n\n{PAGE_BODY}")
    assert doc.title == headline


def test_a_caption_with_a_bracketed_photo_credit_is_no_headline() -> None:
    headline = "Harbour council backs plan to dredge northern channel"
    caption = "Dredger at the northern quay (Photo credit: website of the Harbour Board)"
    doc = loaded(f"{caption}\n\n{headline}\n\n{PAGE_BODY}")
    assert doc.title == headline
    assert not any("Photo credit" in p for p in doc.paragraphs)


def test_a_short_counter_line_is_still_no_headline() -> None:
    """A counter ("3 min read", "12 comments") stays furniture: a headline that opens with
    a figure has five words after it."""
    doc = loaded(f"3 min read\n\n{PAGE_BODY}")
    assert doc.title != "3 min read"
