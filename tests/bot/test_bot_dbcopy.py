"""`briefings-bot db copy --to URL`: everything from the SQLite file into an empty database,
counts verified, a non-empty target refused."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from botkit import SAMPLES

from bot.__main__ import main
from bot.config import BotSettings
from bot.subscriptions import SubscriptionStore
from bot.tables import DeliveryStatus, FailureKind
from briefings.service import BriefingService
from briefings.store import Store

PG = os.environ.get("BOT_TEST_POSTGRES_URL") or os.environ.get("TEST_POSTGRES_URL")
NOW = dt.datetime(2025, 5, 5, 4, 0, 30, 123456, tzinfo=dt.UTC)
LEASE = dt.timedelta(minutes=5)


@pytest.fixture(params=["sqlite", "postgresql"])
def target_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'target.db'}"
        return
    if not PG:
        pytest.skip("BOT_TEST_POSTGRES_URL not set")
    name = f"copy_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield sa.make_url(PG).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


@pytest.fixture
def source_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A SQLite database with the samples, three subscribers and their delivery log."""
    url = f"sqlite:///{tmp_path / 'source.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "")
    settings = BotSettings(_env_file=None, data_dir=tmp_path, database_url=url)
    service = BriefingService(settings, store=Store(url))
    service.store.migrate()
    for path in sorted(SAMPLES.glob("*.txt")):
        service.ingest_path(path)
    service.close()
    store = SubscriptionStore.from_url(url)
    store.migrate()
    for uid in (11, 12, 13):
        sub = store.ensure(
            uid, uid, name=f"R{uid}", timezone="Asia/Baku", digest_time=dt.time(8), now=NOW
        )
        store.set_topics(sub.id, ["energy", "economy"], NOW)
        claim = store.claim(sub.id, NOW.date(), worker="w", now=NOW, lease=LEASE, max_attempts=3)
        assert claim is not None
        store.save_payload(claim.id, "w", [f"digest for {uid}"], NOW)
        if uid == 13:
            store.finish(
                claim.id, "w", DeliveryStatus.FAILED, NOW, "timed out", FailureKind.TRANSIENT
            )
        else:
            assert store.progress(claim.id, "w", 1, NOW, done=True)
    store.engine.dispose()
    return url


def test_copy_moves_everything_and_verifies(
    source_url: str, target_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Articles, subscribers (with topics) and the delivery log arrive equal, timestamps as
    the same UTC instants; the target hands out new ids after the copied ones."""
    assert main(["db", "copy", "--to", target_url]) == 0
    out = capsys.readouterr().out
    assert "row counts verified" in out

    src_articles, dst_articles = Store(source_url), Store(target_url)
    assert dst_articles.count() == src_articles.count() > 0
    assert dst_articles.list_recent(50) == src_articles.list_recent(50)
    src_articles.close()
    dst_articles.close()

    src, dst = SubscriptionStore.from_url(source_url), SubscriptionStore.from_url(target_url)
    assert dst.all() == src.all() and len(dst.all()) == 3
    assert dst.all_deliveries() == src.all_deliveries()
    assert {d.failure_kind for d in dst.all_deliveries()} == {None, FailureKind.TRANSIENT}
    assert dst.all_deliveries()[0].claimed_at == NOW
    newcomer = dst.ensure(99, 99, name="New", timezone="UTC", digest_time=dt.time(9), now=NOW)
    assert newcomer.id > max(s.id for s in src.all())
    src.engine.dispose()
    dst.engine.dispose()


def test_copy_refuses_a_target_with_data(
    source_url: str, target_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second copy into the now non-empty target is refused (exit 2) and changes nothing."""
    assert main(["db", "copy", "--to", target_url]) == 0
    dst = SubscriptionStore.from_url(target_url)
    dst.ensure(77, 77, name="Kept", timezone="UTC", digest_time=dt.time(9), now=NOW)
    before = dst.all()
    capsys.readouterr()
    assert main(["db", "copy", "--to", target_url]) == 2
    err = capsys.readouterr().err
    assert "not empty" in err and "bot_subscribers" in err
    assert dst.all() == before
    dst.engine.dispose()
