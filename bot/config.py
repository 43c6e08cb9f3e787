"""Settings of the bot, read from the environment and `.env` on top of the core's settings."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import NoDecode

from bot.logsafe import LogFormat
from briefings.config import CoreSettings


class IngestWorker(StrEnum):
    """Where uploads and dropped files are ingested."""

    PROCESS = "process"  # a child process: a huge file cannot stall the bot (production)
    THREAD = "thread"  # a worker thread of the bot's process (tests with a fake clock)


class BotSettings(CoreSettings):
    """Everything `python -m bot` needs; constructed once in `main()`, never at import time."""

    telegram_bot_token: SecretStr | None = None
    telegram_api_url: str = Field(
        default="https://api.telegram.org", description="Root of the Bot API server"
    )
    # NoDecode: pydantic-settings would otherwise try to parse "1001,1002" as JSON.
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    sources_dir: Path = Path("inbox")
    default_timezone: str = "Asia/Baku"
    default_digest_time: dt.time = dt.time(8, 0)
    log_level: str = "INFO"
    log_format: LogFormat = Field(default=LogFormat.TEXT, description="text or json")
    delivery_grace: dt.timedelta = Field(
        default=dt.timedelta(hours=6), description="How late a missed digest may still go out"
    )
    delivery_lease: dt.timedelta = Field(
        default=dt.timedelta(minutes=5), description="After this a stalled claim may be taken over"
    )
    delivery_interval: float = Field(default=30.0, gt=0, description="Seconds between checks")
    watch_interval: float = Field(default=5.0, gt=0, description="Seconds between folder scans")
    watch_quiet_seconds: float = Field(
        default=5.0, ge=0, description="A dropped file must stay unchanged this long"
    )
    ingest_worker: IngestWorker = Field(
        default=IngestWorker.PROCESS, description="process or thread"
    )
    update_workers: int = Field(default=16, gt=0, description="Updates handled at once")
    coalesce_seconds: float = Field(
        default=10.0, ge=0, description="Repeats of a pending command within this are dropped"
    )
    startup_retry_seconds: float = Field(
        default=600.0, ge=0, description="How long to retry an unreachable Bot API at start"
    )
    rate_global_per_second: int = Field(default=30, gt=0)
    rate_chat_interval: float = Field(default=1.0, ge=0)
    rate_group_per_minute: int = Field(default=20, gt=0)

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_admin_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.replace(";", ",").split(",")]
            return frozenset(int(p) for p in parts if p)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("default_timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown timezone {value!r}") from exc
        return value

    @field_validator("telegram_bot_token", mode="before")
    @classmethod
    def _empty_token_is_none(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @property
    def base_url(self) -> str:
        """Bot API method root, as a self-hosted server expects it."""
        return f"{self.telegram_api_url.rstrip('/')}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.telegram_api_url.rstrip('/')}/file/bot"
