"""Round 23 (wave 3): a standing peace format by its short names is peace talks.

"The Geneva Discussions" and "the Geneva process" are what outlets call the Geneva
International Discussions; Russian outlets name them after what they cover ("дискуссии по
Закавказью").
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_the_geneva_discussions_by_their_short_name(topics: TopicSet) -> None:
    article = make_article(
        title="The Geneva Discussions turn ten",
        paragraphs=[
            "Diplomats marked ten years of the Geneva Discussions at a conference in Belmark.",
            "The Geneva process remains the only place where all sides meet, one speaker said.",
            "The next session is planned for the spring.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics


def test_the_format_named_for_the_region_in_russian(topics: TopicSet) -> None:
    article = make_article(
        title="Дипломаты подвели итоги очередного раунда",
        paragraphs=[
            "В Женеве завершился очередной раунд международных дискуссий по безопасности"
            " в Закавказье.",
            "Участники дискуссий по Закавказью договорились встретиться снова весной.",
        ],
    )
    assert "peace-talks" in topics.classify(article).topics
