"""Admin commands: uploads and /addsource, /sources, /removesource, /preview, /stats."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bot.callbacks import SourcesButton, encode
from bot.commandbase import CommandBase
from bot.digests import build_reader_digest
from bot.i18n import localized
from bot.replies import Button, Caller, Reply
from briefings.errors import ArticleNotFound, SourceRejected
from briefings.ingest import IngestResult

SOURCES_PAGE = 8


class AdminCommands(CommandBase):
    """What only the bot's admins may do: feed the store and look into it."""

    def cmd_addsource(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        if not (caller.console and args):
            return [self._reply("addsource_hint", console=caller.console)]
        path = Path(" ".join(args)).expanduser()
        try:
            results = self.ingester.ingest_path(path)
        except SourceRejected as exc:
            return [self._reply("ingest_rejected", name=exc.source, reason=exc.reason)]
        except OSError as exc:
            return [self._reply("ingest_rejected", name=str(path), reason=exc.strerror or str(exc))]
        return [self.ingest_reply(results)]

    @localized(lambda self: self.reader)
    def ingest_document(self, data: bytes, name: str, caller: Caller) -> list[Reply]:
        """A file an admin sent: ingest it and say what was understood or why not."""
        if not caller.is_admin:
            return [self._reply("refusal", action="upload")]
        try:
            results = self.ingester.ingest_bytes(data, name)
        except SourceRejected as exc:
            return [self._reply("ingest_rejected", name=exc.source, reason=exc.reason)]
        return [self.ingest_reply(results)]

    def ingest_reply(self, results: Sequence[IngestResult]) -> Reply:
        return self._reply(
            "ingest_result",
            results=results,
            topic_titles=[self._titles(r.article.topics) for r in results],
        )

    def reject_reply(self, name: str, reason: str) -> Reply:
        return self._reply("ingest_rejected", name=name, reason=reason)

    def cmd_sources(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        page = int(args[0]) if args and args[0].isdigit() else 1
        return [self._sources_page(max(0, (page - 1) * SOURCES_PAGE))]

    def _sources_page(self, offset: int, *, edit: bool = False) -> Reply:
        total = self.service.store.count()
        # A page past the end (an old button after removals) shows the last page instead.
        offset = min(offset, max(0, (total - 1) // SOURCES_PAGE * SOURCES_PAGE))
        articles = self.service.recent(limit=SOURCES_PAGE, offset=offset)
        nav: list[Button] = []
        if offset > 0:
            nav.append(
                Button(
                    text=self._label("newer"),
                    data=encode(SourcesButton(offset=max(0, offset - SOURCES_PAGE))),
                )
            )
        if offset + SOURCES_PAGE < total:
            nav.append(
                Button(
                    text=self._label("older"),
                    data=encode(SourcesButton(offset=offset + SOURCES_PAGE)),
                )
            )
        reply = self._reply(
            "sources", [nav] if nav else [], articles=articles, offset=offset, total=total
        )
        return reply.model_copy(update={"edit": edit})

    def cmd_removesource(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        if not args:
            return [self._reply("source_removed", article=None, article_id=None)]
        try:
            article = self.service.remove(args[0])
        except ArticleNotFound:
            return [self._reply("source_removed", article=None, article_id=args[0])]
        return [self._reply("source_removed", article=article, article_id=article.id)]

    def cmd_preview(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        user_id = int(args[0]) if args and args[0].lstrip("-").isdigit() else None
        sub = self.store.get(user_id if user_id is not None else caller.user_id)
        if sub is None or not sub.topics:
            return [self._reply("preview", sub=None, user_id=user_id, count=0)]
        last = self.store.last_success(sub.id)
        messages = build_reader_digest(
            self.service,
            self.texts,
            self.readers,
            sub,
            self.clock.now(),
            last.built_at if last else None,
            record=False,  # a preview shows the reader nothing
        )
        header = self._reply("preview", sub=sub, user_id=user_id, count=len(messages))
        return [header, *(Reply(html=m) for m in messages)]

    def cmd_stats(self, args: Sequence[str], caller: Caller) -> list[Reply]:
        now = self.clock.now()
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        return [
            self._reply(
                "stats",
                stats=self.store.stats(midnight),
                articles=self.service.store.count(),
                last_ingest=self.service.store.last_ingest(),
            )
        ]
