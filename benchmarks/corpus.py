"""Synthetic but realistic knowledge folders of 1k, 10k or 100k snippets, made at run time.

The sample knowledge is copied in whole (product pages, policies, templates, resolutions);
the rest are past resolutions recombined from it: the sample's questions and replies with other
products, other numbers, chat openers and closers, and about a quarter English rows built from
``benchmarks.english``. Rows go into CSV files of 100, the size of "one edited file".
"""

from __future__ import annotations

import csv
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from assist.knowledge import SnippetKind, load_knowledge
from benchmarks import english
from benchmarks.common import SAMPLE_KNOWLEDGE, cache_root, say

GENERATOR_VERSION = "1"
ROWS_PER_FILE = 100
ENGLISH_SHARE = 0.25
_DIGITS = re.compile(r"\d+")
_Q_OPENERS = ("", "", "", "亲，", "你好，", "在吗 ", "请问", "老板，", "客服 ", "hello ")
_Q_CLOSERS = ("", "", "", "？", "呢", "啊", " 急", "，谢谢", "!", "～", " 在线等")
_R_OPENERS = ("", "", "亲，", "您好，", "亲爱的，", "亲亲，")
_R_CLOSERS = ("", "", "～", " 有问题随时联系我们哦", " 祝您生活愉快！", " 感谢您的支持～")


@dataclass(frozen=True)
class Row:
    id: str
    question: str
    reply: str
    product: str


def corpus_dir(size: int) -> Path:
    """The folder for `size` snippets, generated on first use and reused after."""
    folder = cache_root() / f"corpus-{size}"
    marker = folder / ".generated"
    if marker.exists() and marker.read_text() == GENERATOR_VERSION:
        return folder
    say(f"  generating a {size}-snippet knowledge folder in {folder}")
    if folder.exists():
        shutil.rmtree(folder)
    write_corpus(folder, size)
    marker.write_text(GENERATOR_VERSION)
    return folder


def write_corpus(folder: Path, size: int, seed: int = 5) -> None:
    shutil.copytree(SAMPLE_KNOWLEDGE, folder, ignore=shutil.ignore_patterns("golden*"))
    sample = load_knowledge(SAMPLE_KNOWLEDGE)
    extra = max(0, size - len(sample.snippets))
    rows = generate_rows(sample, extra, random.Random(seed))
    out = folder / "generated"
    out.mkdir()
    for start in range(0, len(rows), ROWS_PER_FILE):
        name = f"past-{start // ROWS_PER_FILE:04d}.csv"
        write_rows(out / name, rows[start : start + ROWS_PER_FILE])


def write_rows(path: Path, rows: list[Row]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, quoting=csv.QUOTE_ALL)  # quoting keeps csv.Sniffer on commas
        writer.writerow(["id", "question", "reply", "product"])
        writer.writerows([r.id, r.question, r.reply, r.product] for r in rows)


def generate_rows(sample, count: int, rng: random.Random) -> list[Row]:
    pairs = [(s.question, s.reply, s.product) for s in sample.snippets
             if s.kind is SnippetKind.RESOLUTION]
    products = sorted(set(sample.vocabulary.values()))
    rows = []
    for n in range(count):
        if rng.random() < ENGLISH_SHARE:
            question, reply, product = english_row(rng)
        else:
            question, reply, product = chinese_row(rng.choice(pairs), products, rng)
        rows.append(Row(f"G{n:06d}", question, reply, product))
    return rows


def chinese_row(pair: tuple[str, str, str], products: list[str], rng: random.Random
                ) -> tuple[str, str, str]:
    question, reply, product = pair
    if product and rng.random() < 0.5:  # the same question about another product
        other = rng.choice(products)
        question, reply, product = (question.replace(product, other),
                                    reply.replace(product, other), other)
    if rng.random() < 0.6:
        question = _DIGITS.sub(lambda m: _similar_number(m.group(0), rng), question)
    if rng.random() < 0.15:
        question += f" 订单号{rng.randrange(10**17, 10**18)}"
    question = rng.choice(_Q_OPENERS) + question + rng.choice(_Q_CLOSERS)
    reply = rng.choice(_R_OPENERS) + reply.removeprefix("亲，") + rng.choice(_R_CLOSERS)
    return question, reply, product


def english_row(rng: random.Random) -> tuple[str, str, str]:
    intent = rng.choice(english.INTENTS)
    product = rng.choice(english.PRODUCTS)
    question = rng.choice(intent.phrasings).format(p=product)
    if rng.random() < 0.3:
        opener = rng.choice(("Hi, ", "Hello, ", "Excuse me, "))
        question = opener + question[0].lower() + question[1:]
    reply = rng.choice(("", "Dear customer, ", "Hi! ")) + rng.choice(intent.replies)
    return question, reply, f"en:{intent.name}"


def _similar_number(digits: str, rng: random.Random) -> str:
    if len(digits) > 4:
        return digits
    value = int(digits)
    return str(max(1, value + rng.randint(-max(1, value // 10), max(1, value // 10))))
