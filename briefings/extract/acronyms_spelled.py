"""A body's acronym as a speaker, written out as the article spelled it before the acronym in
brackets ("Organisation for Atomic Energy of Ruritania (OAER)", "Électricité du Nord (EDN)"):
the reader gets the name, not the letters. The words' initials must spell the acronym, a
particle's counted or not ("du", "по"), lowercase words allowed (Russian writes a body's
name with one capital); a Russian name only as a verb's subject, in the nominative, not as
it is declined elsewhere; a name in another language than its acronym is left alone."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefings.models import Quote, SpeakerKind

__all__ = ["acronyms_spelled", "spelled_name"]

_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,6}")
_PARTICLES = frozenset(
    {"of", "for", "and", "the", "on", "du", "de", "des", "la", "le", "по", "и", "для", "при"}
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_MAX_WORDS = 10
_CYRILLIC = re.compile(r"[А-ЯЁа-яё]")
# "сообщила Организация … (ОАЭИ)": a past verb before the name leaves it its subject's case
_PAST = re.compile(r"[а-яё]л[аио]?(?:сь)?$")


def _initials(words: list[str], skip: bool) -> str:
    return "".join(w[0] for w in words if not (skip and w.casefold() in _PARTICLES)).upper()


def spelled_name(acronym: str, paragraphs: list[str]) -> str | None:
    """The name `paragraphs` spell out right before `acronym` in brackets, if any."""
    bracket = re.compile(rf"\(\s*{re.escape(acronym)}\s*\)")
    for text in paragraphs:
        for found in bracket.finditer(text):
            before = text[max(0, found.start() - 200) : found.start()]
            clause = re.split(r"[.,;:!?«»\"“”()]", before)[-1]
            words = _WORD.findall(clause)
            for k in range(1, min(len(words), _MAX_WORDS) + 1):
                name = words[-k:]
                if not name[0][:1].isupper():
                    continue
                if acronym not in (_initials(name, True), _initials(name, False)):
                    continue
                if _CYRILLIC.match(name[0]) and len(words) > k and not _PAST.search(words[-k - 1]):
                    return None  # "на складе Тарвийской компании (ТК)": not the subject's case
                return " ".join(name)
    return None


def acronyms_spelled(quotes: Iterable[Quote], paragraphs: list[str]) -> list[Quote]:
    """The quotes, a body's acronym as speaker written out as the article spelled it."""
    spelled: dict[str, str | None] = {}
    out: list[Quote] = []
    for quote in quotes:
        name = quote.speaker
        if (
            name is None
            or quote.speaker_kind != SpeakerKind.ORGANISATION
            or not _ACRONYM.fullmatch(name)
        ):
            out.append(quote)
            continue
        if name not in spelled:
            spelled[name] = spelled_name(name, paragraphs)
        full = spelled[name]
        out.append(quote if full is None else quote.model_copy(update={"speaker": full}))
    return out
