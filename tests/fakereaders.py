"""The fake Bot API with what reader features call: per-user app languages in updates, command
menus per scope *and* language, and answers with text (toasts).

A subclass rather than edits to `fakebotapi.py`, so the two grow apart without conflicts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from fakebotapi import FakeBotAPI


@dataclass
class ReaderBotAPI(FakeBotAPI):
    #: The `language_code` Telegram reports for a user (their app's language); default "en".
    languages: dict[int, str] = field(default_factory=dict)
    #: set_my_commands by (scope key, language code or "") → [(command, description)].
    menus: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)

    def _user(self, user_id: int, name: str) -> dict[str, Any]:
        user = super()._user(user_id, name)
        user["language_code"] = self.languages.get(user_id, "en")
        return user

    async def _m_setMyCommands(self, p: dict[str, Any]) -> web.Response:
        scope = p.get("scope") or {"type": "default"}
        key = scope["type"] if scope["type"] != "chat" else f"chat:{scope['chat_id']}"
        self.menus[(key, p.get("language_code") or "")] = [
            (c["command"], c["description"]) for c in p.get("commands", [])
        ]
        if p.get("language_code"):  # the base class keeps only the language-less menus
            return self._ok(True)
        return await super()._m_setMyCommands(p)

    def toasts(self) -> list[str]:
        """Texts of answered button presses (what Telegram shows as a short notice)."""
        return [str(a["text"]) for a in self.answered_callbacks if a.get("text")]
