"""A fake Telegram Bot API server (aiohttp) for driving the real PTB Application over HTTP.

It answers the methods the bot uses, long-polls `getUpdates` from a queue the test fills, keeps
every sent message for assertions, and rejects what Telegram rejects: texts over 4096
characters, HTML Telegram cannot parse (with Telegram's own 400 texts), blocked chats (403),
migrated groups, and rate-limit breaches (429 with `retry_after`) measured on an injectable
clock. Failures (5xx, slow answers, 429 storms) can be scripted.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from bot.clock import Clock
from briefings.render import validate_telegram_html

BOT_ID = 4242
BOT_USERNAME = "briefings_test_bot"

_ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
    "span", "tg-spoiler", "tg-emoji", "blockquote",
}  # fmt: skip
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*?)?)\s*>")
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|lt|gt|amp|quot);")


class TelegramHTMLError(ValueError):
    """The 400 description Telegram would answer for this text."""


_SPECIAL = re.compile(r"[<&]")


def check_telegram_html(text: str) -> str:
    """Validate Telegram HTML as the server does; return the visible text (tags removed)."""
    stack: list[str] = []
    visible: list[str] = []
    i = 0

    def offset(pos: int) -> int:
        return len(text[:pos].encode("utf-8"))

    while True:
        special = _SPECIAL.search(text, i)
        if special is None:
            visible.append(text[i:])
            break
        at = special.start()
        visible.append(text[i:at])
        if special.group() == "&":
            m = _ENTITY.match(text, at)
            if m is not None:
                visible.append(html.unescape(m.group(0)))
                i = m.end()
            else:  # Telegram leaves a lone '&' as text
                visible.append("&")
                i = at + 1
            continue
        m = _TAG.match(text, at)
        if m is None:
            following = text[at + 1 : at + 2]
            if (following.isalpha() or following == "/") and text.find(">", at) == -1:
                raise TelegramHTMLError(
                    f"Bad Request: can't parse entities: Unclosed start tag at byte offset "
                    f"{offset(at)}"
                )
            raise TelegramHTMLError(
                "Bad Request: can't parse entities: Unexpected end of name token at byte "
                f"offset {offset(at)}"
            )
        closing, name = m.group(1) == "/", m.group(2).lower()
        if name not in _ALLOWED_TAGS:
            kind = "end" if closing else "start"
            raise TelegramHTMLError(
                f'Bad Request: can\'t parse entities: Unsupported {kind} tag "{name}" at '
                f"byte offset {offset(at)}"
            )
        if closing:
            if not stack or stack[-1] != name:
                expected = f'"</{stack[-1]}>"' if stack else "nothing"
                raise TelegramHTMLError(
                    f"Bad Request: can't parse entities: Unmatched end tag at byte offset "
                    f'{offset(at)}, expected {expected}, found "</{name}>"'
                )
            stack.pop()
        else:
            stack.append(name)
        i = m.end()
    if stack:
        raise TelegramHTMLError(
            f"Bad Request: can't parse entities: Can't find end tag corresponding to start tag "
            f'"{stack[-1]}"'
        )
    return "".join(visible)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class SentMessage:
    message_id: int
    chat_id: int
    text: str
    parse_mode: str | None
    reply_markup: dict[str, Any] | None
    at: float
    method: str = "sendMessage"

    @property
    def buttons(self) -> list[dict[str, Any]]:
        if not self.reply_markup:
            return []
        return [b for row in self.reply_markup.get("inline_keyboard", []) for b in row]

    @property
    def plain(self) -> str:
        """The text a reader sees."""
        if self.parse_mode and self.parse_mode.upper() == "HTML":
            return check_telegram_html(self.text)
        return self.text


@dataclass
class ScriptedFailure:
    """The next call of `method` answers with this instead of working."""

    method: str
    status: int = 500
    description: str = "Internal Server Error"
    delay: float = 0.0  # real seconds to hang before answering (to cause client timeouts)
    parameters: dict[str, Any] | None = None


@dataclass
class Limits:
    """Telegram's limits as the server enforces them, on the server's clock."""

    chat_interval: float = 1.0
    global_window: float = 1.0
    global_max: int = 30
    group_window: float = 60.0
    group_max: int = 20
    retry_after: int = 1


class _RealClock:
    def monotonic(self) -> float:
        return time.monotonic()


@dataclass
class FakeBotAPI:
    token: str
    clock: Clock | _RealClock = field(default_factory=_RealClock)
    limits: Limits | None = None  # None: no rate enforcement
    sent: list[SentMessage] = field(default_factory=list)
    edits: list[SentMessage] = field(default_factory=list)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    blocked: set[int] = field(default_factory=set)
    migrated: dict[int, int] = field(default_factory=dict)
    failures: list[ScriptedFailure] = field(default_factory=list)
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    commands: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    storm_until: float = 0.0  # every send answers 429 until the server clock passes this
    storm_retry_after: int = 1
    hang_sends_after: int | None = None  # after this many recorded sends, sends never answer
    rejected: list[tuple[str, int, str]] = field(default_factory=list)
    too_many: int = 0
    over_limit: int = 0  # 429s for breaking the limits (not scripted storms)
    webhook: dict[str, Any] | None = None  # the last setWebhook's parameters, until deleted
    on_record: Callable[[SentMessage], None] | None = None

    def __post_init__(self) -> None:
        self._pending: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._file_ids = itertools.count(1)
        self._new_update = asyncio.Event()
        self._changed = asyncio.Condition()
        self._chat_last: dict[int, float] = {}
        self._global: deque[float] = deque()
        self._group: defaultdict[int, deque[float]] = defaultdict(deque)
        self._runner: web.AppRunner | None = None
        self._release = asyncio.Event()
        self.url = ""
        self.answered_callbacks: list[dict[str, Any]] = []
        self.draining = False  # answer getUpdates at once, so a stopping client is not held

    # --- lifecycle ------------------------------------------------------------------------

    async def start(self) -> str:
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._file)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    def wake(self) -> None:
        """End a pending long poll now."""
        self._new_update.set()

    def release_hung(self) -> None:
        """Let hung sends finish (with a 500) so connections can close."""
        self._release.set()

    async def stop(self) -> None:
        self._release.set()
        if self._runner is not None:
            await self._runner.cleanup()

    # --- what tests inject ----------------------------------------------------------------

    def _user(self, user_id: int, name: str) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": name, "language_code": "en"}

    def _chat(self, chat_id: int, name: str) -> dict[str, Any]:
        if chat_id < 0:
            return {"id": chat_id, "type": "supergroup", "title": name}
        return {"id": chat_id, "type": "private", "first_name": name}

    def _base_message(self, user_id: int, chat_id: int | None, name: str) -> dict[str, Any]:
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self._chat(chat_id if chat_id is not None else user_id, name),
            "from": self._user(user_id, name),
        }

    def _push(self, payload: dict[str, Any]) -> dict[str, Any]:
        update = {"update_id": next(self._update_ids), **payload}
        self._pending.append(update)
        self._new_update.set()
        return update

    def message(
        self, user_id: int, text: str, *, chat_id: int | None = None, name: str = "Reader"
    ) -> dict[str, Any]:
        """Inject a text message; a leading /command gets its bot_command entity."""
        msg = self._base_message(user_id, chat_id, name)
        msg["text"] = text
        if text.startswith("/"):
            length = len(text.split()[0])
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return self._push({"message": msg})

    def edit(
        self, user_id: int, text: str, *, chat_id: int | None = None, name: str = "Reader"
    ) -> dict[str, Any]:
        """Inject an edit of an earlier message (a new text for an old message id)."""
        msg = self._base_message(user_id, chat_id, name)
        msg["text"] = text
        msg["edit_date"] = int(time.time())
        if text.startswith("/"):
            length = len(text.split()[0])
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return self._push({"edited_message": msg})

    def add_file(self, name: str, content: bytes) -> dict[str, Any]:
        file_id = f"file{next(self._file_ids)}"
        self.files[file_id] = (f"documents/{name}", content)
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_name": name,
            "mime_type": "text/plain",
            "file_size": len(content),
        }

    def document(
        self,
        user_id: int,
        name: str,
        content: bytes,
        *,
        caption: str | None = None,
        reply_command: str | None = None,
    ) -> dict[str, Any]:
        """Inject a document; with `reply_command`, the command is sent as a reply to it."""
        msg = self._base_message(user_id, None, "Admin")
        msg["document"] = self.add_file(name, content)
        if caption:
            msg["caption"] = caption
        if reply_command is None:
            return self._push({"message": msg})
        cmd = self._base_message(user_id, None, "Admin")
        cmd["text"] = reply_command
        cmd["entities"] = [{"type": "bot_command", "offset": 0, "length": len(reply_command)}]
        cmd["reply_to_message"] = msg
        return self._push({"message": cmd})

    def callback(self, user_id: int, data: str, message: SentMessage) -> dict[str, Any]:
        """Inject a press on an inline button of a message the bot sent."""
        query = {
            "id": f"cb{next(self._update_ids)}",
            "from": self._user(user_id, "Reader"),
            "chat_instance": "ci",
            "data": data,
            "message": {
                "message_id": message.message_id,
                "date": int(time.time()),
                "chat": self._chat(message.chat_id, "Reader"),
                "from": {"id": BOT_ID, "is_bot": True, "first_name": "Briefings"},
                "text": message.plain,
            },
        }
        return self._push({"callback_query": query})

    # --- what tests await ----------------------------------------------------------------

    async def wait_for(self, predicate: Callable[[FakeBotAPI], bool], within: float = 10.0) -> None:
        """Wait until `predicate(self)` holds; woken by every recorded call, not by polling."""
        async with asyncio.timeout(within), self._changed:
            await self._changed.wait_for(lambda: predicate(self))

    async def wait_messages(
        self, count: int, *, chat_id: int | None = None, within: float = 10.0
    ) -> list[SentMessage]:
        def enough(api: FakeBotAPI) -> bool:
            return len(api.messages_to(chat_id)) >= count

        await self.wait_for(enough, within)
        return self.messages_to(chat_id)

    def messages_to(self, chat_id: int | None) -> list[SentMessage]:
        return [m for m in self.sent if chat_id is None or m.chat_id == chat_id]

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # --- HTTP ------------------------------------------------------------------------------

    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            params.update(await request.json())
        elif request.can_read_body:
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, str):
                    try:
                        params[key] = json.loads(value)
                    except json.JSONDecodeError:
                        params[key] = value
        return params

    def _ok(self, result: Any) -> web.Response:
        return web.json_response({"ok": True, "result": result})

    def _error(
        self, method: str, status: int, description: str, parameters: dict[str, Any] | None = None
    ) -> web.Response:
        self.rejected.append((method, status, description))
        body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
        if parameters:
            body["parameters"] = parameters
        return web.json_response(body, status=status)

    async def _file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        path = request.match_info["path"]
        for stored_path, content in self.files.values():
            if stored_path == path:
                return web.Response(body=content)
        return web.Response(status=404)

    async def _method(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return self._error("?", 401, "Unauthorized")
        method = request.match_info["method"]
        params = await self._params(request)
        if method != "getUpdates":
            self.calls.append((method, params))
            await self._notify()
        try:
            for i, failure in enumerate(self.failures):
                if failure.method == method:
                    del self.failures[i]
                    if failure.delay:
                        await asyncio.sleep(failure.delay)
                    return self._error(
                        method, failure.status, failure.description, failure.parameters
                    )
            handler = getattr(self, f"_m_{method}", None)
            if handler is None:
                return self._error(method, 404, "Not Found")
            response: web.Response = await handler(params)
            return response
        finally:
            if method != "getUpdates":
                await self._notify()

    async def _m_getMe(self, _p: dict[str, Any]) -> web.Response:
        return self._ok(
            {
                "id": BOT_ID,
                "is_bot": True,
                "first_name": "Briefings",
                "username": BOT_USERNAME,
                "can_join_groups": True,
                "can_read_all_group_messages": False,
                "supports_inline_queries": False,
            }
        )

    async def _m_deleteWebhook(self, _p: dict[str, Any]) -> web.Response:
        self.webhook = None
        return self._ok(True)

    async def _m_setWebhook(self, p: dict[str, Any]) -> web.Response:
        self.webhook = p
        return self._ok(True)

    async def _m_setMyCommands(self, p: dict[str, Any]) -> web.Response:
        scope = p.get("scope") or {"type": "default"}
        key = scope["type"] if scope["type"] != "chat" else f"chat:{scope['chat_id']}"
        self.commands[key] = list(p.get("commands", []))
        return self._ok(True)

    async def _m_deleteMyCommands(self, p: dict[str, Any]) -> web.Response:
        scope = p.get("scope") or {"type": "default"}
        key = scope["type"] if scope["type"] != "chat" else f"chat:{scope['chat_id']}"
        self.commands.pop(key, None)
        return self._ok(True)

    async def _m_sendChatAction(self, _p: dict[str, Any]) -> web.Response:
        return self._ok(True)

    async def _m_answerCallbackQuery(self, p: dict[str, Any]) -> web.Response:
        self.answered_callbacks.append(p)
        return self._ok(True)

    async def _m_close(self, _p: dict[str, Any]) -> web.Response:
        return self._ok(True)

    async def _m_logOut(self, _p: dict[str, Any]) -> web.Response:
        return self._ok(True)

    async def _m_getFile(self, p: dict[str, Any]) -> web.Response:
        file_id = str(p.get("file_id"))
        if file_id not in self.files:
            return self._error("getFile", 400, "Bad Request: invalid file_id")
        path, content = self.files[file_id]
        return self._ok(
            {
                "file_id": file_id,
                "file_unique_id": f"u{file_id}",
                "file_size": len(content),
                "file_path": path,
            }
        )

    async def _m_getUpdates(self, p: dict[str, Any]) -> web.Response:
        offset = int(p.get("offset") or 0)
        timeout = min(float(p.get("timeout") or 0), 1.0)
        self._pending = [u for u in self._pending if u["update_id"] >= offset]
        if not self._pending and timeout > 0 and not self.draining:
            self._new_update.clear()
            try:
                async with asyncio.timeout(timeout):
                    await self._new_update.wait()
            except TimeoutError:
                pass
        limit = int(p.get("limit") or 100)
        return self._ok(self._pending[:limit])

    def _rate_check(self, chat_id: int) -> int | None:
        """Seconds to ask the client to wait, or None when this send is within limits."""
        now = self.clock.monotonic()
        if now < self.storm_until:
            return self.storm_retry_after
        if self.limits is None:
            return None
        lim = self.limits
        while self._global and self._global[0] <= now - lim.global_window:
            self._global.popleft()
        if len(self._global) >= lim.global_max:
            self.over_limit += 1
            return lim.retry_after
        last = self._chat_last.get(chat_id)
        if last is not None and now - last < lim.chat_interval:
            self.over_limit += 1
            return lim.retry_after
        if chat_id < 0:
            window = self._group[chat_id]
            while window and window[0] <= now - lim.group_window:
                window.popleft()
            if len(window) >= lim.group_max:
                self.over_limit += 1
                return lim.retry_after
            window.append(now)
        self._global.append(now)
        self._chat_last[chat_id] = now
        return None

    def _check_text(self, method: str, p: dict[str, Any]) -> web.Response | str:
        text = str(p.get("text", ""))
        parse_mode = p.get("parse_mode")
        visible = text
        if parse_mode and str(parse_mode).upper() == "HTML":
            try:
                visible = check_telegram_html(text)
                # The core's stricter validator too (no bare '>', entity limit): our own rule.
                validate_telegram_html(text, max_chars=None)
            except TelegramHTMLError as exc:
                return self._error(method, 400, str(exc))
            except ValueError as exc:
                return self._error(method, 400, f"Bad Request: can't parse entities: {exc}")
        if not visible.strip():
            return self._error(method, 400, "Bad Request: message text is empty")
        if utf16_len(visible) > 4096:
            return self._error(method, 400, "Bad Request: message is too long")
        return text

    async def _m_sendMessage(self, p: dict[str, Any]) -> web.Response:
        chat_id = int(p["chat_id"])
        if chat_id in self.migrated:
            return self._error(
                "sendMessage",
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self.migrated[chat_id]},
            )
        if chat_id in self.blocked:
            return self._error("sendMessage", 403, "Forbidden: bot was blocked by the user")
        checked = self._check_text("sendMessage", p)
        if isinstance(checked, web.Response):
            return checked
        wait = self._rate_check(chat_id)
        if wait is not None:
            self.too_many += 1
            return self._error(
                "sendMessage",
                429,
                f"Too Many Requests: retry after {wait}",
                {"retry_after": wait},
            )
        if self.hang_sends_after is not None and len(self.sent) >= self.hang_sends_after:
            # Never answers (the process dies with it in flight) until the server stops.
            await self._release.wait()
            return self._error("sendMessage", 500, "Internal Server Error: shutting down")
        message = SentMessage(
            message_id=next(self._message_ids),
            chat_id=chat_id,
            text=checked,
            parse_mode=p.get("parse_mode"),
            reply_markup=p.get("reply_markup"),
            at=self.clock.monotonic(),
        )
        self.sent.append(message)
        if self.on_record is not None:
            self.on_record(message)
        return self._ok(self._message_json(message))

    async def _m_editMessageText(self, p: dict[str, Any]) -> web.Response:
        checked = self._check_text("editMessageText", p)
        if isinstance(checked, web.Response):
            return checked
        chat_id = int(p["chat_id"])
        message_id = int(p["message_id"])
        original = next(
            (m for m in self.sent if m.chat_id == chat_id and m.message_id == message_id), None
        )
        if original is None:
            return self._error("editMessageText", 400, "Bad Request: message to edit not found")
        edit = SentMessage(
            message_id=message_id,
            chat_id=chat_id,
            text=checked,
            parse_mode=p.get("parse_mode"),
            reply_markup=p.get("reply_markup"),
            at=self.clock.monotonic(),
            method="editMessageText",
        )
        original.text, original.parse_mode, original.reply_markup = (
            edit.text,
            edit.parse_mode,
            edit.reply_markup,
        )
        self.edits.append(edit)
        return self._ok(self._message_json(edit))

    def _message_json(self, m: SentMessage) -> dict[str, Any]:
        out: dict[str, Any] = {
            "message_id": m.message_id,
            "date": int(time.time()),
            "chat": self._chat(m.chat_id, "Reader"),
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Briefings"},
            "text": m.plain,
        }
        if m.reply_markup:
            out["reply_markup"] = m.reply_markup
        return out
