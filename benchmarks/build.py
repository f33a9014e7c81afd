"""Index build throughput against the model's raw encode, and one edited file into 10k."""

from __future__ import annotations

import csv
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from assist.engine import Assistant, AssistConfig
from assist.retrieval.embedder import Embedder
from benchmarks.common import load_average
from benchmarks.corpus import Row, write_rows


@dataclass
class Throughput:
    snippets: int
    build_seconds: float
    raw_seconds: float
    load: str
    embedded: int = 0  # snippets the build gave a vector (the model reads them)
    raw_embedded_seconds: float = 0.0  # raw encode of just those, folder order, batches of 32
    build_encode_seconds: float = 0.0  # the build's own encode calls for them

    @property
    def model_work_ratio(self) -> float:
        """Same texts, same model: the build's batching against plain batches of 32."""
        return self.raw_embedded_seconds / max(self.build_encode_seconds, 1e-9)

    @property
    def build_rate(self) -> float:
        return self.snippets / self.build_seconds

    @property
    def raw_rate(self) -> float:
        return self.snippets / self.raw_seconds


def throughput(knowledge: Path, embedder: Embedder) -> Throughput:
    """Build from nothing (fresh cache) and raw-encode the same texts, in one run."""
    with tempfile.TemporaryDirectory(prefix="assist-bench-") as tmp:
        # the general model only (no shop model): its build is what is measured
        assistant = Assistant(AssistConfig(knowledge_dir=knowledge, cache_dir=Path(tmp),
                                           channels="keyword+general"), embedder=embedder)
        assistant.load_knowledge()
        texts = [s.search_text for s in assistant.report.snippets]
        embedder.encode(texts[:32])  # warm-up
        start = time.perf_counter()
        _raw_encode(embedder, texts)
        raw = time.perf_counter() - start
        encoded: list[str] = []
        spent = [0.0]
        encode = embedder.encode

        def timed_encode(batch, progress=None):
            encoded.extend(batch)
            start = time.perf_counter()
            try:
                return encode(batch, progress)
            finally:
                spent[0] += time.perf_counter() - start

        embedder.encode = timed_encode  # instance attribute: only this build is instrumented
        try:
            start = time.perf_counter()
            assistant.build_index()
            build = time.perf_counter() - start
        finally:
            del embedder.encode
        start = time.perf_counter()
        _raw_encode(embedder, encoded)
        raw_embedded = time.perf_counter() - start
    return Throughput(len(texts), build, raw, load_average(), len(encoded), raw_embedded,
                      spent[0])


def _raw_encode(embedder: Embedder, texts: list[str]) -> None:
    """The backend's own encode, in folder order, batches of 32: what a plain loop pays."""
    for at in range(0, len(texts), 32):
        embedder._runner.embed(texts[at : at + 32])


@dataclass
class EditTiming:
    load_knowledge: float
    build_index: float
    embed: float
    embedded: int
    total_snippets: int

    @property
    def total(self) -> float:
        return self.load_knowledge + self.build_index


def edit_one_file(assistant: Assistant, file: Path, rounds: int = 3) -> list[EditTiming]:
    """Rewrite every reply in `file` (100 snippets), then time what the app does on a save."""
    original = file.read_bytes()
    timings = []
    encode = assistant.embedder.encode
    spent = [0.0]

    def timed_encode(texts, progress=None):
        start = time.perf_counter()
        try:
            return encode(texts, progress)
        finally:
            spent[0] += time.perf_counter() - start

    assistant.embedder.encode = timed_encode  # instance attribute: only this run is instrumented
    try:
        for n in range(rounds):
            _edit(file, original, f"（更新{n}）")
            spent[0] = 0.0
            t0 = time.perf_counter()
            assistant.load_knowledge()
            t1 = time.perf_counter()
            stats = assistant.build_index()
            t2 = time.perf_counter()
            timings.append(EditTiming(t1 - t0, t2 - t1, spent[0], stats.embedded, stats.total))
    finally:
        del assistant.embedder.encode
        file.write_bytes(original)
        assistant.load_knowledge()
        assistant.build_index()
    return timings


def new_english_file(assistant: Assistant, folder: Path, rounds: int = 3) -> list[EditTiming]:
    """The worst case for one file: 100 new rows the model reads in full, so all 100 are
    embedded (a mixed corpus file has ~20 such rows). The file is removed afterwards."""
    import random

    from benchmarks.corpus import english_row

    file = folder / "zz-english-edit.csv"
    timings = []
    try:
        for n in range(rounds):
            rng = random.Random(100 + n)  # other rows each round: nothing is reused
            rows = [Row(f"EN{n}-{i:03d}", *english_row(rng)) for i in range(100)]
            write_rows(file, [Row(r.id, r.question, f"{r.reply} (#{n}-{i})", r.product)
                              for i, r in enumerate(rows)])
            t0 = time.perf_counter()
            assistant.load_knowledge()
            t1 = time.perf_counter()
            stats = assistant.build_index()
            t2 = time.perf_counter()
            timings.append(EditTiming(t1 - t0, t2 - t1, 0.0, stats.embedded, stats.total))
    finally:
        file.unlink(missing_ok=True)
        assistant.load_knowledge()
        assistant.build_index()
    return timings


def _edit(file: Path, original: bytes, mark: str) -> None:
    rows = list(csv.DictReader(original.decode("utf-8-sig").splitlines()))
    write_rows(file, [Row(r["id"], r["question"], r["reply"] + mark, r["product"]) for r in rows])
