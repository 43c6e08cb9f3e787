"""Call signs: "— рассказал сапер с позывным «Гара»". A soldier the report names only by a
call sign speaks under it, so the call sign is the quote's speaker; it is no person's name,
so it never joins the article's people.
"""

from __future__ import annotations

import re

from briefings.extract.lexicon import alternatives, lexicon

_SIGN = re.compile(
    rf"(?<![\w-]){alternatives(lexicon().ru.call_sign_phrases)}\s+[«\"„“]?"
    r"(?P<sign>[A-ZА-ЯЁ][^\W\d_]+(?:-[^\W\d_]+)?)(?![\w-])[»\"“”]?"
)


def is_call_sign(text: str, start: int) -> bool:
    """Whether the word at `start` is a call sign its phrase introduces."""
    window = _SIGN.finditer(text, max(0, start - 40), start + 60)
    return any(found.start("sign") == start for found in window)


def call_sign(text: str, lo: int, hi: int) -> str | None:
    """The one call sign the attribution `lo:hi` gives its speaker, if any."""
    found = [m.group("sign") for m in _SIGN.finditer(text, lo, hi)]
    return found[0] if len(set(found)) == 1 else None
