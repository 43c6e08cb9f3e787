"""Start-up cost: the core's front door and `python -m bot --help` import only what they use."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("trafilatura", "sqlalchemy", "jinja2", "telegram", "aiohttp", "prometheus_client")


def _loaded_after(code: str) -> list[str]:
    probe = (
        f"{code}\nimport json, sys\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    return list(json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize(
    "code",
    [
        pytest.param("import briefings.models", id="models"),
        pytest.param("from briefings import Article, SourceMeta", id="front-door-models"),
        pytest.param(
            "import runpy, sys, contextlib, io\n"
            "sys.argv = ['python -m bot', '--help']\n"
            "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
            "    runpy.run_module('bot', run_name='__main__')",
            id="bot-help",
        ),
    ],
)
def test_light_entry_points_skip_heavy_imports(code: str) -> None:
    """Neither the data contract nor `--help` loads extraction, database, templates or PTB."""
    assert _loaded_after(code) == []


def test_front_door_still_offers_every_name() -> None:
    """Names of the package's `__all__` resolve on first use, each from its module."""
    import briefings

    for name in briefings.__all__:
        assert getattr(briefings, name) is not None
