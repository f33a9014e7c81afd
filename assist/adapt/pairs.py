"""Training pairs from a knowledge folder: what a buyer might type -> the text that answers it.

Every pair carries a group: two pairs of one group answer the same thing, so training never
uses one as the other's negative, and held-out questions are scored by group.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assist.knowledge.model import LoadReport, Snippet, SnippetKind
from assist.text import normalize

# FAQ bullets in product pages: "- **收到时断了/裂了**：运输破损包赔…"
_FAQ = re.compile(r"^\s*[-*]\s*\*\*(.+?)\*\*\s*[：:]", re.M)
_SPACE = re.compile(r"\s+")
MAX_SIBLINGS = 4  # question -> other rows with the same reply, per question
MAX_GROUP_PAIRS = 48
# Buyers wrap a question in greetings, order numbers, places and feelings; a mean of unit
# vectors is diluted by them unless training shows such words around every question.
_OPENERS = ("亲，", "在吗？", "你好，", "客服在不在，", "老板，", "急！", "麻烦问下，", "hi ",
            "我前两天买的，", "我是老顾客了，", "我刚下单，", "我在北京，", "上周拍的，")
_CLOSERS = ("，谢谢", "，麻烦尽快回复", "？？", "，急", "，在线等", "哈哈", "，谢啦",
            "，订单号4120998877665544", "，我在广州", "，给个准话", "，说好的呢", "！！！")


@dataclass(frozen=True)
class Pair:
    anchor: str  # what a buyer might type
    positive: str  # the text that answers it (a snippet's document, or a question)
    group: str  # pairs of one group answer the same thing


@dataclass
class PairSet:
    pairs: list[Pair] = field(default_factory=list)
    held_out: list[tuple[str, int]] = field(default_factory=list)  # (question, snippet position)
    groups: list[str] = field(default_factory=list)  # per snippet position

    examples: int = 0  # question -> reply rows and sections trained on (what trainers wrote)


def document(snippet: Snippet) -> str:
    """The text the shop's model embeds for a snippet (the same the search index holds)."""
    return snippet.search_text


def reply_group(snippet: Snippet) -> str:
    if snippet.kind is SnippetKind.RESOLUTION:
        return "reply:" + _SPACE.sub("", normalize(snippet.reply))
    return "snippet:" + snippet.id


def build_pairs(report: LoadReport, held_out_share: float = 0.0, seed: int = 0,
                extra: Sequence[tuple[str, str]] = (), augment: bool = True,
                max_held_out: int = 2000) -> PairSet:
    """Pairs from every snippet. held_out_share of the questions whose reply other rows share
    are kept out of training (with their own document) to measure the model on.
    extra: (question, reply) pairs approved elsewhere (e.g. from the desk), trained on too."""
    snippets = report.snippets
    out = PairSet(groups=[reply_group(s) for s in snippets])
    members: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(out.groups):
        members[g].append(i)
    held = _pick_held_out(snippets, out.groups, members, held_out_share, seed, max_held_out)
    out.held_out = [(snippets[i].question, i) for i in sorted(held)]
    rng = random.Random(seed)

    for i, s in enumerate(snippets):
        if i in held:
            continue
        group = out.groups[i]
        doc = document(s)
        out.examples += 1
        if s.kind is SnippetKind.RESOLUTION:
            out.pairs.append(Pair(s.question, doc, group))
            if augment:
                out.pairs.append(Pair(_wrapped(s.question, rng), doc, group))
            out.pairs.append(Pair(s.question, s.reply, group))
            siblings = [j for j in members[group] if j != i and j not in held]
            rng.shuffle(siblings)  # not always the first rows of a popular reply
            for j in siblings[:MAX_SIBLINGS]:
                out.pairs.append(Pair(s.question, document(snippets[j]), group))
                out.pairs.append(Pair(s.question, snippets[j].question, group))
            continue
        for anchor in _section_anchors(s, report.vocabulary):
            out.pairs.append(Pair(anchor, doc, group))
    for alias, product in report.vocabulary.items():
        if normalize(alias) != normalize(product):
            out.pairs.append(Pair(alias, product, "product:" + product))
    for question, reply in extra:
        group = "reply:" + _SPACE.sub("", normalize(reply))
        out.pairs.append(Pair(question, f"{question}\n{reply}", group))
        out.pairs.append(Pair(question, reply, group))
    out.pairs = _capped(out.pairs, rng)
    return out


def desk_pairs(knowledge_dir: Path, log: Path | None = None) -> list[tuple[str, str]]:
    """Cards the desk inserted with little editing for buyers of this folder (the feedback
    log's accepted pairs): pass them as build_pairs(extra=...). Approved answers need no
    such path: they are resolutions in the folder."""
    from assist.trainer.feedback import FeedbackLog, FeedbackLogError, default_path

    path = log if log is not None else default_path()
    if not path.is_file():
        return []
    try:
        with FeedbackLog.open(path) as feedback:
            return feedback.accepted_pairs(folder=knowledge_dir)
    except (FeedbackLogError, OSError):  # a damaged log costs these pairs, never the training
        return []


def _capped(pairs: list[Pair], rng: random.Random) -> list[Pair]:
    """At most MAX_GROUP_PAIRS per group: a reply hundreds of rows share ("好的") says little
    about any of them, and a batch holds one pair of a group, so it would need hundreds."""
    by_group: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pairs):
        by_group[p.group].append(i)
    keep = set()
    for members in by_group.values():
        keep.update(members if len(members) <= MAX_GROUP_PAIRS
                    else rng.sample(members, MAX_GROUP_PAIRS))
    return [p for i, p in enumerate(pairs) if i in keep]


def wrapped_variants(texts: list[str], rng: random.Random) -> list[str]:
    """Each text, and once more as _wrapped() sends it."""
    return texts + [_wrapped(t, rng) for t in texts]


def _wrapped(question: str, rng: random.Random) -> str:
    """The question as a buyer might send it: an opener, a closer, or both."""
    choice = rng.randrange(3)
    opener = rng.choice(_OPENERS) if choice != 1 else ""
    closer = rng.choice(_CLOSERS) if choice != 0 else ""
    return f"{opener}{question}{closer}"


def _section_anchors(s: Snippet, vocabulary: dict[str, str]) -> list[str]:
    """How a buyer might ask for a product or policy section: its title, the heading with the
    product's other names, and the questions of its FAQ bullets."""
    heading = s.title.split(" · ")[-1] if s.title else ""
    anchors = [s.title or heading]
    if s.product and heading:
        aliases = sorted(a for a, p in vocabulary.items() if p == s.product and not a.isascii())
        anchors += [f"{a}{heading}" for a in aliases[:3]]
    for m in _FAQ.finditer(s.reply):
        anchors.append(f"{s.product or ''}{m.group(1)}")
    return [a for a in dict.fromkeys(anchors) if a.strip()]


def _pick_held_out(snippets: Sequence[Snippet], groups: list[str],
                   members: dict[str, list[int]], share: float, seed: int,
                   cap: int) -> set[int]:
    """Questions whose reply at least one other row keeps in training, chosen by seed."""
    if share <= 0:
        return set()
    eligible = [i for i, s in enumerate(snippets)
                if s.kind is SnippetKind.RESOLUTION and s.question and len(members[groups[i]]) > 1]
    rng = random.Random(seed)
    rng.shuffle(eligible)
    held: set[int] = set()
    left = {g: len(m) for g, m in members.items()}
    for i in eligible:
        if len(held) >= share * len(eligible) or len(held) >= cap:
            break
        if left[groups[i]] > 1:  # keep at least one row of each reply in training
            held.add(i)
            left[groups[i]] -= 1
    return held
