"""The extraction vocabulary (`data/lexicon.yaml`) as one typed, frozen structure.

Every word list the extractors use lives in the YAML file, one list per idea and language,
so that tuning is a data edit. The file is parsed once per process; a malformed file fails
loudly at import with pydantic's message, since the shipped file is part of the code.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, model_validator


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Pronouns(_Frozen):
    male: tuple[str, ...]
    female: tuple[str, ...]


class _Shared(_Frozen):
    """Lists both languages have."""

    speech_verbs: tuple[str, ...]
    speech_participles: tuple[str, ...]
    impersonal_attributions: tuple[str, ...]
    pronouns: Pronouns
    female_surname_endings: tuple[str, ...]
    male_surname_endings: tuple[str, ...]
    female_given_names: frozenset[str]
    not_between_verb_and_name: tuple[str, ...]
    role_stop_words: tuple[str, ...]
    interview_words: tuple[str, ...]
    question_labels: tuple[str, ...]
    answer_labels: tuple[str, ...]
    number_words: tuple[str, ...]
    organisation_heads: tuple[str, ...]
    document_words: tuple[str, ...]
    conjunctions: tuple[str, ...]
    # Conjunctions that open a clause with its own subject even without a comma before them
    # ("X announced a truce while Y denied it, saying …").
    contrast_conjunctions: tuple[str, ...] = ()
    # Who speaks unnamed for a body ("Reuters sources said", "— сказали источники агентства"):
    # the body is whose sources they are, not the speaker; what cites them is no such speaker.
    source_nouns: tuple[str, ...] = ()
    citing_words: tuple[str, ...] = ()
    time_adjuncts: tuple[str, ...] = ()
    # Heads of a body posted abroad: its name goes on with where ("Embassy in Morvale").
    posted_heads: tuple[str, ...] = ()
    # A person's own staff, as the text writes it and in the nominative ("в сообщении офиса
    # X"): the staff put the statement out, not the person.
    person_office_heads: dict[str, str] = {}
    prepositions: tuple[str, ...]
    naming_words: tuple[str, ...]
    anaphoric_titles: tuple[str, ...]
    title_synonyms: tuple[tuple[str, ...], ...]
    name_particles: tuple[str, ...]
    # Generational and regnal numbers after a full name ("Lloyd Austin III"): part of it.
    name_suffixes: tuple[str, ...] = ()
    surname_endings: tuple[str, ...] = ()
    place_nouns: tuple[str, ...] = ()
    # Lowercase nouns of a body right after a lone capitalised word: its name, no surname.
    body_nouns_after_name: tuple[str, ...] = ()
    # Lowercase prefixes hyphened to a surname ("al-Sisi", "аль-Ансари").
    name_prefixes: tuple[str, ...] = ()
    # Two-letter words that open a sentence capitalised and are never a name ("На", "По");
    # the function-word lists leave two-letter words out for names such as "To Lam", "Le".
    short_non_names: tuple[str, ...] = ()
    # Verbs, besides the speech verbs, that name who put out a statement ("сообщает X").
    issuing_verbs: tuple[str, ...] = ()
    # Words between the article and a document's name ("said a recent X report").
    document_adjectives: tuple[str, ...] = ()
    # Words that open reported speech after a speech verb ("said the plan is …", "что").
    reported_clause_openers: tuple[str, ...] = ()
    # Determiners that open a reported clause too ("said more work remains"); kept apart
    # from the openers, which the name finder also reads as never a name.
    reported_clause_determiners: tuple[str, ...] = ()
    # Finite auxiliaries ("would", "was") that show a reported clause without "that".
    auxiliaries: tuple[str, ...] = ()
    # Words after which a quotation left open may start ("noted that ‘…", "указал, что «…").
    quote_lead_words: tuple[str, ...] = ()
    # "«…», — приводит ТАСС слова X": who relays a quote, and the words naming what was said.
    relaying_verbs: tuple[str, ...] = ()
    relayed_words: tuple[str, ...] = ()
    # Endings of the adjectives that may stand between a preposition and a role ("about
    # Ukrainian presidential adviser X"): the name is still the preposition's object.
    role_adjective_endings: tuple[str, ...] = ()
    # Verbs that are not speech alone but introduce a quote right after them ("X agreed, “…”").
    quote_introducers: tuple[str, ...] = ()
    # Words that open a clause fronted before the subject ("At a briefing where X stood by,
    # Y said"): a name inside that clause is not whose words follow.
    fronting_words: tuple[str, ...] = ()
    # Speech verbs in the present plural ("“…,” analysts say", "— отмечают эксперты"): after
    # a quote with lowercase words only, a voice nobody named signs it.
    plural_speech_verbs: tuple[str, ...] = ()
    # First-person words: speech printed without its quotation marks ("We expected a licence,
    # said X.") still speaks for itself; reported speech ("the talks will go on, X said") does not.
    first_person_words: tuple[str, ...] = ()
    # Verbs too loose to mark speech anywhere ("reported cases", "expressed concern") that
    # still attribute a quote closing on a comma when they end its sentence ('“…,” X
    # expressed.', '“…,” the paper reported.').
    closing_speech_verbs: tuple[str, ...] = ()
    # What a document does with its words ("“…,” read a statement from X").
    document_verbs: tuple[str, ...] = ()
    # Verbs whose object is who heard the words ("X told AFP", "“…,” told Coast Radio"): the
    # name right after one is the addressee, never the speaker.
    addressee_verbs: tuple[str, ...] = ()
    # Verbs whose object is a person ("X, addressing Y, said"): the name right after one is
    # not the subject who speaks.
    object_verbs: tuple[str, ...] = ()
    # Participles naming where or to whom someone spoke ("speaking at X", "Выступая в X"):
    # a body after them is the venue or the audience, never the speaker.
    venue_participles: tuple[str, ...] = ()
    # Verbs of meeting ("He … met X on Tuesday"): X is no "he" of the next sentences, though
    # "Y, who met X, said" stays Y's or X's clause for the attribution.
    meeting_verbs: tuple[str, ...] = ()
    # Unnamed voices of a body ("a spokesman from X", "the X official"): X speaks.
    body_voice_nouns: tuple[str, ...] = ()
    # A group a body sends ("the cabinet's border talks negotiators said"): the group speaks,
    # not the body that owns it.
    owned_group_nouns: tuple[str, ...] = ()
    # Prepositions of place: a capitalised word after one is a place, not a given name
    # ("в Глазго Алок Шарма").
    locative_prepositions: tuple[str, ...] = ()
    # Heads of "the company said": they point back to a body heard before whose name has no
    # head noun ("NVK", "Norvik").
    firm_heads: tuple[str, ...] = ()
    # Nouns after a body's name that make it the owner of another body ("the UN body said",
    # "the EU agency said"): one of its bodies speaks, not the body named.
    member_body_nouns: tuple[str, ...] = ()
    # What a body issues ("Brindle Oil said in an emailed statement"): a name alone that
    # issues one, and that no list takes for a person, is a body's.
    issued_documents: tuple[str, ...] = ()
    # What someone says, owned by them ("X recalled Y's statement that it is “…”"): the
    # quote after is Y's words, whoever recalls them.
    owned_speech_nouns: tuple[str, ...] = ()
    # Words firms end their names with ("Brindle Energy"): "Brindle said" after one is that firm.
    firm_name_words: tuple[str, ...] = ()
    # Nouns that say what a firm is, right before its name ("Tarvian energy firm Brindle",
    # "Brindle, the Tarvian steel group,"): "the Tarvian company" later means that firm.
    firm_kind_nouns: tuple[str, ...] = ()
    # Kinds of outlet written right before its name ("the publication Harbour Post"): "the
    # publication writes" later means that outlet.
    media_kind_nouns: tuple[str, ...] = ()
    # Words of an office that heads a body ("глава", "генеральный директор", "chief"): "—
    # отметил глава MOL" is the one person whose role heads MOL.
    head_titles: tuple[str, ...] = ()
    # Passive verbs whose agent gave the words in quotation marks after "as" ("described by
    # the union as “…”"): the agent said them.
    describing_verbs: tuple[str, ...] = ()
    # Words before an office that make its holder no head ("Deputy Chief", "вице-президент").
    deputy_words: tuple[str, ...] = ()
    # Kinds of body no body's name is headed by ("the alliance", "the band"): said again of
    # the one body heard or named before (NATO, a band), like a firm head.
    body_kind_nouns: tuple[str, ...] = ()
    # Capitalised words of a firm's or a ministry's name that no person's name holds: a
    # "person" the name finder ran into one ("Limited Ivan X", "Czech Industry") is no speaker.
    not_name_words: tuple[str, ...] = ()
    legal_forms: tuple[str, ...] = ()
    # Quantifiers and numerals that open a group ("Two Rohingya boys", "Many Rohingyas",
    # "Многие жители"): a capitalised run after one names many people, never one speaker.
    group_words: tuple[str, ...] = ()
    # Cues of a related-story link a scrape keeps between paragraphs ("Also Read: PM X to
    # visit …"): its headline names someone who is not the "he" of the next quote.
    related_link_cues: tuple[str, ...] = ()
    # Adverbs that may stand between a quote and the verb after it ("“…,” further said X",
    # "«…», — также отметил X").
    attribution_adverbs: tuple[str, ...] = ()
    # Nationality adjectives (as stems) that share no stem with their country's names:
    # "the American president" holds the office of "President of the US", "американский
    # президент" that of "Президент США".
    adjective_places: dict[str, str] = {}
    # Nationality adjectives no ending shows ("French", "German", "Greek"): "the French group"
    # is a firm described by its country, not a name.
    plain_nationalities: tuple[str, ...] = ()
    # Role words that tell a person's sex ("deputy spokeswoman X", "председатель … X" does
    # not): whom "she" or "he" may mean.
    female_role_words: tuple[str, ...] = ()
    male_role_words: tuple[str, ...] = ()
    # Passive verbs whose agent after "by" leads something: a name after one is a person's
    # ("talks led by X Y", "переговоры под руководством X Y" need no role word).
    leading_verbs: tuple[str, ...] = ()
    # Titles that name a person with one name of their own ("King Salman", "Pope Francis"):
    # with no surname in the article, the title stays in the name.
    regnal_titles: tuple[str, ...] = ()
    # Verbs of speech addressed to someone ("called on X “to …”"): the names after one are
    # whom the words were for, its subject said them.
    object_speech_verbs: tuple[str, ...] = ()
    # Verbs linking a subject to what is said of it ("X said Y was “…”").
    copulas: tuple[str, ...] = ()
    # Conjunctions that may open a sentence before its subject ("But the union said …").
    sentence_conjunctions: tuple[str, ...] = ()
    # Stems of verbs that give someone's words for a thing when "as" stands before the quote.
    describing_stems: tuple[str, ...] = ()


class English(_Shared):
    # Heads of a description that points back to the person just heard ("“…,” the diplomat
    # said", "Gazprom's chief executive stated").
    person_description_heads: tuple[str, ...] = ()
    # Capitalised words no name holds; the capitalised `group_words` and one-word
    # `citing_words` join them on loading.
    stop_capitals: frozenset[str]
    honorific_abbreviations: tuple[str, ...]
    honorific_words: tuple[str, ...]
    patronym_honorifics: tuple[str, ...] = ()
    # "the Westland province's Office of X": a lowercase word that makes the capitalised
    # words before it a place owning a body, not a person.
    region_words: tuple[str, ...] = ()
    office_suffixes: tuple[str, ...] = ()
    # "the Tarvian Foreign Ministry press service said": a body's service written after its
    # name speaks as itself, named with its owner (as "пресс-служба X" is).
    service_tails: tuple[str, ...] = ()
    # "X Y, one of the site staff of Z, told …": the people a body is made of; one of them,
    # set off after a name, marks a person.
    staff_nouns: tuple[str, ...] = ()
    # "X Y, one of the labourers, …": people of a trade or a crowd; one of them, set off
    # after a name, marks a person as one of a body's staff does.
    crowd_nouns: tuple[str, ...] = ()
    # "X Y from Z's export division said": a part of a body a person works in.
    unit_nouns: tuple[str, ...] = ()
    descriptor_suffixes: tuple[str, ...] = ()
    role_heads: tuple[str, ...]
    role_modifiers: tuple[str, ...]
    nationality_suffixes: tuple[str, ...]
    function_words: frozenset[str]

    @model_validator(mode="before")
    @classmethod
    def _groups_are_stop_capitals(cls, raw: Any) -> Any:
        """A quantifier opening a sentence ("Two", "Many") or a relay word ("Quoting X, the
        agency said …", "Citing X, …") is no word of a name: the one list of each
        (`group_words`, the one-word `citing_words`) is read into the stop capitals too."""
        if not isinstance(raw, dict):
            return raw
        words = [*(raw.get("group_words") or ()), *(raw.get("citing_words") or ())]
        capitals = [str(w)[:1].upper() + str(w)[1:] for w in words if " " not in str(w)]
        if capitals:
            raw = {**raw, "stop_capitals": [*(raw.get("stop_capitals") or ()), *capitals]}
        return raw


class RussianRole(_Frozen):
    """A Russian noun that introduces a person, with what may surround it."""

    noun: str  # a stem: any case ending may follow
    prefix: str | None = None  # an adjective stem that must precede ("генеральн")
    tails: tuple[str, ...] = ()  # words that may follow ("иностранных дел")
    bare: bool = True  # False: one of the tails must follow
    case: bool = False  # the noun's ending tells the case of the name after it
    nominative: str | None = None  # ending of the nominative when not "" ("глава")


class Russian(_Shared):
    roles: tuple[RussianRole, ...]
    honorific_words: tuple[str, ...] = ()
    institution_words: tuple[str, ...]
    role_synonyms: tuple[tuple[str, ...], ...]
    oblique_prepositions: tuple[str, ...]
    case_endings: tuple[str, ...]
    paradigms: dict[str, frozenset[str]]
    name_case_endings: tuple[tuple[str, str], ...]
    surname_case_agreement: dict[str, frozenset[str]] = {}
    nominative_endings: frozenset[str]
    # A body's head noun in the locative and in the nominative: "сообщили в Министерстве
    # обороны", "сказали в ведомстве" name the body that spoke.
    locative_heads: dict[str, str] = {}
    # A ministry's short name and its full one ("Минэнерго": "Министерство энергетики"):
    # one body, however an article or a reader writes it.
    body_abbreviations: dict[str, str] = {}
    # "Агентство по водным ресурсам республики": the country a body belongs to, said last,
    # is not part of the body's name.
    country_owner_words: tuple[str, ...] = ()
    # "министр информации страны X Y Z": an owner that needs no name after it.
    whole_owner_words: tuple[str, ...] = ()
    # Nouns of a speaker the text never names ("— сказал источник в ведомстве"): such a
    # description is no reference back to a named person.
    unnamed_speaker_nouns: tuple[str, ...] = ()
    # Bodies that speak for their owner ("в пресс-службе МЧС" is МЧС speaking).
    press_service_heads: frozenset[str] = frozenset()
    # A head naming a body of any kind ("ведомство", "the agency"): alone, it is the one
    # body just heard, whatever its own head noun.
    any_body_heads: tuple[str, ...] = ()
    # What introduces a call sign ("с позывным X"): the word after it speaks, but names nobody.
    call_sign_phrases: tuple[str, ...] = ()
    # When, said between a speech verb and its subject ("сообщило в четверг министерство"):
    # no part of who spoke.
    time_adjuncts: tuple[str, ...] = ()


class Lexicon(_Frozen):
    en: English
    ru: Russian

    def both(self, field: str) -> tuple[str, ...]:
        """One list of both languages, English first."""
        return (*getattr(self.en, field), *getattr(self.ru, field))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon, parsed and validated once per process."""
    text = resources.files("briefings").joinpath("data/lexicon.yaml").read_text("utf-8")
    return Lexicon.model_validate(yaml.safe_load(text))


def word_pattern(word: str) -> str:
    """Regex for one lexicon word: a trailing '*' takes any ending, the rest is literal."""
    if word.endswith("*"):
        return re.escape(word[:-1]) + r"\w*"
    return re.escape(word)


def phrase_pattern(phrase: str, *, any_first_case: bool = False) -> str:
    """Regex for a lexicon phrase: words apart by any whitespace; with `any_first_case` its
    first letter may be either case ('former' → '[Ff]ormer')."""
    words = [word_pattern(w) for w in phrase.split()]
    pattern = r"\s+".join(words)
    first = phrase[:1]
    if any_first_case and first.lower() != first.upper():
        pattern = f"[{first.upper()}{first.lower()}]" + pattern[1:]
    return pattern


def alternatives(phrases: tuple[str, ...] | list[str], *, any_first_case: bool = False) -> str:
    """A non-capturing alternation of phrases, longest first so the fullest one wins."""
    ordered = sorted(phrases, key=len, reverse=True)
    body = "|".join(phrase_pattern(p, any_first_case=any_first_case) for p in ordered)
    return f"(?:{body})"
