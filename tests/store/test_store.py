"""The store keeps articles exactly, deduplicates by content and serves briefs by topic."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from briefings.db import JSONText, json_dumps
from briefings.errors import ArticleNotFound
from briefings.store import VERSION_TABLE, IngestStatus, Store, article_topics, metadata

from .factories import START, FakeClock, make_article


def test_roundtrip_keeps_every_field(store: Store) -> None:
    """An added article comes back equal, stamped with the time it was first ingested."""
    article = make_article(
        people=[{"name": "Kaja Kallas", "role": "EU High Representative"}],
        figures=[{"text": "12.9 bcm", "value": 12.9, "unit": "bcm", "sentence": "..."}],
        quotes=[{"text": "Azerbaijan is a reliable partner", "speaker": "Kaja Kallas"}],
        paragraphs=['Ünicode & <angle> "quotes" — Азербайджан.', "Second paragraph."],
    )
    assert store.upsert(article) is IngestStatus.ADDED
    assert store.get(article.id) == article.model_copy(update={"ingested_at": START})


def test_same_content_twice_is_one_article(store: Store) -> None:
    """Adding identical content again, even under another id, stores nothing new."""
    first = make_article()
    store.upsert(first)
    again = make_article(id="copy", source_name="copy.txt")
    assert store.upsert(first) is IngestStatus.UNCHANGED
    [(status, kept)] = store.upsert_many([again])
    assert status is IngestStatus.UNCHANGED
    assert kept.id == first.id
    assert store.count() == 1


def test_changed_content_same_id_updates(store: Store, clock: FakeClock) -> None:
    """A changed file keeps its id and first-ingest time, and its topics are replaced."""
    store.upsert(make_article())
    clock.advance(hours=2)
    changed = make_article(
        paragraphs=["The Armenia-Azerbaijan peace treaty text was agreed."],
        topics=["peace-talks"],
        topic_scores={"peace-talks": 4.0},
    )
    assert store.upsert(changed) is IngestStatus.UPDATED
    assert store.count() == 1
    stored = store.get("a1")
    assert stored.paragraphs == changed.paragraphs
    assert stored.ingested_at == START
    assert store.for_topic("energy") == []
    assert [a.id for a in store.for_topic("peace-talks")] == ["a1"]
    assert store.last_ingest() == clock.now


def test_missing_ids_raise_article_not_found(store: Store) -> None:
    """Unknown ids are a user error, not a crash."""
    with pytest.raises(ArticleNotFound, match="nope"):
        store.get("nope")
    with pytest.raises(ArticleNotFound):
        store.remove("nope")


def test_remove_cascades_topics(store: Store) -> None:
    """Removing an article removes its topic rows and nothing else."""
    store.upsert(make_article(topics=["energy", "partnerships"]))
    store.upsert(make_article(id="a2", paragraphs=["Other text."]))
    removed = store.remove("a1")
    assert removed.id == "a1"
    assert store.count() == 1
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(article_topics.c.article_id)).scalars().all()
    assert rows == ["a2"]
    with pytest.raises(ArticleNotFound):
        store.get("a1")


def test_for_topic_orders_newest_first_undated_last(store: Store, clock: FakeClock) -> None:
    """Briefs see the newest publications first; undated ones last; limit applies."""
    dates = {"old": dt.date(2024, 3, 18), "new": dt.date(2025, 4, 26), "undated": None}
    for name, published in dates.items():
        store.upsert(make_article(id=name, published=published, paragraphs=[name]))
        clock.advance(minutes=1)
    store.upsert(make_article(id="other", topics=["climate"], paragraphs=["cop29"]))
    assert [a.id for a in store.for_topic("energy")] == ["new", "old", "undated"]
    assert [a.id for a in store.for_topic("energy", limit=2)] == ["new", "old"]
    assert store.for_topic("demining") == []


def test_for_topic_same_date_newer_ingest_first(store: Store, clock: FakeClock) -> None:
    """Between articles of one date, the one ingested later comes first."""
    store.upsert(make_article(id="first", paragraphs=["1"]))
    clock.advance(minutes=5)
    store.upsert(make_article(id="second", paragraphs=["2"]))
    assert [a.id for a in store.for_topic("energy")] == ["second", "first"]


def test_for_topic_since_filter(store: Store, clock: FakeClock) -> None:
    """`ingested_after` returns only articles added or changed after that moment."""
    store.upsert(make_article(id="before", paragraphs=["b"]))
    cutoff = clock.advance(hours=1)
    clock.advance(minutes=1)
    store.upsert(make_article(id="after", paragraphs=["a"]))
    assert [a.id for a in store.for_topic("energy", ingested_after=cutoff)] == ["after"]
    clock.advance(minutes=1)
    store.upsert(make_article(id="before", paragraphs=["b, corrected"]))
    found = {a.id for a in store.for_topic("energy", ingested_after=cutoff)}
    assert found == {"before", "after"}


def test_list_recent_pages(store: Store, clock: FakeClock) -> None:
    """Sources are listed most recently ingested first, page by page."""
    for i in range(5):
        store.upsert(make_article(id=f"n{i}", paragraphs=[str(i)]))
        clock.advance(minutes=1)
    assert [a.id for a in store.list_recent(limit=2)] == ["n4", "n3"]
    assert [a.id for a in store.list_recent(limit=2, offset=2)] == ["n2", "n1"]
    assert [a.id for a in store.list_recent(limit=10, offset=4)] == ["n0"]


def test_counts_and_last_ingest(store: Store, clock: FakeClock) -> None:
    """An empty store says so; counts follow writes."""
    assert store.count() == 0
    assert store.last_ingest() is None
    store.upsert(make_article(topics=["energy", "partnerships"]))
    later = clock.advance(days=1)
    store.upsert(make_article(id="b", paragraphs=["x"], topics=["energy"]))
    assert store.count() == 2
    assert store.last_ingest() == later
    assert store.topic_counts() == {"energy": 2, "partnerships": 1}


def test_batch_is_all_or_nothing(database_url: str) -> None:
    """If storing one article of a file fails, none of that file's articles is stored."""
    calls = 0

    def failing_clock() -> dt.datetime:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("disk full")
        return START

    store = Store(database_url, clock=failing_clock)
    store.migrate()
    try:
        with pytest.raises(RuntimeError):
            store.upsert_many(
                [make_article(id="x1", paragraphs=["1"]), make_article(id="x2", paragraphs=["2"])]
            )
        assert store.count() == 0
    finally:
        store.close()


def test_migrate_is_idempotent_and_matches_models(database_url: str) -> None:
    """Migrating twice is harmless, uses its own version table and builds the models' schema."""
    store = Store(database_url)
    try:
        store.migrate()
        store.migrate()
        with store.engine.connect() as connection:
            versions = connection.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
            context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
            diff = compare_metadata(context, metadata)
        assert len(versions) == 1
        assert diff == []
        assert "alembic_version" not in sa.inspect(store.engine).get_table_names()
    finally:
        store.close()


def test_migrate_leaves_other_alembic_histories_alone(database_url: str) -> None:
    """The bot's own version table in the same database is neither read nor changed."""
    store = Store(database_url)
    try:
        with store.engine.begin() as connection:
            connection.execute(
                sa.text("CREATE TABLE bot_alembic_version (version_num VARCHAR(32))")
            )
            connection.execute(sa.text("INSERT INTO bot_alembic_version VALUES ('bot_0001')"))
        store.migrate()
        with store.engine.connect() as connection:
            bot = connection.execute(sa.text("SELECT version_num FROM bot_alembic_version")).all()
        assert [tuple(row) for row in bot] == [("bot_0001",)]
        assert store.count() == 0
    finally:
        store.close()


def test_sqlite_uses_wal_and_foreign_keys(sqlite_url: str) -> None:
    """SQLite runs in WAL mode (readers alongside a writer) with foreign keys enforced."""
    store = Store(sqlite_url)
    try:
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        store.close()


def test_in_memory_sqlite_keeps_one_database() -> None:
    """`sqlite://` is one database across connections, not a new empty one each time."""
    store = Store("sqlite://")
    try:
        store.migrate()
        store.upsert(make_article())
        assert store.count() == 1
    finally:
        store.close()


def test_article_json_is_written_once_and_reads_back(store: Store) -> None:
    """The JSON column holds pydantic's own serialisation of the article (written as is, not
    dumped to dicts and serialised again), and it reads back as the same article."""
    article = make_article(paragraphs=["Ünicode — Азербайджан «кавычки» & <b>.", "Second."])
    store.upsert(article)
    with store.engine.connect() as connection:
        raw = connection.execute(sa.text("SELECT data FROM articles")).scalar_one()
    stored = store.get(article.id)
    if isinstance(raw, str):  # SQLite keeps the text as written; PostgreSQL parses it
        assert raw == stored.model_dump_json()
    assert stored == article.model_copy(update={"ingested_at": START})


def test_infinite_figure_survives_the_store(sqlite_url: str) -> None:
    """A figure too large for a float (inf) is written as before and reads back; pydantic's
    own JSON would have written null, which no longer validates as an article."""
    store = Store(sqlite_url)
    try:
        store.migrate()
        huge = {"text": "$9e999", "value": float("inf"), "unit": "USD", "sentence": "..."}
        article = make_article(figures=[huge])
        store.upsert(article)
        assert store.get(article.id).figures[0].value == float("inf")
    finally:
        store.close()


def test_json_columns_take_text_as_is_and_values_as_before() -> None:
    """`JSONText` is written unchanged; any other value is serialised as SQLAlchemy would."""
    assert json_dumps(JSONText('{"a":1}')) == '{"a":1}'
    value = {"b": [1, 2.5, None], "c": "Ü"}
    assert json_dumps(value) == json.dumps(value)


def test_naive_datetimes_are_refused(store: Store) -> None:
    """A naive `ingested_after` is a programming error caught early, not a silent timezone bug."""
    with pytest.raises(sa.exc.StatementError, match="naive datetime"):
        store.for_topic("energy", ingested_after=dt.datetime(2025, 1, 1))


def test_concurrent_writer_of_same_article(database_url: str) -> None:
    """If another process stores the same article mid-write, the write retries and sees it."""
    other = Store(database_url)
    other.migrate()
    article = make_article()
    interfered = False

    def interfering_clock() -> dt.datetime:
        # Called after the dedupe check and before the insert: the worst moment for a race.
        nonlocal interfered
        if not interfered:
            interfered = True
            other.upsert(article)
        return START

    store = Store(database_url, clock=interfering_clock)
    try:
        assert store.upsert(article) is IngestStatus.UNCHANGED
        assert store.count() == 1
    finally:
        store.close()
        other.close()


@pytest.mark.parametrize("cache_size", [pytest.param(4096, id="big"), pytest.param(1, id="tiny")])
def test_for_topic_never_serves_stale_articles(database_url: str, cache_size: int) -> None:
    """A change written by another process shows up in the next brief, whatever the cache holds."""
    reader = Store(database_url, cache_size=cache_size)
    writer = Store(database_url)
    try:
        writer.migrate()
        writer.upsert(make_article(id="a", paragraphs=["first version"]))
        writer.upsert(make_article(id="b", paragraphs=["other"]))
        assert [a.paragraphs for a in reader.for_topic("energy")] == [["other"], ["first version"]]
        writer.upsert(make_article(id="a", paragraphs=["second version"]))
        writer.remove("b")
        assert [a.paragraphs for a in reader.for_topic("energy")] == [["second version"]]
    finally:
        reader.close()
        writer.close()


def test_sqlite_driver_path_writes_the_rows_sqlalchemy_would(tmp_path: Path) -> None:
    """SQLite's per-article statements bypass SQLAlchemy's execution (briefings.driver_sql);
    added, unchanged and updated articles leave the same rows as SQLAlchemy's own path."""
    edits = [
        make_article(id="a", url="https://x.test/a", topics=["energy", "climate"]),
        make_article(id="b", paragraphs=["Ünicode “quotes” — Азербайджан."], published=None),
        make_article(id="a", url="https://x.test/a", paragraphs=["An edited text."]),
        make_article(id="b", paragraphs=["Ünicode “quotes” — Азербайджан."], published=None),
    ]
    dumps = []
    for driver in (True, False):
        store = Store(f"sqlite:///{tmp_path / f'{driver}.db'}", clock=FakeClock())
        assert store._driver is not None
        if not driver:
            store._driver = None
        try:
            store.migrate()
            statuses = [store.upsert(a) for a in edits]
            with store.engine.connect() as connection:
                rows = [
                    connection.exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1, 2").all()
                    for t in ("articles", "article_topics")
                ]
        finally:
            store.close()
        dumps.append((statuses, rows))
    assert dumps[0] == dumps[1]
    assert dumps[0][0] == ["added", "added", "updated", "unchanged"]


def test_sqlite_driver_errors_are_sqlalchemys(tmp_path: Path) -> None:
    """A write the database refuses is `sa.exc.OperationalError` on the driver path too: the
    CLI and the bot catch that one to say the database cannot be used."""
    store = Store(f"sqlite:///{tmp_path / 'ro.db'}", clock=FakeClock())
    try:
        store.migrate()
        store.engine.dispose()
        sa.event.listen(
            store.engine, "connect", lambda conn, _: conn.execute("PRAGMA query_only=ON")
        )
        with pytest.raises(sa.exc.OperationalError, match="readonly"):
            store.upsert(make_article())
    finally:
        store.close()
