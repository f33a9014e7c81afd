"""Retrieval quality on a golden set: Recall@1, Recall@5, MRR and character F1."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from assist.engine import DENSE_CHANNELS, AssistConfig, parse_channels
from assist.knowledge.model import Problem
from assist.messages import Core
from assist.results import SuggestResult
from assist.suggest.calibration import label
from assist.text import normalize, squash


def channel_study(config: AssistConfig) -> AssistConfig:
    """The configuration that evaluates config.channels. One model alone is studied over every
    snippet and every message (the product leaves out what a model cannot read), with vectors
    in a cache of their own so the sidebar's index is never replaced by them."""
    channels = parse_channels(config.channels)
    if len(channels) == 1 and channels[0] in DENSE_CHANNELS:
        return replace(config, dense_min_coverage=0.0,
                       cache_dir=Path(config.cache_dir) / "study-all")
    return config


@dataclass(frozen=True)
class GoldenItem:
    line: int
    question: str
    expected: tuple[str, ...] = ()
    expected_reply: str = ""


@dataclass
class EvalReport:
    metrics: dict[str, float | int] = field(default_factory=dict)
    items: list[dict] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class GoldenFileError(Exception):
    """The golden file cannot be used at all: missing, unreadable, not UTF-8, or no question."""


def read_golden(path: Path) -> tuple[list[GoldenItem], list[Problem]]:
    """The usable questions, and a Problem for each line that is not one (file:line)."""
    items, problems = [], []
    source = path.name
    for number, line in enumerate(_golden_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(source, number, Core.tr("not valid JSON (%1)", exc.msg)))
            continue
        item = _golden_item(obj, number)
        if isinstance(item, str):
            problems.append(Problem(source, number, item))
        else:
            items.append(item)
    if not items:
        first = f" (line {problems[0].line}: {problems[0].message})" if problems else ""
        raise GoldenFileError(f"golden file {path} has no usable question{first}")
    return items, problems


def _golden_text(path: Path) -> str:
    if path.is_dir():
        raise GoldenFileError(f"{path} is a folder, not a golden file")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise GoldenFileError(f"golden file {path} does not exist") from None
    except OSError as exc:
        raise GoldenFileError(f"cannot read golden file {path}: {exc.strerror}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise GoldenFileError(
            f"{path}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); save the golden "
            "file as UTF-8"
        ) from None


def _golden_item(obj: object, number: int) -> GoldenItem | str:
    """The item on one line, or what is wrong with it."""
    if not isinstance(obj, dict):
        return Core.tr("needs a JSON object per line")
    question = obj.get("question")
    if not isinstance(question, str) or not question.strip():
        return Core.tr('needs a non-empty "question"')
    expected = obj.get("expected", [])
    if isinstance(expected, str):
        expected = [expected]
    if not isinstance(expected, list) or not all(isinstance(i, str) for i in expected):
        return Core.tr('"expected" must be a list of snippet ids (or one id as text)')
    reply = obj.get("expected_reply") or ""
    if not isinstance(reply, str):
        return Core.tr('"expected_reply" must be text')
    if not expected and not reply:
        return Core.tr('needs "expected" ids or an "expected_reply"')
    return GoldenItem(number, question, tuple(expected), reply)


def char_f1(candidate: str, reference: str) -> float:
    """F1 over characters, ignoring whitespace and punctuation (a common Chinese QA measure)."""
    a, b = Counter(_chars(candidate)), Counter(_chars(reference))
    overlap = sum((a & b).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(a.values()), overlap / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def _chars(text: str) -> str:
    return squash(normalize(text))


def evaluate(
    items: list[GoldenItem],
    known_ids: set[str],
    suggest: Callable[[str], SuggestResult],
    source: str = "golden",
) -> EvalReport:
    report = EvalReport()
    hits1 = hits5 = rr = scored = 0.0
    f1_top: list[float] = []
    f1_best: list[float] = []
    labels: dict[str, list[int]] = {"strong": [0, 0], "medium": [0, 0], "weak": [0, 0]}
    for item in items:
        result = suggest(item.question)
        top = result.suggestions[:5]
        entry: dict = {
            "line": item.line,
            "question": item.question,
            "suggestions": [
                {
                    "text": s.text,
                    "ids": list(s.snippet_ids),
                    "kind": str(s.kind),
                    "confidence": s.confidence,
                }
                for s in top
            ],
        }
        unknown = [i for i in item.expected if i not in known_ids]
        for missing in unknown:
            report.problems.append(
                Problem(
                    source, item.line,
                    Core.tr("expected id '%1' is not in the knowledge folder", missing),
                )
            )
        expected = set(item.expected) - set(unknown)
        if expected:
            rank = next((r for r, s in enumerate(top, start=1) if expected & set(s.snippet_ids)), 0)
            entry["expected"], entry["rank"] = sorted(expected), rank
            scored += 1
            hits1 += rank == 1
            hits5 += 0 < rank <= 5
            rr += 1 / rank if rank else 0.0
            for s in top:  # is each card's confidence label right?
                if not label(s.confidence):
                    continue  # an alternative: no claim made
                counts = labels[label(s.confidence)]
                counts[0] += bool(expected & set(s.snippet_ids))
                counts[1] += 1
        if item.expected_reply:
            scores = [char_f1(s.text, item.expected_reply) for s in top] or [0.0]
            f1_top.append(scores[0])
            f1_best.append(max(scores))
            entry["char_f1_top1"], entry["char_f1_best5"] = (
                round(scores[0], 4),
                round(max(scores), 4),
            )
        report.items.append(entry)
    report.metrics = {
        "questions": len(items),
        "scored_by_id": int(scored),
        "recall@1": round(hits1 / scored, 4) if scored else 0.0,
        "recall@5": round(hits5 / scored, 4) if scored else 0.0,
        "mrr": round(rr / scored, 4) if scored else 0.0,
        "scored_by_reply": len(f1_top),
        "char_f1_top1": round(sum(f1_top) / len(f1_top), 4) if f1_top else 0.0,
        "char_f1_best5": round(sum(f1_best) / len(f1_best), 4) if f1_best else 0.0,
        **{f"{name}_cards": n for name, (_, n) in labels.items()},
        **{f"{name}_right": round(r / n, 4) if n else 0.0 for name, (r, n) in labels.items()},
        "unknown_expected_ids": sum(1 for p in report.problems if "expected id" in p.message),
    }
    return report
