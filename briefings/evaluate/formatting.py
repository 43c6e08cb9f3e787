"""An `EvalReport` as plain text: the summary table and the per-article misses."""

from __future__ import annotations

from briefings.evaluate.report import EvalReport, MetaOutcome, MetaScore

#: How each kind of miss reads in the report, by field ("published: 2 undated when dated").
_MISS_NAMES: dict[str, dict[MetaOutcome, str]] = {
    "published": {
        MetaOutcome.UNKNOWN: "undated when dated",
        MetaOutcome.INVENTED: "dated when undated",
        MetaOutcome.WRONG: "wrong date",
    },
}


def format_details(report: EvalReport) -> str:
    """What was missed, article by article: where to look when a score drops."""
    lines: list[str] = []
    for outcome in report.outcomes:
        if outcome.gold_topics != outcome.predicted_topics:
            lines.append(
                f"topics  {outcome.file}: labelled {outcome.gold_topics or '[]'},"
                f" predicted {outcome.predicted_topics or '[]'}"
            )
    for label, recall in (
        ("figure", report.figures),
        ("quote", report.quotes),
        ("person", report.people),
    ):
        # quotes never extracted ("[text]") first, apart from those extracted with no or
        # another speaker: the two have different causes
        misses = sorted(recall.missed, key=lambda m: not m.startswith("[text]"))
        lines.extend(f"{label:<7} missed {missed}" for missed in misses)
    lines.extend(f"speaker wrong  {wrong}" for wrong in report.wrong_speakers)
    lines.extend(f"speaker part   {part}" for part in report.partial_speakers)
    for meta in report.metadata:
        lines.extend(f"{meta.field:<9} wrong {missed}" for missed in meta.missed)
    return "\n".join(lines) if lines else "nothing missed"


def meta_summary(meta: MetaScore) -> str:
    """One field's outcomes in a line: "outlet: 9 right, 18 unknown, 0 invented, 3 wrong"."""
    names = _MISS_NAMES.get(meta.field, {})
    counts = [(MetaOutcome.RIGHT, meta.right)]
    if meta.field == "title":
        counts.append((MetaOutcome.FIRST_SENTENCE, meta.first_sentence))
    else:
        counts += [(MetaOutcome.UNKNOWN, meta.unknown), (MetaOutcome.INVENTED, meta.invented)]
    counts.append((MetaOutcome.WRONG, meta.wrong))
    parts = [f"{n} {names.get(kind, kind.value)}" for kind, n in counts]
    return f"{meta.field}: " + ", ".join(parts)


def format_report(report: EvalReport) -> str:
    """The report as a plain-text table."""
    lines = [f"{'topic':<16} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'recall':>6} {'f1':>6}"]
    for row in [*report.topics, report.micro]:
        lines.append(
            f"{row.topic:<16} {row.tp:>4} {row.fp:>4} {row.fn:>4} "
            f"{row.precision:>6.2f} {row.recall:>6.2f} {row.f1:>6.2f}"
        )
    lines.append(
        f"{'macro f1':<16} {'':>4} {'':>4} {'':>4} {'':>6} {'':>6} {report.macro_f1:>6.2f}"
    )
    lines.append("")
    lines.append(
        f"off-topic articles given a topic: {report.off_topic_with_topics}"
        f" of {report.off_topic_articles}"
    )
    for label, recall in (
        ("figures", report.figures),
        ("quotes (right speaker)", report.quotes),
        ("people", report.people),
    ):
        lines.append(
            f"{label + ' recall:':<30} {recall.found:>3}/{recall.total:<3} {recall.recall:>6.2f}"
        )
    lines.append(f"{'quotes, wrong speaker:':<30} {len(report.wrong_speakers):>3}")
    lines.append(f"{'quotes, speaker in part:':<30} {len(report.partial_speakers):>3}")
    for meta in report.metadata:
        lines.append(f"{meta.field + ' right:':<30} {meta.right:>3}/{meta.total:<3}")
    lines.extend(meta_summary(meta) for meta in report.metadata)
    rejected = [o for o in report.outcomes if o.rejected]
    if rejected:
        lines.append("")
        lines.extend(f"rejected {o.file}: {o.rejected}" for o in rejected)
    lines.append(f"\n{report.articles} labelled articles")
    return "\n".join(lines)
