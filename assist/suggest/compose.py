"""From fused candidates to the suggestions an agent sees."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from assist.knowledge.model import ShopInfo, Snippet
from assist.results import Source, Suggestion
from assist.suggest import placeholders
from assist.suggest.chat_text import to_chat_text
from assist.text import squash

DUPLICATE_SIMILARITY = 0.8  # bigram Jaccard above which two replies say the same thing


@dataclass
class Candidate:
    position: int  # index into the snippet list
    score: float  # fused score
    confidence: float  # 0..1
    features: tuple[float, ...] = ()  # what the confidence was computed from (calibration)


def compose(
    candidates: Sequence[Candidate],
    snippets: Sequence[Snippet],
    messages: list[str],
    shop: ShopInfo,
    vocabulary: Mapping[str, str],
    context: Mapping[str, str] | None,
    min_confidence: float,
    limit: int,
    fallbacks: placeholders.Fallbacks = placeholders.DEFAULT_FALLBACKS,
) -> list[Suggestion]:
    """The cards: near-duplicates merged, Markdown made chat-ready, placeholders filled.

    messages are the current conversation's only (assist.desk): the order number and the
    product come from them, so nothing of another buyer's chat can reach this reply.
    context (e.g. Conversation.values()) wins over what the messages show, except that a
    snippet written for one product always names that product.
    """
    context = {k: v for k, v in (context or {}).items() if v and v.strip()}
    known = {
        placeholders.SHOP: shop.name,
        placeholders.ORDER: placeholders.find_order_number(messages),
        **context,
    }
    mentioned_product = (context.get(placeholders.PRODUCT)
                         or placeholders.find_product(messages, vocabulary))
    kept: list[tuple[Suggestion, frozenset[str]]] = []
    for c in candidates:
        if c.confidence < min_confidence:
            continue
        snippet = snippets[c.position]
        shape = reply_shape(snippet.reply)
        duplicate = next(
            (
                i
                for i, (_, other) in enumerate(kept)
                if same_reply(shape, other)
            ),
            None,
        )
        if duplicate is not None:
            first, other = kept[duplicate]
            merged = Suggestion(
                first.text,
                first.kind,
                first.score,
                first.confidence,
                (*first.sources, Source.of(snippet)),
                first.unfilled,
            )
            kept[duplicate] = (merged, other)
            continue
        if len(kept) >= limit:
            continue  # still look for duplicates of what is shown, to list their sources
        values = {**known, placeholders.PRODUCT: snippet.product or mentioned_product}
        # Markdown first, so a value such as a nickname with "_" or "*" is never taken for it
        text, unfilled = placeholders.fill(chat_text(snippet.reply), values, fallbacks)
        kept.append(
            (
                Suggestion(
                    text,
                    snippet.kind,
                    round(c.score, 6),
                    round(c.confidence, 3),
                    (Source.of(snippet),),
                    unfilled,
                ),
                shape,
            )
        )
    return [s for s, _ in kept]


# Popular replies come up query after query; a size table takes ~0.4 ms to rewrite.
chat_text = lru_cache(maxsize=4096)(to_chat_text)


# A reply's bigram set is the costliest step of composing (~50 µs); popular replies come up
# query after query, so recent ones are kept. 4096 sets of a few hundred bigrams: ~20 MB.
@lru_cache(maxsize=4096)
def reply_shape(text: str) -> frozenset[str]:
    flat = squash(text)
    return frozenset(flat[i : i + 2] for i in range(max(len(flat) - 1, 1)))


def same_reply(a: frozenset[str], b: frozenset[str]) -> bool:
    """Bigram Jaccard index at least DUPLICATE_SIMILARITY."""
    if not a or not b:
        return False
    small, large = sorted((len(a), len(b)))
    if small < DUPLICATE_SIMILARITY * large:  # the index cannot exceed small / large
        return False
    shared = len(a & b)
    return shared >= DUPLICATE_SIMILARITY * (len(a) + len(b) - shared)  # union, not built
