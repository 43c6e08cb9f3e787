"""`briefings`: the command line, an adapter over `BriefingService` like the bot is.

User errors (`BriefingError`) become one plain line on stderr and exit code 1; usage
errors exit with 2 (argparse's convention); anything else is a bug and keeps its trace.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

import sqlalchemy as sa

from briefings.config import CoreSettings
from briefings.errors import BriefingError, SourceRejected
from briefings.feeds import cli as feeds_cli
from briefings.ingest import find_sources
from briefings.models import Article
from briefings.render import OutputFormat, render_briefing
from briefings.service import BriefingService

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

#: `ingest` reports progress on stderr every this many files once a run is that long.
PROGRESS_EVERY = 50

Clock = Callable[[], dt.datetime]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; every command has help text."""
    parser = argparse.ArgumentParser(
        prog="briefings",
        description="Turn news article files into short, attributed, per-topic briefings.",
    )
    parser.add_argument(
        "--database-url",
        help="SQLAlchemy URL of the store (default: DATABASE_URL, else a SQLite file in DATA_DIR)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = commands.add_parser(
        "ingest", help="add or update articles from files or folders (recursive)"
    )
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    sources = commands.add_parser("sources", help="list stored articles")
    sources.add_argument(
        "--json", action="store_true", help="every article's full data, one JSON object per line"
    )

    show = commands.add_parser("show", help="one stored article as JSON")
    show.add_argument("article_id", metavar="ID")

    commands.add_parser("topics", help="list the topics a brief can be asked for")

    brief = commands.add_parser("brief", help="the briefing on a topic (id, title or alias)")
    brief.add_argument("topic", nargs="+", metavar="TOPIC")
    brief.add_argument(
        "--format",
        dest="fmt",
        choices=[fmt.value for fmt in OutputFormat],
        default=OutputFormat.TEXT.value,
        help="output format (default: text)",
    )
    brief.add_argument(
        "--max-chars", type=int, default=1200, help="length budget of the brief (default: 1200)"
    )

    feeds_cli.add_parsers(commands)

    remove = commands.add_parser("remove", help="delete a stored article")
    remove.add_argument("article_id", metavar="ID")

    evaluate = commands.add_parser(
        "eval", help="score extraction against a labelled corpus (uses a scratch store)"
    )
    evaluate.add_argument("gold", type=Path, metavar="GOLD.yaml")
    evaluate.add_argument("corpus", type=Path, metavar="CORPUS_DIR")
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.add_argument(
        "--details", action="store_true", help="also list every miss, article by article"
    )
    evaluate.add_argument(
        "--briefs",
        action="store_true",
        help="also measure briefs: labelled key sentences carried vs lead-k, LexRank, random",
    )
    return parser


def _settings(args: argparse.Namespace) -> CoreSettings:
    settings = CoreSettings()
    if args.database_url:
        settings = settings.model_copy(update={"database_url": args.database_url})
    return settings


def _one_line(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def cmd_ingest(service: BriefingService, paths: Sequence[Path], out: TextIO, err: TextIO) -> int:
    files = list(find_sources(paths))
    counts: dict[str, int] = {}
    for done, (path, outcome) in enumerate(service.ingest_paths(files), start=1):
        if isinstance(outcome, SourceRejected):
            counts["rejected"] = counts.get("rejected", 0) + 1
            print(f"rejected   {_rejected_line(path, outcome)}", file=out)
        else:
            results = outcome
            if not results:
                print(f"{'skipped':<10} {path}: metadata sidecar, read with its article", file=out)
            for result in results:
                counts[result.status] = counts.get(result.status, 0) + 1
                # A record of a list file is named "file.json#2": keep the folder part too.
                name = str(path) + result.source_name.removeprefix(path.name)
                note = f" ({result.note})" if result.note else ""
                print(f"{result.status:<10} {name}: {result.article.title}{note}", file=out)
        if len(files) >= PROGRESS_EVERY and done % PROGRESS_EVERY == 0:
            print(f"… {done}/{len(files)} files, {_summary(counts)}", file=err)
    print(f"{len(files)} files: {_summary(counts)}", file=err)
    return EXIT_ERROR if counts.get("rejected") else EXIT_OK


def _rejected_line(path: Path, exc: SourceRejected) -> str:
    """Blame the file at fault: a broken sidecar is named itself, not the article beside it."""
    if exc.source in (path.name, str(path)) or "#" in exc.source:
        return f"{path}: {exc.reason}"
    return f"{path.with_name(exc.source)}: {exc.reason} ({path.name} was not ingested)"


def _summary(counts: dict[str, int]) -> str:
    order = ("added", "updated", "unchanged", "rejected")
    return ", ".join(f"{counts.get(key, 0)} {key}" for key in order)


def _all_articles(service: BriefingService, page: int = 500) -> list[Article]:
    found: list[Article] = []
    while True:
        batch = service.recent(limit=page, offset=len(found))
        found.extend(batch)
        if len(batch) < page:
            return found


def cmd_sources(service: BriefingService, as_json: bool, out: TextIO) -> int:
    articles = _all_articles(service)
    if as_json:
        for article in articles:
            print(article.model_dump_json(), file=out)
        return EXIT_OK
    if not articles:
        print("no articles stored yet; add some with: briefings ingest PATH", file=out)
        return EXIT_OK
    rows = [("ID", "PUBLISHED", "OUTLET", "TOPICS", "TITLE")]
    for article in articles:
        rows.append(
            (
                article.id,
                article.published.isoformat() if article.published else "-",
                article.outlet or "-",
                ",".join(article.topics) or "-",
                _one_line(article.title, 60),
            )
        )
    _print_table(rows, out)
    return EXIT_OK


def _print_table(rows: Sequence[Sequence[str]], out: TextIO) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=True)]
        print("  ".join(cells).rstrip(), file=out)


def cmd_topics(service: BriefingService, out: TextIO) -> int:
    counts = service.store.topic_counts()
    rows = [("ID", "TITLE", "ARTICLES", "ALIASES")]
    for topic in service.topics.topics:
        rows.append((topic.id, topic.title, str(counts.get(topic.id, 0)), ", ".join(topic.aliases)))
    _print_table(rows, out)
    return EXIT_OK


def cmd_brief(
    service: BriefingService,
    topic: str,
    fmt: OutputFormat,
    max_chars: int,
    now: dt.datetime,
    out: TextIO,
) -> int:
    briefing = service.brief(topic, now, max_chars=max_chars)
    print(render_briefing(briefing, fmt), file=out)
    return EXIT_OK


def cmd_eval(args: argparse.Namespace, settings: CoreSettings, out: TextIO) -> int:
    from briefings.evaluate import evaluate, format_details, format_report

    report = evaluate(args.gold, args.corpus, settings=settings)
    coverage = None
    if args.briefs:
        from briefings.digest.benchmark import evaluate_briefs, format_coverage

        coverage = evaluate_briefs(args.gold, args.corpus, settings=settings)
    if args.json:
        if coverage is None:
            print(report.model_dump_json(indent=2), file=out)
        else:
            both = {"extraction": report.model_dump(mode="json"), "briefs": coverage.model_dump()}
            print(json.dumps(both, indent=2), file=out)
        return EXIT_OK
    print(format_report(report), file=out)
    if args.details:
        print("\n" + format_details(report), file=out)
    if coverage is not None:
        print("\n" + format_coverage(coverage), file=out)
        if args.details:
            from briefings.digest.benchmark import format_coverage_details

            print("\n" + format_coverage_details(coverage), file=out)
    return EXIT_OK


def run(args: argparse.Namespace, *, out: TextIO, err: TextIO, clock: Clock = _utcnow) -> int:
    """Run one parsed command; BriefingError propagates to `main`."""
    settings = _settings(args)
    if args.command == "eval":
        return cmd_eval(args, settings, out)
    service = BriefingService(settings)
    try:
        match args.command:
            case "ingest":
                return cmd_ingest(service, args.paths, out, err)
            case "sources":
                return cmd_sources(service, args.json, out)
            case "show":
                print(service.article(args.article_id).model_dump_json(indent=2), file=out)
                return EXIT_OK
            case "topics":
                return cmd_topics(service, out)
            case "brief":
                topic = " ".join(args.topic)
                return cmd_brief(
                    service, topic, OutputFormat(args.fmt), args.max_chars, clock(), out
                )
            case command if command in feeds_cli.COMMANDS:
                return feeds_cli.run(args, service, out, err, clock)
            case "remove":
                removed = service.remove(args.article_id)
                print(f"removed {removed.id}: {removed.title}", file=out)
                return EXIT_OK
            case _:  # pragma: no cover - argparse only accepts the commands above
                raise AssertionError(args.command)
    finally:
        service.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `briefings` console script; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return run(args, out=sys.stdout, err=sys.stderr)
    except BriefingError as exc:
        print(f"briefings: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        # e.g. a data folder that cannot be created; the path and reason are in the message.
        where = f": {exc.filename}" if exc.filename else ""
        print(f"briefings: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_ERROR
    except sa.exc.ArgumentError as exc:
        print(f"briefings: invalid database URL: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except sa.exc.OperationalError as exc:
        logger.debug("database error", exc_info=exc)
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        print(f"briefings: cannot use the database: {reason}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
