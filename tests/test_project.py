"""Promises the project makes about itself: documented settings, commands and CI."""

from __future__ import annotations

import re
from pathlib import Path

from bot.config import BotSettings

ROOT = Path(__file__).resolve().parent.parent


def test_env_example_lists_every_setting() -> None:
    """Every setting the bot reads is in .env.example with a comment line above it."""
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    lines = text.splitlines()
    listed = {m.group(1): i for i, line in enumerate(lines) if (m := re.match(r"([A-Z_]+)=", line))}
    expected = {name.upper() for name in BotSettings.model_fields}
    assert set(listed) == expected
    for name, index in listed.items():
        assert lines[index - 1].startswith("#") or lines[index - 2].startswith("#"), name


def test_ci_runs_the_readme_test_command() -> None:
    """CI calls the same test command the README gives a newcomer."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in readme
    assert re.search(r"^make test$", ci, re.M)


def test_every_bot_command_is_in_the_readme() -> None:
    """The README's command table names every command the bot registers."""
    from bot.commands import Command

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c.value for c in Command if f"/{c.value}" not in readme]
    assert missing == []


def test_sample_sources_have_sidecars() -> None:
    """Each bundled sample ships with its metadata beside it, not edited into the article."""
    samples = sorted((ROOT / "samples").glob("*.txt"))
    assert len(samples) == 2
    for path in samples:
        assert path.with_name(f"{path.stem}.meta.yaml").is_file()
