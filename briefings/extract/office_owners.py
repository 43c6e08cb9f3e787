"""Where an office's own words end before a run of capitalised words: its fields joined by
"and" ("Minister of Science and Technology X Y Z"), or an owner already named ("министр
обороны Пакистана X Y Z"). `names.name_in_run` asks these before cutting a run's first word."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import Kind, gazetteer, norm
from briefings.extract.lexicon import lexicon
from briefings.extract.name_tokens import is_role_word

# "Minister of Science and ": an office, its first field and "and" before the run's first word.
_FIELDS_AND = re.compile(
    r"(?<![\w-])([A-Z][\w-]+)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]+,?\s+){1,3}(?:and|&)\s+$"
)


def fields_of_office_before(text: str, first: re.Match[str]) -> bool:
    """True when `first` closes an office's fields joined by "and" ("Minister of Science and
    Technology"): that word is the office's, and the run's other words the name."""
    office = _FIELDS_AND.search(text, max(0, first.start() - 80), first.start())
    return office is not None and is_role_word(office.group(1))


_RU_WORD_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁа-яё-]+)\s+$")
_WHOLE_OWNERS = frozenset(lexicon().ru.whole_owner_words)


def owner_named_before(text: str, start: int, first: str) -> bool:
    """'министр обороны Пакистана X Y Z', 'министр информации страны X Y Z': the office's owner
    is named already (a known place in the genitive, or 'страны'), so a three-word run after it
    is one foreign name, its first word no second place (unless shaped as one, 'Тарвании')."""
    if first.endswith(("ии", "ы")):
        return False
    before = _RU_WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    if word in _WHOLE_OWNERS:
        return True
    entry = gazetteer().index.get((norm(word),))
    return word[0].isupper() and entry is not None and entry.kind == Kind.PLACE
