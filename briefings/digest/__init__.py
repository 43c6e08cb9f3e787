"""The extractive per-topic digest, along its pipeline's seams.

scoring (what a sentence is worth) → candidates (the offer) → selection (items, the fill)
with dedup (same fact, several sources), figures (key figures) and quotes (the quote) →
budget (rendered characters) → build (`build_briefing`, the one entry point).
"""

from briefings.digest.build import build_briefing
from briefings.digest.dedup import Fingerprint, fingerprint, same_fact
from briefings.digest.figures import figure_context, group_figures
from briefings.digest.scoring import (
    attribution,
    display_sentence,
    fact_density,
    recency,
    refers_back,
    specificity,
    title_echo,
)

__all__ = [
    "Fingerprint",
    "attribution",
    "build_briefing",
    "display_sentence",
    "fact_density",
    "figure_context",
    "fingerprint",
    "group_figures",
    "recency",
    "refers_back",
    "same_fact",
    "specificity",
    "title_echo",
]
