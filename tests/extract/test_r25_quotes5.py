"""Round 25 (quotes 5): a quote whose own short attribution names nobody, and a pronoun after
a paragraph where someone else follows the one heard speaking. The sentences are invented
(invented people, places and bodies)."""

from __future__ import annotations

from extracted import under_headline


def test_a_quote_credited_to_one_unnamed_fan_is_nobodys() -> None:
    """'“A,” cracked one follower. “B,” X replied.': the first quote's sentence ends with
    its own attribution; it does not share the next quote's speaker."""
    article = under_headline(
        "Singer Tom Barlow makes peace with his brother.\n\n"
        'Tom Barlow posted a warm holiday message to his brother Sam. "Who is that? You will '
        'not be so kind at New Year when he ignores you," cracked one follower. "He already '
        'called me," Tom replied.'
    )
    [first] = [q for q in article.quotes if q.text.startswith("Who is that")]
    assert first.speaker is None
    [second] = [q for q in article.quotes if q.text.startswith("He already")]
    assert second.speaker == "Tom Barlow"


def test_he_after_a_later_subject_is_not_the_earlier_speaker() -> None:
    """'X said “…”. But X's aide, Y, rejected …. (¶) “…,” he said': "he" may be Y, the
    later sentence's subject; X, who spoke first, is a guess."""
    article = under_headline(
        "Velmar keeps its pipeline plan.\n\n"
        'Over the weekend, Velmar Prime Minister Anton Brisk said that "all options are open" '
        "when asked about a floating plant. But Brisk's chief of staff, Dario Lumen, on Monday "
        '"firmly rejected" the idea that the country would drop the pipeline.\n\n'
        '"Any plan for the Orla field must include a pipeline to Velmar," he said.'
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Any plan")]
    assert quote.speaker != "Anton Brisk"


def test_when_between_the_verb_and_its_subject_is_no_subject() -> None:
    """'X готовы …, сообщило в четверг министерство. (¶) «…», — говорится в сообщении': the
    subject stands after the day; the sentence's own subject before the verb did not speak."""
    article = under_headline(
        "Спасатели отправятся в Велмарию.\n\n"
        "Спасатели МЧС России готовы к отправке в Велмарию для работы на месте наводнения, "
        "сообщило в четверг министерство.\n\n"
        "«Спасатели из состава отряда быстрого реагирования готовы к вылету в район "
        "бедствия», — говорится в сообщении."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Спасатели из")]
    assert quote.speaker != "Спасатели МЧС России"


def test_a_double_surname_cut_at_a_spaced_dash_is_the_hyphenated_name() -> None:
    """'said Minister Vela – Orsz' where the article also writes 'Vela-Orsz': one person,
    not a second one called 'Vela'."""
    article = under_headline(
        "Ruritania and Velmar will patrol the river together.\n\n"
        "“Our two navies will patrol the river from May,” said Minister Vela – Orsz after "
        "talks in the capital.\n\n"
        "“We agreed on every point of the plan,” noted Deputy Prime Minister Vela-Orsz."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Our two navies")]
    assert quote.speaker == "Vela-Orsz"


def test_a_double_surname_written_without_its_hyphen_is_the_hyphenated_name() -> None:
    """'— добавил Вела Орш' where the article names 'Павел Вела-Орш': the same person."""
    article = under_headline(
        "Велмария и Рурития будут патрулировать реку вместе.\n\n"
        "Об этом сообщил министр обороны Велмарии Павел Вела-Орш.\n\n"
        "«Наши флоты начнут патрулирование реки в мае», — добавил Вела Орш."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Наши флоты")]
    assert quote.speaker is not None
    assert quote.speaker.endswith("Вела-Орш")


def test_the_french_group_names_no_firm_by_itself() -> None:
    """'the French group also said …' describes a firm by its country: the one firm the
    article described so before, or nobody; never a body called 'French group'."""
    article = under_headline(
        "Velmar and Brindle Power agree to keep two plants running.\n\n"
        "Velmar and Brindle Power signed an agreement on Monday to keep two plants running "
        "for ten more years, the French energy group said.\n\n"
        "The French group also said in an online note the partners meant to "
        '"restart the two plants in May next year, weather permitting".'
    )
    [quote] = [q for q in article.quotes if q.text.startswith("restart the")]
    assert quote.speaker != "French group"


def test_the_german_group_is_the_firm_described_so_before() -> None:
    """'German energy group Brindle Power …. the German group also said …': that firm."""
    article = under_headline(
        "Brindle Power keeps two plants running.\n\n"
        "German energy group Brindle Power signed an agreement on Monday to keep two plants "
        "running for ten more years.\n\n"
        "The German group also said in an online note the partners meant to "
        '"restart the two plants in May next year, weather permitting".'
    )
    [quote] = [q for q in article.quotes if q.text.startswith("restart the")]
    assert quote.speaker == "Brindle Power"
