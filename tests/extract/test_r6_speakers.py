"""Round 6: attribution constructions behind the wrong speakers and the commonest misses of
a fresh real set, each reproduced with invented sentences. A wrong speaker is worse than
none: several tests only ask that a quote get no speaker the text does not give it."""

from __future__ import annotations

from extracted import speaker_of, under_headline

# -- wrong speakers ----------------------------------------------------------------------


def test_quote_left_open_does_not_swallow_the_next_speakers_quote() -> None:
    """A quote the page leaves open ('X said, "A. B.' with no closing mark) does not run on
    into a paragraph that opens a quote of its own ('Y said, "C."'): C is Y's."""
    article = under_headline(
        'Prime Minister Odo Varrentin opened the session and said, "Our harbours will be busier '
        "by the summer than they have been for ten years, and the ferries will run twice a day.\n\n"
        'Minister Lasse Brunvik said, "The ferry company has ordered two ships from the yard. '
        'Both will carry cars and lorries from the first of June."'
    )
    assert speaker_of(article, "The ferry company") == "Lasse Brunvik"


def test_a_lone_given_name_is_who_he_points_back_to() -> None:
    """'X Y hosted A B. …' then 'A welcomed … "…," he said.': A, named by one word of his
    name, is who "he" means, not X named a paragraph before."""
    article = under_headline(
        "President Oren Vasquell received Governor Tamarind Suwarno at the palace. The "
        "talks went well, Vasquell said.\n\n"
        "Tamarind toured the new dockyard after lunch. "
        '"Our engineers will build the first two locks on the canal," he said.'
    )
    assert speaker_of(article, "Our engineers will") == "Tamarind Suwarno"


def test_he_after_an_unknown_subject_names_nobody_named_as_an_object() -> None:
    """'Tamarind, who is defence minister, … met Vasquell on Wednesday.' then '"…," he said':
    with the subject a name the article never gave in full, "he" is not the man he met."""
    article = under_headline(
        "President Oren Vasquell spoke about trade on Tuesday.\n\n"
        "Tamarind, who runs the ports authority, flew in from the coast last night. He later "
        "saw Vasquell at the palace.\n\n"
        '"My government will keep every promise made to the farmers," he said in a statement.'
    )
    assert speaker_of(article, "My government will") != "Oren Vasquell"


def test_the_un_body_is_not_the_united_nations() -> None:
    """'the UN body said' after a UN service was named: not the United Nations itself."""
    article = under_headline(
        "The Northern Clearance Service (NCS) of the United Nations began work in the old "
        "town in May.\n\n"
        'The service expects the work to need "a decade of patient searching in every street '
        'and cellar", the UN body said on Friday.'
    )
    assert speaker_of(article, "a decade of patient searching") != "United Nations"


def test_russian_name_with_the_particle_da_is_one_speaker() -> None:
    """'Жоао Педру да Кошта' is one person in Russian text as in English: the quote is his
    under his whole name, not a shorter 'Жоао Педру' cut at the particle."""
    article = under_headline(
        "Президент Жоао Педру да Кошта выступил на сессии в понедельник.\n\n"
        '"Северные районы получат новые школы уже к осени", - сказал он.'
    )
    assert speaker_of(article, "Северные районы") == "Жоао Педру да Кошта"


def test_he_after_a_known_subject_with_a_who_clause_is_that_person() -> None:
    """'Analyst X Y, who follows …, was careful.' names X Y, whose role opens the clause:
    "he" is X Y."""
    article = under_headline(
        "Minister Oren Vasquell opened the new terminal on Monday.\n\n"
        "Analyst Pavel Drummond, who follows the port for a research centre, was more careful.\n\n"
        '"The terminal stands empty most days and the fees put people off," he said.'
    )
    assert speaker_of(article, "The terminal stands") == "Pavel Drummond"


# -- misses ------------------------------------------------------------------------------


def test_surname_without_its_al_prefix_is_the_person() -> None:
    """'Saad Tarif Al-Rumaihi' then '“…”, Rumaihi said': the prefix is often dropped."""
    article = under_headline(
        "Energy minister Saad Tarif Al-Rumaihi opened the new plant on Tuesday.\n\n"
        "The plant will “give the northern towns heat the ties between the two states and meet the "
        "growing demand for gas”, Rumaihi said."
    )
    assert speaker_of(article, "give the northern towns heat") == "Saad Tarif Al-Rumaihi"


def test_second_half_of_a_hyphened_surname_is_the_person() -> None:
    """'Marisol Arroyo-Benitez' then '“…,” Benitez said': one half stands for the name."""
    article = under_headline(
        "Chief negotiator Marisol Arroyo-Benitez met both panels in the capital.\n\n"
        "“Every village on the list will get a school and a clinic first,” "
        "Benitez said."
    )
    assert speaker_of(article, "Every village on") == "Marisol Arroyo-Benitez"


def test_half_of_a_hyphened_surname_two_people_share_names_nobody() -> None:
    """Two people whose names hold the same half: whose, the text does not say."""
    article = under_headline(
        "Chief negotiator Marisol Arroyo-Benitez met Deputy Minister Tomas Benitez-Lugo.\n\n"
        "“Every village on the list will get a school and a clinic first,” "
        "Benitez said."
    )
    assert speaker_of(article, "Every village on") is None


def test_passive_quoted_as_saying_before_an_embedded_quote() -> None:
    """'X was quoted by <agency> as saying his government planned to “…”': X's words."""
    article = under_headline(
        "President Oren Vasquell met the visiting delegation on Wednesday.\n\n"
        "Vasquell was quoted by the agency Nordpress as saying his government planned "
        'to "open two new border crossings and double the trains to the coast."'
    )
    assert speaker_of(article, "open two new border") == "Oren Vasquell"


def test_passive_quoted_as_saying_with_two_people_names_nobody() -> None:
    """'X, who met Y, was quoted as saying …' names two people: no speaker."""
    article = under_headline(
        "Oren Vasquell, who met Minister Tomas Brenn, was quoted by the agency Nordpress as saying "
        'his government planned to "open two new border crossings before spring."'
    )
    assert speaker_of(article, "open two new border") is None


def test_called_the_thing_a_quote_is_the_speakers_words() -> None:
    """'X called the new line «…,» which «…»': both quotes are X's."""
    article = under_headline(
        "Commissioner for Transport, Liv Aranda, called the new line «the backbone of our "
        "northern freight and the work of three governments over a decade,» which «cuts the "
        "journey to the coast from two days to nine hours.»"
    )
    assert speaker_of(article, "the backbone of our northern freight") == "Liv Aranda"
    assert speaker_of(article, "cuts the journey to the coast") == "Liv Aranda"


def test_a_quoted_name_after_called_is_still_no_quote() -> None:
    """'the group called “Friends of the Northern Line”' names a group, nobody speaks."""
    article = under_headline(
        "Commissioner Liv Aranda met a group called “Friends of the Northern Line Railway” on "
        "Monday."
    )
    assert not article.quotes


def test_lone_given_name_opening_the_clause_before_a_participle() -> None:
    """'Tamarind praised the new rail link …, stating, "…"': the one person whose
    name holds that word, as the clause's subject."""
    article = under_headline(
        "President Oren Vasquell received Governor Tamarind Suwarno at the palace.\n\n"
        'Tamarind praised the new rail link to the coast, stating, "The '
        'grain trains now leave full every morning and come back with machines."'
    )
    assert speaker_of(article, "The grain trains") == "Tamarind Suwarno"


def test_a_letter_slip_close_to_two_surnames_names_nobody() -> None:
    """'said Petersen' with both a Pettersen and a Peterson named: whose slip, unknown."""
    article = under_headline(
        "NATO envoy Lars Pettersen met Ambassador Karin Peterson this week.\n\n"
        "“The first ships will leave the new harbour in the spring,” said Petersen."
    )
    assert speaker_of(article, "The first ships will") is None


def test_russian_surname_of_the_other_sex_is_no_slip() -> None:
    """'— сказала Лебедева' beside a man named Лебедев: a wife or a daughter, not a slip."""
    article = under_headline(
        "Министр Павел Лебедев открыл новую линию в понедельник.\n\n"
        "«Линия будет работать круглый год и без перерывов», — сказала Лебедева."
    )
    assert speaker_of(article, "Линия будет") != "Павел Лебедев"


def test_a_letter_slip_nobody_else_is_named_by_is_the_person() -> None:
    """'“…,” Holmgard said' in a piece quoting 'Per Holmgaard': the slip is his."""
    article = under_headline(
        "“Every cellar in the district has to be searched by hand,” said Per Holmgaard, programme "
        "director at the clearance service.\n\n"
        "“Some streets are blocked by three storeys of rubble,” Holmgard said."
    )
    assert speaker_of(article, "Some streets are") == "Per Holmgaard"


def test_a_lone_given_name_counts_every_time_it_opens_a_sentence() -> None:
    """The second 'Tamarind …, stating, "…"' of an article is his as much as the first."""
    article = under_headline(
        "President Oren Vasquell received Governor Tamarind Suwarno at the palace.\n\n"
        'Tamarind welcomed the new flights. "Our engineers will build the first two '
        'locks on the canal," he said.\n\n'
        'Tamarind praised the new rail link to the coast, stating, "The '
        'grain trains now leave full every morning and come back with machines."'
    )
    assert speaker_of(article, "Our engineers will") == "Tamarind Suwarno"
    assert speaker_of(article, "The grain trains") == "Tamarind Suwarno"


def test_a_common_word_opening_a_sentence_is_not_a_lone_given_name() -> None:
    """'Rich in minerals, the region …' is no mention of a 'Rich Morton': "he" stays
    unresolved rather than taken for him."""
    article = under_headline(
        "Mayor Rich Morton and Governor Oren Vasquell opened the new bridge on Monday.\n\n"
        "Rich in minerals, the region draws traders from far away. "
        '"The ferries will sail on time from Monday," he said.'
    )
    assert speaker_of(article, "The ferries will sail") is None


def test_excerpt_cut_inside_the_verb_after_the_pronoun() -> None:
    """'“…,” she sai' / '“…,” he was' where the scrape ends mid-attribution: the pronoun
    still points back as it would with the verb whole."""
    article = under_headline(
        "Prime Minister Lina Sorensen opened the pipeline on Tuesday.\n\n"
        "“Our storage tanks will be full long before the first frost,” she sai\n\n"
        "Prime Minister Lina Sorensen left for the capital on Wednesday for more talks."
    )
    assert speaker_of(article, "Our storage tanks") == "Lina Sorensen"
    article = under_headline(
        "Rebel leader Omar Kadiri spoke to the agency on Friday.\n\n"
        "“Their fighters must hand in their rifles at the same camps,” he was\n\n"
        "The talks resume in the capital on Monday with both panels and their advisers."
    )
    assert speaker_of(article, "Their fighters must") == "Omar Kadiri"
