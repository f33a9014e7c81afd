"""What the shop's model reads: the units of a text, shared by training and search.

A static model's vector is the normalised sum of its units' vectors, so everything it can
understand has to be a unit. For Chinese that means every character plus every known longer
string inside the text (jieba words, frequent n-grams: "羽绒服", "开线", "不亮"), overlapping
on purpose: a typo or a word jieba splits wrongly still shares its characters and the other
words. Latin letters and digits become words, and numbers also a shape ("<n3>" for 165), so
"165cm 55kg" reads as a height and a weight whatever the figures.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from assist.text import CJK_RUN, normalize

FEATURES_VERSION = "1"
MAX_CJK_UNIT = 6  # longest Chinese unit looked up (product names, jieba words)
_LATIN = re.compile(r"[a-z]+|\d+")
_SLOT = re.compile(r"[a-z]+|\d+|[^\W_]")


def number_shape(digits: str) -> str:
    return f"<n{min(len(digits), 6)}>"


def units(text: str, vocab: dict[str, int], max_len: int = MAX_CJK_UNIT) -> Iterator[
        tuple[str, int, int]]:
    """(unit, start, end) for every known unit in the text, positions in normalize(text)."""
    flat = normalize(text)
    for run in CJK_RUN.finditer(flat):
        s, e = run.span()
        for i in range(s, e):
            for n in range(1, min(max_len, e - i) + 1):
                unit = flat[i : i + n]
                if unit in vocab:
                    yield unit, i, i + n
    for m in _LATIN.finditer(flat):
        word = m.group()
        if word in vocab:
            yield word, m.start(), m.end()
        if word.isdigit():
            shape = number_shape(word)
            if shape in vocab:
                yield shape, m.start(), m.end()


def unit_ids(text: str, vocab: dict[str, int], max_len: int = MAX_CJK_UNIT) -> list[int]:
    return [vocab[u] for u, _, _ in units(text, vocab, max_len)]


def readable_slots(text: str) -> list[int]:
    """Where the things that carry meaning start (positions in normalize(text)): each Chinese
    character, each Latin word or number (one slot, like one character: "想refund" reads
    half, not a seventh), each other letter."""
    return [m.start() for m in _SLOT.finditer(normalize(text))]


def candidate_units(text: str, words: Iterable[str], max_ngram: int = 4) -> set[str]:
    """Every unit a vocabulary could hold for this text: characters, n-grams up to max_ngram,
    the given (jieba) words, Latin words, number shapes."""
    flat = normalize(text)
    found: set[str] = set()
    for run in CJK_RUN.findall(flat):
        for n in range(1, max_ngram + 1):
            found.update(run[i : i + n] for i in range(len(run) - n + 1))
    for word in words:
        word = normalize(word).strip()
        if 2 <= len(word) <= MAX_CJK_UNIT and CJK_RUN.fullmatch(word):
            found.add(word)
    for word in _LATIN.findall(flat):
        found.add(word)
        if word.isdigit():
            found.add(number_shape(word))
    return found


def build_vocabulary(texts: Iterable[tuple[str, Iterable[str]]], min_count: int = 2,
                     max_size: int = 60_000, max_ngram: int = 4) -> list[str]:
    """Units for a shop: each single character and Latin word seen once, longer Chinese units
    seen in at least min_count texts (a string seen once teaches nothing it can generalise),
    the most widespread first when the cap binds. Sorted, so the same texts give the same ids.
    """
    counts: Counter[str] = Counter()
    for text, words in texts:
        counts.update(candidate_units(text, words, max_ngram))
    keep = [u for u, c in counts.items()
            if c >= min_count or len(u) == 1 or not CJK_RUN.fullmatch(u)]
    keep.sort(key=lambda u: (-counts[u], u))
    return sorted(keep[:max_size])
