"""Telegram HTML → plain text, for the console and for the last-resort resend."""

from __future__ import annotations

import html
import re

_LINK = re.compile(r'<a\s+href="([^"]*)"\s*>(.*?)</a>', re.DOTALL)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?>")


def html_to_plain(text: str) -> str:
    """Drop tags (links keep their address in brackets) and unescape entities."""

    def link(m: re.Match[str]) -> str:
        label, href = m.group(2), html.unescape(m.group(1))
        return f"{label} ({href})" if href and href not in label else label

    text = _LINK.sub(link, text)
    text = _TAG.sub("", text)
    return html.unescape(text)
