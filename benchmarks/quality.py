"""Retrieval quality: the sample golden set, English paraphrases, and JDDC real chats."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assist.evaluate import char_f1, evaluate, read_golden
from assist.retrieval.embedder import Embedder
from benchmarks import english, jddc
from benchmarks.common import GOLDEN, OFFTOPIC, SAMPLE_KNOWLEDGE, cache_root
from benchmarks.indexes import open_assistant

CHANNELS = ("keyword", "dense", "fused")


def golden(embedder: Embedder) -> dict[str, dict]:
    """What `assist eval knowledge/golden.jsonl --channels C --json` reports, per channel."""
    items, _ = read_golden(GOLDEN)
    offtopic = [ln.strip() for ln in OFFTOPIC.read_text("utf-8").splitlines() if ln.strip()]
    out = {}
    for channels in CHANNELS:
        assistant = open_assistant(SAMPLE_KNOWLEDGE, embedder, channels, label="sample")
        report = evaluate(items, set(assistant.report.by_id()),
                          lambda q, a=assistant: a.suggest(q, limit=5))
        answered = sum(bool(assistant.suggest(q).suggestions) for q in offtopic)
        out[channels] = {**report.metrics, "offtopic_answered": f"{answered}/{len(offtopic)}"}
    return out


def english_paraphrases(knowledge: Path, embedder: Embedder) -> dict[str, dict]:
    """Held-out English paraphrases against the synthetic corpus: is the top reply on intent?"""
    out = {}
    for channels in CHANNELS:
        assistant = open_assistant(knowledge, embedder, channels)
        ranks = []
        for intent in english.INTENTS:
            for query in intent.held_out:
                products = [s.sources[0].product for s in assistant.suggest(query).suggestions]
                rank = next((r for r, p in enumerate(products, 1) if p == f"en:{intent.name}"), 0)
                ranks.append(rank)
        ranks_a = np.array(ranks)
        out[channels] = {"queries": len(ranks), "recall@1": round(float((ranks_a == 1).mean()), 3),
                         "recall@5": round(float((ranks_a > 0).mean()), 3),
                         "mrr": round(float(np.mean([1 / r if r else 0 for r in ranks])), 3)}
    return out


@dataclass
class JddcScore:
    turns: int = 0
    answered: int = 0
    dense_used: int = 0
    f1: float = 0.0
    bleu: float = 0.0
    f1_best5: float = 0.0

    def add(self, replies: list[str], refs: tuple[str, ...], dense_used: bool) -> None:
        top = replies[0] if replies else ""
        self.turns += 1
        self.answered += bool(replies)
        self.dense_used += dense_used
        self.f1 += float(np.mean([char_f1(top, r) for r in refs])) if top else 0.0
        self.bleu += float(np.mean([jddc.char_bleu(top, r) for r in refs])) if top else 0.0
        self.f1_best5 += max((float(np.mean([char_f1(c, r) for r in refs])) for c in replies),
                             default=0.0)

    def row(self, name: str) -> list[object]:
        n = max(self.turns, 1)
        return [name, self.turns, f"{self.answered / n:.0%}", f"{self.dense_used}",
                f"{self.f1 / n:.4f}", f"{self.bleu / n:.4f}", f"{self.f1_best5 / n:.4f}"]


JDDC_HEADERS = ["channels", "turns", "answered", "dense used", "char F1 top-1",
                "char BLEU top-1", "char F1 best of 5"]


def jddc_benchmark(folder: Path, embedder: Embedder) -> dict[str, JddcScore] | None:
    if not jddc.available(folder):
        return None
    with (folder / jddc.CHAT_FILE).open(encoding="utf-8") as f:
        pairs = jddc.mine_pairs(f)
    knowledge = cache_root() / "jddc-resolutions"  # derived data: outside the repo, always
    jddc.write_resolutions(pairs, knowledge / "past.csv")
    turns = jddc.read_dev((folder / jddc.QUESTIONS_FILE).read_text("utf-8"),
                          (folder / jddc.ANSWERS_FILE).read_text("utf-8"))
    scores = {}
    for channels in CHANNELS:
        assistant = open_assistant(knowledge, embedder, channels, label="jddc")
        score = JddcScore()
        for turn in turns:
            result = assistant.suggest(list(turn.messages), limit=5)
            score.add([s.text for s in result.suggestions], turn.references, result.dense_used)
        scores[channels] = score
    return scores
