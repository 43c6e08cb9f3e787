"""Title, outlet, date and language against their labels, each miss sorted by kind.

A field is scored only where the label states it (`MetaOutcome`): left unknown where the
label states a value (honest when the page does not name itself), a value where the label
says there is none (invented: worse), a different value, or — for titles — a page without a
headline titled by its first sentence.
"""

from __future__ import annotations

from briefings.evaluate.gold import GoldArticle
from briefings.evaluate.matching import normalise
from briefings.evaluate.report import MetaOutcome
from briefings.models import Article, TitleOrigin

#: Metadata fields a label may state, in report order.
META_FIELDS = ("title", "outlet", "published", "language")


def meta_right(field: str, gold: GoldArticle, article: Article | None) -> bool:
    """Whether the article carries the stated value (null stated: must stay unknown)."""
    want = getattr(gold, field)
    got = getattr(article, field) if article is not None else None
    if field == "title" and article and article.title_origin is TitleOrigin.FIRST_SENTENCE:
        # The first sentence only stands in for a headline the page lacks (`title_origin`
        # says so): a page labelled as having no headline has none here either.
        got = None
    if want is None or got is None:
        return want is None and got is None
    if isinstance(want, str):
        return normalise(want) == normalise(str(got))
    return bool(want == got)


def meta_outcome(field: str, gold: GoldArticle, article: Article | None) -> MetaOutcome:
    """Right, or which kind of miss: unknown, invented, wrong, or a first-sentence title."""
    if meta_right(field, gold, article):
        return MetaOutcome.RIGHT
    if field == "title" and article and article.title_origin is TitleOrigin.FIRST_SENTENCE:
        return MetaOutcome.FIRST_SENTENCE
    got = getattr(article, field) if article is not None else None
    if got is None:
        return MetaOutcome.UNKNOWN
    return MetaOutcome.INVENTED if getattr(gold, field) is None else MetaOutcome.WRONG
