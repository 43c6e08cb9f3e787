"""What round 20 found on unseen real news, in sentences of our own.

- A leader who proposes to widen ("расширить", perfective) cooperation with another state, and
  talks on the two states' bilateral relations, are a partnership.
- Old bombs a clearance team is called out to ("a suspect item") and removes are demining, once
  the article names the clearance work; a suspect item alone is a police call, not demining.
- Debt relief traded for nature or climate spending, and the bonds that pay for it, are climate.
- A refinery for an ore (bauxite, alumina) makes metal, not fuel: it is not energy.
"""

from __future__ import annotations

from briefings.topics import TopicSet

from .factories import make_article


def test_proposing_to_widen_cooperation_is_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Президент России хочет расширить сотрудничество с Вьетнамом",
        language="ru",
        paragraphs=[
            "Президент России предложил расширить всестороннее сотрудничество с этой страной,"
            " выступая в Пекине.",
            "Об этом он сказал на полях международного форума.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_talks_on_bilateral_relations_are_a_partnership(topics: TopicSet) -> None:
    article = make_article(
        title="Глава МИД России начинает поездку по Азии",
        language="ru",
        paragraphs=[
            "Министр иностранных дел России прибудет в Ханой во вторник.",
            "Стороны обсудят перспективы двусторонних отношений и подготовку нового соглашения.",
            "Между Россией и Вьетнамом развивается политический диалог, отметили в министерстве.",
        ],
    )
    assert "partnerships" in topics.classify(article).topics


def test_old_bombs_a_clearance_team_removes_are_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Clearance team removes old bombs from a village road",
        paragraphs=[
            "A demining team was called to Farrow Point after road workers dug up a suspect"
            " item while laying a new drain.",
            "The team found eleven aircraft bombs left from the war, still in sound condition.",
            "The crew has now collected more than a thousand suspect items on the island and asks"
            " residents to report anything unusual.",
        ],
    )
    assert "demining" in topics.classify(article).topics


def test_a_suspect_item_at_a_station_is_not_demining(topics: TopicSet) -> None:
    article = make_article(
        title="Station closed for two hours over an unattended bag",
        paragraphs=[
            "Police closed Harlow Street station after a suspect item was reported on a platform.",
            "Officers examined the suspicious item and found it was a forgotten sports bag.",
        ],
    )
    assert "demining" not in topics.classify(article).topics


def test_a_debt_for_nature_swap_is_climate(topics: TopicSet) -> None:
    article = make_article(
        title="Island state swaps part of its debt for ocean protection",
        paragraphs=[
            "The island state will refinance part of its foreign debt in a debt-for-nature swap"
            " arranged by a conservation charity.",
            "Savings from the blue bonds will pay for marine reserves and coastal defences.",
            "Lenders said the deal would cut repayments by a third over twenty years.",
        ],
    )
    assert "climate" in topics.classify(article).topics


def test_a_bauxite_refinery_is_not_energy(topics: TopicSet) -> None:
    article = make_article(
        title="Government orders miners to build bauxite refineries",
        paragraphs=[
            "The mining minister ordered foreign miners to build bauxite refineries in the"
            " country within three years.",
            "Officials want alumina refineries near the ports so that more of the ore is"
            " processed before it is shipped.",
        ],
    )
    assert "energy" not in topics.classify(article).topics
