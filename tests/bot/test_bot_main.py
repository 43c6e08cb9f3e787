"""`python -m bot` with a token: real long polling against the fake server, token kept out of
the DEBUG log."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path
from typing import Any

from botkit import ADMIN, READER, TOKEN
from fakebotapi import FakeBotAPI

from bot.config import BotSettings


async def test_python_m_bot_polls_and_never_logs_the_token(
    tmp_path: Path, settings: BotSettings, service: Any, api: FakeBotAPI
) -> None:
    """The real entry point answers /brief over HTTP, registers menus, and its DEBUG log on
    stderr never shows the token."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "ADMIN_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL=api.url,
        ADMIN_IDS=str(ADMIN),
        DATABASE_URL=settings.resolved_database_url(),
        DATA_DIR=str(tmp_path),
        SOURCES_DIR=str(tmp_path / "inbox"),
        LOG_LEVEL="DEBUG",
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        api.message(READER, "/brief energy")
        [reply, *_] = await api.wait_messages(1, chat_id=READER, within=60)
        assert "Energy" in reply.plain
        await api.wait_for(lambda a: f"chat:{ADMIN}" in a.commands, within=10)
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = await asyncio.wait_for(proc.communicate(), 30)
    log = err.decode()
    assert proc.returncode == 0, log[-2000:]  # SIGINT is a clean stop
    assert "DEBUG" in log and "getUpdates" in log  # the log really was at DEBUG
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
