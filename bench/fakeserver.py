"""The project's fake Bot API server (tests/fakebotapi.py) in a process of its own.

Glue for the push benchmark: the server must not share a core or an event loop with the bot
it measures. It prints its URL on stdout, serves until a line arrives on stdin (or stdin
closes), then prints one JSON object: every accepted message (chat, text hash, server time)
and the counts of 429s and other rejections.

    python -m bench.fakeserver --token T [--enforce]
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


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:16]


async def serve(token: str, enforce: bool) -> dict[str, Any]:
    fake = import_fakebotapi()
    api = fake.FakeBotAPI(token=token, limits=fake.Limits() if enforce else None)
    url = await api.start()
    print(url, flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.readline)
    result = {
        "cpu_seconds": time.process_time(),
        "sent": [[m.chat_id, text_hash(m.text), m.at] for m in api.sent],
        "too_many": api.too_many,
        "rejected": [[method, status, text] for method, status, text in api.rejected],
    }
    await api.stop()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fakeserver")
    parser.add_argument("--token", required=True)
    parser.add_argument("--enforce", action="store_true", help="enforce Telegram's rate limits")
    args = parser.parse_args(argv)
    result = asyncio.run(serve(args.token, args.enforce))
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
