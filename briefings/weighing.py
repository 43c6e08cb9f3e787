"""How one sentence's matched cues become its score for a topic (briefings.scoring).

Overlapping cues count once, by the best cover of the sentence (briefings.cues); a relation
pair's compound sets a floor; negative vocabulary subtracts; a false friend hides what it covers.
"""

from __future__ import annotations

from briefings.cues import Match, best_cover


def outside(matches: list[Match], blanked: list[Match]) -> list[Match]:
    """`matches` less those inside a false friend: "QatarEnergy" names a firm, not a state."""
    if not blanked:
        return matches
    hidden = {i for m in blanked for i in range(m.start, m.end)}
    return [m for m in matches if hidden.isdisjoint(range(m.start, m.end))]


def weigh(
    cues: list[tuple[Match, float]], negatives: list[tuple[Match, float]]
) -> tuple[float, float]:
    """(positive, negative) evidence of one sentence's split cue and negative matches."""
    if not cues:
        return 0.0, 0.0
    # A compound says what the sentence weighs at least; the words it rests on are already
    # counted ("the intergovernmental agreement the two states signed" is one fact).
    floor = max((w for m, w in cues if m.start < 0), default=0.0)
    rest = [(m, w) for m, w in cues if m.start >= 0]
    return max(floor, best_cover(rest)), best_cover(negatives)


def net(positive: float, negative: float) -> float:
    """A sentence's score: its positive evidence less the negative, never below nothing."""
    return max(0.0, positive - negative) if positive else 0.0
