"""Which people named in an attribution are its subject: not the object of a preposition,
not the owner of someone else's role ("Aliyev's aide", "пресс-секретарь Путина"), not whom
the words were told to, and written as the attribution writes them.

Apart from `speakers` (which tries its rules in order) because these filters read the
mentions the name finder made, each against the text right before it; `Speakers` inherits
them, as it does `described`'s.
"""

from __future__ import annotations

import re
import unicodedata

from briefings.extract.described import Described
from briefings.extract.gazetteer import CYR, norm
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.mentions import Mention
from briefings.extract.name_tokens import is_given
from briefings.extract.offices import is_title
from briefings.extract.russian import last_role
from briefings.extract.speaker import name_words, oblique, person_name, told_to
from briefings.extract.subjects import suffix_only

_LEX = lexicon()
_LOCATIVE = re.compile(rf"(?<![\w-]){alternatives(_LEX.both('locative_prepositions'))}\s+$", re.I)
_OWNER = re.compile(r"['’]s?\b")
# "в окружении ", "из команды ": a preposition and one lowercase noun right before a name.
_PREP_NOUN = re.compile(r"(?<![\w-])(?P<prep>[а-яё]{1,4})\s+[а-яё-]{3,}\s+$")
_PREPOSITION_WORDS = frozenset(
    w.casefold() for w in (*_LEX.ru.prepositions, *_LEX.ru.locative_prepositions)
)
_THE_CAPITALS = re.compile(r"(?<![\w-])the\s+(?:[A-Z][\w-]*\s+)*$")
# "Acme Fizz Group", "Норд Холдинг": a word of a firm's or a body's name right after a name.
_BODY_WORD_AFTER = re.compile(r"\s+(?P<word>[A-ZА-ЯЁ][^\W\d_]+)\b")
_BODY_WORDS = frozenset(
    norm(w).casefold() for w in (*_LEX.both("not_name_words"), *_LEX.ru.institution_words)
)
# "At a media briefing where X stood alongside, Y, who …, said": a clause fronted before the
# subject, up to its comma.
_FRONTED = re.compile(rf"\s*{alternatives(_LEX.both('fronting_words'))}\s[^,;:]*,", re.I)
# "администрации ", "провинции ", "энергетики ": a lowercase noun in the genitive.
_GENITIVE_NOUN = re.compile(r"(?<![\w-])[а-яё-]{3,}[иы]\s+$")
# A capitalised word right before a name, one space apart ("Wendler Pablo Ruiz").
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])(?P<word>[A-ZА-ЯЁ][^\W\d_]+(?:['’-][^\W\d_]+)?) $")


def _given(word: str) -> bool:
    """A known given name, its accents aside ("Wálter" of "Walter")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return is_given(word) or (plain != word and is_given(plain))


def body_word_after(text: str, end: int) -> bool:
    """'Manager of Acme Fizz Group, said': a "person" the text runs straight on into a word
    of a firm's or a body's name is the front of that name, nobody speaking."""
    word = _BODY_WORD_AFTER.match(text, end)
    return word is not None and norm(word.group("word")).casefold() in _BODY_WORDS


class SubjectNames(Described):
    """The name-reading filters of `Speakers`, over the fields it declares."""

    def is_addressee(self, p: int, start: int) -> bool:
        """Whether the name at `start` is whom the words were told to ("told AFP")."""
        return told_to(self.paragraphs[p], start)

    def _names(self, p: int, lo: int, hi: int) -> list[str]:
        """People named in a span as its subject: not after a preposition, and not as the
        owner of someone else ("Aliyev's aide said", "пресс-секретарь Путина Песков",
        "по словам помощника Варгина")."""
        text = self.paragraphs[p]
        inside = [m for m in self.people.by_para.get(p, ()) if lo <= m.start < hi]
        named = [
            person_name(self._unplaced(p, m))
            for m in inside
            if not suffix_only(text, m)
            and not self._office_word(p, m)
            and not self.is_object(p, m.start, lo)
            and not _OWNER.match(text, m.end)
            and not is_title(self.people.by_mention[id(m)])
            and not self._in_anothers_role(p, m, inside)
            and not self._owner_of_role(p, m, lo)
            and not self._owner_after_noun(p, m)
            and not self.is_addressee(p, m.start)
            and not body_word_after(text, m.end)
        ]
        return [name for name in named if name is not None]  # "Czech Industry" is no one

    def past_fronted(self, p: int, lo: int, hi: int, names: list[str]) -> tuple[int, int] | None:
        """'At a briefing where X stood alongside, Y, who is visiting, said': when a person
        the span `lo:hi` names stands in a clause fronted before its subject, the subject is
        what follows that clause, up to its apposition's comma."""
        text = self.paragraphs[p]
        fronted = _FRONTED.match(text, lo, hi)
        if fronted is None:
            return None
        inside = [
            m
            for m in self.people.by_para.get(p, ())
            if lo <= m.start < hi and person_name(self.people.by_mention[id(m)]) in names
        ]
        if not any(m.start < fronted.end() for m in inside):
            return None
        rest = fronted.end()
        if not re.search(r"\w", text[rest:hi]):
            return None
        comma = text.find(",", rest, hi)
        return rest, comma if comma > rest else hi

    def genitive_place(self, p: int, lo: int, hi: int, name: str) -> bool:
        """'— сказал глава администрации Бауски': one Russian word no fuller name holds,
        right after a lowercase noun in the genitive, is whose office it is (a town, a
        province), not who spoke ('— сказал министр Кедров' keeps its nominative office)."""
        if " " in name or not CYR.search(name):
            return False
        if any(" " in x.name and name in x.name.split() for x in self.people.people):
            return False
        return any(
            self.people.by_mention[id(m)] == name
            and _GENITIVE_NOUN.search(self.paragraphs[p], max(lo, m.start - 30), m.start)
            for m in self.people.by_para.get(p, ())
            if lo <= m.start < hi
        )

    def _given_before(self, p: int, lo: int, name: str) -> str | None:
        """'“…,” Wálter Pablo Ruiz, member of …, told reporters' where the name finder found
        "Pablo Ruiz": a given name (accents aside) right before the name as the attribution
        writes it in full is the name's first word, and the speaker is the whole run. None
        when no such word stands there; '' when one does but the name was written short."""
        text = self.paragraphs[p]
        for m in self.people.by_para.get(p, ()):
            if self.people.by_mention[id(m)] != name or m.start <= lo:
                continue
            word = _WORD_BEFORE.search(text, max(lo, m.start - 40), m.start)
            if word is None or not _given(word.group("word")):
                continue
            if norm(word.group("word")).casefold() in name_words(name):
                continue
            return f"{word.group('word')} {name}" if text[m.start : m.end] == name else ""
        return None

    def _office_word(self, p: int, m: Mention) -> bool:
        """'said the Chief Prosecutor': one capitalised word after 'the' and capitalised
        words only is an office, whatever the name finder made of it; a name takes no 'the'."""
        name = self.people.by_mention[id(m)]
        text = self.paragraphs[p]
        return (
            " " not in name
            and _THE_CAPITALS.search(text, max(0, m.start - 40), m.start) is not None
        )

    def _in_anothers_role(self, p: int, m: Mention, inside: list[Mention]) -> bool:
        """'— заявил пресс-секретарь Путина Дмитрий Песков': Путин is read inside the role
        of the person named right after him, not as a speaker."""
        surface = self.paragraphs[p][m.start : m.end]
        if CYR.search(surface) and not oblique(surface, self.people.by_mention[id(m)]):
            return False  # "министр X в интервью Y": a name in the nominative owns no role
        for other in inside:
            name = self.people.by_mention[id(other)]
            if other.start > m.start and name != self.people.by_mention[id(m)]:
                role = self.roles.get(name) or ""
                if surface in role:
                    return True
        return False

    def _owner_of_role(self, p: int, m: Mention, lo: int) -> bool:
        """'по словам помощника Варгина': a Russian role noun right before a name that is not
        that person's own office makes the name its owner ("the aide of Varga")."""
        text = self.paragraphs[p]
        surface = text[m.start : m.end]
        if not CYR.search(surface) or not oblique(surface, self.people.by_mention[id(m)]):
            return False  # "— сказал глава МИД Лавров": the nominative is the subject
        role = last_role(text[max(lo, m.start - 60) : m.start])
        own = (self.roles.get(self.people.by_mention[id(m)]) or "").casefold()
        if role is None or not own or role.end() < len(text[max(lo, m.start - 60) : m.start]):
            return False
        head = role.group("head").casefold()[:5]
        return head not in own

    def _owner_after_noun(self, p: int, m: Mention) -> bool:
        """'— заявили в окружении Варгина': a name in an oblique case after a preposition and
        a noun owns the noun ('in Varga's entourage'); '— сказал на брифинге Варгин', in the
        nominative, is the subject."""
        text = self.paragraphs[p]
        surface = text[m.start : m.end]
        name = self.people.by_mention[id(m)]
        if not (CYR.search(surface) and CYR.search(name)):
            return False
        if not oblique(surface, name):
            return False
        before = _PREP_NOUN.search(text, max(0, m.start - 40), m.start)
        return before is not None and before.group("prep").casefold() in _PREPOSITION_WORDS

    def _unplaced(self, p: int, m: Mention) -> str:
        """The person a mention names, without a place run into its front: "в Глазго Алок
        Шарма" is Алок Шарма, when the article names him so elsewhere."""
        name = self.people.by_mention[id(m)]
        rest = name.partition(" ")[2]
        if (
            " " in rest
            and _LOCATIVE.search(self.paragraphs[p], max(0, m.start - 8), m.start)
            and any(person.name == rest for person in self.people.people)
        ):
            return rest
        return name
