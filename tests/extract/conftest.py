"""Fixtures for extraction tests: the bundled seed scrapes and a loader that analyses them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.extract import analyse
from briefings.load import load_source
from briefings.models import Article, SourceMeta

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"


def _seed(prefix: str) -> Path:
    return next(SAMPLES.glob(f"{prefix}_*.txt"))


@pytest.fixture(scope="session")
def azertac_path() -> Path:
    """The AZERTAC interview scrape (NATO Secretary General Stoltenberg)."""
    return _seed("000")


@pytest.fixture(scope="session")
def caliber_path() -> Path:
    """The Caliber.az analysis scrape (Kallas's visit to Baku)."""
    return _seed("001")


@pytest.fixture(scope="session")
def ru_path() -> Path:
    """A Russian-language scrape written for these tests, with site furniture."""
    return DATA / "ru_scrape.txt"


def analyse_bytes(data: bytes, name: str, meta: SourceMeta | None = None) -> Article:
    """Load and analyse a single-document source."""
    docs = load_source(data, name, meta=meta)
    assert len(docs) == 1
    return analyse(docs[0])


@pytest.fixture(scope="session")
def analyse_data() -> Callable[..., Article]:
    """Load and analyse bytes that hold one document."""
    return analyse_bytes


@pytest.fixture(scope="session")
def article_of() -> Callable[[Path], Article]:
    """Analyse a file from disk (without a sidecar)."""

    def run(path: Path) -> Article:
        return analyse_bytes(path.read_bytes(), path.name)

    return run


@pytest.fixture(scope="session")
def azertac(azertac_path: Path) -> Article:
    return analyse_bytes(azertac_path.read_bytes(), azertac_path.name)


@pytest.fixture(scope="session")
def caliber(caliber_path: Path) -> Article:
    return analyse_bytes(caliber_path.read_bytes(), caliber_path.name)


@pytest.fixture(scope="session")
def russian(ru_path: Path) -> Article:
    return analyse_bytes(ru_path.read_bytes(), ru_path.name)
