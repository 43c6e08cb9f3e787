"""The fault soak: a push across several `python -m bot` processes while things break.

During the push a random process is killed with SIGKILL every few seconds and started again,
the fake Bot API answers 429 storms and bursts of 500s, and PostgreSQL is restarted once.
Afterwards the delivery log and what the fake server accepted are compared:

- digests lost (a subscriber without a sent digest) must be 0;
- duplicate messages must be at most the number of kills (the one documented window: a
  message Telegram accepted whose progress was not yet committed when the process died);
- the ceiling must never be exceeded in any one-second window on the server's clock, and
  no 429 may be earned by breaking a limit (the storms' 429s are injected, not earned).

    python -m bench.soak [--subscribers 1500] [--processes 3] [--ceiling 30] [--minutes 9]

It starts its own throwaway PostgreSQL (tests/store/pg_test_server.sh), which it may restart;
exit code 0 when every check holds.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.fakeserver import import_fakebotapi
from bench.fleet import ROOT, TOKEN, BotProcess, audit, bot_env, prepare, wait_all_sent

PG_SCRIPT = ROOT / "tests" / "store" / "pg_test_server.sh"


class Postgres:
    """A throwaway cluster of our own, so that restarting it disturbs nobody else."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.env = dict(os.environ, TMPDIR=str(workdir))
        self.url = ""
        self.data_dir = ""

    def start(self) -> str:
        out = subprocess.run(
            ["bash", str(PG_SCRIPT), "start"],
            env=self.env,
            check=False,
            capture_output=True,
            text=True,
        )
        if out.returncode != 0:
            raise RuntimeError(f"could not start PostgreSQL: {out.stderr.strip()}")
        self.url = out.stdout.strip().splitlines()[-1]
        self.data_dir = (self.workdir / "briefings-pg-test.last").read_text().strip()
        return self.url

    def restart(self) -> None:
        """Stop (fast: connections cut) and start again on the same port."""
        pg_ctl = self._pg_ctl()
        data = f"{self.data_dir}/data"
        log = f"{self.data_dir}/server.log"
        self._as_owner([pg_ctl, "-D", data, "-l", log, "-m", "fast", "-w", "-t", "60", "restart"])

    def stop(self) -> None:
        subprocess.run(
            ["bash", str(PG_SCRIPT), "stop", self.data_dir],
            env=self.env,
            check=False,
            capture_output=True,
        )

    def _pg_ctl(self) -> str:
        found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
        return str(found[-1]) if found else "pg_ctl"

    def _as_owner(self, cmd: list[str]) -> None:
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        # No pipes: the restarted server would inherit them and the call never return.
        subprocess.run(
            cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120
        )


async def soak(args: argparse.Namespace, pg: Postgres, workdir: Path) -> dict[str, Any]:
    fake = import_fakebotapi()
    rng = random.Random(args.seed)
    url = pg.url
    events: dict[str, int] = {"kills": 0, "storms": 0, "bursts": 0, "pg_restarts": 0}
    api = fake.FakeBotAPI(token=TOKEN, limits=fake.Limits(global_max=args.ceiling))
    fleet: list[BotProcess] = []
    started = time.monotonic()
    try:
        prepare(url, args.subscribers, data_dir=workdir, now=dt.datetime.now(dt.UTC))
        await api.start()
        extra = {
            "BROADCAST_CEILING": str(args.ceiling),
            "PAID_BROADCAST": "true" if args.ceiling > 30 else "false",
            # A killed process's claims are taken over after this (the default is 5 minutes).
            "DELIVERY_LEASE": "PT10S",
        }
        fleet = [
            BotProcess(
                bot_env(url, api.url, workdir, RECEIVE_UPDATES="false", **extra),
                workdir,
                workdir / f"bot-{n}.log",
            )
            for n in range(args.processes)
        ]
        for bot in fleet:
            await bot.start()
        push = asyncio.create_task(wait_all_sent(url, args.subscribers, within=args.minutes * 60))
        restart_at = started + args.restart_after
        restarted = False
        tick = 0
        while not push.done():
            await asyncio.wait({push}, timeout=args.kill_every)
            if push.done():
                break
            tick += 1
            victim = rng.choice(fleet)
            await victim.kill()
            events["kills"] += 1
            await victim.start()
            if tick % 2 == 0:
                api.storm_until = api.clock.monotonic() + args.storm_seconds
                events["storms"] += 1
            else:
                api.failures.extend(
                    fake.ScriptedFailure("sendMessage", 500, "Internal Server Error")
                    for _ in range(args.burst)
                )
                events["bursts"] += 1
            if not restarted and time.monotonic() >= restart_at:
                await asyncio.to_thread(pg.restart)
                events["pg_restarts"] += 1
                restarted = True
            print(
                f"{time.monotonic() - started:6.1f} s: {len(api.sent)} messages received, {events}",
                file=sys.stderr,
                flush=True,
            )
        done = push.result()
        seconds = time.monotonic() - started
    finally:
        api.draining = True
        api.wake()
        for bot in fleet:
            await bot.stop()
        await api.stop()
    result = audit(url, api, args.subscribers)
    checks = {
        "all sent": done,
        "no digest lost": result.digests_lost == 0 and result.missing == 0,
        "duplicates <= kills": result.duplicates <= events["kills"],
        "ceiling held": result.max_per_second <= args.ceiling and result.over_limit == 0,
    }
    return {
        "subscribers": args.subscribers,
        "processes": args.processes,
        "ceiling": args.ceiling,
        "seconds": round(seconds, 1),
        **events,
        "digests_sent": result.digests_sent,
        "digests_lost": result.digests_lost,
        "messages_expected": result.messages_expected,
        "messages_received": result.messages_received,
        "duplicates": result.duplicates,
        "missing": result.missing,
        "busiest_second": result.max_per_second,
        "429_injected_or_earned": result.too_many,
        "429_earned": result.over_limit,
        "5xx_injected": sum(1 for _, status, _ in api.rejected if status == 500),
        "digests_per_worker": sorted(result.per_worker.values()),
        "logs": str(workdir),
        "checks": checks,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__)
    parser.add_argument("--subscribers", type=int, default=1500)
    parser.add_argument("--processes", type=int, default=3)
    parser.add_argument("--ceiling", type=int, default=30)
    parser.add_argument("--minutes", type=float, default=9.0, help="give up after this")
    parser.add_argument("--kill-every", type=float, default=5.0, help="seconds between kills")
    parser.add_argument("--storm-seconds", type=float, default=2.0)
    parser.add_argument("--burst", type=int, default=15, help="500s per burst")
    parser.add_argument("--restart-after", type=float, default=20.0, help="PostgreSQL restart")
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="briefings-soak-"))
    workdir.chmod(0o755)  # the cluster's owner (postgres, when we are root) must get in
    pg = Postgres(workdir)
    pg.start()
    try:
        report = asyncio.run(soak(args, pg, workdir))
    finally:
        pg.stop()
    print(json.dumps(report, indent=2))
    return 0 if all(report["checks"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
