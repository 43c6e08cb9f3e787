"""Round 30 (wrong speakers): descriptions and short names that pointed to someone the text
had not yet introduced. The sentences are invented (invented people, places and bodies)."""

from __future__ import annotations

from extracted import under_headline


def _speaker(text: str, start: str) -> str | None:
    article = under_headline(text)
    found = [q for q in article.quotes if q.text.startswith(start)]
    assert found, [q.text for q in article.quotes]
    return found[0].speaker


def test_the_president_is_not_a_holder_named_only_further_on() -> None:
    """'X was quoted as saying …. “…,” the president told …' and only later 'President Y':
    the description points back to X, not forward to Y."""
    text = (
        "The neighbouring state has answered every plea for fuel, Dorvak was quoted as saying "
        "by the state news agency.\n\n"
        "“Fuel is about safety. We shall stay warm thanks to good neighbours,” the "
        "president told farmers in the eastern district of Lessing.\n\n"
        "Tarvian President Emil Sorensk announced in June that the first fuel had crossed the "
        "border."
    )
    assert _speaker(text, "Fuel is about safety") != "Emil Sorensk"


def test_a_short_name_before_the_only_full_name_with_it_is_nobody_sure() -> None:
    """'Mr Pak said …. “…,” he said', where the only 'Pak …' the text names in full comes
    later (a second man of that name): the words are not his."""
    text = (
        "Premier Alda Varo and Norland’s Pak Sung Il have begun a second round of canal talks "
        "in Lessing.\n\n"
        "“We hope for good results,” Ms Varo said as the talks began.\n\n"
        "Mr Pak, for his part, said his country had long been misread.\n\n"
        "“There were many efforts to block our road,” he said.\n\n"
        "The talks were attended by Pak Yong Chan, a former envoy and Mr Pak's adviser."
    )
    assert _speaker(text, "There were many efforts") is None


def test_the_body_named_last_is_not_the_agency_when_another_was_heard() -> None:
    """'X сообщило, что … «…». Об этом был извещён комитет Y, добавили в ведомстве': the
    agency is X, heard, or the committee, named last; nobody sure, never Y alone, nor Y as
    the subject of what the plural verb says."""
    text = (
        "Министерство финансов Тарвии сообщило, что страна выделила Норландии 40 млн долларов "
        "«на ремонт дорог и мостов». Об этом был извещён комитет Совета Европы, добавили в "
        "ведомстве.\n\n"
        "«Тарвия в рамках помощи соседям быстро ответила на просьбу Норландии и выделила "
        "средства на ремонт дорог в северных округах», — говорится в сообщении.\n\n"
        "В ведомстве добавили, что «работы в северных округах начнутся весной», а отчёт будет "
        "готов в мае."
    )
    assert _speaker(text, "на ремонт дорог") == "Министерство финансов Тарвии"
    assert _speaker(text, "Тарвия в рамках") is None
    assert _speaker(text, "работы в северных") is None


def test_he_after_a_described_speaker_in_his_paragraph_is_that_person() -> None:
    """'X said, "…" (¶) The race organiser said that he …. "…," he said': "he" is the
    organiser, whom the article never names; never X from the paragraph before."""
    text = (
        "Pieter Voss and six other riders have signed again with Team Korvan for next year, the "
        "team said on Monday.\n\n"
        "Voss, who came third in two races, told them: \"I'm glad to stay with this team for "
        'another season."\n\n'
        "The race organiser said that he hoped to add five more riders and was glad so many "
        'were staying. "In recent weeks, many riders from other teams have called me about a '
        'place with us," he said.'
    )
    assert _speaker(text, "I'm glad to stay") == "Pieter Voss"
    assert _speaker(text, "In recent weeks") is None


def test_a_body_heard_long_before_leaves_the_agency_named_last() -> None:
    """The same '— добавили в ведомстве' with the other body heard many paragraphs back,
    beyond what the agency may point to: the body named last is the agency, as before."""
    works = [
        f"Строители начали работу на участке номер {k}, где уложили асфальт и поставили знаки."
        for k in range(1, 8)
    ]
    text = "\n\n".join(
        [
            "Министерство финансов Тарвии сообщило, что бюджет выделил «на дороги и мосты» 40 "
            "млн долларов.",
            *works,
            "Отчёт за год подготовил комитет Совета Европы, добавили в ведомстве.",
            "«Число гостей из Норландии выросло вдвое за год», — говорится в сообщении.",
        ]
    )
    assert _speaker(text, "Число гостей") == "комитет Совета Европы"


def test_a_description_speaking_inside_a_quote_is_no_described_speaker() -> None:
    """'“We won. The voters said yes,” he told them. … “…,” he said': the voters speak only in
    the mayor's words; "he" goes on being the mayor."""
    text = (
        "Mayor Ivo Brandt spoke to the crowd on Sunday.\n\n"
        "“We won the vote. The voters said yes to the bridge,” he told them. Then he turned to "
        "the port. “The port will grow too,” he said."
    )
    assert _speaker(text, "The port will grow") == "Ivo Brandt"
