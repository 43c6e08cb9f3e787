"""`python -m bot` with a token: real long polling against the fake server, token kept out of
the DEBUG log."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from botkit import ADMIN, READER, TOKEN
from fakebotapi import FakeBotAPI

from bot.config import BotSettings


@pytest.mark.parametrize(
    "log_format", [pytest.param("text", id="text"), pytest.param("json", id="json")]
)
async def test_python_m_bot_polls_and_never_logs_the_token(
    tmp_path: Path, settings: BotSettings, service: Any, api: FakeBotAPI, log_format: str
) -> None:
    """The real entry point answers /brief over HTTP, registers menus, and its DEBUG log on
    stderr never shows the token; with LOG_FORMAT=json every line is one JSON object with
    time, level, logger and message, and the reader's command carries their chat id."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "ADMIN_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL=api.url,
        ADMIN_IDS=str(ADMIN),
        DATABASE_URL=settings.resolved_database_url(),
        DATA_DIR=str(tmp_path),
        SOURCES_DIR=str(tmp_path / "inbox"),
        LOG_LEVEL="DEBUG",
        LOG_FORMAT=log_format,
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
    if log_format == "json":
        entries = [json.loads(line) for line in log.splitlines() if line.strip()]
        assert all({"time", "level", "logger", "message"} <= set(e) for e in entries)
        assert any(e.get("chat_id") == READER and "/brief" in e["message"] for e in entries)


def _bot_env(
    tmp_path: Path, settings: BotSettings, token: str, url: str, **extra: str
) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "ADMIN_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=token,
        TELEGRAM_API_URL=url,
        ADMIN_IDS=str(ADMIN),
        DATABASE_URL=settings.resolved_database_url(),
        DATA_DIR=str(tmp_path),
        SOURCES_DIR=str(tmp_path / "inbox"),
        **extra,
    )
    return env


async def _run_bot(tmp_path: Path, env: dict[str, str], within: float = 60) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), within)
    assert proc.returncode is not None
    return proc.returncode, out.decode() + err.decode()


@pytest.mark.parametrize(
    "level", [pytest.param("DEBUG", id="debug"), pytest.param("ERROR", id="error")]
)
async def test_rejected_token_ends_with_one_plain_line(
    tmp_path: Path, settings: BotSettings, service: Any, api: FakeBotAPI, level: str
) -> None:
    """A token the server rejects ends the process with exit code 2 and one plain line; its
    secret part is nowhere in stdout or stderr, at any log level."""
    rejected = "987654321:AAFakeRejectedSecretPart_0123456789"
    env = _bot_env(tmp_path, settings, rejected, api.url, LOG_LEVEL=level)
    code, output = await _run_bot(tmp_path, env)
    assert code == 2, output[-2000:]
    secret = rejected.split(":")[1]
    assert secret not in output and secret[:12] not in output
    assert "Telegram rejected the bot token; check TELEGRAM_BOT_TOKEN" in output
    assert "Traceback" not in output
    if level == "ERROR":
        assert output.strip() == "Telegram rejected the bot token; check TELEGRAM_BOT_TOKEN"


async def test_unreachable_api_at_start_retries_then_gives_up(
    tmp_path: Path, settings: BotSettings, service: Any
) -> None:
    """A closed port is retried with one log line per attempt (no traceback), and after
    STARTUP_RETRY_SECONDS the process ends with one line and exit code 3."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = _bot_env(
        tmp_path, settings, TOKEN, f"http://127.0.0.1:{port}", STARTUP_RETRY_SECONDS="2.5"
    )
    code, output = await _run_bot(tmp_path, env)
    assert code == 3, output[-2000:]
    assert "Traceback" not in output
    attempts = [line for line in output.splitlines() if "unreachable (attempt" in line]
    assert len(attempts) == 2  # at 0 s and 1 s; the next wait would end past 2.5 s
    assert "retrying in 1 s" in attempts[0] and "giving up" in attempts[-1]
    assert TOKEN.split(":")[1] not in output


def test_help_does_not_import_the_heavy_parts(tmp_path: Path) -> None:
    """`python -m bot --help` prints usage without importing the core, SQLAlchemy or
    python-telegram-bot (cold start about 0.8 s instead of about 12 s on a loaded machine)."""
    code = (
        "import runpy, sys\n"
        "sys.argv = ['bot', '--help']\n"
        "try:\n"
        "    runpy.run_module('bot', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('briefings', 'sqlalchemy', 'telegram') if m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert "usage: python -m bot" in proc.stdout
    assert proc.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize(
    ("setting", "value", "said"),
    [
        pytest.param("TOPICS_FILE", "topics.yaml", "topics.yaml", id="broken-topic-file"),
        pytest.param("RUSSIAN_NER", "natasha", "RUSSIAN_NER", id="extra-not-importable"),
    ],
)
def test_a_setting_the_admin_can_fix_stops_the_bot_with_one_line(
    tmp_path: Path, setting: str, value: str, said: str
) -> None:
    """A broken topic file, or an extra the install lacks, is one line and exit code 4 at
    start, not a traceback (the extra is made unimportable in the child's import path)."""
    (tmp_path / "topics.yaml").write_text("topics: [unclosed\n", encoding="utf-8")
    (tmp_path / "natasha.py").write_text("raise ImportError('not here')\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "ADMIN_"))}
    env.update(
        DATA_DIR=str(tmp_path),
        DATABASE_URL=f"sqlite:///{tmp_path / 'b.db'}",
        PYTHONPATH=os.pathsep.join([str(tmp_path), str(Path(__file__).resolve().parents[2])]),
        **{setting: value},
    )
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--console"],
        cwd=tmp_path,
        env=env,
        input="/topics\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 4
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert said in lines[0]
    assert "Traceback" not in done.stderr
