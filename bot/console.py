"""The console chat: the same commands as on Telegram, answered in the terminal.

Works with piped input: one reply block per line read, exit at end of input. Keyboards are
shown as numbered options; typing the number presses the button.
"""

from __future__ import annotations

import shlex
from typing import TextIO

from bot.actions import is_action
from bot.callbacks import parse_callback
from bot.commands import Button, Caller, Commands, Reply
from bot.plain import html_to_plain

CONSOLE_USER_ID = 1
SEPARATOR = "—" * 40


def format_replies(replies: list[Reply]) -> tuple[str, list[Button]]:
    """Plain text for a list of replies, and the buttons numbered in it."""
    parts: list[str] = []
    buttons: list[Button] = []
    for reply in replies:
        # A reply with only a notice (a button's short answer) shows the notice.
        text = html_to_plain(reply.html).strip() or (reply.notice or "")
        options = []
        for row in reply.keyboard:
            for button in row:
                buttons.append(button)
                options.append(f"  [{len(buttons)}] {button.text}")
        parts.append("\n".join([text, *options]) if options else text)
    return "\n\n".join(parts), buttons


def run_console(
    commands: Commands, stdin: TextIO, stdout: TextIO, *, admin: bool, interactive: bool
) -> int:
    caller = Caller(
        user_id=CONSOLE_USER_ID,
        chat_id=CONSOLE_USER_ID,
        name="console",
        is_admin=admin,
        console=True,
    )
    buttons: list[Button] = []
    if interactive:
        stdout.write("Console chat. Try /brief energy, /help; Ctrl-D to quit.\n> ")
        stdout.flush()
    for raw in stdin:
        line = raw.strip()
        if not line:
            if interactive:
                stdout.write("> ")
                stdout.flush()
            continue
        if line.isdigit() and buttons and 1 <= int(line) <= len(buttons):
            data = buttons[int(line) - 1].data
            button = parse_callback(data)
            if is_action(data):
                replies = commands.press(data, caller)
            elif button is not None:
                replies = commands.handle_callback(button, caller)
            else:
                replies = [Reply(html=commands.texts.render("bad_button"))]
        elif line.startswith("/"):
            try:
                words = shlex.split(line)
            except ValueError:
                words = line.split()
            replies = commands.handle(words[0][1:], words[1:], caller)
        else:
            replies = commands.handle_text(line, caller)
        text, buttons = format_replies(replies)
        stdout.write(f"{text}\n{SEPARATOR}\n")
        if interactive:
            stdout.write("> ")
        stdout.flush()
    return 0
