"""The fake Bot API with what reader features call: per-user app languages in updates, command
menus per scope *and* language, and answers with text (toasts).

A subclass rather than edits to `fakebotapi.py`, so the two grow apart without conflicts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from fakebotapi import BOT_ID, FakeBotAPI

#: Fields getChat always returns (ChatFullInfo), with neutral values.
_FULL: dict[str, Any] = {
    "accent_color_id": 0,
    "max_reaction_count": 11,
    "accepted_gift_types": {
        "unlimited_gifts": False,
        "limited_gifts": False,
        "unique_gifts": False,
        "premium_subscription": False,
        "gifts_from_channels": False,
    },
}


@dataclass
class ReaderBotAPI(FakeBotAPI):
    #: The `language_code` Telegram reports for a user (their app's language); default "en".
    languages: dict[int, str] = field(default_factory=dict)
    #: set_my_commands by (scope key, language code or "") → [(command, description)].
    menus: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)
    #: answerInlineQuery calls: the parameters as sent.
    inline_answers: list[dict[str, Any]] = field(default_factory=list)
    #: Group id → the user ids that administer it (everyone else is a plain member).
    chat_admins: dict[int, set[int]] = field(default_factory=dict)
    #: (chat, forum topic) pairs that were deleted: sending there is refused as Telegram does.
    deleted_threads: set[tuple[int, int]] = field(default_factory=set)
    #: message id → the forum topic it was sent to (None: the chat itself).
    thread_of: dict[int, int | None] = field(default_factory=dict)
    #: Channels by @username (without @) → (chat id, title).
    channels: dict[str, tuple[int, str]] = field(default_factory=dict)
    #: Channels where the bot is an administrator allowed to post.
    bot_posts_in: set[int] = field(default_factory=set)

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

    def inline_query(self, user_id: int, query: str) -> dict[str, Any]:
        """Inject `@bot <query>` typed by `user_id` in some chat."""
        inline = {
            "id": f"iq{len(self.inline_answers)}-{user_id}-{len(query)}",
            "from": self._user(user_id, "Reader"),
            "query": query,
            "offset": "",
        }
        return self._push({"inline_query": inline})

    async def _m_answerInlineQuery(self, p: dict[str, Any]) -> web.Response:
        results = p.get("results", [])
        if isinstance(results, str):
            results = json.loads(results)
        if len(results) > 50:
            return self._error("answerInlineQuery", 400, "Bad Request: RESULTS_TOO_MUCH")
        for result in results:
            if len(str(result["id"]).encode()) > 64:
                return self._error("answerInlineQuery", 400, "Bad Request: RESULT_ID_INVALID")
            content = result["input_message_content"]
            checked = self._check_text(
                "answerInlineQuery",
                {"text": content["message_text"], "parse_mode": content.get("parse_mode")},
            )
            if isinstance(checked, web.Response):
                return checked
        self.inline_answers.append({**p, "results": results})
        return self._ok(True)

    async def _m_getChat(self, p: dict[str, Any]) -> web.Response:
        raw = str(p["chat_id"])
        for username, (chat_id, title) in self.channels.items():
            if raw in {f"@{username}", str(chat_id)}:
                return self._ok({"id": chat_id, "type": "channel", "title": title, **_FULL})
        if raw.lstrip("-").isdigit():
            return self._ok({**self._chat(int(raw), "Chat"), **_FULL})
        return self._error("getChat", 400, "Bad Request: chat not found")

    def my_chat_member(self, chat_id: int, by: int, *, old: str, new: str) -> dict[str, Any]:
        """The bot's own membership in a channel changed (e.g. 'administrator' → 'left')."""
        title = next((t for cid, t in self.channels.values() if cid == chat_id), "Channel")
        bot = {"id": BOT_ID, "is_bot": True, "first_name": "Briefings"}

        def member(status: str) -> dict[str, Any]:
            if status == "administrator":
                return {**self._admin(bot, can_post=True), "status": status}
            return {"status": status, "user": bot}

        change = {
            "chat": {"id": chat_id, "type": "channel", "title": title},
            "from": self._user(by, "Owner"),
            "date": 0,
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        }
        return self._push({"my_chat_member": change})

    def _admin(self, user: dict[str, Any], *, can_post: bool) -> dict[str, Any]:
        return {
            "status": "administrator",
            "user": user,
            "can_be_edited": False,
            "is_anonymous": False,
            "can_manage_chat": True,
            "can_delete_messages": True,
            "can_manage_video_chats": True,
            "can_restrict_members": True,
            "can_promote_members": False,
            "can_change_info": True,
            "can_invite_users": True,
            "can_post_stories": False,
            "can_edit_stories": False,
            "can_delete_stories": False,
            "can_post_messages": can_post,
        }

    async def _m_getChatMember(self, p: dict[str, Any]) -> web.Response:
        chat_id, user_id = int(p["chat_id"]), int(p["user_id"])
        if user_id == BOT_ID:
            bot = {"id": BOT_ID, "is_bot": True, "first_name": "Briefings"}
            if chat_id in self.bot_posts_in:
                return self._ok(self._admin(bot, can_post=True))
            return self._ok({"status": "member", "user": bot})
        status = "administrator" if user_id in self.chat_admins.get(chat_id, set()) else "member"
        member: dict[str, Any] = {"status": status, "user": self._user(user_id, "Member")}
        if status == "administrator":
            member.update(
                can_be_edited=False,
                is_anonymous=False,
                can_manage_chat=True,
                can_delete_messages=True,
                can_manage_video_chats=True,
                can_restrict_members=True,
                can_promote_members=False,
                can_change_info=True,
                can_invite_users=True,
                can_post_stories=False,
                can_edit_stories=False,
                can_delete_stories=False,
            )
        return self._ok(member)

    def member_checks(self) -> int:
        return sum(1 for method, _ in self.calls if method == "getChatMember")

    def forum_message(
        self, user_id: int, text: str, *, chat_id: int, thread_id: int, name: str = "Reader"
    ) -> dict[str, Any]:
        """A message in a forum supergroup's topic (a /command gets its entity)."""
        msg = self._base_message(user_id, chat_id, name)
        msg["chat"]["is_forum"] = True
        msg["text"] = text
        msg["message_thread_id"] = thread_id
        msg["is_topic_message"] = True
        if text.startswith("/"):
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return self._push({"message": msg})

    async def _m_sendMessage(self, p: dict[str, Any]) -> web.Response:
        thread = p.get("message_thread_id")
        thread_id = int(thread) if thread is not None else None
        if thread_id is not None and (int(p["chat_id"]), thread_id) in self.deleted_threads:
            return self._error("sendMessage", 400, "Bad Request: message thread not found")
        response = await super()._m_sendMessage(p)
        if response.status == 200 and response.text:
            self.thread_of[int(json.loads(response.text)["result"]["message_id"])] = thread_id
        return response

    def toasts(self) -> list[str]:
        """Texts of answered button presses (what Telegram shows as a short notice)."""
        return [str(a["text"]) for a in self.answered_callbacks if a.get("text")]
