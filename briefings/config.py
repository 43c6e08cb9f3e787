"""Settings of the briefing core, read from the environment and `.env`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_USER_AGENT = (
    "briefings-bot/0.1 (Telegram news briefings bot; fetches pages and feeds its admins add)"
)


class CoreSettings(BaseSettings):
    """What the core needs: where articles live, how big a source may be, which topics."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    data_dir: Path = Field(default=Path("data"), description="Folder for the SQLite file")
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default sqlite:///<data_dir>/briefings.db"
    )
    max_source_bytes: int = Field(default=5 * 1024 * 1024, gt=0)
    max_records_per_file: int = Field(
        default=1000, gt=0, description="JSON/YAML records one source file may hold"
    )
    topics_file: Path | None = Field(
        default=None, description="YAML topic configuration overriding the shipped defaults"
    )
    russian_ner: Literal["gazetteer", "natasha"] = Field(
        default="gazetteer",
        description="People in Russian text: the rules alone, or natasha's NER as well (extra)",
    )

    # --- fetching links and feeds (briefings.fetch, briefings.feeds) ---------------------
    fetch_allow_private: bool = Field(
        default=False, description="Allow requests to private, loopback and link-local addresses"
    )
    # NoDecode: a comma-separated list, not JSON.
    fetch_allow_hosts: Annotated[frozenset[str], NoDecode] = Field(
        default=frozenset(), description="Host names reachable even on a private address"
    )
    fetch_connect_timeout: float = Field(default=5.0, gt=0)
    fetch_read_timeout: float = Field(default=15.0, gt=0)
    fetch_total_timeout: float = Field(default=30.0, gt=0)
    fetch_max_redirects: int = Field(default=5, ge=0, le=20)
    fetch_concurrency: int = Field(default=8, gt=0, description="Requests in flight overall")
    fetch_user_agent: str = DEFAULT_USER_AGENT
    fetch_robots: bool = Field(default=True, description="Honour robots.txt for feed entries")
    feed_interval: dt.timedelta = Field(default=dt.timedelta(minutes=30))
    feed_lease: dt.timedelta = Field(default=dt.timedelta(minutes=5))
    feed_max_failures: int = Field(default=5, gt=0)
    feed_max_backoff: dt.timedelta = Field(default=dt.timedelta(hours=12))
    feed_max_entries: int = Field(default=50, gt=0, description="New entries taken per poll")
    feed_full_content_words: int = Field(
        default=150, ge=0, description="An entry this long is the article; no page fetch"
    )

    @field_validator("fetch_allow_hosts", mode="before")
    @classmethod
    def _parse_hosts(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(h.strip().lower() for h in value.split(",") if h.strip())
        return value

    def resolved_database_url(self) -> str:
        """The configured URL, or a SQLite file inside `data_dir` (created on demand)."""
        if self.database_url:
            return self.database_url
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{(self.data_dir / 'briefings.db').resolve()}"
