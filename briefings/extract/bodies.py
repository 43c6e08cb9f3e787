"""Which body speaks as one in an attribution: one named there ("the Qatari foreign
ministry", "Ministry of Defence", "Минобороны России", an acronym), or the one "the ministry",
"the company" or "пресс-служба ведомства" points back to. What a body's name looks like is
`body_names`'s."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefings.extract.acronyms_spelled import spelled_name
from briefings.extract.body_names import (
    ACRONYM,
    ARTICLE,
    DOCUMENT,
    ORG,
    PROPER_HEADS,
    known_body,
    org_name,
    proper_body,
    same_kind,
    served,
)
from briefings.extract.firm_descriptions import described_firm, firm_adjective
from briefings.extract.gazetteer import Kind, gazetteer, norm
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.name_tokens import is_descriptor
from briefings.extract.offices import office as _office
from briefings.extract.quoted_firms import RU_FIRM, RU_FIRMS, QuotedFirms
from briefings.extract.speaker import TOLD, Speaker, after_preposition
from briefings.extract.venues import venue
from briefings.models import SpeakerKind

# Imported from here by `attribution` and `pronouns`.
__all__ = ["DOCUMENT", "FIRM_HEADS", "ORG", "BodySpeakers", "proper_body"]

_LEX = lexicon()
# "“…,” NVK said", "The NVK on Monday said": an acronym alone as the subject, perhaps
# with the article opening the sentence and when it spoke after it; one with a faction's
# letters after a hyphen ("NDF-R") is one body.
_ACRONYM = re.compile(r"\s*(?:[Tt]he\s+)?(?P<acronym>[A-ZА-ЯЁ]{2,6}(?:-[A-ZА-ЯЁ]{1,4})?)\s*")
_WHEN_END = re.compile(rf"\s+{alternatives(_LEX.en.time_adjuncts)}\s*$")
# Heads of "the company said": it may point back to a body whose name has no head noun.
FIRM_HEADS = frozenset(h.casefold() for h in _LEX.both("firm_heads"))
# "— сообщил ТАСС источник в министерстве": right after the verb, an outlet told, then who
# told it (a noun in the nominative, not the body's own "страны" or "республики").
_ADDRESSEE = re.compile(r"\s+(?!(?:в|во|на|по|из|от|для|при|с|со)\s)[а-яё]{2,}[^аяыиео\W](?![\w-])")
# "The Journal of the …", "the Bulletin of …": capitalised words and "of" before a body's name
# make it the owner of what speaks.
_PART_OF = re.compile(r"\s*(?:the\s+)?(?P<part>(?:[A-Z][\w-]*\s+)+)(?:of|for)\s+(?:the\s+)?")
# "the National Security Council's Secretariat": a body's name before "'s" and another
# capitalised name owns the body that speaks.
_OWNS = re.compile(
    r"['’]s\s+(?:[A-Z]|[a-z]+\s+[A-Z]"
    rf"|(?:[a-z-]+\s+){{0,3}}{alternatives(_LEX.both('owned_group_nouns'))}(?![\w-]))"
)
# "said Ruritanian army ruler Bako Tindar": a body's name, a lowercase role and a person's
# two capitalised names; the body only says whose ruler speaks.
_ROLE_OF_NAMED = re.compile(
    rf"\s+(?!(?:{alternatives([*_LEX.en.function_words, *_LEX.en.conjunctions])})\s)"
    r"[a-z][\w-]+\s+[A-Z][\w-]+\s+[A-Z][\w-]+(?![\w'’])"
)
# "one evacuee at a ", "a resident of the ": a person described by a lowercase noun, then a
# preposition (and an article) right before a body's name, which only says where or whose.
_NOUN_THEN_PREPOSITION = re.compile(
    r"(?<![\w-])[a-z][\w-]+\s+"
    rf"(?:{alternatives([w for w in _LEX.en.prepositions if w.islower()])})\s+"
    r"(?:(?:a|an|the)\s+)?$"
)
# "the Ruritanian traffic ", "the Tarvian foreign affairs ": a people's (or place's) adjective,
# then one or two lowercase words, before a body's head noun.
_DESCRIBED_KIND = re.compile(r"\s*[Tt]he\s+(?P<adj>[A-Z][a-z]+)\s+(?:[a-z][\w-]+\s+){1,2}")
_MEMBER_BODY = re.compile(rf"\s+{alternatives(_LEX.both('member_body_nouns'))}(?![\w-])")


_VOICE_NOUN = rf"(?P<noun>{alternatives(_LEX.both('body_voice_nouns'))})"
_VOICE = re.compile(
    rf"\s*(?P<det>[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(?P<pre>[A-Z]{{2,8}})\s+)?(?:senior\s+)?{_VOICE_NOUN}"
    r"(?:\s+(?:from|of|for|at)\s+(?P<post>[^,;:.!?()\"“”«»]{2,100}?))?\s*"
)
# "… a spokesman from RMAC told …": the body a later "the spokesman" speaks for.
_VOICE_BEFORE = re.compile(
    rf"(?<![\w-])(?:[Aa]n?|[Oo]ne)\s+(?:senior\s+)?{_VOICE_NOUN}\s+(?:from|of|for|at)\s+"
    r"(?P<post>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|the|and))*?)"
    r"(?=\s*(?:[,;:.!?()]|\s[a-z]|$))"
)
# "a State Department spokesperson", "a U.K. government official": a body's name before
# the voice noun (a kind alone, "a ministry official", names no body).
_BODY_VOICE = re.compile(
    rf"\s*(?:[Aa]n?|[Oo]ne)\s+(?P<body>[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){{0,4}}?)\s+"
    rf"(?:senior\s+)?{_VOICE_NOUN}\s*"
)
_ACRONYM_WORD = re.compile(r"(?<![\w-])[A-ZА-ЯЁ]{2,8}(?![\w-])")
# "Ferry operator Brandvik also confirmed": after a kind of body written in lowercase, its
# own name (capitalised words up to a verb, a comma or the sentence's end).
_NAMED_AFTER = re.compile(r"\s+(?P<name>[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,2})(?=\s+[a-z]|[,.;:]|$)")
_LOCATIVE_HEADS = {k.casefold(): v for k, v in _LEX.ru.locative_heads.items()}
# "сообщили (журналистам) в Минобороны", "В Агентстве по водным ресурсам … сообщили": a body
# in the locative, then the words of its name up to a number, a bracket or the clause's end.
_IN_BODY = re.compile(
    r"\s*(?:[а-яё]+ам\s+)?(?:в|во|В|Во)\s+(?P<head>[\w-]+)"
    r"(?P<rest>(?:\s+(?:по|[а-яё-]{3,}|[А-ЯЁA-Z][\w-]*)){0,4}?)(?=\s*(?:\d|\(|$))"
)
# "пресс-служба ведомства", "министерства": a kind of body alone, in any case, perhaps after
# its press service; the stem without the nominative's last vowel ("ведомств", "комитет").
_KINDS = {(h[:-1] if h[-1] in "оаяе" else h): h for h in _LOCATIVE_HEADS.values() if h.islower()}
_KIND_ALONE = re.compile(
    rf"\s*(?:(?:{alternatives([h[:-1] for h in _LEX.ru.press_service_heads])})[а-яё]{{0,3}}\s+)?"
    rf"(?P<stem>{alternatives(list(_KINDS))})[а-яё]{{0,3}}\s*",
    re.I,
)
_ANY_KIND = frozenset(_LEX.ru.any_body_heads)
_COUNTRY_OWNER = re.compile(rf"\s+{alternatives(_LEX.ru.country_owner_words)}$")
_VOICES = frozenset(_LEX.ru.press_service_heads)
_BRACKET = re.compile(r"\s*\((?P<acronym>[A-ZА-ЯЁ]{2,8})\)")
# What may follow the body's name: a date ("30 августа"), its acronym in brackets.
_AFTER_BODY = re.compile(r"\s*(?:\d[\w\s.]*|\([^()]*\)\s*)?")
# A plural past verb with no subject ("сообщили", "сказали"): the body in the locative spoke.
_PLURAL_BEFORE = re.compile(r"(?<![\w-])[а-яё]{3,}ли(?:сь)?\s*$")
_PLURAL_AFTER = re.compile(r"\s*[а-яё]{3,}ли(?:сь)?(?![\w-])")
# "сообщили ТАСС в пресс-службе X": a name between a plural verb and a locative was told.
_LOCATIVE_NEXT = re.compile(r"\s+(?:в|во)\s")


@dataclass
class BodySpeakers(QuotedFirms):
    """Which body speaks in an attribution that names no person, over one article; the
    bodies credited so far are what "the ministry" may point back to."""

    # bodies named after a kind of body ("operator Brandvik"): the name and the kind
    described: dict[str, str] = field(default_factory=dict)

    def organisation(self, p: int, lo: int, hi: int) -> Speaker | None:
        """The body the span `lo:hi` of paragraph `p` names, or the one it points back to."""
        text = self.paragraphs[p]
        located = self._located(p, lo, hi)
        if located is not None:
            return located
        for m in self.orgs.get(p, ()):
            if lo <= m.start < hi and _MEMBER_BODY.match(text, m.end, hi):
                return None  # "the UN body said": which of its bodies, the name does not say
            if _OWNS.match(text, m.end, hi):
                continue  # "the X Council's Secretariat": the secretariat speaks, not X
            if lo <= m.start < hi and venue(text, lo, m.start, m.end, hi):
                continue  # "Speaking at the X, …": where one spoke, not who
            if TOLD.search(text, max(lo, m.start - 16), m.start) is not None:
                continue  # "“A,” the farmer told the X. “B.”": the X heard it
            if _PLURAL_BEFORE.search(text, max(0, m.start - 20), m.start) and (
                _LOCATIVE_NEXT.match(text, m.end)
            ):
                return None  # "сообщили ТАСС в пресс-службе X": X's service, not ТАСС
            if lo <= m.start < hi and _NOUN_THEN_PREPOSITION.search(text, lo, m.start):
                continue  # "said one evacuee at a X shelter": where the evacuee was, not who
            if lo <= m.start < hi and _ROLE_OF_NAMED.match(text, m.end, hi):
                return None  # "said the X army ruler Y Z": Y Z speaks, whom nobody knew
            if lo <= m.start < hi and not (
                not text[lo : m.start].strip() and _ADDRESSEE.match(text, m.end, hi)
            ):
                return self._credit(m.name)
        found = ORG.search(text, lo, hi)
        while found is not None and _OWNS.match(text, found.end(), hi):
            found = ORG.search(text, found.end(), hi)  # the owner's name; what it owns speaks
        if found is None and DOCUMENT.match(text[lo:hi]):
            # "According to the information, “…”": what the one body named just before published.
            bodies = set(self._named_bodies(p, lo)[-3:]) | set(self.org_speakers[-1:])
            return self._credit(bodies.pop()) if len(bodies) == 1 else None
        while found is not None and venue(text, lo, found.start(), found.end(), hi):
            found = ORG.search(text, found.end(), hi)  # "Speaking at the X, the Y said"
        if found is None or after_preposition(text, found.start(), lo):
            return None
        if _ROLE_OF_NAMED.match(text, found.end(), hi):
            return None  # a person's role: "Ruritanian army ruler Bako Tindar"
        if TOLD.search(text, max(lo, found.start() - 16), found.start()) is not None:
            return None  # "the farmer told the harbour council": whom, not who
        owner = _PART_OF.fullmatch(text, lo, found.start())
        if owner is not None:
            # "The Journal of the X Association writes": the journal speaks, not the association
            return self._credit(ARTICLE.sub("", text[owner.start("part") : found.end()]))
        name = org_name(found)
        adjective = firm_adjective(found)
        if adjective is not None:  # "the Austrian company": a firm described before, or none
            before = "\n".join([*self.paragraphs[:p], text[: found.start()]])
            described = described_firm(before, adjective)
            return self._credit(known_body(described)) if described is not None else None
        qualifiers = ARTICLE.sub("", found.group("mods")) + (found.group("tail") or "")
        if any(w[:1].isupper() and not is_descriptor(w) for w in qualifiers.split()):
            # "Qatari foreign ministry", "Ministry of Defence"; "Armenia's X" by the gazetteer
            return self._credit(known_body(name))
        # "the ministry", "the Lakeland-based group": the one body of that kind heard or named
        # earlier in this article (a hyphened descriptor names no body).
        # "the Russian Defense Ministry" and "the Russian defense ministry": one body
        forms = {
            known_body(o).casefold(): known_body(o)
            for named in [*self.org_speakers, *self._named_bodies(p, found.start())]
            for o in dict.fromkeys((named, served(named)))  # "X Ministry press service"
            if same_kind(o, name) or self.described.get(o) == name.casefold()
        }
        earlier = set(forms.values())
        kind_named = _DESCRIBED_KIND.fullmatch(text, lo, found.start())
        if not earlier and kind_named is not None and not found.group("mods").strip():
            # "the Ruritanian traffic authority said", no body of its kind named before: a
            # body named by its people and kind
            bracket = _BRACKET.match(text, found.end(), hi)
            end = bracket.end() if bracket else found.end()
            return self._credit(text[kind_named.start("adj") : end].strip())
        if not earlier and name.casefold() in FIRM_HEADS:
            # "NVK said …; “…,” the company said": the one body heard so far whose name has
            # no head noun of its own to show what kind it is
            earlier = {o for o in self.org_speakers if ORG.search(o) is None}
            if len(self.org_speakers) != len(earlier):
                return None
        if not earlier and RU_FIRM.fullmatch(name):
            return self.firm(p, lo)  # "Об этом российская компания написала"
        if len(earlier) != 1 or self._bare_first(p, found.start(), name, next(iter(earlier))):
            return None
        return Speaker(earlier.pop(), SpeakerKind.ORGANISATION)

    def _bare_first(self, p: int, pos: int, kind: str, body: str) -> bool:
        """Whether the article spoke of "the government" before it named `body` (a body of
        that kind, "the Ostrel government"): the bare kind then stood for a body of its own,
        and a later "the government said" may be either, so it is credited to neither."""
        for q in range(p + 1):
            text = self.paragraphs[q][: pos if q == p else None]
            named = [m.start for m in self.orgs.get(q, ()) if known_body(m.name) == body]
            for found in ORG.finditer(text):
                here = self._body_name(text, found)  # "company MOL" names MOL
                if known_body(here) == body:
                    named.append(found.start())
                elif (
                    here == org_name(found)
                    and here.casefold() == kind.casefold()
                    and not proper_body(found)
                    and not any(start < found.start() for start in named)
                ):
                    return True
            if named:
                return False
        return False

    def in_body(self, p: int, lo: int, hi: int) -> bool:
        """Whether the span `lo:hi` names a body in the locative ('в ведомстве', 'в МИД')."""
        found = _IN_BODY.match(self.paragraphs[p], lo, hi)
        if found is None:
            return False
        head = found.group("head")
        return bool(head in PROPER_HEADS or ACRONYM.fullmatch(head)) or (
            head.casefold() in _LOCATIVE_HEADS
        )

    def _located(self, p: int, lo: int, hi: int) -> Speaker | None:
        """'— сказали в ведомстве', 'В Министерстве обороны сообщили': Russian names the body
        that speaks in the locative, with a plural verb and no subject. A head with no name
        after it ('в ведомстве') is the one body named just before."""
        text = self.paragraphs[p]
        found = _IN_BODY.match(text, lo, hi)
        if found is None or not _AFTER_BODY.fullmatch(text, found.end(), hi):
            return None
        if not (_PLURAL_BEFORE.search(text, max(0, lo - 30), lo) or _PLURAL_AFTER.match(text, hi)):
            return None
        head, rest = found.group("head"), found.group("rest")
        if head in PROPER_HEADS or ACRONYM.fullmatch(head):
            # "в Минобороны" alone is the "Минобороны России" named before: the rules
            # after this one point it back
            return self._credit(head + rest) if rest.strip() else None
        nominative = _LOCATIVE_HEADS.get(head.casefold())
        if nominative is None:
            return None
        rest = _COUNTRY_OWNER.sub("", rest)  # "Агентство … республики" is the agency
        if nominative in _VOICES:
            # "в пресс-службе МЧС", "… Агентства водных ресурсов (АВР)": the press
            # service speaks for its owner, named as it is written only by an acronym
            owner = _BRACKET.match(text, found.end()) or ACRONYM.fullmatch(rest)
            return self._credit(owner.group("acronym")) if owner else None
        if nominative in RU_FIRMS:
            # "— сказали в компании": the one firm named before, not a ministry
            return None if rest.strip() else self.firm(p, lo)
        if rest.strip():
            return self._credit(nominative[:1].upper() + nominative[1:] + rest)
        bodies = self._named_bodies(p, lo)
        named = [known_body(b).casefold() for b in bodies]
        heard = {known_body(b).casefold() for b in self.org_speakers[-1:]}
        if named and heard & set(named) and not heard & set(named[-1:]):
            # "X сообщило…, что уведомлен комитет Y, добавили в ведомстве": Y, named last, may
            # be spoken of; with X named and heard just before, nobody is sure which
            return None
        return self._credit(bodies[-1]) if bodies else None

    def kind_alone(self, p: int, lo: int, hi: int) -> Speaker | None:
        """'— уточняет пресс-служба ведомства', '— говорится в сообщении министерства': a kind
        of body with no name, in any case, is the body heard or named last (of that kind, or
        of any for "ведомство"); None when those two disagree or the kind does not fit."""
        found = _KIND_ALONE.fullmatch(self.paragraphs[p], lo, hi)
        if found is None:
            return None
        kind = _KINDS[found.group("stem").casefold()]
        bodies = set(self.org_speakers[-1:])
        for q in range(p, max(-1, p - 6), -1):  # the bodies of the last paragraph naming any
            text = self.paragraphs[q][: lo if q == p else None]
            named = {self._body_name(text, m) for m in ORG.finditer(text) if proper_body(m)}
            if named:
                bodies |= named
                break
        if kind not in _ANY_KIND:
            bodies = {b for b in bodies if same_kind(b, kind)}
        return self._credit(bodies.pop()) if len(bodies) == 1 else None

    def voice(self, p: int, lo: int, hi: int) -> Speaker | None:
        """'a spokesman from RMAC told …', 'the RMAC official said', 'a representative of the
        X Office': an unnamed voice of a body is the body speaking; 'the spokesman said' after
        'a spokesman from X' is X again. A country's official ('the US official') is no body."""
        text = self.paragraphs[p]
        found = _VOICE.fullmatch(text, lo, hi)
        if found is None:
            named = _BODY_VOICE.fullmatch(text, lo, hi)
            body = ORG.fullmatch(text, *named.span("body")) if named is not None else None
            head = body.group("org")[len(body.group("mods")) :] if body is not None else ""
            if body is None or not (proper_body(body) or head[:1].isupper()):
                return None  # "a ministry official": which ministry, the kind does not say
            return self._credit(org_name(body))
        if found.group("pre"):
            return self._body_acronym(found.group("pre"))
        if found.group("post"):
            return self._voiced(p, *found.span("post"))
        if found.group("det").casefold() != "the":
            return None
        for q in range(p, max(-1, p - 6), -1):
            limit = lo if q == p else len(self.paragraphs[q])
            earlier = list(_VOICE_BEFORE.finditer(self.paragraphs[q], 0, limit))
            if earlier and earlier[-1].group("noun") == found.group("noun"):
                return self._voiced(q, *earlier[-1].span("post"))
        return None

    def only_body(self, p: int, lo: int, hi: int) -> Speaker | None:
        """The one body a span names (a known one, an acronym, or by head noun and proper
        qualifiers); None with none or several."""
        text = self.paragraphs[p]
        names = {m.name for m in self.orgs.get(p, ()) if lo <= m.start < hi}
        names |= {
            a.group()
            for a in _ACRONYM_WORD.finditer(text, lo, hi)
            if not any(lo <= m.start <= a.start() < m.end for m in self.mentions if m.para == p)
        }
        bodies = (b for b in ORG.finditer(text, lo, hi) if proper_body(b))
        names |= {self._body_name(text[:hi], b) for b in bodies}
        if len(names) != 1:
            return None
        name = names.pop()
        known = gazetteer().index.get((norm(name),))
        if known is not None and known.kind != Kind.ORG:
            return None
        return self._credit(name)

    def _voiced(self, p: int, lo: int, hi: int) -> Speaker | None:
        """The body after 'a spokesman from/of/for': an acronym or a named body."""
        acronym = ACRONYM.fullmatch(self.paragraphs[p], lo, hi)
        if acronym is not None:
            return self._body_acronym(acronym.group("acronym"))
        return self.organisation(p, lo, hi)

    def _body_acronym(self, acronym: str) -> Speaker | None:
        known = gazetteer().index.get((norm(acronym),))
        if known is not None and known.kind != Kind.ORG:
            return None  # "the US official": a country's, not a body's
        return self._credit(known.name if known is not None else acronym)

    def acronym(self, p: int, lo: int, hi: int, comma: int) -> Speaker | None:
        """'“…,” NVK said': an acronym no list knows, alone as the subject (perhaps after a
        fronted clause's comma), is a body. One the gazetteer knows is a mention already."""
        text = self.paragraphs[p]
        when = _WHEN_END.search(text, lo, hi)  # "The NVK earlier this month said"
        hi = when.start() if when is not None else hi
        found = _ACRONYM.fullmatch(text, comma + 1 if comma > lo else lo, hi)
        if found is None or gazetteer().index.get((norm(found.group("acronym")),)):
            return None
        if _office(found.group()) is not None or ORG.fullmatch(found.group("acronym")):
            return None  # "the FM said": an office; "заявил МИД": a body's head noun
        if any(
            m.para == p and m.start < found.end() and m.end > found.start() for m in self.mentions
        ):
            return None
        acronym = found.group("acronym")
        return self._credit(spelled_name(acronym, self.paragraphs[: p + 1]) or acronym)

    def _named_bodies(self, p: int, pos: int) -> list[str]:
        """Bodies named with a proper qualifier before `pos` ("Azerigas Production Union")."""
        out: list[str] = []
        for q in range(max(0, p - 6), p + 1):
            text = self.paragraphs[q][: pos if q == p else None]
            out.extend(self._body_name(text, m) for m in ORG.finditer(text) if proper_body(m))
        return out

    def _body_name(self, text: str, found: re.Match[str]) -> str:
        """The name of the body an ORG match names: "Ferry operator Brandvik" is a kind of
        body, then the body's own name (remembered with its kind, for "the operator")."""
        head = found.group("org").split()[-1]
        named = _NAMED_AFTER.match(text, found.end())
        if named is None or not head.islower() or found.group("tail"):
            return org_name(found)
        self.described[named.group("name")] = head
        return named.group("name")
