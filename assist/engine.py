"""The Assistant: one object the CLI, the sidebar and the benchmarks drive.

Not thread-safe by design: callers run every method from one worker thread (the sidebar's
serial job queue), so the index is never read while it is being rebuilt.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assist import paths
from assist.atomic import sweep_stale_tmp
from assist.knowledge import LoadReport, Snippet, SnippetKind, load_knowledge
from assist.memory import release_free_memory
from assist.messages import Core, joined
from assist.results import KnowledgeHit, SuggestResult
from assist.retrieval import prebuilt
from assist.retrieval.channels import Channel, ChannelHits, DenseChannel, KeywordChannel
from assist.retrieval.checkpoint import EmbeddingCheckpoint
from assist.retrieval.embedder import Embedder, load_embedder
from assist.retrieval.index_manifest import model_name_of
from assist.retrieval.keyword import KeywordIndex
from assist.retrieval.locks import FolderBusy
from assist.retrieval.synonyms import build_table
from assist.retrieval.token_store import TokenStore
from assist.retrieval.tokenize import STOPWORDS, Tokenizer
from assist.retrieval.vector_index import MANIFEST_FILE, IndexIdentity, UpdateStats, VectorIndex
from assist.suggest import calibration, shop_check
from assist.suggest.compose import Candidate, compose
from assist.suggest.fusion import reciprocal_rank_fusion
from assist.suggest.generic import asked_for, is_courtesy, is_number_given
from assist.suggest.placeholders import DEFAULT_FALLBACKS, Fallbacks
from assist.suggest.platforms import account_trouble, other_platform
from assist.suggest.ranking import Ranking
from assist.suggest.shop_check import FILE as SHOP_CHECK_FILE
from assist.suggest.shop_check import ShopCheck
from assist.transcript import message_groups

if TYPE_CHECKING:
    from assist.trainer.explain import Explanation

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
# The search channels, in fusion order: keyword search, the general (bundled) model, and the
# model trained on the shop's own folder (assist.adapt).
CHANNEL_NAMES = ("keyword", "general", "adapted")
_ALIASES = {"fused": CHANNEL_NAMES, "all": CHANNEL_NAMES, "dense": ("general",)}
CHANNELS = ("fused", *CHANNEL_NAMES, "dense")  # the names --channels takes alone
DENSE_CHANNELS = ("general", "adapted")
TOKENS_FILE = "keyword-tokens.npz"
KNOWLEDGE_DEPTH = 10  # candidates the knowledge panel's facts are taken from
# Words the facts panel does not highlight: they match everywhere and point at nothing.
FILLER_WORDS = STOPWORDS | frozenset(
    "您你我他她它的了吗呢吧啊呀哦嘛啦么嗯亲是在有和与就都也还很太这那哪个")

def parse_channels(spec: str | Sequence[str]) -> tuple[str, ...]:
    """"fused", "keyword", "keyword+adapted", "keyword,adapted" or a list -> channel names."""
    parts = spec.replace("+", ",").split(",") if isinstance(spec, str) else list(spec)
    names: list[str] = []
    for part in (p.strip().lower() for p in parts):
        if not part:
            continue
        expanded = _ALIASES.get(part, (part,))
        for name in expanded:
            if name not in CHANNEL_NAMES:
                raise ValueError(f"unknown channel {part!r}; use any of "
                                 f"{', '.join(CHANNEL_NAMES)} (joined by +) or fused")
            if name not in names:
                names.append(name)
    if not names:
        raise ValueError("no channel given")
    return tuple(n for n in CHANNEL_NAMES if n in names)


@dataclass
class AssistConfig:
    knowledge_dir: Path
    model_dir: Path | None = None  # None: the bundled all-MiniLM-L6-v2
    cache_dir: Path = field(default_factory=paths.cache_dir)
    # Below this nothing is suggested rather than a weak guess. None: the cut-off calibrated
    # for the channels that answered (assist/suggest/calibration.py, docs/benchmarks.md).
    min_confidence: float | None = None
    dense_min_coverage: float = 0.6  # share of a query the model must read to be asked at all
    channels: str = "fused"  # any of CHANNEL_NAMES joined by "+", or "fused" for all
    candidates: int = 50  # how deep each channel is read before fusion
    adapted_model_dir: Path | None = None  # the shop's trained model (assist.adapt), if any


class Assistant:
    def __init__(self, config: AssistConfig, embedder: Embedder | None = None) -> None:
        """embedder: an already loaded general model to share (the sidebar keeps it when the
        knowledge folder changes), else load_model() loads one."""
        self.channels = parse_channels(config.channels)
        self.config = config
        self.report = LoadReport(root=str(config.knowledge_dir))
        self.embedder = embedder  # the general model
        self.adapted: Embedder | None = None  # the shop's own model
        self.shop_check: ShopCheck | None = None  # saved beside it, when it has one
        self.last_index_message = ""
        self._keyword: KeywordIndex | None = None
        self._vectors: dict[str, VectorIndex] = {}  # by dense channel name
        self._tokens: TokenStore | None = None
        self._said: set[str] = set()  # the prebuilt index's problems, said once each

    # ---- lifecycle -------------------------------------------------------------------------

    def load_knowledge(self) -> LoadReport:
        """Read the folder and build keyword search; suggestions work keyword-only after this."""
        report = load_knowledge(self.config.knowledge_dir)
        tokenizer = Tokenizer(report.vocabulary, build_table(report.synonyms))
        store = self._tokens
        if store is None or store.fingerprint != tokenizer.fingerprint:
            shipped, _ = prebuilt.find(self.config.knowledge_dir)  # a problem is said by
            if shipped is not None:                                 # build_index
                shipped.copy_tokens(self.index_dir / TOKENS_FILE)
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
        """Load the models the channels need: the general one, and the shop's trained one when
        config.adapted_model_dir names it."""
        if self.embedder is None and "general" in self.channels:
            self.embedder = load_embedder(self.config.model_dir)
            log.info("model %s (%s) runs on %s", self.embedder.name, self.embedder.fingerprint,
                     self.embedder.backend)
        if (self.adapted is None and "adapted" in self.channels
                and self.config.adapted_model_dir is not None):
            # Not load_embedder(): its per-process cache would hand back a model that a
            # retraining has since replaced at the same path.
            self._load_adapted(self.config.adapted_model_dir)
            log.info("shop model %s (%s)", self.config.adapted_model_dir,
                     self.adapted.fingerprint)

    def use_adapted(self, model_dir: Path | None) -> None:
        """Swap in a (re)trained shop model; build_index() then embeds the folder with it.
        Until then the previous one, if any, keeps answering."""
        self.config = replace(self.config, adapted_model_dir=model_dir)
        self.adapted = None
        self.shop_check = None
        self._vectors.pop("adapted", None)
        if model_dir is not None and "adapted" in self.channels:
            self._load_adapted(model_dir)  # only this one: the general model may be down

    def _load_adapted(self, model_dir: Path) -> None:
        self.adapted = Embedder(model_dir)
        self.shop_check = ShopCheck.load(model_dir / SHOP_CHECK_FILE)

    def _models(self) -> dict[str, Embedder]:
        models = {"general": self.embedder, "adapted": self.adapted}
        return {n: m for n, m in models.items() if m is not None and n in self.channels}

    @property
    def semantic_ready(self) -> bool:
        """Every loaded model has an index of the current snippets."""
        models = self._models()
        return bool(models) and all(self._index_current(n) for n in models)

    def ready_channels(self) -> tuple[str, ...]:
        ready = ["keyword"] if self._keyword is not None and "keyword" in self.channels else []
        return (*ready, *(n for n in self._models() if self._index_current(n)))

    def _index_current(self, name: str) -> bool:
        index = self._vectors.get(name)
        model = self._models().get(name)
        return (index is not None and model is not None and len(index) == len(self.report.snippets)
                and index.identity.model_fingerprint == model.fingerprint)

    def build_index(self, progress: Progress | None = None,
                    batch_size: int | None = None) -> UpdateStats:
        """Bring each model's vector index up to date with the loaded snippets, embedding only
        changes. batch_size: fewer texts per model call than the model's own batch (the
        sidebar's first build, so progress and the searches between batches come sooner).

        progress(done, total) is called on this thread between embedding batches. suggest()
        may be called from inside it: until build_index returns, searches use the previous
        index (or keyword search alone), never a half-built one.
        """
        models = self._models()
        if not models:
            raise RuntimeError("load_model() must run before build_index()")
        totals = [0, 0, 0, 0, 0]
        messages = []
        # Made once for every model: 100k of them are ~9 MB, and they were made three times
        # a model where the sidebar's memory peaked (the shop's model coming in).
        hashes = [s.content_hash for s in self.report.snippets]
        for name, model in models.items():
            stats = self._build_one(name, model, hashes, progress, batch_size)
            totals = [a + b for a, b in zip(totals, (stats.total, stats.embedded, stats.reused,
                                                      stats.skipped, stats.resumed), strict=True)]
            if stats.message:
                messages.append(stats.message)
        message = joined(*messages)
        self.last_index_message = message
        release_free_memory()  # the manifest's JSON and the old index's arrays were just freed
        total, embedded, reused, skipped, resumed = totals
        return UpdateStats(total, embedded, reused, skipped, message, resumed)

    def _build_one(self, name: str, embedder: Embedder, hashes: list[str],
                   progress: Progress | None,
                   batch_size: int | None = None) -> UpdateStats:
        identity = IndexIdentity(embedder.fingerprint, embedder.name, embedder.dimension,
                                 self.config.dense_min_coverage, embedder.readability_rule)
        directory = self.vector_dir(embedder)
        for folder in (self.index_dir, directory):  # left by a killed process
            sweep_stale_tmp(folder)
        # Vectors are saved as they are made, so a killed build resumes where it stopped.
        checkpoint = EmbeddingCheckpoint(directory, embedder.fingerprint, embedder.dimension)
        message = ""
        previous = self._vectors.get(name)
        swapped = previous is None or previous.identity.model_fingerprint != embedder.fingerprint
        if swapped:
            previous, message = VectorIndex.load(directory, identity)
            if message:
                log.warning("%s (%s)", message, directory)
        previous, borrowed, note = self._with_prebuilt(previous, identity, hashes)
        message = joined(message, note)
        if swapped and previous is None:
            previous = self._vectors_from_other_folders(identity, embedder)
            borrowed = previous is not None
        snippets = self.report.snippets
        index, stats = VectorIndex.update(
            previous,
            identity,
            _SearchTexts(snippets),
            hashes,
            embed=lambda texts: checkpoint.embed(
                texts, lambda chunk, report: embedder.encode(chunk, report, batch_size), progress),
            readability=embedder.coverage,
        )
        saved = True
        if (stats.embedded or previous is None or previous.hashes != index.hashes
                or previous.identity != identity or index.converted or borrowed):
            try:
                index.save(directory)
                index.converted = False
            except (OSError, FolderBusy) as exc:  # costs start-up time, not the session
                saved = False
                message = joined(message, Core.tr("could not save the index (%1)", exc))
        if saved:
            checkpoint.clear()
        self._vectors[name] = index
        del previous
        if name == "adapted" and swapped:  # a (re)trained model came in; not on every reload
            self._drop_old_vectors(embedder)
        return UpdateStats(stats.total, checkpoint.embedded, stats.reused, stats.skipped,
                           message, checkpoint.resumed)

    def _with_prebuilt(self, previous: VectorIndex | None, identity: IndexIdentity,
                       hashes: list[str]) -> tuple[VectorIndex | None, bool, str]:
        """The vectors `previous` lacks, from a prebuilt index shipped beside the folder
        (assist.retrieval.prebuilt), joined to it. Returns (index, taken from the prebuilt,
        a problem with the prebuilt to say, once)."""
        if previous is not None and previous.identity.same_vectors(identity):
            # every warm start: equal lists, and no set of 100k hashes is made to learn it
            missing = set() if previous.hashes == hashes else set(hashes).difference(
                previous.hashes)
        else:
            missing = set(hashes)
        if not missing:  # every warm start: the share is not even looked at
            return previous, False, ""
        shipped_index, problem = prebuilt.shipped_vectors(
            self.config.knowledge_dir, identity, hashes, missing, self.index_dir)
        said = problem if problem and problem not in self._said else ""
        self._said.add(problem)
        if shipped_index is None:
            return previous, False, said
        if previous is None or not previous.identity.same_vectors(identity):
            return shipped_index, True, said
        known = shipped_index.known_vectors() | previous.known_vectors()
        # made under a higher gate: no vector for a snippet this gate wants one for
        known = {h: v for h, v in known.items()
                 if v[0] is not None or v[1] < identity.min_readable}
        rule = (identity.readability if shipped_index.identity.readability
                == previous.identity.readability == identity.readability else "")
        # a mixed readability rule reads as "score again" to update(); the vectors still serve
        return VectorIndex.from_known(replace(identity, readability=rule), known), True, said

    def export_prebuilt(self, out: Path, shop_model: Path | None = None) -> Path:
        """Ship the built index (build_index() first) to `out` for other PCs to read
        instead of embedding (assist.retrieval.prebuilt). shop_model: the trained model's
        folder in the store (assist.adapt.store.home_for), to ship with it."""
        sources = [prebuilt.VectorSource(m.fingerprint, m.name, m.dimension, self.vector_dir(m))
                   for name, m in self._models().items() if self._index_current(name)]
        return prebuilt.export(out, [s.content_hash for s in self.report.snippets], sources,
                               self.index_dir / TOKENS_FILE, shop_model)

    def _drop_old_vectors(self, embedder: Embedder) -> None:
        """A retrained shop model leaves its predecessor's vectors behind; nothing will read
        them again (the general model's stay: switching back to it is common)."""
        keep = self.vector_dir(embedder)
        for directory in self.index_dir.glob("*/"):
            if directory == keep or not (directory / MANIFEST_FILE).is_file():
                continue
            try:  # only the name is needed: an older format's folder goes too
                name = model_name_of(directory / MANIFEST_FILE)
            except (OSError, ValueError):
                continue
            if name == embedder.name:
                shutil.rmtree(directory, ignore_errors=True)

    def _vectors_from_other_folders(self, identity: IndexIdentity,
                                    embedder: Embedder) -> VectorIndex | None:
        """Vectors this model made for other knowledge folders, by content hash.

        A copied, moved or new folder that shares snippets with one already indexed (the
        sample a shop started from, last week's copy) then embeds only what is new to it.
        """
        known: dict[str, tuple[np.ndarray | None, float]] = {}
        root = self.index_dir.parent
        for directory in sorted(root.glob(f"*/{embedder.fingerprint}")) if root.is_dir() else []:
            if directory != self.vector_dir(embedder):
                other, _ = VectorIndex.load(directory, identity)
                if other is not None:
                    known = other.known_vectors() | known
        return VectorIndex.from_known(identity, known) if known else None

    def reload(self, progress: Progress | None = None) -> LoadReport:
        report = self.load_knowledge()
        if self._models():
            self.build_index(progress)
        return report

    @property
    def index_dir(self) -> Path:
        folder = str(Path(self.config.knowledge_dir).resolve())
        key = hashlib.sha1(folder.encode()).hexdigest()[:16]
        return Path(self.config.cache_dir) / "index" / key

    def vector_dir(self, embedder: Embedder) -> Path:
        """Each model's vectors in their own folder, keyed by the model's fingerprint."""
        return self.index_dir / embedder.fingerprint

    # ---- query -----------------------------------------------------------------------------

    def _channels(self) -> list[Channel]:
        out: list[Channel] = []
        if self._keyword is not None and "keyword" in self.channels:
            out.append(KeywordChannel(self._keyword))
        for name, model in self._models().items():
            vectors = self._vectors.get(name) if self._index_current(name) else None
            out.append(DenseChannel(name, model, vectors, self.config.dense_min_coverage,
                                    calibration.CHANNEL_WEIGHTS[name]))
        return out

    def suggest(
        self,
        messages: str | Sequence[str],
        *,
        limit: int = 5,
        context: Mapping[str, str] | None = None,
        knowledge_limit: int = 3,
        fallbacks: Fallbacks = DEFAULT_FALLBACKS,
    ) -> SuggestResult:
        """Cards for the buyer's messages, oldest first: pass the current conversation's only
        (assist.desk's Conversation.messages), with its Conversation.values() as context, so
        no other buyer's order number or name reaches a reply. fallbacks: what a placeholder
        with no value becomes (the salutation for {买家})."""
        return self._suggest(messages, limit, context, knowledge_limit, fallbacks)[0]

    def explain(self, messages: str | Sequence[str], *, limit: int = 5,
                context: Mapping[str, str] | None = None, depth: int = 10) -> Explanation:
        """Why these cards: the same ranking suggest() makes, with each channel's rank and
        score, the words that matched, and why a candidate was lowered or not shown."""
        from assist.trainer.explain import explain

        result, ranking = self._suggest(messages, limit, context, 3)
        return explain(result, ranking, self.report.snippets, self._keyword, depth,
                       Path(self.config.knowledge_dir))

    def _suggest(self, messages: str | Sequence[str], limit: int,
                 context: Mapping[str, str] | None, knowledge_limit: int,
                 fallbacks: Fallbacks = DEFAULT_FALLBACKS,
                 ) -> tuple[SuggestResult, Ranking | None]:
        weighted = weighted_turns(messages)
        turns = [line for line, _ in weighted]
        result = SuggestResult(query="\n".join(turns))
        if not turns or self._keyword is None:
            return result, None
        timings = result.timings
        hits: list[ChannelHits] = []
        for channel in self._channels():
            t = time.perf_counter()
            answer = channel.search(weighted, self.config.candidates)
            timings[channel.name] = time.perf_counter() - t
            if isinstance(answer, str):
                result.notes.append(Core.tr("%1: %2", channel.name, answer))
                continue
            hits.append(answer)
            result.channel_coverage[channel.name] = round(answer.coverage, 3)
        models = self._models()
        for name in (n for n in DENSE_CHANNELS if n in self.channels and n not in models):
            waiting = name == "general" or self.config.adapted_model_dir is not None
            result.notes.append(Core.tr("%1: %2", name, Core.tr("not ready yet") if waiting
                                        else Core.tr("no trained model for this folder yet")))
        result.channels_used = tuple(h.name for h in hits)
        general = next((h for h in hits if h.name == "general"), None)
        result.dense_used = general is not None
        result.dense_coverage = general.coverage if general else 0.0

        t = time.perf_counter()
        fused = reciprocal_rank_fusion([(h.positions, h.weight) for h in hits])
        products = calibration.named_products(turns, self.report.vocabulary)
        candidates = calibration.candidates(fused, hits, self.report.snippets, turns[-1],
                                            products)
        timings["fusion"] = time.perf_counter() - t

        t = time.perf_counter()
        cut_off = self._cut_off(hits)
        # Whether the message is answered at all (an off-topic one is not): the answerable
        # gate, or without the shop's model (or with a cut-off set) the best card's confidence.
        newest = newest_message(messages)
        gated = self.config.min_confidence is None
        declined = self._declined(newest) if gated else ((), None, None)
        unknown, elsewhere, account = declined
        for_shop = self.shop_likeness(newest) if gated else None
        gate = self._gate(newest, hits, declined, for_shop) if gated else None
        answered = bool(candidates) and (
            candidates[0].confidence >= cut_off if gate is None
            else gate >= calibration.GATE.threshold)
        result.suggestions = compose(
            # the shown cards and their duplicates come from the best; the rest have no
            # confidence (calibration.CONFIDENCE_DEPTH)
            candidates[: calibration.CONFIDENCE_DEPTH] if answered else [],
            self.report.snippets,
            turns,
            self.report.shop,
            self.report.vocabulary,
            context,
            0.0,  # once the message is answered, the best five are shown, labelled or not
            limit,
            fallbacks,
        )
        # The facts behind an answered message: its product and policy sections among the
        # best candidates, whether or not one of them is a card.
        result.knowledge = self._knowledge_hits(candidates[:KNOWLEDGE_DEPTH] if answered else [],
                                                result.query, knowledge_limit)
        if elsewhere:
            result.other_platform = elsewhere
            # status_line.ELSEWHERE_NOTE: the window says it in full
            result.notes.append(Core.tr("The message is about %1, where this shop does not sell.",
                                        elsewhere))
        if account:
            result.account_of = account
            # status_line.ACCOUNT_NOTE
            result.notes.append(Core.tr("The message is about the buyer's %1 account, which the "
                                        "shop cannot see.", account))
        if not any(declined) and shop_check.turned_away(for_shop):
            result.not_for_shop = True
            # status_line.NOT_FOR_SHOP_NOTE
            result.notes.append(Core.tr("The message does not read like a question for a "
                                        "shop."))
        if unknown:
            result.unknown_asked = unknown
            words = "、".join(unknown)
            # status_line.UNKNOWN_NOTE: the window says it in full
            result.notes.append(Core.tr("The knowledge folder never mentions %1.", words))
        if not result.suggestions:
            result.notes.append(Core.tr("No suggestion is confident enough for this message."))
        timings["compose"] = time.perf_counter() - t
        return result, Ranking(turns, hits, fused, candidates, cut_off, gate, answered,
                               products, for_shop)

    def answerable(self, lines: Sequence[str], hits: Sequence[ChannelHits]) -> float | None:
        """P(the folder answers this message), from the whole message or, when that is not
        enough, its best clause: buyers wrap a question in greetings, addresses and order
        numbers, and one clause that asks what the folder answers is enough. lines: the
        newest message's lines, whose clauses all count, newest first: a buyer who sends
        "杯盖漏水！！" then "倒过来就滴水 这咋用" asked in the first line. Older messages do not
        count: one answered before does not make "今天天气怎么样" answerable. A clause of
        greetings, thanks or laughter alone never opens it: "谢谢亲亲" looks like the shop's
        own chat ("求个星巴克的券码 谢谢亲亲" came through by it; left out, 2 of the 70 hard
        tuning off-topic messages fewer pass and no tuning question is lost). None when the
        shop's model did not answer (then the best card's confidence decides); 0 when the
        message asks for a thing the folder never mentions (unknown_asked), is about another
        marketplace (other_platform) or the buyer's own account there (account_asked), or
        when the shop's model carries a shop check (shop_check.py) that says no shop is
        asked: "帮我起个网名 要可爱一点的" opens the gate by its second clause alone."""
        return self._gate(lines, hits, self._declined(lines), self.shop_likeness(lines))

    def _gate(self, lines: Sequence[str], hits: Sequence[ChannelHits],
              declined: tuple[tuple[str, ...], str | None, str | None],
              for_shop: float | None) -> float | None:
        if any(declined) or shop_check.turned_away(for_shop):
            return 0.0
        return self._likeness(lines, hits)

    def for_a_shop(self, lines: Sequence[str]) -> bool:
        """Whether the newest message reads as a question for a shop at all (True when the
        shop's model has no check)."""
        return not shop_check.turned_away(self.shop_likeness(lines))

    def shop_likeness(self, lines: Sequence[str]) -> float | None:
        """The shop check's P(a buyer asks a shop this) (ShopCheck.judge), or None when there
        is no check or nothing for it to judge."""
        return None if self.shop_check is None else self.shop_check.judge(lines)

    def _declined(self, lines: Sequence[str]
                  ) -> tuple[tuple[str, ...], str | None, str | None]:
        """Why the message gets no card whatever its likeness: (unknown_asked,
        other_platform, account_asked), each empty when it does not apply."""
        elsewhere = self.other_platform(lines)
        account = None if elsewhere else self.account_asked(lines)
        return self.unknown_asked(lines), elsewhere, account

    def _likeness(self, lines: Sequence[str], hits: Sequence[ChannelHits]) -> float | None:
        """answerable() once the message asks for nothing the folder never mentions."""
        best = calibration.answerable(hits, self._keyword.familiarity(lines[-1]),
                                      self._names_product(lines[-1]))
        if best is None or best >= calibration.GATE.threshold:
            return best
        clauses = [c for line in reversed(lines) for c in calibration.clauses(line)]
        if len(clauses) < 2:
            return best
        for clause in clauses:
            if is_courtesy(clause) or is_number_given(clause):
                # "谢谢亲亲", "你好客服", "订单号是3301…": the question is elsewhere, if any
                continue
            clause_hits = [h for h in (c.search([(clause, 1.0)], self.config.candidates)
                                       for c in self._channels()
                                       if c.name in ("keyword", "adapted"))
                           if not isinstance(h, str)]
            p = calibration.answerable(clause_hits, self._keyword.familiarity(clause),
                                       self._names_product(clause))
            if p is not None and p > best:
                best = p
                if best >= calibration.GATE.threshold:
                    break
        return best

    def unknown_asked(self, lines: Sequence[str]) -> tuple[str, ...]:
        """The words of a thing the newest message asks the shop to have, sell or recommend
        that the folder never mentions ("有卖瑜伽垫的不": 瑜伽), or () when there is none or
        the message names one of the shop's products ("围巾想送男朋友 有包装盒吗" asks about
        the scarf). Such a message gets no card, whatever its likeness to the folder: a
        product the shop does not sell reads much like one it does ("有没有男士洗面奶推荐"
        came up with the scarf's "送男士比较推荐"). On the tuning sets no question (422, plain,
        wrapped, long and with typos) is caught and 18 of the 100 off-topic messages are."""
        if any(self._names_product(line) for line in lines):
            return ()
        for clause in _every_clause(lines):
            thing = asked_for(clause)
            unknown = self._keyword.unknown_words(thing) if thing else []
            if unknown:
                return tuple(unknown)
        return ()

    def other_platform(self, lines: Sequence[str]) -> str | None:
        """The other marketplace or app the newest message is about ("在pdd买的卫衣开线了",
        "美团外卖送错了"), or None: one the shop does not sell on (shop.yaml's platforms).
        Such a message gets no card: the folder's replies are for the shop's own orders."""
        return other_platform(_every_clause(lines), self.report.shop.platforms,
                              any(self._names_product(line) for line in lines),
                              self._keyword.uses)

    def account_asked(self, lines: Sequence[str]) -> str | None:
        """The app whose account the newest message is about ("支付宝登录不上了": 支付宝), or
        None. Such a message gets no card: the shop cannot see or fix the buyer's account."""
        return account_trouble(_every_clause(lines), self._keyword.uses)

    def _names_product(self, text: str) -> bool:
        return bool(calibration.named_products([text], self.report.vocabulary))

    def _cut_off(self, hits: Sequence[ChannelHits]) -> float:
        if self.config.min_confidence is not None:
            return self.config.min_confidence
        return calibration.fit_for(hits).minimum

    def _knowledge_hits(
        self, candidates: list[Candidate], query: str, limit: int
    ) -> list[KnowledgeHit]:
        hits = []
        for c in candidates:
            snippet = self.report.snippets[c.position]
            if snippet.kind is not SnippetKind.KNOWLEDGE:
                continue
            words = self._keyword.matched_words(query, snippet.search_text)
            words = tuple(w for w in words if w not in FILLER_WORDS)
            hits.append(KnowledgeHit(snippet, round(c.score, 6), words))
            if len(hits) >= limit:
                break
        return hits


class _SearchTexts(Sequence[str]):
    """The snippets' search texts, each made when asked for: an update reads only the
    changed ones, so a warm start reads none. As a list they were the sidebar's peak of
    memory at 100k snippets (the shop's model coming in: 692 MB)."""

    def __init__(self, snippets: Sequence[Snippet]) -> None:
        self._snippets = snippets

    def __len__(self) -> int:
        return len(self._snippets)

    def __getitem__(self, i):  # Sequence's int and slice forms
        if isinstance(i, slice):
            return [s.search_text for s in self._snippets[i]]
        return self._snippets[i].search_text


# How much an older message weighs beside the one after it, and an earlier line of one
# message (lines sent in a burst, with no header between them) beside the line after it: a
# burst's question is often in its first lines ("杯盖漏水！！" / "倒过来就滴水 这咋用"). On the
# long tuning messages sent in bursts R@1 0.60 -> 0.80 (5 messages, 3 seeds).
TURN_DECAY = 0.5
LINE_DECAY = 0.85
MAX_TURNS = 5  # older lines weigh almost nothing and only add noise


def weighted_turns(messages: str | Sequence[str]) -> list[tuple[str, float]]:
    """Buyer lines oldest first with their weights in the search; each item of a list is a
    message, a pasted chat is split at its name/time header lines (which are dropped)."""
    out: list[tuple[str, float]] = []
    for age, group in enumerate(reversed(_messages(messages))):
        for line_age, line in enumerate(reversed(group)):
            out.append((line, TURN_DECAY ** age * LINE_DECAY ** line_age))
    return out[:MAX_TURNS][::-1]


def _every_clause(lines: Sequence[str]) -> list[str]:
    """The clauses of the lines, or a line whole when it has none that says something."""
    return [c for line in lines for c in calibration.clauses(line) or [line]]


def newest_message(messages: str | Sequence[str]) -> list[str]:
    """The lines of the newest message alone (those weighted_turns weighs by LINE_DECAY)."""
    groups = _messages(messages)
    return groups[-1][-MAX_TURNS:] if groups else []


def _messages(messages: str | Sequence[str]) -> list[list[str]]:
    """Each message's lines, oldest message first: an item of a list is a message, and a
    pasted chat holds one per header line."""
    items = [messages] if isinstance(messages, str) else list(messages)
    return [g for item in items for g in message_groups(str(item))]


def split_messages(messages: str | Sequence[str]) -> list[str]:
    """Buyer lines oldest first (see weighted_turns)."""
    return [line for line, _ in weighted_turns(messages)]
