"""Round 24: a ceasefire regime restored is negotiated; broken or watched, it stays security news.

"Режим прекращения огня" was a false friend of peace talks as a whole: the phrase is the
language of daily violation reports. Two states' ministers signing a statement on resuming or
restoring the regime have negotiated it (three outlets' reports of one border truce on the real
sets, one of them read as defence news only). The violation reports keep the false friend.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_a_restored_ceasefire_regime_is_peace_talks(topics: TopicSet) -> None:
    """Two states announce the truce along their border resumed; their defence ministers sign."""
    article = make_article(
        title="Кастелия и Мировия вернутся к перемирию",
        language="ru",
        paragraphs=[
            "Кастелия и Мировия объявили о скором возобновлении режима прекращения огня"
            " вдоль общей границы, сообщило агентство.",
            "Заявление подписали министры обороны двух стран Иво Ланич и Петр Орлай.",
            "Министры также обсудят восстановление режима прекращения огня в горных районах.",
        ],
    )
    assert topics.classify(article).topics[0] == "peace-talks"


def test_the_resumed_regime_scores_for_peace_talks(topics: TopicSet) -> None:
    """One sentence on restoring the regime is evidence of the talks."""
    peace = topics.get("peace-talks")
    sentence = "Стороны договорились о восстановлении режима прекращения огня с понедельника."
    assert topics.score_sentence(sentence, peace, "ru") >= 3


def test_a_violated_or_watched_ceasefire_regime_is_not_peace_talks(topics: TopicSet) -> None:
    """Violation reports and the regime's observance keep the false friend."""
    peace = topics.get("peace-talks")
    for sentence in (
        "Отряды противника за сутки 9 раз нарушили режим прекращения огня у реки.",
        "Режим прекращения огня нарушен 5 раз за ночь, сообщил штаб.",
        "Штаб следит за соблюдением режима прекращения огня на участке.",
    ):
        assert topics.score_sentence(sentence, peace, "ru") == 0, sentence
