"""What commands answer with, independent of transport (Telegram, the console)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Button(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    data: str  # callback data, at most 64 bytes


class Reply(BaseModel):
    """One message to show: Telegram HTML, an optional keyboard, and whether it replaces the
    message whose button was pressed. A reply with only a `notice` is the short answer to a
    button press (Telegram shows it as a toast) and sends no message."""

    html: str = ""
    keyboard: list[list[Button]] = []
    edit: bool = False
    notice: str | None = None


class Caller(BaseModel):
    """Who is asking, as far as the commands care."""

    user_id: int
    chat_id: int
    name: str = ""
    is_admin: bool = False
    console: bool = False
    language_code: str | None = None  # Telegram's guess of the user's language, first contact
    thread_id: int | None = None  # the forum topic the command was sent in


__all__ = ["Button", "Caller", "Reply"]
