"""The Assistant: one object the CLI, the sidebar and the benchmarks drive.

Not thread-safe by design: callers run every method from one worker thread (the sidebar's
serial job queue), so the index is never read while it is being rebuilt.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assist import paths
from assist.knowledge import LoadReport, SnippetKind, load_knowledge
from assist.platform.memory import release_free_memory
from assist.results import KnowledgeHit, SuggestResult
from assist.retrieval.embedder import Embedder, load_embedder
from assist.retrieval.keyword import KeywordIndex
from assist.retrieval.synonyms import build_table
from assist.retrieval.token_store import TokenStore
from assist.retrieval.tokenize import Tokenizer
from assist.retrieval.vector_index import IndexIdentity, UpdateStats, VectorIndex
from assist.suggest.compose import Candidate, compose, rank
from assist.suggest.fusion import reciprocal_rank_fusion
from assist.suggest.generic import is_generic

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
CHANNELS = ("fused", "keyword", "dense")
TOKENS_FILE = "keyword-tokens.npz"
# Header lines chat windows put above each message: "小王 2024-11-11 10:23:45"
_TIMESTAMP_LINE = re.compile(
    r"^\S{0,30}\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+)?\d{1,2}:\d{2}:\d{2}\s*$"
)


@dataclass
class AssistConfig:
    knowledge_dir: Path
    model_dir: Path | None = None  # None: the bundled all-MiniLM-L6-v2
    cache_dir: Path = field(default_factory=paths.cache_dir)
    # Below this nothing is suggested rather than a weak guess; calibrated on the sample golden
    # set against benchmarks/data/offtopic.txt (see docs/benchmarks.md).
    min_confidence: float = 0.15
    dense_min_coverage: float = 0.6  # share of a query the model must read to be asked at all
    channels: str = "fused"  # "keyword" or "dense" alone, for evaluation
    candidates: int = 50  # how deep each channel is read before fusion


class Assistant:
    def __init__(self, config: AssistConfig, embedder: Embedder | None = None) -> None:
        """embedder: an already loaded model to share (the sidebar keeps it when the
        knowledge folder changes), else load_model() loads one."""
        if config.channels not in CHANNELS:
            raise ValueError(f"channels must be one of {CHANNELS}")
        self.config = config
        self.report = LoadReport(root=str(config.knowledge_dir))
        self.embedder = embedder
        self.last_index_message = ""
        self._keyword: KeywordIndex | None = None
        self._vectors: VectorIndex | None = None
        self._tokens: TokenStore | None = None

    # ---- lifecycle -------------------------------------------------------------------------

    def load_knowledge(self) -> LoadReport:
        """Read the folder and build keyword search; suggestions work keyword-only after this."""
        report = load_knowledge(self.config.knowledge_dir)
        tokenizer = Tokenizer(report.vocabulary, build_table(report.synonyms))
        store = self._tokens
        if store is None or store.fingerprint != tokenizer.fingerprint:
            store = TokenStore.load(self.index_dir / TOKENS_FILE, tokenizer.fingerprint)
        self._keyword = KeywordIndex([s.keyword_text for s in report.snippets], tokenizer, store)
        self._tokens = store
        release_free_memory()
        if store.dirty:
            try:
                store.save(self.index_dir / TOKENS_FILE)
            except OSError as exc:  # costs the next start-up time, nothing else
                log.warning("could not save keyword tokens: %s", exc)
        self.report = report
        return report

    def load_model(self) -> None:
        if self.embedder is None:
            self.embedder = load_embedder(self.config.model_dir)
            log.info("model %s (%s) runs on %s", self.embedder.name, self.embedder.fingerprint,
                     self.embedder.backend)

    @property
    def semantic_ready(self) -> bool:
        return self._vectors is not None and len(self._vectors) == len(self.report.snippets)

    def build_index(self, progress: Progress | None = None) -> UpdateStats:
        """Bring the vector index up to date with the loaded snippets, embedding only changes.

        progress(done, total) is called on this thread between embedding batches. suggest()
        may be called from inside it: until build_index returns, searches use the previous
        index (or keyword search alone), never a half-built one.
        """
        if self.embedder is None:
            raise RuntimeError("load_model() must run before build_index()")
        embedder = self.embedder
        identity = IndexIdentity(embedder.fingerprint, embedder.name, embedder.dimension,
                                 self._min_readable, embedder.readability_rule)
        directory = self.index_dir
        message = ""
        previous = self._vectors
        if previous is None:
            previous, message = VectorIndex.load(directory, identity)
            if message:
                log.warning("%s (%s)", message, directory)
            if previous is None:
                previous = self._vectors_from_other_folders(identity)
        snippets = self.report.snippets
        index, stats = VectorIndex.update(
            previous,
            identity,
            [s.search_text for s in snippets],
            [s.content_hash for s in snippets],
            embed=lambda texts: embedder.encode(texts, progress),
            readability=embedder.coverage,
        )
        if (stats.embedded or previous is None or previous.hashes != index.hashes
                or previous.identity != identity):
            try:
                index.save(directory)
            except OSError as exc:  # a read-only cache costs start-up time, not the session
                message = f"{message}; could not save the index ({exc})".lstrip("; ")
        self._vectors = index
        self.last_index_message = message
        del previous
        release_free_memory()  # the manifest's JSON and the old index's arrays were just freed
        return UpdateStats(stats.total, stats.embedded, stats.reused, stats.skipped, message)

    def _vectors_from_other_folders(self, identity: IndexIdentity) -> VectorIndex | None:
        """Vectors saved for other knowledge folders, by content hash.

        A copied, moved or new folder that shares snippets with one already indexed (the
        sample a shop started from, last week's copy) then embeds only what is new to it.
        """
        known: dict[str, tuple[np.ndarray | None, float]] = {}
        root = self.index_dir.parent
        for directory in sorted(root.glob("*")) if root.is_dir() else []:
            if directory != self.index_dir:
                other, _ = VectorIndex.load(directory, identity)
                if other is not None:
                    known = other.known_vectors() | known
        return VectorIndex.from_known(identity, known) if known else None

    def reload(self, progress: Progress | None = None) -> LoadReport:
        report = self.load_knowledge()
        if self.embedder is not None:
            self.build_index(progress)
        return report

    @property
    def _min_readable(self) -> float:
        # Dense-only evaluation shows what the model makes of every snippet, so it embeds all;
        # the product never searches snippets the model cannot read, so it does not embed them.
        return 0.0 if self.config.channels == "dense" else self.config.dense_min_coverage

    @property
    def index_dir(self) -> Path:
        folder = str(Path(self.config.knowledge_dir).resolve())
        key = hashlib.sha1(folder.encode()).hexdigest()[:16]
        if self._min_readable == 0.0:
            key += "-all"  # its own place, so it never replaces the sidebar's index
        return Path(self.config.cache_dir) / "index" / key

    # ---- query -----------------------------------------------------------------------------

    def suggest(
        self,
        messages: str | Sequence[str],
        *,
        limit: int = 5,
        context: Mapping[str, str] | None = None,
        knowledge_limit: int = 3,
    ) -> SuggestResult:
        turns = split_messages(messages)
        result = SuggestResult(query="\n".join(turns))
        if not turns or self._keyword is None:
            return result
        timings = result.timings
        weighted = [(text, 0.5 ** (len(turns) - 1 - i)) for i, text in enumerate(turns)]
        channels = self.config.channels
        depth = self.config.candidates

        t = time.perf_counter()
        rankings: list[tuple[Sequence[int], float]] = []
        confidence: dict[int, float] = {}
        if channels in ("fused", "keyword"):
            hits = self._keyword.search(weighted, depth)
            rankings.append((hits.indexes, 1.0))
            confidence.update(zip(hits.indexes.tolist(), hits.coverage.tolist(), strict=True))
        timings["keyword"] = time.perf_counter() - t

        if channels in ("fused", "dense"):
            self._dense(weighted, depth, result, rankings, confidence)

        t = time.perf_counter()
        fused = reciprocal_rank_fusion(rankings)
        candidates = [Candidate(p, s, confidence.get(p, 0.0)) for p, s in fused.items()]
        rank(candidates, self.report.snippets, is_generic(turns[-1]))
        timings["fusion"] = time.perf_counter() - t

        t = time.perf_counter()
        result.suggestions = compose(
            candidates,
            self.report.snippets,
            turns,
            self.report.shop,
            self.report.vocabulary,
            context,
            self.config.min_confidence,
            limit,
        )
        result.knowledge = self._knowledge_hits(candidates, result.query, knowledge_limit)
        if not result.suggestions:
            result.notes.append("No suggestion is confident enough for this message.")
        timings["compose"] = time.perf_counter() - t
        return result

    def _dense(
        self,
        weighted: list[tuple[str, float]],
        depth: int,
        result: SuggestResult,
        rankings: list[tuple[Sequence[int], float]],
        confidence: dict[int, float],
    ) -> None:
        if self.embedder is None or not self.semantic_ready:
            result.notes.append("Semantic search is not ready yet; keyword results only.")
            return
        forced = self.config.channels == "dense"
        t = time.perf_counter()
        weights = np.array([w for _, w in weighted], dtype=np.float32)
        coverage = float(
            np.average([self.embedder.coverage(text) for text, _ in weighted], weights=weights)
        )
        result.dense_coverage = round(coverage, 3)
        if coverage < self.config.dense_min_coverage and not forced:
            result.notes.append(
                f"The embedding model can read only {coverage:.0%} of this message; "
                "semantic search was left out and keyword search answers alone."
            )
            result.timings["embed"] = time.perf_counter() - t
            return
        vectors = self.embedder.encode([text for text, _ in weighted])
        query = (weights[:, None] * vectors).sum(axis=0)
        query /= np.linalg.norm(query) or 1.0
        result.timings["embed"] = time.perf_counter() - t

        t = time.perf_counter()
        positions, sims = self._vectors.search(query, depth)
        readable = self._vectors.coverage[positions] >= self.config.dense_min_coverage
        if not forced:  # a snippet the model cannot read would match by noise
            positions, sims = positions[readable], sims[readable]
        result.timings["vector"] = time.perf_counter() - t
        result.dense_used = True
        # A channel that read only part of the message (English words in a Chinese one)
        # speaks for that part: its vote counts in proportion.
        weight = 1.0 if forced else min(1.0, coverage)
        rankings.append((positions, weight))
        for p, sim in zip(positions.tolist(), sims.tolist(), strict=True):
            confidence[p] = max(confidence.get(p, 0.0), dense_confidence(sim))

    def _knowledge_hits(
        self, candidates: list[Candidate], query: str, limit: int
    ) -> list[KnowledgeHit]:
        hits = []
        for c in candidates:
            snippet = self.report.snippets[c.position]
            if (
                snippet.kind is not SnippetKind.KNOWLEDGE
                or c.confidence < self.config.min_confidence
            ):
                continue
            words = self._keyword.matched_words(query, snippet.search_text)
            hits.append(KnowledgeHit(snippet, round(c.score, 6), words))
            if len(hits) >= limit:
                break
        return hits


def dense_confidence(similarity: float) -> float:
    """Map cosine similarity to 0..1: MiniLM puts unrelated sentences near 0.2, paraphrases >0.7."""
    return float(min(1.0, max(0.0, (similarity - 0.25) / 0.5)))


def split_messages(messages: str | Sequence[str]) -> list[str]:
    """Buyer messages oldest first; pasted chat lines are split, name/time header lines dropped."""
    items = [messages] if isinstance(messages, str) else list(messages)
    turns: list[str] = []
    for item in items:
        for line in str(item).splitlines():
            line = line.strip()
            if line and not _TIMESTAMP_LINE.match(line):
                turns.append(line)
    return turns[-5:]  # older turns weigh almost nothing and only add noise
