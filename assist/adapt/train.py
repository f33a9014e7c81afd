"""Training the shop's model: in-batch negatives over (buyer words -> answer) pairs.

Runs where torch may be imported: the `assist adapt` command's child process (runner.py).
Deterministic for a seed: one thread, seeded initialisation and batch order.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import torch
from torch import nn

from assist.adapt.pairs import Pair, PairSet, document
from assist.knowledge.model import LoadReport, SnippetKind
from assist.retrieval.static_units import build_vocabulary, unit_ids
from assist.suggest import shop_check
from assist.suggest.shop_check import ShopCheck

Progress = Callable[[str, int, int], None]  # (stage, done, total)


MAX_MINED = 4000  # questions given a hard negative


class Cancelled(Exception):
    """Training was asked to stop; nothing was saved."""


@dataclass(frozen=True)
class TrainOptions:
    dimension: int = 256
    epochs: int = 12
    batch_size: int = 128
    learning_rate: float = 0.05
    scale: float = 20.0  # cosine -> logit; 0.05 temperature as in MultipleNegativesRankingLoss
    held_out_share: float = 0.1
    max_held_out: int = 300
    max_steps: int = 1000  # across epochs; a big folder trains fewer epochs (min_epochs)
    min_epochs: int = 3
    seed: int = 13
    min_pairs: int = 40
    # Characters, jieba words and bigrams. Longer n-grams let the model memorise rows instead
    # of learning words: sample golden dev half R@1 fell from 0.79 to 0.67 with 4-grams.
    max_ngram: int = 2
    augment: bool = True  # questions also wrapped in greetings and details (pairs.py)
    hard_negatives: bool = True  # keyword search's best wrong answer, per question
    # Models trained alike from different seeds, their vectors joined (each normalised, so a
    # match scores the mean of their cosines). One model's figures swing by four tuning
    # questions in a hundred between seeds; three agree where one guesses: on the tuning
    # half wrapped in chat openers R@1 0.716 -> 0.759, R@5 0.907 -> 0.941 (mean of three
    # seeds), where one model of three times the dimension or epochs gained nothing.
    members: int = 3
    # ... as long as they fit this many steps together: a big folder (whose one model already
    # takes max_steps) trains one, and its training time stays what it was.
    member_steps: int = 1000
    shop_check: bool = True  # assist/suggest/shop_check.py, trained after the model


@dataclass
class Trained:
    vocabulary: list[str]
    weights: np.ndarray
    pairs: int
    figures: dict[str, float | int] = field(default_factory=dict)
    members: int = 1  # weights hold one block of columns per member
    shop_check: ShopCheck | None = None  # is a message a question for a shop at all


def jieba_words(texts: list[str]) -> list[list[str]]:
    from assist.retrieval.tokenize import Tokenizer

    tokenizer = Tokenizer()
    return [tokenizer.words(t) for t in texts]


def mine_negatives(report: LoadReport, pair_set: PairSet) -> dict[str, str]:
    """For each question, the document keyword search ranks highest among other answers: the
    look-alike the model must learn to tell apart ("不吸水了" vs "吸水快吗")."""
    from assist.retrieval.keyword import KeywordIndex
    from assist.retrieval.synonyms import build_table
    from assist.retrieval.tokenize import Tokenizer

    snippets = report.snippets
    index = KeywordIndex([s.keyword_text for s in snippets],
                         Tokenizer(report.vocabulary, build_table(report.synonyms)))
    negatives: dict[str, str] = {}
    anchors = {p.anchor: p.group for p in pair_set.pairs
               if p.group.startswith(("reply:", "snippet:"))}
    chosen = sorted(anchors)
    if len(chosen) > MAX_MINED:  # a search each (~1 ms): a sample serves a big folder
        chosen = random.Random(len(chosen)).sample(chosen, MAX_MINED)
    for anchor in chosen:
        for position in index.search([(anchor, 1.0)], 8).indexes.tolist():
            if pair_set.groups[position] != anchors[anchor]:
                negatives[anchor] = document(snippets[position])
                break
    return negatives


def schedule(pairs: int, options: TrainOptions) -> tuple[int, int, int]:
    """(members, epochs, batches per epoch) for a folder of this many pairs."""
    batches_per_epoch = max(1, -(-pairs // options.batch_size))
    # A large folder learns as much from fewer passes: cap the steps, not the data.
    epochs = max(options.min_epochs, min(options.epochs, options.max_steps // batches_per_epoch))
    members = max(1, min(options.members, options.member_steps // (epochs * batches_per_epoch)))
    return members, epochs, batches_per_epoch


def member_seed(seed: int, member: int) -> int:
    return seed + 7919 * member  # far apart: seed 14's members are not seed 13's


def fit(pairs: list[Pair], options: TrainOptions, progress: Progress | None = None,
        should_stop: Callable[[], bool] = lambda: False, stage: str = "train",
        vocabulary: list[str] | None = None,
        negatives: dict[str, str] | None = None) -> tuple[list[str], np.ndarray]:
    """Train on the pairs (and, per anchor, one hard negative); returns (vocabulary, unit
    vectors): members x dimension columns, one block of options.dimension per member."""
    negatives = negatives or {}
    texts = sorted({t for p in pairs for t in (p.anchor, p.positive)} | set(negatives.values()))
    if vocabulary is None:
        vocabulary = build_vocabulary(zip(texts, jieba_words(texts), strict=True),
                                      max_ngram=options.max_ngram)
    vocab = {u: i for i, u in enumerate(vocabulary)}
    text_ids = {t: _counted(unit_ids(t, vocab)) for t in texts}
    members, epochs, batches_per_epoch = schedule(len(pairs), options)
    total = members * epochs * batches_per_epoch
    done = 0

    def step() -> None:
        nonlocal done
        if should_stop():
            raise Cancelled
        done = min(done + 1, total)  # a batch put off by its group can add a step
        if progress:
            progress(stage, done, total)

    hard = {a: text_ids[n] for a, n in negatives.items()}
    blocks = [_fit_member(pairs, text_ids, hard, len(vocabulary), options,
                          member_seed(options.seed, m), epochs, step) for m in range(members)]
    return vocabulary, np.concatenate(blocks, axis=1)


Bag = tuple[np.ndarray, np.ndarray]  # a text's unit ids and their counts


def _fit_member(pairs: list[Pair], text_ids: dict[str, Bag], hard_of: dict[str, Bag],
                units: int, options: TrainOptions, seed: int, epochs: int,
                step: Callable[[], None]) -> np.ndarray:
    """One model's unit vectors; step() is called before each batch (progress, cancel)."""
    torch.manual_seed(seed)
    rng = random.Random(seed)
    # Sparse gradients: a batch touches a few thousand of the units, and a dense Adam step
    # over all of them was most of the time (15 s -> 4 s on the sample folder).
    bag = nn.EmbeddingBag(units, options.dimension, mode="sum", sparse=False)
    nn.init.normal_(bag.weight, std=0.1)
    optimizer = torch.optim.Adam(bag.parameters(), lr=options.learning_rate, fused=True)
    for _ in range(epochs):
        for batch in _batches(pairs, options.batch_size, rng):
            step()
            a = _embed(bag, [text_ids[p.anchor] for p in batch])
            b = _embed(bag, [text_ids[p.positive] for p in batch])
            labels = torch.arange(len(batch))
            backward = nn.functional.cross_entropy(options.scale * b @ a.T, labels)
            hard = [hard_of[p.anchor] for p in batch if p.anchor in hard_of]
            if hard:  # the batch's hard negatives join every anchor's candidates
                b = torch.cat([b, _embed(bag, hard)])
            logits = options.scale * a @ b.T
            loss = (nn.functional.cross_entropy(logits, labels) + backward) / 2
            # Reuse the gradient buffer: a fresh one per step (27 MB on JDDC's vocabulary) cost
            # page faults, a fifth of the training time.
            optimizer.zero_grad(set_to_none=False)
            loss.backward()
            optimizer.step()
    return bag.weight.detach().numpy().copy()


def _counted(ids: list[int]) -> Bag:
    """Each unit once with its count: the same sum, a third of the rows in long replies."""
    unique, counts = np.unique(np.asarray(ids, dtype=np.int64), return_counts=True)
    return unique, counts.astype(np.float32)


def _embed(bag: nn.EmbeddingBag, ids: list[Bag]) -> torch.Tensor:
    """Normalised sums (the direction of the mean) of the texts' unit vectors."""
    lengths = [len(u) for u, _ in ids]
    offsets = torch.from_numpy(np.cumsum([0, *lengths[:-1]]).astype(np.int64))
    flat = torch.from_numpy(np.concatenate([u for u, _ in ids]))
    weights = torch.from_numpy(np.concatenate([c for _, c in ids]))
    return nn.functional.normalize(bag(flat, offsets, per_sample_weights=weights), dim=-1)


def _batches(pairs: list[Pair], size: int, rng: random.Random) -> list[list[Pair]]:
    """Shuffled batches in which no two pairs share a group (they would be false negatives).

    Like sentence-transformers' NoDuplicatesBatchSampler: fill a batch in shuffled order,
    skipping a pair whose group it already holds; skipped pairs wait for the next batch."""
    order = list(range(len(pairs)))
    rng.shuffle(order)
    batches: list[list[Pair]] = []
    while order:
        batch, groups, rest = [], set(), []
        for n, i in enumerate(order):
            if len(batch) == size:  # full: the rest waits, unscanned
                rest.extend(order[n:])
                break
            if pairs[i].group not in groups:
                batch.append(pairs[i])
                groups.add(pairs[i].group)
            else:
                rest.append(i)
        batches.append(batch)
        order = rest
    return batches


def encode(vocabulary: list[str], weights: np.ndarray, texts: list[str],
           members: int = 1) -> np.ndarray:
    from assist.retrieval.static_model import embed_units

    return embed_units({u: i for i, u in enumerate(vocabulary)}, weights, texts,
                       members=members)


def held_out_figures(report: LoadReport, pair_set: PairSet, vocabulary: list[str],
                     weights: np.ndarray, members: int = 1) -> dict[str, float | int]:
    """Recall of held-out questions: is a row with their reply first / in the top 5 among
    the other past resolutions? (Sections are left out: one may answer as well, but which
    one would is not known.)"""
    if not pair_set.held_out:
        return {"held_out": 0}
    docs = encode(vocabulary, weights, [document(s) for s in report.snippets], members)
    docs[[s.kind is not SnippetKind.RESOLUTION for s in report.snippets]] = 0.0
    queries = encode(vocabulary, weights, [q for q, _ in pair_set.held_out], members)
    groups = np.array(pair_set.groups)
    hits1 = hits5 = 0
    for (_, own), q in zip(pair_set.held_out, queries, strict=True):
        sims = docs @ q
        sims[own] = -np.inf
        top = np.argsort(-sims, kind="stable")[:5]
        right = groups[top] == groups[own]
        hits1 += bool(right[0])
        hits5 += bool(right.any())
    n = len(pair_set.held_out)
    return {"held_out": n, "recall@1": round(hits1 / n, 4), "recall@5": round(hits5 / n, 4)}


def train(report: LoadReport, options: TrainOptions, progress: Progress | None = None,
          should_stop: Callable[[], bool] = lambda: False,
          extra: list[tuple[str, str]] | None = None) -> Trained:
    """Train with a held-out split and measure on it; that model ships.

    The held-out questions are ones whose reply other rows keep in training (at most
    max_held_out, a share of held_out_share), so the model still learns every answer, and
    one training run gives both the model and honest figures."""
    torch.set_num_threads(1)  # reproducible sums; and the sidebar keeps the other core
    from assist.adapt.background import fit_shop_check
    from assist.adapt.pairs import build_pairs

    started = time.perf_counter()
    if progress:  # pairs, vocabulary and hard negatives come first (seconds on a big folder)
        progress("prepare", 0, 1)
    split = build_pairs(report, options.held_out_share, options.seed, extra or (),
                        options.augment, options.max_held_out)
    if split.examples + len(split.held_out) < options.min_pairs:
        raise TooFewPairs(split.examples + len(split.held_out), options.min_pairs)
    negatives = mine_negatives(report, split) if options.hard_negatives else None
    vocabulary, weights = fit(split.pairs, options, progress, should_stop, "train",
                              negatives=negatives)
    members = weights.shape[1] // options.dimension
    figures = held_out_figures(report, split, vocabulary, weights, members)
    if should_stop():
        raise Cancelled
    check = fit_shop_check(split.pairs, options.seed) if options.shop_check else None
    if check is not None and split.held_out:
        # the share of held-out questions (never trained on) that it lets through
        figures["shop_check_accepted"] = round(float(np.mean(
            [not shop_check.turned_away(check.judge([q])) for q, _ in split.held_out])), 4)
    figures["train_seconds"] = round(time.perf_counter() - started, 2)
    figures["members"] = members
    return Trained(vocabulary, weights, len(split.pairs), figures, members, check)


class TooFewPairs(Exception):
    def __init__(self, found: int, needed: int) -> None:
        super().__init__(
            f"the knowledge folder has only {found} questions and sections to learn from; at "
            f"least {needed} are needed (add past resolutions: question -> reply rows)")
        self.found, self.needed = found, needed
