"""BM25 keyword search over jieba words and character bigrams (bm25s)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import bm25s
import numpy as np

from assist.retrieval.token_store import TokenStore
from assist.retrieval.tokenize import BIGRAM_PREFIX, Tokenizer
from assist.text import HAN

_BLOCK = 8192  # documents counted at once while building (bounds the build's temporaries)
SYNONYM_WEIGHT = 0.8  # a synonym is strong evidence, but the buyer's own word is stronger
_HAN_WORD = re.compile(f"[{HAN}]{{2,}}")


@dataclass(frozen=True)
class KeywordHits:
    indexes: np.ndarray  # snippet positions, best first
    scores: np.ndarray  # weighted BM25 scores, same order
    coverage: np.ndarray  # idf-weighted share of the query's tokens each hit contains (0..1)


class KeywordIndex:
    def __init__(self, texts: Sequence[str], tokenizer: Tokenizer,
                 store: TokenStore | None = None) -> None:
        """store: token ids kept from earlier loads (see token_store.py); texts it has not
        seen are tokenized and added to it."""
        self.tokenizer = tokenizer
        self._size = len(texts)
        self._bm25: bm25s.BM25 | None = None
        self._sorted = False
        if self._size:
            store = store if store is not None else TokenStore("")
            ids = store.ids_for(texts, tokenizer.tokens)
            self._bm25 = _bm25_from_ids(ids, store.vocab)
            self._sorted = _postings_sorted(self._bm25.scores["indices"],
                                            self._bm25.scores["indptr"])

    def __len__(self) -> int:
        return self._size

    def search(self, queries: Sequence[tuple[str, float]], k: int) -> KeywordHits:
        """Search weighted queries (text, weight); later buyer messages usually weigh more."""
        empty = KeywordHits(np.empty(0, int), np.empty(0, np.float32), np.empty(0, np.float32))
        if self._bm25 is None:
            return empty
        total = np.zeros(self._size, dtype=np.float32)
        token_weights: dict[str, float] = {}
        for text, weight in queries:
            tokens = self.tokenizer.tokens(text)
            if not tokens:
                continue
            total += weight * self._bm25.get_scores(tokens)
            expansion = self.tokenizer.expand(tokens)
            if expansion:
                total += SYNONYM_WEIGHT * weight * self._bm25.get_scores(expansion)
            for token in set(tokens):
                token_weights[token] = max(token_weights.get(token, 0.0), weight)
        if not token_weights:
            return empty
        k = min(k, self._size)
        top = np.argpartition(-total, k - 1)[:k]
        top = top[np.argsort(-total[top], kind="stable")]
        top = top[total[top] > 0]
        return KeywordHits(top, total[top], self._coverage(top, token_weights))

    def _postings(self, token: str) -> np.ndarray:
        token_id = self._bm25.vocab_dict.get(token) if self._bm25 else None
        indptr = self._bm25.scores["indptr"]
        if token_id is None or token_id + 1 >= len(indptr):  # bm25s keeps "" out of the matrix
            return np.empty(0, dtype=np.int32)
        return self._bm25.scores["indices"][indptr[token_id] : indptr[token_id + 1]]

    def _coverage(self, hits: np.ndarray, token_weights: dict[str, float]) -> np.ndarray:
        """Share of the query each hit contains, read from BM25's own postings (no copy kept).

        Weighted by idf so matching "羽绒服" counts far more than matching "怎么"; a token no
        snippet has still counts (at maximum idf), since the buyer asked about it.
        """
        covered = np.zeros(len(hits), dtype=np.float32)
        norm = 0.0
        for token, weight in token_weights.items():
            postings = self._postings(token)
            idf = math.log(1 + (self._size - len(postings) + 0.5) / (len(postings) + 0.5))
            w = weight * idf * (0.5 if token.startswith(BIGRAM_PREFIX) else 1.0)
            norm += w
            found = _contains(postings, hits, self._sorted)
            # a snippet that says "增值税专用发票" covers the buyer's "专票"
            for synonym in self.tokenizer.synonyms.get(token, ()):
                found |= _contains(self._postings(synonym), hits, self._sorted)
            covered += w * found
        return covered / norm if norm else covered

    def familiarity(self, text: str) -> float:
        """Share of the message's words that occur anywhere in the folder (0..1): a message
        about something the shop never wrote about ("机票", "电视剧") is mostly unknown
        words, even when its characters are common."""
        words = self.tokenizer.words(text)
        if not words or self._bm25 is None:
            return 1.0
        return sum(len(self._postings(w)) > 0 for w in words) / len(words)

    def unknown_words(self, text: str) -> list[str]:
        """The Chinese words of two characters or more in text that the folder never uses,
        under any of their synonyms ("瑜伽"; not "退货险", which the folder calls 运费险), in
        the order written, those written side by side as one ("蓝牙耳机", from 蓝牙 and 耳机)
        and none inside another ("洗面奶", not also "洗面")."""
        spans = []
        for word in {w for w in self.tokenizer.words(text) if _HAN_WORD.fullmatch(w)}:
            start = text.find(word)  # words come from the text, normalised: may not be found
            if start >= 0 and not self.uses(word):
                spans.append((start, start + len(word)))
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return [text[start:end] for start, end in merged]

    def uses(self, word: str) -> bool:
        """The folder has the word, a synonym of it, or each of its character pairs: jieba
        cuts "羽绒服有大码吗" without a word "大码", but the pair is there. A Latin word
        ("pdd") counts as the folder writes it, in any case."""
        if not _HAN_WORD.fullmatch(word):
            return bool(len(self._postings(word.lower())))
        if any(len(self._postings(w)) for w in (word, *self.tokenizer.synonyms.get(word, ()))):
            return True
        return all(len(self._postings(BIGRAM_PREFIX + word[i : i + 2]))
                   for i in range(len(word) - 1))

    def matched_words(self, query: str, text: str) -> tuple[str, ...]:
        """Query words that occur in a snippet's text, for highlighting (whole words only)."""
        doc = set(self.tokenizer.words(text))
        return tuple(dict.fromkeys(w for w in self.tokenizer.words(query) if w in doc))


def _contains(postings: np.ndarray, hits: np.ndarray, is_sorted: bool) -> np.ndarray:
    """Which hits are in a postings list: a binary search per hit into the sorted list.

    bm25s keeps each token's documents in ascending order, so this costs O(hits x log n)
    where ``np.isin`` sorted the whole list on every query: a common bigram lists tens of
    thousands of snippets at 100k.
    """
    if not len(postings) or not len(hits):
        return np.zeros(len(hits), dtype=bool)
    if not is_sorted:
        return np.isin(hits, postings)
    where = np.minimum(np.searchsorted(postings, hits), len(postings) - 1)
    return postings[where] == hits


def _postings_sorted(indices: np.ndarray, indptr: np.ndarray) -> bool:
    """True when every token's postings ascend (checked once, in case bm25s ever changes)."""
    steps = np.diff(indices.astype(np.int64)) > 0
    starts = indptr[1:-1] - 1  # a step into the next token's list may go down
    steps[starts[(starts >= 0) & (starts < len(steps))]] = True
    return bool(steps.all())


def _bm25_from_ids(ids: list[np.ndarray], vocab: dict[str, int]) -> bm25s.BM25:
    """A bm25s index (Lucene BM25, its defaults) whose score matrix is built here with numpy.

    bm25s builds it from Python lists of ids with a Counter per document: at 100k snippets
    that held ~7 M Python ints at once (a ~350 MB peak) and took 8 s; this takes about a
    second. Documents are counted a block at a time, and each block's entries are then
    written straight into their place in the token-major matrix (a counting sort), so no
    corpus-wide sort or int64 temporary exists: 100k snippets peak at ~85 MB of arrays,
    not ~150. Queries still go through bm25s; a test checks the scores are bm25s's own.
    """
    model = bm25s.BM25()
    n, width = len(ids), len(vocab)
    lengths = np.fromiter((len(a) for a in ids), dtype=np.int64, count=n)
    # Pass 1: per block, (document, term frequency) pairs ordered by token, then document,
    # and how many pairs each token has in the block.
    blocks: list[tuple[int, np.ndarray, np.ndarray, np.ndarray]] = []
    for start in range(0, n, _BLOCK):
        block = ids[start : start + _BLOCK]
        keys = np.concatenate(block).astype(np.int64) * len(block)
        keys += np.repeat(np.arange(len(block)), lengths[start : start + len(block)])
        pairs, tf = np.unique(keys, return_counts=True)
        del keys
        token, doc = np.divmod(pairs, len(block))
        del pairs
        counts = np.bincount(token, minlength=width).astype(np.int32)
        blocks.append((start, (doc + start).astype(np.int32), tf.astype(np.float32), counts))
        del token, doc, tf
    df = np.sum([counts for *_, counts in blocks], axis=0, dtype=np.int64)
    indptr = np.concatenate([[0], np.cumsum(df)])
    idf = np.log(1 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
    norm = (model.k1 * ((1 - model.b) + model.b * lengths / lengths.mean())).astype(np.float32)
    indices = np.empty(int(indptr[-1]), dtype=np.int32)
    data = np.empty(int(indptr[-1]), dtype=np.float32)
    # Pass 2: blocks are in document order, so each token's documents stay ascending when
    # block after block appends behind what the earlier ones wrote.
    written = indptr[:-1].copy()
    while blocks:
        _, doc, tf, counts = blocks.pop(0)
        token = np.repeat(np.arange(width, dtype=np.int32), counts)
        first_in_block = np.cumsum(counts, dtype=np.int64) - counts  # each run starts here
        place = np.repeat(written - first_in_block, counts) + np.arange(len(doc))
        indices[place] = doc
        data[place] = idf[token] * tf / (norm[doc] + tf)
        written += counts
        del doc, tf, token, place
    model.scores = {"data": data, "indices": indices, "indptr": indptr, "num_docs": n}
    model.vocab_dict = dict(vocab)
    model.nonoccurrence_array = None
    return model
