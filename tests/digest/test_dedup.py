"""Near-duplicates are the same fact only when their figures agree (issue 7, item 2)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.digest import build_briefing, same_fact
from briefings.render import OutputFormat, render_briefing, visible_text
from briefings.topics import TopicSet

from .factories import NOW, make_article

_DEAL = "Azerbaijan and its European partners signed a gas supply deal worth {} billion dollars."


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param(_DEAL.format(18), _DEAL.format(27), False, id="other-value"),
        pytest.param(_DEAL.format(27), _DEAL.format(27), True, id="same-value"),
        pytest.param(
            "The new pipeline will carry 20 billion cubic meters of gas to Europe each year.",
            "The new pipeline will carry 20 percent of the gas Europe imports each year.",
            False,
            id="same-value-other-unit",
        ),
        pytest.param(
            "The new pipeline will carry 20 billion cubic meters of gas to Europe each year.",
            "Each year the new pipeline will carry 20 billion cubic meters of gas to Europe.",
            True,
            id="reworded-same-figure",
        ),
    ],
)
def test_same_fact_needs_agreeing_figures(a: str, b: str, same: bool) -> None:
    """Two rewordings with different amounts (or units) are different facts."""
    assert same_fact(a, b) is same


def test_four_outlets_with_four_amounts_are_not_one_line(topics: TopicSet) -> None:
    """18/27/36/45 billion from four outlets: no line cites an outlet for a figure it did not give.

    No figures are attached (as when extraction misses them), so only the items carry the amounts.
    """
    outlets = ["Trend", "APA", "Report.az", "Caliber.az"]
    articles = []
    for n, (outlet, amount) in enumerate(zip(outlets, (18, 27, 36, 45), strict=True)):
        paragraphs = [_DEAL.format(amount) + " The deal covers gas exports to Europe until 2030."]
        articles.append(
            make_article(
                id=f"deal-{n}",
                outlet=outlet,
                title="Gas supply deal signed",
                published=dt.date(2025, 4, 28 - n),
                paragraphs=paragraphs,
            )
        )
    topic = topics.get("energy")
    briefing = build_briefing(topic, articles, NOW, topics=topics)
    by_id = {a.id: a for a in articles}
    for item in briefing.items:
        shown = " ".join(item.sentences)
        amounts = [f"{n} billion" for n in (18, 27, 36, 45) if f"{n} billion" in shown]
        for source in item.sources:
            text = by_id[source.article_id].text
            assert all(amount in text for amount in amounts), (shown, source.outlet)
    for key in briefing.key_figures:
        assert key.figure.text in by_id[key.source.article_id].text
    shown = visible_text(render_briefing(briefing, OutputFormat.HTML))
    assert sum(f"{n} billion" in shown for n in (18, 27, 36, 45)) >= 2
