"""Round 23: a missed quote says whether its text was never extracted or its speaker failed."""

from __future__ import annotations

from briefings.evaluate.formatting import format_details
from briefings.evaluate.gold import GoldSet
from briefings.evaluate.scoring import score
from briefings.models import Article, SourceFormat


def _gold(quotes: list[dict[str, object]]) -> GoldSet:
    return GoldSet.model_validate({"articles": [{"file": "a.txt", "quotes": quotes}]})


def _article(quotes: list[dict[str, object]]) -> Article:
    return Article.model_validate(
        {
            "id": "a",
            "title": "T",
            "source_name": "a.txt",
            "source_format": SourceFormat.TEXT,
            "content_hash": "h",
            "paragraphs": ["Text."],
            "quotes": quotes,
        }
    )


def test_a_missed_quote_names_its_cause() -> None:
    never = "The valley road reopens to trucks next spring at the earliest"
    silent = "Our harvest was the best in a decade despite the dry summer"
    other = "We shall not sign anything that divides the old county in two"
    part = "The mill will hire again once the river bridge is finished"
    labels = _gold(
        [
            {"speaker": "Odile Varenne", "text": never},
            {"speaker": "Odile Varenne", "text": silent},
            {"speaker": "Odile Varenne", "text": other},
            {"speaker": "Odile Varenne", "text": part},
        ]
    )
    got = _article(
        [
            {"text": silent, "speaker": None},
            {"text": other, "speaker": "Tamsin Rook", "speaker_kind": "person"},
            {"text": part, "speaker": "Varenne", "speaker_kind": "person"},
        ]
    )
    missed = score(labels, {"a.txt": got}).quotes.missed
    assert [m.split("]")[0] + "]" for m in missed] == [
        "[text]",
        "[no speaker]",
        "[speaker]",
        "[in part]",
    ]
    details = format_details(score(labels, {"a.txt": got})).splitlines()
    assert details[0].startswith("quote   missed [text] a.txt: Odile Varenne: The valley")


def test_a_ministrys_short_name_is_its_full_name() -> None:
    """'Минэнерго Тарвии' extracted where the label says 'Министерство энергетики Тарвии'."""
    said = "Новые тарифы на свет вступят в силу с первого числа"
    labels = _gold(
        [
            {
                "speaker": "Министерство энергетики Тарвии",
                "text": said,
                "speaker_kind": "organisation",
            }
        ]
    )
    got = _article([{"text": said, "speaker": "Минэнерго Тарвии", "speaker_kind": "organisation"}])
    report = score(labels, {"a.txt": got})
    assert report.quotes.found == 1
    assert report.wrong_speakers == []
