"""Figures in general constructions no earlier set was tuned on (round 8): numbers in words with
the thing they count, units of length and mass glued or spelt out, Russian abbreviations of
scale and unit, "N-member" bodies and bare counts in a counting frame.

Every sentence here is invented; each reproduces a construction seen on at least two outlets.
"""

from __future__ import annotations

import pytest

from briefings.figures import find_figures
from tests.extract.extracted import analysed, figure_rows


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "В манёврах на полигоне под Херсоном заняты три тысячи военных из девяти стран.",
            ("три тысячи военных", 3000.0, None, "военных"),
            id="ru-words-scale-substantive",
        ),
        pytest.param(
            "За лето в районе были созданы две новые группы разминирования.",
            ("две новые группы", 2.0, None, "группы"),
            id="ru-words-adjective-noun",
        ),
        pytest.param(
            "Без тепла остались четыре учебных заведения и поликлиника.",
            ("четыре учебных заведения", 4.0, None, "заведения"),
            id="ru-words-genitive-adjective",
        ),
        pytest.param(
            "Since spring the volunteers have lifted nine heavy bombs from the paddies.",
            ("nine heavy bombs", 9.0, None, "bombs"),
            id="en-words-adjective",
        ),
        pytest.param(
            "A farmer ploughing near the bridge turned up two cluster bombs on Monday.",
            ("two cluster bombs", 2.0, None, "bombs"),
            id="en-words-compound-noun",
        ),
        pytest.param(
            "Two serious incidents were reported at the crossing.",
            ("Two serious incidents", 2.0, None, "incidents"),
            id="en-words-adjective-ending-s",
        ),
        pytest.param(
            "The envoys closed the accord after seven rounds of talks in Muscat.",
            ("seven rounds", 7.0, None, "rounds"),
            id="en-words-rounds-as-digits-are",
        ),
        pytest.param(
            "The crater was 2 metres (six feet) across.",
            ("six feet", 6.0, None, "ft"),
            id="en-words-feet",
        ),
        pytest.param(
            "The larger casing weighed 340kg when it was lifted.",
            ("340kg", 340.0, None, "kg"),
            id="glued-kg",
        ),
        pytest.param(
            "The charge lay almost 4m under the road surface.",
            ("4m", 4.0, None, "m"),
            id="glued-metres",
        ),
        pytest.param(
            "Tide gauges show the sea rising by roughly 8 to 12cm since the survey.",
            ("8 to 12cm", 8.0, 12.0, "cm"),
            id="range-glued-cm",
        ),
        pytest.param(
            "Длина новой трассы составит около 1900 километров.",
            ("1900 километров", 1900.0, None, "km"),
            id="ru-km-spelt-year-like",
        ),
        pytest.param(
            "Сапёры очистили 240 тыс. кв. метров пастбищ.",
            ("240 тыс. кв. метров", 240000.0, None, "m2"),
            id="ru-thousand-square-metres",
        ),
        pytest.param(
            "The 45-member council voted on Friday.",
            ("45-member", 45.0, None, "members"),
            id="member-digits",
        ),
    ],
)
def test_general_constructions(
    sentence: str, expected: tuple[str, float, float | None, str | None]
) -> None:
    """Each construction yields the figure as written, with its value and unit."""
    assert expected in figure_rows(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Gunmen seized 140 passengers, of whom 61 are still missing.",
            ("61", 61.0, None, "passengers"),
            id="of-whom",
        ),
        pytest.param(
            "Gunmen seized 140 passengers, including 18 who were later freed.",
            ("18", 18.0, None, "passengers"),
            id="including-after-count",
        ),
        pytest.param(
            "The registry logged 90 crashes in 2019, compared to 37 in 2018.",
            ("37", 37.0, None, "crashes"),
            id="compared-to",
        ),
        pytest.param(
            "Of those, 52 were volunteers from the villages.",
            ("52", 52.0, None, None),
            id="of-those-opening",
        ),
        pytest.param(
            "The valley accounted for 212 of the 2,940 casualties on record.",
            ("212", 212.0, None, None),
            id="partitive",
        ),
        pytest.param(
            "За год на минах подорвались 6 человек, и тяжело ранены 11.",
            ("11", 11.0, None, "people"),
            id="ru-and-noun-left-out",
        ),
        pytest.param(
            "Mortars killed 9 residents and seriously wounded 15.",
            ("15", 15.0, None, "residents"),
            id="en-and-noun-left-out",
        ),
        pytest.param(
            "Из них 14 были детьми.",
            ("14", 14.0, None, None),
            id="ru-iz-nikh",
        ),
    ],
)
def test_bare_counts_in_a_counting_frame(
    sentence: str, expected: tuple[str, float, float | None, str | None]
) -> None:
    """A bare number counts when the frame says what it counts."""
    assert expected in figure_rows(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Two Exploded Ordnance Disposal teams reached the site.", id="team-name"),
        pytest.param("Article 5 of the 1949 treaty was invoked.", id="article-of-year"),
        pytest.param("Chapter 3 of 12 is on the grid.", id="chapter-of"),
        pytest.param("Три года назад две стороны подписали меморандум.", id="ru-durations-sides"),
        pytest.param("Три находятся в порту.", id="ru-verb-after-number"),
        pytest.param("Цены выросли в два раза.", id="ru-times"),
        pytest.param("The two cluster bombs were taken away.", id="definite"),
        pytest.param("They met two years ago and again in 2019.", id="duration"),
        pytest.param("The final ended 3 and 1 after extra time.", id="score-no-count-before"),
        pytest.param("Exports fell sharply in 2019, compared to 2018.", id="compared-years"),
        pytest.param("It was built in 1800 and rebuilt in 1912.", id="years"),
        pytest.param("Crews finished step 2 of 5 on Friday.", id="step-of"),
        pytest.param("Из шести встреч хозяева лишь две свели вничью.", id="ru-verb-past-plural"),
    ],
)
def test_still_no_figure(sentence: str) -> None:
    """Names, labels, durations, sides, verbs, scores and years stay out."""
    assert find_figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The list named 30 villages and girls aged 12.", id="age"),
        pytest.param("The list named 30 villages and district 12.", id="noun-label"),
    ],
)
def test_after_and_only_a_verb_leaves_the_noun_out(sentence: str) -> None:
    """'… 30 villages and girls aged 12', '… and district 12': an age or a label, no count."""
    assert [f.text for f in find_figures(sentence)] == ["30 villages"]


def test_a_year_before_to_is_no_start_of_a_range() -> None:
    """'from 9 bcm in 2021 to up to 12 bcm': 2021 is the year, not a first amount."""
    found = find_figures("Deliveries will grow from 2021 to up to 9 billion cubic meters.")
    assert [f.text for f in found] == ["up to 9 billion cubic meters"]


def test_an_adverb_of_degree_describes_the_noun() -> None:
    """'два наиболее важных вопроса' counts questions, and 'два наиболее' alone counts nothing."""
    assert ("два наиболее важных вопроса", 2.0, None, "вопроса") in figure_rows(
        "На встрече обсудят два наиболее важных вопроса."
    )
    assert find_figures("Таких было два наиболее.") == []


def test_one_in_a_frame_is_no_count() -> None:
    """'including 1 child': a count of one says nothing a key figure needs."""
    texts = [f.text for f in find_figures("The toll reached 3,200 residents, including 1 child.")]
    assert texts == ["3,200 residents"]


def test_glued_m_is_still_millions_for_money_and_counts() -> None:
    """'£45m' and '2m homes' stay millions when a glued 'm' can be metres elsewhere."""
    found = {(f.value, f.unit) for f in find_figures("The fund put £45m into 2m homes.")}
    assert found == {(45e6, "GBP"), (2e6, "homes")}


def test_glued_m_before_a_unit_is_millions_of_it() -> None:
    """'2.5m barrels a day', '3m tonnes': a unit after a glued 'm' makes it a scale."""
    found = {(f.text, f.value, f.unit) for f in find_figures("Output hit 3m tonnes in May.")}
    assert found == {("3m tonnes", 3.0, "million tonnes")}


@pytest.mark.parametrize(
    ("body", "text"),
    [
        pytest.param(
            "Без тепла остались четыре учебных заведения и поликлиника.",
            "четыре учебных заведения",
            id="ru-four",
        ),
        pytest.param("Восемь новых паромов вышли на линию.", "Восемь новых паромов", id="ru-eight"),
        pytest.param(
            "Inspectors counted eleven damaged pylons along the ridge.",
            "eleven damaged pylons",
            id="en-eleven",
        ),
    ],
)
def test_a_sentence_whose_only_number_is_a_word_reaches_the_parser(body: str, text: str) -> None:
    """The cheap filter before the parser knows every number word the parser counts with."""
    article = analysed(f"# Notes from the week\n\n{body}\n")
    assert text in [f.text for f in article.figures]
