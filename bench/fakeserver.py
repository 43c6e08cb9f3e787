"""The project's fake Bot API server (tests/fakebotapi.py) in a process of its own.

Glue for the push benchmark: the server must not share a core or an event loop with the bot
it measures. It prints its URL on stdout, serves until a line arrives on stdin (or stdin
closes), then prints one JSON object: every accepted message (chat, text hash, server time)
and the counts of 429s and other rejections.

With `--briefs N`, once the push's first message arrives it also plays N readers who each send
`/brief energy` (one every `--brief-pace` s) and reports each one's wait for the first message
of the reply, on this process's clock: another reader's latency while a push is running.

    python -m bench.fakeserver --token T [--enforce] [--briefs N --brief-pace S]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import importlib
import json
import sys
import time
from pathlib import Path
from typing import Any

TESTS_DIR = Path(__file__).resolve().parents[1] / "tests"


def import_fakebotapi() -> Any:
    """The fake server module (tests/ is not a package, so it is put on the path)."""
    if str(TESTS_DIR) not in sys.path:
        sys.path.append(str(TESTS_DIR))
    return importlib.import_module("fakebotapi")


#: Chat ids of the readers asking for /brief during the push (above every subscriber's chat,
#: below the raw burst's `bench.pushproc.RAW_CHAT_BASE`).
BRIEF_CHAT_BASE = 800_000_000


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:16]


class BriefAsker:
    """Readers' `/brief energy` during the push: seconds from each request entering the server
    to the first message of its reply, and whether the push was still sending by then."""

    def __init__(self, api: Any, count: int, pace: float) -> None:
        self.api, self.count, self.pace = api, count, pace
        self.asked: dict[int, float] = {}
        self.answered: dict[int, float] = {}
        self.last_push = 0.0
        self.push_started = asyncio.Event()
        api.on_record = self.record

    def record(self, message: Any) -> None:
        now = time.perf_counter()
        if message.chat_id in self.asked:
            self.answered.setdefault(message.chat_id, now)
        elif message.chat_id < BRIEF_CHAT_BASE:
            self.last_push = now
            self.push_started.set()

    async def run(self) -> None:
        await self.push_started.wait()
        await asyncio.sleep(1.0)  # the push in full swing
        for n in range(self.count):
            chat = BRIEF_CHAT_BASE + n
            self.asked[chat] = time.perf_counter()
            self.api.message(chat, "/brief energy")
            await asyncio.sleep(self.pace)

    def result(self) -> dict[str, Any]:
        done = {c: t for c, t in self.answered.items() if c in self.asked}
        return {
            "seconds": [done[c] - self.asked[c] for c in self.asked if c in done],
            "missing": self.count - len(done),
            "during_push": sum(1 for t in done.values() if t <= self.last_push),
        }


async def serve(token: str, enforce: bool, briefs: int = 0, pace: float = 0.5) -> dict[str, Any]:
    fake = import_fakebotapi()
    api = fake.FakeBotAPI(token=token, limits=fake.Limits() if enforce else None)
    url = await api.start()
    print(url, flush=True)
    asker = BriefAsker(api, briefs, pace) if briefs else None
    asking = asyncio.create_task(asker.run()) if asker is not None else None
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.readline)
    if asking is not None:
        asking.cancel()  # readers who had not asked yet count as missing
    brief_result = asker.result() if asker is not None else {}
    result = {
        "cpu_seconds": time.process_time(),
        "sent": [[m.chat_id, text_hash(m.text), m.at] for m in api.sent],
        "too_many": api.too_many,
        "rejected": [[method, status, text] for method, status, text in api.rejected],
        "briefs": brief_result,
    }
    await api.stop()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fakeserver")
    parser.add_argument("--token", required=True)
    parser.add_argument("--enforce", action="store_true", help="enforce Telegram's rate limits")
    parser.add_argument("--briefs", type=int, default=0, help="readers asking /brief meanwhile")
    parser.add_argument("--brief-pace", type=float, default=0.5, help="seconds between them")
    args = parser.parse_args(argv)
    result = asyncio.run(serve(args.token, args.enforce, args.briefs, args.brief_pace))
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
