"""Why this answer: suggest()'s own ranking, laid out for a trainer.

Nothing is ranked again here: the engine hands over what suggest() decided (a Ranking),
and this module only reads it: each channel's rank and score, the fused score, the
corrections that lowered a candidate (calibration.corrections), the confidence against the
cut-off, the card it was merged into, and compliance warnings, with the file and line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from assist.knowledge.model import Snippet
from assist.results import SuggestResult
from assist.suggest import calibration, shop_check
from assist.suggest.generic import is_generic
from assist.trainer.compliance import flags, shop_words

if TYPE_CHECKING:
    from assist.retrieval.keyword import KeywordIndex
    from assist.suggest.ranking import Ranking

SHOWN, DUPLICATE, BELOW_CUT_OFF, BEYOND_LIMIT = "shown", "duplicate", "below cut-off", "not shown"


@dataclass(frozen=True)
class ChannelRank:
    channel: str
    rank: int | None  # 1-based in that channel's own list; None: it did not find the snippet
    score: float | None  # its own score (keyword coverage, cosine)


@dataclass(frozen=True)
class Explained:
    rank: int  # 1-based in the final ranking
    snippet_id: str
    kind: str
    file: str
    line: int
    question: str
    reply: str
    fused: float  # reciprocal rank fusion of the channels' ranks
    score: float  # the ranking value after corrections and re-ranking
    confidence: float
    label: str
    channels: tuple[ChannelRank, ...]
    matched: tuple[str, ...]  # buyer words found in the snippet
    lowered: tuple[str, ...]  # calibration corrections applied (generic, intro...)
    status: str  # SHOWN, DUPLICATE, BELOW_CUT_OFF or BEYOND_LIMIT
    reason: str  # one sentence for the trainer
    card: int | None = None  # the card (1-based) it is shown as or merged into
    compliance: tuple[str, ...] = ()  # flagged words; a warning, cards are not blocked


@dataclass
class Explanation:
    query: str
    answered: bool
    cut_off: float
    gate: float | None
    gate_threshold: float
    channels: tuple[str, ...]
    notes: list[str] = field(default_factory=list)
    candidates: list[Explained] = field(default_factory=list)
    shop_likeness: float | None = None  # the shop check's answer, when the model has one
    shop_minimum: float = shop_check.MINIMUM

    @property
    def not_for_shop(self) -> bool:
        """The shop check turned the message away (shop_check.py)."""
        return shop_check.turned_away(self.shop_likeness)


def explain(result: SuggestResult, ranking: Ranking | None, snippets: Sequence[Snippet],
            keyword: KeywordIndex | None, depth: int, root: Path | None = None) -> Explanation:
    out = Explanation(result.query, bool(ranking and ranking.answered),
                      ranking.cut_off if ranking else 0.0, ranking.gate if ranking else None,
                      calibration.GATE.threshold, result.channels_used, list(result.notes),
                      shop_likeness=ranking.shop_likeness if ranking else None)
    if ranking is None:
        return out
    ranks = {h.name: {int(p): (i, float(s)) for i, (p, s) in
                      enumerate(zip(h.positions, h.scores, strict=True), start=1)}
             for h in ranking.hits}
    cards = {s.sources[0].snippet_id: n for n, s in enumerate(result.suggestions, start=1)}
    merged = {src.snippet_id: n for n, s in enumerate(result.suggestions, start=1)
              for src in s.sources[1:]}
    complains = calibration.is_complaint(ranking.turns[-1])
    generic = is_generic(ranking.turns[-1])
    words = shop_words(root)[0] if root is not None else []
    for number, c in enumerate(ranking.candidates[:depth], start=1):
        snippet = snippets[c.position]
        lowered = calibration.corrections(snippet, complains, generic, ranking.products)
        status, card, reason = _status(snippet.id, cards, merged, ranking, c.confidence,
                                       len(result.suggestions))
        if lowered:
            reason += f"; lowered as {', '.join(lowered)}"
        out.candidates.append(Explained(
            number, snippet.id, str(snippet.kind), snippet.source, snippet.line,
            snippet.question, snippet.reply, round(ranking.fused[c.position], 6),
            round(c.score, 6), round(c.confidence, 3), calibration.label(c.confidence),
            tuple(ChannelRank(name, *ranks[name].get(c.position, (None, None)))
                  for name in ranks),
            keyword.matched_words(result.query, snippet.search_text) if keyword else (),
            lowered, status, reason, card,
            tuple(f.word for f in flags(snippet.reply, words))))
    return out


def _status(snippet_id: str, cards: dict[str, int], merged: dict[str, int],
            ranking: Ranking, confidence: float, shown: int) -> tuple[str, int | None, str]:
    if snippet_id in cards:
        return SHOWN, cards[snippet_id], f"shown as card {cards[snippet_id]}"
    if snippet_id in merged:
        n = merged[snippet_id]
        return DUPLICATE, n, f"says the same as card {n}; listed as one of its sources"
    if not ranking.answered:
        if shop_check.turned_away(ranking.shop_likeness):
            why = (f"the message does not read like a question for a shop (shop check "
                   f"{ranking.shop_likeness:.2f} < {shop_check.MINIMUM})")
        elif ranking.gate is not None:
            why = (f"the message looks unanswered by this folder (gate {ranking.gate:.2f} < "
                   f"{calibration.GATE.threshold})")
        else:
            why = f"the best confidence is below the cut-off {ranking.cut_off}"
        return BELOW_CUT_OFF, None, f"no card shown: {why}"
    if confidence <= 0.0:
        return BEYOND_LIMIT, None, "ranked too low to be given a confidence"
    return BEYOND_LIMIT, None, f"ranked below the {shown} cards shown"
