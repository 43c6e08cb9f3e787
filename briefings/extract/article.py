"""Raw document → Article: title, ids and every extractor in order (topics come later)."""

from __future__ import annotations

import hashlib
import unicodedata

from briefings.extract.dashes import dash_matches
from briefings.extract.dating import published as find_published
from briefings.extract.gazetteer import Kind, norm
from briefings.extract.interviews import interview_quotes
from briefings.extract.language import detect_language, may_hold_number
from briefings.extract.mentions import Mention, scan
from briefings.extract.ner import NameFinder, add_found_people
from briefings.extract.people import resolve_people
from briefings.extract.quotes import find_quotes
from briefings.figures import find_figures
from briefings.load import RawDocument
from briefings.load.stamps import is_page_stamp
from briefings.models import Article, Figure, Person, TitleOrigin
from briefings.sentences import split_sentences


def _short_hash(value: str, size: int = 12) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:size]


def _normalised(value: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", value).split())


#: A fallback title is cut to this many characters (at a word): a lead sentence of a
#: headline's length (a page titled by its lead runs to 25 words) stays whole.
TITLE_CHARS = 160


def _quote_fragment(sentence: str) -> bool:
    """A sentence that opens a quotation it does not close ('“Funding fell by half.' of a
    quote running on into the next sentence), or closes one opened before: a piece of
    someone's words, not a title."""
    curly = sum(sentence.count(mark) for mark in "“”„")  # “…” and „…“ alike
    return (
        sentence.count("«") != sentence.count("»") or curly % 2 == 1 or sentence.count('"') % 2 == 1
    )


def _first_sentence(doc: RawDocument) -> str:
    """The first sentence of the first paragraphs that is not a quote fragment, cut."""
    firsts = [split_sentences(p)[0] for p in doc.paragraphs[:3] if p.strip()]
    first = next((s for s in firsts if not _quote_fragment(s)), None)
    if first is None:
        first = firsts[0].lstrip('“«"') if firsts else doc.source_name
    if len(first) <= TITLE_CHARS:
        # A title has no full stop: "Harbour works. The council said …" is titled "Harbour
        # works" (an ellipsis, "..", stays).
        return first[:-1] if first.endswith(".") and not first.endswith("..") else first
    return first[: TITLE_CHARS - 3].rsplit(" ", 1)[0] + "…"


def _title(doc: RawDocument) -> tuple[str, TitleOrigin]:
    """The stated title, else the page's headline, else the first sentence (cut at 160
    characters, without its full stop); a stamp, credit or byline is never a title
    (`load.stamps.is_page_stamp`)."""
    if doc.meta.title:
        return doc.meta.title, TitleOrigin.METADATA
    if doc.title and not is_page_stamp(doc.title):
        return doc.title, TitleOrigin.HEADLINE
    return _first_sentence(doc), TitleOrigin.FIRST_SENTENCE


def _dedupe(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _figures(paragraphs: list[str], headline: str | None = None) -> list[Figure]:
    """Figures of the body, then those only the headline words so ("8,5 млрд кубов" above a
    body that says "8,5 миллиарда кубометров"): a headline's figure is the story's own."""
    figures: list[Figure] = []
    seen: set[tuple[str, float, str | None]] = set()
    for paragraph in [*paragraphs, headline] if headline else paragraphs:
        if not may_hold_number(paragraph):
            continue
        for sentence in split_sentences(paragraph):
            if not may_hold_number(sentence):
                continue
            for figure in find_figures(sentence):
                key = (figure.text.casefold(), figure.value, figure.unit)
                if key not in seen:  # the same figure restated is one figure
                    seen.add(key)
                    figures.append(figure)
    return figures


def analyse(doc: RawDocument, *, names: NameFinder | None = None) -> Article:
    """Everything about one document except its topics (left empty for the topic stage).

    `names` is an optional statistical finder of people in Russian text (`extract.ner`)."""
    paragraphs = doc.paragraphs
    title, title_origin = _title(doc)
    url = str(doc.meta.url) if doc.meta.url else None
    mentions = scan(paragraphs)
    scanned = list(mentions)  # resolve_people drops some; every span read stays the rules'
    places = _dedupe([m.name for m in mentions if m.kind == Kind.PLACE])
    orgs = _dedupe([m.name for m in mentions if m.kind == Kind.ORG])
    people = resolve_people(
        mentions,
        paragraphs,
        set(places) | set(_alias_surfaces(mentions, paragraphs)),
        headline=title,
    )
    published, origin = find_published(doc, mentions)
    language = doc.meta.language or detect_language(title + "\n" + "\n".join(paragraphs))
    found_people = people.people + _aside_people(doc.asides, people.people, set(places))
    if names is not None and language == "ru":
        found_people = add_found_people(found_people, scanned, paragraphs, names)
    dashes = dash_matches(paragraphs)
    quotes = interview_quotes(title, paragraphs, mentions, people, dashes)
    seen_quotes = {q.text for q in quotes}
    quotes += [
        q
        for q in find_quotes(paragraphs, people, mentions, dashes, title)
        if q.text not in seen_quotes
    ]
    content = "\n".join(
        _normalised(x)
        for x in [title, doc.meta.outlet or "", url or "", str(published or ""), *paragraphs]
    )
    return Article(
        id=_short_hash(url or doc.source_name),
        title=title,
        title_origin=title_origin,
        outlet=doc.meta.outlet,
        url=url,
        published=published,
        date_origin=origin,
        language=language,
        source_name=doc.source_name,
        source_format=doc.source_format,
        content_hash=_short_hash(content, 32),
        paragraphs=list(paragraphs),
        people=found_people,
        organisations=orgs,
        places=places,
        figures=_figures(paragraphs, title if title_origin == TitleOrigin.HEADLINE else None),
        quotes=quotes,
    )


def _alias_surfaces(mentions: list[Mention], paragraphs: list[str]) -> list[str]:
    """Place names as written ("Azerbaijan’s" → "Azerbaijan"), to strip them from roles."""
    return [paragraphs[m.para][m.start : m.end] for m in mentions if m.kind == Kind.PLACE]


def _aside_people(asides: list[str], found: list[Person], places: set[str]) -> list[Person]:
    """People a caption or a table inside the story names with their office ("Minister X Y",
    "X Y, Director of Z") and the prose does not: a name there without one may be a
    photographer's or a pictured passer-by's, so it is left out."""
    if not asides:
        return []
    known = {norm(p.name.split()[-1]) for p in found}
    out: list[Person] = []
    for person in resolve_people(scan(asides), asides, places, captions=True).people:
        if person.role is None or " " not in person.name:
            continue
        if norm(person.name.split()[-1]) in known:
            continue
        known.add(norm(person.name.split()[-1]))
        out.append(person)
    return out
