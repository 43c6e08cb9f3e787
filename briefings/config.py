"""Settings of the briefing core, read from the environment and `.env`."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


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

    def resolved_database_url(self) -> str:
        """The configured URL, or a SQLite file inside `data_dir` (created on demand)."""
        if self.database_url:
            return self.database_url
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{(self.data_dir / 'briefings.db').resolve()}"
