"""Settings of the bot, read from the environment and `.env` on top of the core's settings."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import NoDecode

from bot.logsafe import LogFormat
from briefings.config import CoreSettings

#: Telegram's free broadcast limit; above it (up to 1,000/s) only with allow_paid_broadcast.
FREE_CEILING = 30
DEFAULT_HTTP_PORT = 8080
_SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")


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
    feed_check_interval: float = Field(default=60.0, gt=0, description="Seconds between checks")
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

    # --- production (see README "Running in production") ----------------------------------
    webhook_url: str | None = Field(
        default=None, description="Public HTTPS URL Telegram posts updates to; unset: polling"
    )
    webhook_secret: SecretStr | None = Field(
        default=None, description="secret_token Telegram must send with every webhook request"
    )
    drop_pending_updates: bool = False
    receive_updates: bool = Field(
        default=True, description="false: this process only delivers (extra polling processes)"
    )
    # NoDecode: a comma-separated list, as for ADMIN_IDS.
    allowed_updates: Annotated[tuple[str, ...], NoDecode] = ()
    http_host: str = "127.0.0.1"
    http_port: int | None = Field(default=None, ge=0, le=65535)
    health_max_tick_age: float = Field(
        default=120.0, gt=0, description="Seconds without a delivery tick before /healthz fails"
    )
    broadcast_ceiling: int = Field(
        default=30, gt=0, le=1000, description="Messages per second for the whole bot"
    )
    paid_broadcast: bool = False
    process_heartbeat: float = Field(default=2.0, gt=0)
    process_lease: float = Field(default=15.0, gt=0)

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_admin_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.replace(";", ",").split(",")]
            return frozenset(int(p) for p in parts if p)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("allowed_updates", mode="before")
    @classmethod
    def _parse_allowed_updates(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(p.strip() for p in value.split(",") if p.strip())
        return value

    @model_validator(mode="after")
    def _check_production(self) -> BotSettings:
        if self.webhook_url:
            secret = self.webhook_secret.get_secret_value() if self.webhook_secret else ""
            if not _SECRET_TOKEN.fullmatch(secret):
                raise ValueError(
                    "WEBHOOK_URL needs WEBHOOK_SECRET: 1-256 characters A-Z, a-z, 0-9, _ and -"
                )
        if self.broadcast_ceiling > FREE_CEILING and not self.paid_broadcast:
            raise ValueError(
                f"BROADCAST_CEILING above {FREE_CEILING} needs PAID_BROADCAST=true "
                "(Telegram charges Stars for the messages over the free limit)"
            )
        if self.process_lease < 3 * self.process_heartbeat:
            raise ValueError("PROCESS_LEASE must be at least three PROCESS_HEARTBEATs")
        return self

    @property
    def serve_http(self) -> bool:
        """Webhook mode, or polling with /healthz and /metrics on HTTP_PORT."""
        return bool(self.webhook_url) or self.http_port is not None

    @property
    def http_listen_port(self) -> int:
        return self.http_port if self.http_port is not None else DEFAULT_HTTP_PORT

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
