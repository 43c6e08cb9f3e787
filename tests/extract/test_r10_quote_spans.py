"""Round 10: the quotes real pages print that no span was found for. Each construction was
seen on at least two outlets; the sentences here are invented (invented people and places)."""

from __future__ import annotations

from extracted import speaker_of, under_headline

from briefings.models import Article


def _texts(article: Article) -> list[str]:
    return [q.text for q in article.quotes]


def test_curly_quotes_nest_inside_a_curly_quote() -> None:
    """'“… of the “Harbour Board” in Tarvik … aims,” said X': the inner pair's closing mark
    does not end the quote, so the words after it are the speaker's too."""
    article = under_headline(
        "The two neighbours agreed to reopen the river crossing last week.\n\n"
        "“I am deeply encouraged by the plan for the first sitting of the “Harbour Board” in "
        "Tarvik to push forward “the Orlen Accord” and its aims,” said Prime Minister Havel "
        "Struna."
    )
    assert speaker_of(article, "I am deeply encouraged") == "Havel Struna"
    [quote] = [t for t in _texts(article) if t.startswith("I am deeply")]
    assert "and its aims" in quote


def test_a_curly_quote_closed_by_a_straight_mark_keeps_its_inner_pair() -> None:
    """'“Zarenia hopes … the “Coastal Dialogue” in Velmar, … development," the ministry said':
    mixed marks, the inner curly pair nests and the straight mark closes the quote."""
    article = under_headline(
        "The rival factions signed a truce on Monday after months of talks.\n\n"
        "“Zarenia hopes the truce will open the way for the “Coastal Dialogue” in Velmar, "
        'so that the people of the coast can live in calm and rebuild," Foreign Minister '
        "Ilsa Moren said on Monday."
    )
    [quote] = [t for t in _texts(article) if t.startswith("Zarenia hopes")]
    assert quote.rstrip(",").endswith("live in calm and rebuild")
    assert speaker_of(article, "Zarenia hopes") == "Ilsa Moren"


def test_an_unclosed_russian_quote_ends_at_its_dash_attribution() -> None:
    """'«A. B, — сказал X.' (the closing » lost): the quote ends before the comma, X said it."""
    article = under_headline(
        "Саперы третью неделю работают в пригороде Велмара.\n\n"
        "«Мы уже сняли с полей сотни старых мин. Почти каждый день находим новые, — сказал "
        "командир инженерной роты Олег Дрозов."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Мы уже сняли")]
    assert quote.text.endswith("находим новые")
    assert quote.speaker == "Олег Дрозов"


def test_an_unclosed_quote_with_a_glued_comma_dash() -> None:
    """'«…,— уточнил X' (no space before the dash, a bracketed editor's note inside)."""
    article = under_headline(
        "Газопровод простаивает второй год.\n\n"
        "«Починить можно и поврежденную нитку. Хотя она (труба,— ред.) со временем "
        "ржавеет,— уточнил глава компании Игорь Салтан во время брифинга."
    )
    [quote] = [q for q in article.quotes if q.text.startswith("Починить можно")]
    assert quote.text.endswith("со временем ржавеет")
    assert quote.speaker == "Игорь Салтан"


def test_unmarked_russian_speech_before_a_dash_attribution() -> None:
    """'Текст, — заявил X.' printed without marks: the sentence before the dash is X's."""
    article = under_headline(
        "Губернатор подвел итоги года.\n\n"
        "Главное для нас сейчас — открыть все дороги для грузовиков, — заявил губернатор "
        "Павел Ростов, пообещав закончить ремонт к осени."
    )
    assert speaker_of(article, "Главное для нас сейчас") == "Павел Ростов"
    [quote] = [t for t in _texts(article) if t.startswith("Главное")]
    assert quote.endswith("для грузовиков")


def test_unmarked_speech_is_only_the_sentence_before_the_dash() -> None:
    """'Author's sentence. Speech, – подчеркнул X.': the author's sentence is not the quote."""
    article = under_headline(
        "Область поднялась в рейтинге инвестиционного климата.\n\n"
        "Три года подряд область держалась в первой двадцатке. Теперь важно удержать темп "
        "и привлечь новых инвесторов, – подчеркнул губернатор Павел Ростов."
    )
    assert speaker_of(article, "Теперь важно") == "Павел Ростов"
    assert not any(t.startswith("Три года") for t in _texts(article))


def test_no_unmarked_quote_without_a_speech_verb_or_from_a_marked_one() -> None:
    """A dash after a comma with no speech verb is no attribution; a marked quote before
    '», — сказал' stays the one quote, not doubled by an unmarked reading."""
    article = under_headline(
        "Переговоры продолжились в четверг.\n\n"
        "Стороны обсудили обмен пленными и новые маршруты, — это третий раунд за месяц.\n\n"
        "Он назвал итог «важным шагом к прочному миру в регионе», — сказал посредник Ян Вегер."
    )
    assert not any(t.startswith("Стороны обсудили") for t in _texts(article))
    assert not any(t.startswith("Он назвал") for t in _texts(article))


def test_single_marks_run_over_two_paragraphs() -> None:
    """'‘A. (break) B. C,’ Minister X said.': both paragraphs are the minister's words."""
    article = under_headline(
        "Delegations of the government and the rebels met in Velden this week.\n\n"
        "‘I congratulate both delegations on a useful second round of talks in Velden.\n\n"
        "The two sides still show real will to end the fighting. I am glad they will meet "
        "again in May,’ Foreign Minister Arne Holt said."
    )
    assert speaker_of(article, "I congratulate both delegations") == "Arne Holt"
    assert speaker_of(article, "The two sides still show") == "Arne Holt"


def test_a_single_mark_left_open_after_noted_that() -> None:
    """'X noted that ‘… .' with the page never closing the mark: the words are X's."""
    article = under_headline(
        "A new visa scheme will let islanders live and work on the mainland.\n\n"
        "Professor Dana Lind noted that ‘most of the help new arrivals get comes from "
        "relatives who settled there before them.\n\n"
        "The scheme opens next year."
    )
    assert speaker_of(article, "most of the help") == "Dana Lind"


def test_an_apostrophe_mark_opens_no_quote() -> None:
    """‘ before a possessive that never closes ('the ‘Green Plan’s aims …') is no quote."""
    article = under_headline(
        "The council met on Tuesday.\n\n"
        "Mayor Tova Brink said the ‘Green Plan’s aims for the river port were within reach."
    )
    assert not any(t.startswith("Green Plan") for t in _texts(article))


def test_a_quote_over_paragraphs_ending_with_an_unnamed_speaker_is_kept_whole() -> None:
    """'“A. (break) “B. (break) “C,” it said.': the parts before the last go with it, even
    when "it" names nobody the text resolves (kept without a speaker, never dropped)."""
    article = under_headline(
        "In a statement, the panel said the second meeting was held in Tarvik on May 2.\n\n"
        "“The mood of the meeting was good, and both sides went through the technical "
        "questions of the process.\n\n"
        "“Topics of substance, such as cutting violence, were also on the table.\n\n"
        "“These questions will need time and support from everyone involved,” it said."
    )
    last = [q for q in article.quotes if q.text.startswith("These questions")]
    first = [q for q in article.quotes if q.text.startswith("The mood of the meeting")]
    assert len(last) == 1 and len(first) == 1
    assert first[0].speaker == last[0].speaker


def test_a_quote_going_on_in_a_reopened_paragraph_is_kept() -> None:
    """'X noted that ‘A. (break) ‘B …': no closing mark, the next paragraph opens the same
    mark again (how a quotation runs over paragraphs), so A is X's, not cut off."""
    article = under_headline(
        "A new visa scheme will let islanders live and work on the mainland.\n\n"
        "Professor Dana Lind noted that the record of earlier schemes shows that ‘most of the "
        "help new arrivals get comes from relatives who settled there before them.\n\n"
        "‘Churches and sports clubs also do a great deal for them in the first year.’"
    )
    assert speaker_of(article, "most of the help") == "Dana Lind"


def test_a_quote_the_page_cuts_at_its_end_keeps_its_clause_speaker() -> None:
    """'X told the bank that …, “because … (the page ends)': the quote ends with the page;
    the clause it stands in names who said it."""
    article = under_headline(
        "The gas project may restart next year, its operator said on Tuesday.\n\n"
        "Finance Minister Rui Tavela told the regional bank that the outlook was good, "
        "“because the roads are open again and traders are coming back to the coastal"
    )
    assert speaker_of(article, "because the roads are open") == "Rui Tavela"


def test_an_open_quote_in_the_middle_of_a_page_is_still_dropped() -> None:
    """The same clause, but the page goes on in prose: where the quote ended is unknown,
    so nothing is taken (the prose after it is not the minister's)."""
    article = under_headline(
        "The gas project may restart next year, its operator said on Tuesday.\n\n"
        "Finance Minister Rui Tavela told the regional bank that the outlook was good, "
        "“because the roads are open again and traders are coming back to the coastal\n\n"
        "The operator has not set a date for the restart of work at the site."
    )
    assert not any(q.text.startswith("because the roads") for q in article.quotes)


def test_a_paragraph_after_said_colon_is_the_speakers() -> None:
    """'X, <role>, said:' ending a paragraph, then a paragraph without marks: a press
    release's way of quoting; that paragraph is X's, the prose after it is not."""
    article = under_headline(
        "The charity began clearing the valley in 2019 and employs forty local staff.\n\n"
        "Peter Solvik, the charity's manager in the valley, said:\n\n"
        "Thirty years after the war, thousands of families here still cannot farm their own "
        "fields. We have come a long way, but we need more help to finish the job.\n\n"
        "The work is paid for by three governments and a number of private trusts."
    )
    assert speaker_of(article, "Thirty years after the war") == "Peter Solvik"
    assert not any(q.text.startswith("The work is paid") for q in article.quotes)


def test_a_list_after_a_colon_is_no_quote() -> None:
    """'… the following:' before bullet lines, or a colon with no speech verb, quotes nobody."""
    article = under_headline(
        "The survey covered three districts this spring.\n\n"
        "The teams checked the following areas:\n\n"
        "Farmland along the river and the roads between the northern villages.\n\n"
        "Deputy Mayor Ivo Tarr said:\n\n"
        "• new signs at every cleared field and at the old school"
    )
    assert not any(q.text.startswith(("Farmland", "•", "new signs")) for q in article.quotes)
