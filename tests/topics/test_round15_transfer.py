"""What round 15 found on unseen real news, in sentences of our own.

- Permafrost thawing is warming measured in the ground: a piece on frozen ground giving way
  under a northern town is climate news even when it never says "climate change". Frozen ground
  alone, where a pipeline or a town is built, is not.
- A peace plan is named the other way round as well ("a 20-point plan for peace"), as the
  Russian "мирный план" already was; with it the talks lead, and the envoys' defence words
  are the talks'.
- Since 2022, talks and meetings "on Ukraine" are about ending the war: a spokesman saying a
  round is postponed or unlikely is peace-talks news.
- "СПГ" is the Russian for LNG, and "сжиженный газ" for liquefied gas.
- Two named states agreeing to build a pipeline together have made a compact (partnerships) as
  well as energy news; two firms agreeing to build under a supply deal have not.
"""

from __future__ import annotations

import pytest

from briefings.topics import TopicSet

from .factories import make_article


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        pytest.param(
            "Thawing permafrost cracks the roads of a northern town",
            [
                "Residents of Nordvik say the ground under their houses is sinking every summer.",
                "Researchers at the town's frost station measured the thaw of the upper permafrost"
                " layer to a depth of two metres, deeper than ten years ago.",
                "The station's director, Mira Solvang, said the permafrost degradation had sped up"
                " since the station opened.",
            ],
            id="en",
        ),
        pytest.param(
            "Вечная мерзлота тает под домами северного поселка",
            [
                "Жители поселка Северный Брод жалуются, что каждое лето их дома проседают.",
                "Сотрудники мерзлотной станции зафиксировали оттаивание вечной мерзлоты на"
                " глубину двух метров, глубже, чем десять лет назад.",
                "По словам директора станции Анны Лесковой, деградация мерзлоты ускорилась.",
            ],
            id="ru",
        ),
    ],
)
def test_thawing_permafrost_is_climate_news(
    topics: TopicSet, title: str, paragraphs: list[str]
) -> None:
    found = topics.classify(make_article(title=title, paragraphs=paragraphs)).topics
    assert found == ["climate"]


def test_frozen_ground_under_a_pipeline_is_not_climate_news(topics: TopicSet) -> None:
    article = make_article(
        title="Builders lay the new gas line across the tundra",
        paragraphs=[
            "Crews of the Vellmark Gas company laid the last section of the pipeline on piles"
            " driven into the permafrost, the company said.",
            "The line will carry natural gas from the Orsk field to the coast from next winter.",
        ],
    )
    assert "climate" not in topics.classify(article).topics


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        pytest.param(
            "Envoys meet in Lausanne",
            [
                "The foreign minister arrived in Lausanne for talks on the twenty-point plan for"
                " peace, which both capitals hope will close the war, officials said.",
                "The plan would require the army to pull back and the country to stay out of"
                " NATO, according to a draft seen by the Daily Ledger.",
                "The defence minister's office said it had not yet seen the final text.",
                "The prime minister said his national security adviser would join the envoys.",
            ],
            id="en",
        ),
        pytest.param(
            "Посланники встретятся в Лозанне",
            [
                "Министр иностранных дел прибыл в Лозанну для обсуждения мирного плана из"
                " двадцати пунктов, сообщили в министерстве.",
                "Министр сказал, что мирный план будет обсуждаться и на следующей неделе.",
            ],
            id="ru",
        ),
    ],
)
def test_a_plan_for_peace_makes_peace_talks_lead(
    topics: TopicSet, title: str, paragraphs: list[str]
) -> None:
    found = topics.classify(make_article(title=title, paragraphs=paragraphs)).topics
    assert found == ["peace-talks"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(
            [
                "Переговоры по Украине в Женеве в ближайшие дни маловероятны, заявил"
                " пресс-секретарь президента.",
                "«Вряд ли сейчас можно говорить о новой встрече по мирному урегулированию»,"
                " — сказал он.",
            ],
            id="unlikely",
        ),
        pytest.param(
            [
                "Пресс-секретарь президента назвал причину, по которой в Женеве отложили"
                " очередную встречу по Украине: графики участников не совпали.",
                "Трехсторонние переговоры по Украине должны были пройти в воскресенье.",
            ],
            id="postponed",
        ),
    ],
)
def test_talks_on_ukraine_postponed_are_peace_talks(
    topics: TopicSet, paragraphs: list[str]
) -> None:
    article = make_article(title="Песков о переговорах", paragraphs=paragraphs)
    assert "peace-talks" in topics.classify(article).topics


def test_russian_lng_is_energy_news(topics: TopicSet) -> None:
    """ "СПГ" is the Russian for LNG: a piece on an LNG plant's tankers names little else."""
    article = make_article(
        title="Танкеры не могут подойти к заводу «Полярный СПГ»",
        paragraphs=[
            "Два танкера ледового класса третью неделю стоят у кромки льда, сообщило издание"
            " «Северный курьер».",
            "С весны завод отгрузил покупателям около 800 тысяч тонн СПГ.",
            "Суда, которые везут сжиженный газ, ждут ледокол до конца месяца.",
        ],
    )
    assert topics.classify(article).topics == ["energy"]


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        pytest.param(
            "Norway and Poland to build a hydrogen line",
            [
                "Norway and Poland agreed on Monday to build a hydrogen pipeline under the Baltic"
                " Sea, the two energy ministers told a news conference in Gdansk.",
                "The line would carry hydrogen made with offshore wind power to Polish steel"
                " mills from 2032.",
                "Engineers expect the pipeline to cost about 4 billion euros.",
            ],
            id="en",
        ),
        pytest.param(
            "Армения и Грузия построят газопровод",
            [
                "Армения и Грузия договорились построить новый газопровод через горный перевал,"
                " сообщили министры энергетики двух стран.",
                "По трубе пойдет природный газ для теплоэлектростанций севера Армении.",
                "Стоимость газопровода оценивают в 300 миллионов долларов.",
            ],
            id="ru",
        ),
    ],
)
def test_two_states_agreeing_to_build_a_pipeline_is_a_partnership(
    topics: TopicSet, title: str, paragraphs: list[str]
) -> None:
    found = topics.classify(make_article(title=title, paragraphs=paragraphs)).topics
    assert set(found) == {"energy", "partnerships"}


def test_firms_agreeing_to_build_under_a_supply_deal_stay_energy_news(topics: TopicSet) -> None:
    article = make_article(
        title="Gas firms to build a terminal",
        paragraphs=[
            "Norway's Fjordgas and Poland's Baltex agreed to build an import terminal under a"
            " ten-year supply deal, the companies said.",
            "The terminal would take liquefied natural gas from 2029.",
        ],
    )
    assert "partnerships" not in topics.classify(article).topics
