"""Aggregate push rate of 1, 2 and 3 `python -m bot` processes over one PostgreSQL.

"Limiter off": `BROADCAST_CEILING=1000` with `PAID_BROADCAST=true` and no per-chat interval,
against a fake server that enforces nothing (how the pipeline scales across processes on this
machine). "Limiter on": the default 30 msgs/s shared by three processes against the enforcing
fake server (the share of the ceiling reached). Rates are measured on the server's clock from
its first accepted message to its last.

    python -m bench.fleetpush --postgres-url URL [--subscribers 3000] [--limited 600]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bench.fakeserver import import_fakebotapi
from bench.fleet import TOKEN, BotProcess, audit, bot_env, prepare, wait_all_sent


def fresh_database(base: str) -> str:
    name = f"fleetpush_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return sa.make_url(base).set(database=name).render_as_string(hide_password=False)


def drop_database(base: str, url: str) -> None:
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{sa.make_url(url).database}" WITH (FORCE)')
    admin.dispose()


async def run(base: str, processes: int, subscribers: int, limited: bool) -> dict[str, Any]:
    fake = import_fakebotapi()
    url = fresh_database(base)
    workdir = Path(tempfile.mkdtemp(prefix="briefings-fleetpush-"))
    prepare(url, subscribers, data_dir=workdir, now=dt.datetime.now(dt.UTC))
    api = fake.FakeBotAPI(token=TOKEN, limits=fake.Limits() if limited else None)
    await api.start()
    extra = (
        {"BROADCAST_CEILING": "30"}
        if limited
        else {"BROADCAST_CEILING": "1000", "PAID_BROADCAST": "true", "RATE_CHAT_INTERVAL": "0"}
    )
    fleet = [
        BotProcess(
            bot_env(url, api.url, workdir, RECEIVE_UPDATES="false", **extra),
            workdir,
            workdir / f"bot-{n}.log",
        )
        for n in range(processes)
    ]
    try:
        for bot in fleet:
            await bot.start()
        done = await wait_all_sent(url, subscribers, within=600)
    finally:
        api.draining = True
        api.wake()
        for bot in fleet:
            await bot.stop()
        await api.stop()
    result = audit(url, api, subscribers)
    drop_database(base, url)
    times = sorted(m.at for m in api.sent)
    span = times[-1] - times[0] if len(times) > 1 else 0.0
    rate = (len(times) - 1) / span if span else 0.0
    return {
        "processes": processes,
        "limiter": "on (30/s shared)" if limited else "off (1000/s ceiling)",
        "subscribers": subscribers,
        "all_sent": done,
        "messages": len(times),
        "seconds": round(span, 2),
        "rate": round(rate, 1),
        "percent_of_ceiling": round(100 * rate / 30, 1) if limited else None,
        "busiest_second": result.max_per_second,
        "429s": result.too_many,
        "duplicates": result.duplicates,
        "lost": result.digests_lost,
        "per_process": sorted(result.per_worker.values()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fleetpush", description=__doc__)
    parser.add_argument("--postgres-url", required=True)
    parser.add_argument("--subscribers", type=int, default=3000)
    parser.add_argument("--limited", type=int, default=600, help="subscribers, limiter on")
    args = parser.parse_args(argv)
    rows = []
    for n in (1, 2, 3):
        rows.append(asyncio.run(run(args.postgres_url, n, args.subscribers, limited=False)))
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    rows.append(asyncio.run(run(args.postgres_url, 3, args.limited, limited=True)))
    print(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
