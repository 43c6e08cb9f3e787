"""Plain-text scrapes: every junk line of the seeds goes, every real paragraph stays verbatim."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefings.models import Article, DateOrigin, SourceFormat

AZERTAC_TITLE = (
    "Jens Stoltenberg: We are now in the process of agreeing a new framework for partnership "
    "between NATO and Azerbaijan"
)
CALIBER_TITLE = (
    "Baku – Brussels: A new level of interaction Kallas affirms Azerbaijan’s strategic importance"
)
AZERTAC_JUNK = ["post-img", "The Azerbaijan State News Agency", "POLITICS", "Politics"]
CALIBER_JUNK = [
    "twitter", "youtube", "instagram", "facebook", "telegram", "apple store", "play market",
    "night_theme", "ru", "arm", "search", "WHAT ARE YOU LOOKING FOR ?",
    "Any use of materials is allowed only if there is a hyperlink to Caliber.az",
    "Caliber.az © 2025. .", "ANALYTICS", "A+", "A-", "26 April 2025 16:31", "Caliber.Az",
    "Views: 194", "share-lineLiked the story? Share it on social media!", "print", "copy link",
    "Ссылка скопирована", "ads", "Follow us on Telegram",
    "Analytical materials of te authors of Caliber.az", "loading",
]  # fmt: skip


def _real_paragraphs(path: Path, junk: list[str], title: str) -> list[str]:
    """The seed's lines minus the hand-listed junk and the title: what must survive
    (no-break spaces read as plain spaces)."""
    lines = [ln.strip().replace("\u00a0", " ") for ln in path.read_text("utf-8").splitlines()]
    return [ln for ln in lines if ln and ln not in junk and ln != title]


@pytest.mark.parametrize(
    ("seed", "path_fixture", "junk", "title"),
    [
        pytest.param("azertac", "azertac_path", AZERTAC_JUNK, AZERTAC_TITLE, id="azertac"),
        pytest.param("caliber", "caliber_path", CALIBER_JUNK, CALIBER_TITLE, id="caliber"),
    ],
)
def test_seed_keeps_every_paragraph_and_no_junk(
    seed: str, path_fixture: str, junk: list[str], title: str, request: pytest.FixtureRequest
) -> None:
    """The cleaned paragraphs are exactly the seed's real paragraphs, in order, verbatim."""
    article: Article = request.getfixturevalue(seed)
    path: Path = request.getfixturevalue(path_fixture)
    expected = _real_paragraphs(path, junk, title)
    assert article.paragraphs == expected
    for line in junk:
        assert all(line != p for p in article.paragraphs)
    assert all("Views:" not in p and "©" not in p for p in article.paragraphs)


def test_azertac_interview_questions_and_answers_kept(azertac: Article) -> None:
    """Interview questions and the '- ' answers are both real paragraphs (6 of each)."""
    questions = [p for p in azertac.paragraphs if p.endswith("?")]
    answers = [p for p in azertac.paragraphs if p.startswith("- ")]
    assert len(questions) == 6
    assert len(answers) == 6
    assert any(p.startswith("Then, we also welcomed") for p in azertac.paragraphs)
    assert azertac.paragraphs[-1].endswith("both for Azerbaijan and NATO")


def test_titles_outlets_and_format(azertac: Article, caliber: Article) -> None:
    """The repeated AZERTAC title is used once; outlets come from the banner and copyright line."""
    assert azertac.title == AZERTAC_TITLE
    assert AZERTAC_TITLE not in azertac.paragraphs
    assert caliber.title == CALIBER_TITLE
    assert azertac.outlet == "AZERTAC"
    assert caliber.outlet == "Caliber.Az"
    assert azertac.source_format is SourceFormat.TEXT


def test_caliber_dateline_becomes_the_date(caliber: Article) -> None:
    """'26 April 2025 16:31' is the date, stated in the text, and not a paragraph."""
    assert caliber.published == dt.date(2025, 4, 26)
    assert caliber.date_origin is DateOrigin.TEXT


def test_azertac_day_month_without_stamp_stays_undated(azertac: Article) -> None:
    """'on March 18' in the body, and no stamp on the page: undated, no year guessed."""
    assert azertac.published is None
    assert azertac.date_origin is DateOrigin.UNKNOWN


def test_sidecar_meta_wins_over_text(caliber_path: Path) -> None:
    """An admin's metadata replaces what the text suggests, and the origin says so."""
    from briefings.extract import analyse
    from briefings.load import load_source
    from briefings.models import SourceMeta

    meta = SourceMeta(outlet="Caliber", published=dt.date(2025, 4, 27), url="https://caliber.az/x")
    article = analyse(load_source(caliber_path.read_bytes(), caliber_path.name, meta=meta)[0])
    assert (article.outlet, article.published) == ("Caliber", dt.date(2025, 4, 27))
    assert article.date_origin is DateOrigin.METADATA
    assert article.url == "https://caliber.az/x"
