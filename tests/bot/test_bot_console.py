"""The console chat: same commands, plain text, piped input."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from botkit import make_article_text

from bot.clock import FakeClock
from bot.commands import Command, Commands
from bot.config import BotSettings
from bot.console import SEPARATOR, run_console
from bot.feeds import FeedCommand
from bot.subscriptions import SubscriptionStore
from bot.texts import Texts


def _commands(
    settings: BotSettings, service: Any, store: SubscriptionStore, clock: FakeClock
) -> Commands:
    return Commands(service=service, store=store, settings=settings, clock=clock, texts=Texts())


def test_piped_commands_one_reply_each(
    settings: BotSettings, service: Any, store: SubscriptionStore, clock: FakeClock
) -> None:
    """Each input line gets exactly one reply block, in plain text, and EOF ends the chat."""
    out = io.StringIO()
    lines = "/brief energy\n/topics\n\n/subscribe energy 07:30\n/mysubs\n"
    assert (
        run_console(
            _commands(settings, service, store, clock),
            io.StringIO(lines),
            out,
            admin=False,
            interactive=False,
        )
        == 0
    )
    blocks = out.getvalue().split(SEPARATOR + "\n")
    assert len(blocks) == 5 and blocks[-1] == ""
    assert "Energy" in blocks[0] and "<b>" not in out.getvalue()
    assert "07:30" in blocks[3]


def test_keyboard_numbers_press_buttons(
    settings: BotSettings, service: Any, store: SubscriptionStore, clock: FakeClock
) -> None:
    """Keyboards print as numbered options; typing the number presses it."""
    out = io.StringIO()
    run_console(
        _commands(settings, service, store, clock),
        io.StringIO("/subscribe\n1\n"),
        out,
        admin=False,
        interactive=False,
    )
    first, second, _ = out.getvalue().split(SEPARATOR + "\n")
    assert "[1]" in first
    sub = store.get(1)
    assert sub is not None and len(sub.topics) == 1
    assert "✅" in second


def test_admin_console_adds_sources_by_path(
    settings: BotSettings, service: Any, store: SubscriptionStore, clock: FakeClock, tmp_path: Path
) -> None:
    """--admin lets the console user /addsource PATH; without it the command is refused."""
    article = tmp_path / "note.txt"
    article.write_bytes(make_article_text("Bulgaria", 3))
    cmds = _commands(settings, service, store, clock)
    refused = io.StringIO()
    run_console(
        cmds, io.StringIO(f"/addsource {article}\n"), refused, admin=False, interactive=False
    )
    assert "only the bot's admins" in refused.getvalue()
    out = io.StringIO()
    run_console(
        cmds,
        io.StringIO(f"/addsource {article}\n/addsource /nonexistent.txt\n/stats\n"),
        out,
        admin=True,
        interactive=False,
    )
    text = out.getvalue()
    assert "Figures:" in text and "Rejected" in text and "Subscribers:" in text


def test_python_m_bot_console_subprocess(
    tmp_path: Path, settings: BotSettings, service: Any
) -> None:
    """`python -m bot` without a token opens the console on the configured database."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "ADMIN_"))}
    env.update(
        DATABASE_URL=settings.resolved_database_url(),
        DATA_DIR=str(tmp_path),
        TELEGRAM_BOT_TOKEN="",
    )
    done = subprocess.run(
        [sys.executable, "-m", "bot"],
        input="/brief energy\n/topics\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=True,
    )
    assert done.stdout.count(SEPARATOR) == 2
    assert "Energy" in done.stdout
    assert "AZERTAC" in done.stdout or "Caliber.az" in done.stdout


def test_menu_and_help_cover_every_command(
    settings: BotSettings, service: Any, store: SubscriptionStore, clock: FakeClock
) -> None:
    """Every command is in the admin menu and has a line in the admin help."""
    cmds = _commands(settings, service, store, clock)
    menu = {name for name, _ in cmds.menu(admin=True)}
    assert menu == {c.value for c in Command} | {c.value for c in FeedCommand}
    assert all(description for _, description in cmds.menu(admin=True))
    help_text = Texts().render("help", is_admin=True, console=False)
    for command in Command:
        assert f"/{command.value} " in help_text or f"/{command.value}\n" in help_text, command
