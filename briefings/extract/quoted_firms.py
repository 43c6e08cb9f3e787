"""Bodies as Russian print names a firm: in quotation marks («Газпром», "Газпрома") or
right after a kind of firm ("госкорпорация «Росатом»"); and what `bodies` credits a body
with (the bodies heard so far, which "the ministry" or "the company" may point back to)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from briefings.extract.gazetteer import Kind
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.mention import Mention
from briefings.extract.speaker import Speaker
from briefings.models import SpeakerKind

__all__ = ["RU_FIRM", "RU_FIRMS", "QuotedFirms"]

_LEX = lexicon()
# Russian kinds of firm, any case: "компании", "холдинга", "госкорпорация".
RU_FIRMS = [h.casefold() for h in _LEX.ru.firm_heads]
RU_FIRM = re.compile(
    rf"(?<![\w-])(?:{alternatives([h[:-1] if h[-1] in 'ая' else h for h in RU_FIRMS])})"
    r"[а-яё]{0,3}(?![\w-])",
    re.I,
)
_RU_FIRM_BEFORE = re.compile(rf"{RU_FIRM.pattern}\s*$", re.I)
# A name in quotation marks («Газпром», "Газпрома"): how Russian print names a firm.
_QUOTED_NAME = re.compile(r"[«\"„“](?P<name>[A-ZА-ЯЁ][\w-]*(?:\s+[\w-]+){0,2})[»\"“”]")


@dataclass
class QuotedFirms:
    """The firms one article names the Russian way, and the bodies credited so far."""

    paragraphs: list[str]
    mentions: list[Mention]
    org_speakers: list[str] = field(default_factory=list)  # bodies credited so far

    @cached_property
    def orgs(self) -> dict[int, list[Mention]]:
        orgs: dict[int, list[Mention]] = {}
        for m in self.mentions:
            if m.kind == Kind.ORG:
                orgs.setdefault(m.para, []).append(m)
        return orgs

    def firm(self, p: int, pos: int) -> Speaker | None:
        """The one firm named before `pos` of paragraph `p` the way Russian print names one:
        in quotation marks, as a body the gazetteer knows («Газпрома») or right after a kind
        of firm ("госкорпорация «Росатом»"); with none before, in the whole article. None
        with none or several."""
        names = set(self._quoted_firms(p, pos).values())
        if not names:  # "… говорится в сообщении российского холдинга" in the lead
            names = set(self._quoted_firms(len(self.paragraphs) - 1, None).values())
        return self._credit(names.pop()) if len(names) == 1 else None

    def quoted_body(self, p: int, lo: int, hi: int) -> Speaker | None:
        """'в сообщении «Газпрома»': a firm's quoted name in an oblique case is the one firm
        the article names by the form it declines from."""
        found = _QUOTED_NAME.fullmatch(self.paragraphs[p], lo, hi)
        if found is None:
            return None
        word = found.group("name").casefold()
        names = {
            name
            for surface, name in self._quoted_firms(len(self.paragraphs) - 1, None).items()
            # "Газпрома" of "Газпром", "Северостроя" of "Северострой": the last letter may go
            if word.startswith(surface.casefold()[:-1]) and 0 <= len(word) - len(surface) <= 2
        }
        return self._credit(names.pop()) if len(names) == 1 else None

    def _quoted_firms(self, p: int, pos: int | None) -> dict[str, str]:
        """Firms named in quotation marks before `pos` of paragraph `p`: as written → name."""
        found: dict[str, str] = {}
        for q in range(p + 1):
            text = self.paragraphs[q][: pos if q == p else None]
            for quoted in _QUOTED_NAME.finditer(text):
                start, end = quoted.span("name")
                known = [m for m in self.orgs.get(q, ()) if start <= m.start < end]
                found.update({text[m.start : m.end]: m.name for m in known})
                if not known and _RU_FIRM_BEFORE.search(text, max(0, start - 22), start - 1):
                    found[quoted.group("name")] = quoted.group("name")
        return found

    def credit(self, name: str) -> Speaker:
        """The body `name` as the speaker, remembered for "the ministry" later."""
        return self._credit(name)

    def _credit(self, name: str) -> Speaker:
        if name in self.org_speakers:  # the last one heard ends the list, for "the statement"
            self.org_speakers.remove(name)
        self.org_speakers.append(name)
        return Speaker(name, SpeakerKind.ORGANISATION)
