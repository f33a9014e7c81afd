"""Is the message a question for a shop at all? A linear check the shop's model carries.

The gate (calibration.Gate) asks how much a message looks like the folder, and a message
about something else can look like it clause by clause: "帮我翻译一下 long time no see 是啥意思"
opens it with "是啥意思", "帮我起个网名 要可爱一点的" with "要可爱一点的". This check reads the
whole message: a logistic regression over its characters, Latin words and their pairs, trained
by `assist adapt` (assist/adapt/background.py) on what buyers ask this shop against what no
shop answers, so "翻译", "网名", "数学题" and "佣金" count against it wherever they stand.

Numpy only at search time; the fit runs in the training process (scikit-learn, which
sentence-transformers brings).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from zipfile import BadZipFile

import numpy as np

from assist.suggest.calibration import clauses
from assist.suggest.generic import is_courtesy, is_number_given
from assist.text import CJK_RUN, normalize

log = logging.getLogger(__name__)

FILE = "shop_check.npz"
# Below this the message gets no card. Chosen on the tuning lists (docs/benchmarks.md,
# seventh pass): the highest cut-off that turns away none of their 482 questions (plain,
# wrapped, long, with typos, reworded) at seeds 13-15; the lowest of them scores 0.36
# ("个人开票抬头写啥子 要不要税号"). It turns away 8-10 of the 24-27 off-topic tuning
# messages the gate let through.
MINIMUM = 0.35

# A folder at least this share of whose questions have no Chinese character is judged in
# any script; below it, only messages with Chinese characters are.
LATIN_FOLDER = 0.3

_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"[0-9]+")
# a Latin word, a run of digits (already "0"), or any other single character
_TOKEN = re.compile(r"[a-z]+|0|[^\sa-z0]")


def turned_away(likeness: float | None) -> bool:
    """Whether a message the check read as `likeness` gets no card (None: not judged)."""
    return likeness is not None and likeness < MINIMUM


def features(text: str) -> list[str]:
    """Characters (a Latin word or a number counts as one) and each pair of neighbours:
    "帮我翻译 ok" -> 帮, 我, 翻, 译, ok, 帮我, 我翻, 翻译, 译ok. Numbers are all alike
    ("0"): an order number or a height says nothing about the topic."""
    t = _DIGITS.sub("0", _SPACE.sub(" ", normalize(text).lower()))
    tokens = _TOKEN.findall(t)
    return tokens + [a + b for a, b in pairwise(tokens)]


class ShopCheck:
    """P(a buyer asks the shop this) = sigmoid(bias + weights · tf-idf(features))."""

    def __init__(self, vocabulary: list[str], idf: np.ndarray, weights: np.ndarray,
                 bias: float, latin_share: float = 0.0) -> None:
        if not (len(vocabulary) == len(idf) == len(weights)):
            raise ValueError(f"{len(vocabulary)} features, {len(idf)} idf values and "
                             f"{len(weights)} weights")
        self.vocabulary = list(vocabulary)
        self.index = {f: i for i, f in enumerate(self.vocabulary)}
        self.idf = np.asarray(idf, dtype=np.float64)
        self.weights = np.asarray(weights, dtype=np.float64)
        self.bias = float(bias)
        # the share of the folder's own questions written without Chinese characters
        self.latin_share = float(latin_share)

    def judge(self, lines: Sequence[str]) -> float | None:
        """The likeness of what a message's lines say, or None when there is nothing for the
        check to judge. Greetings, thanks and order numbers are left out: they are shop chat
        whatever else the message says, and "你好" alone is answered with the shop's
        greeting. So is a message in a script the folder hardly writes: a check fitted on a
        Chinese folder knows English only from the background lists ("How do I wash the
        scarf?" read 0.30)."""
        said = [c for line in lines for c in clauses(line) or [line]
                if not (is_courtesy(c) or is_number_given(c))]
        text = " ".join(said)
        return self.likeness(text) if said and self.reads(text) else None

    def reads(self, text: str) -> bool:
        """Whether the check can judge the text: one with Chinese characters, or any text
        when a fair share of the folder's questions are written without them."""
        return bool(CJK_RUN.search(text)) or self.latin_share >= LATIN_FOLDER

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(feature ids, values): sublinear term frequency × idf, normalised to length 1.
        Features the training text never had are left out."""
        counts: dict[int, int] = {}
        for f in features(text):
            i = self.index.get(f)
            if i is not None:
                counts[i] = counts.get(i, 0) + 1
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        ids = np.fromiter(counts, dtype=np.int64, count=len(counts))
        values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64,
                                           count=len(counts)))) * self.idf[ids]
        return ids, values / np.linalg.norm(values)

    def likeness(self, text: str) -> float:
        ids, values = self.vector(text)
        z = self.bias + float(values @ self.weights[ids])
        return 1.0 / (1.0 + np.exp(-z))

    def save(self, path: Path) -> None:
        with open(path, "wb") as f:  # np.savez would add ".npz" to a name without it
            np.savez(f, vocabulary=np.array(self.vocabulary, dtype=str), idf=self.idf,
                     weights=self.weights, bias=np.array([self.bias, self.latin_share]))

    @classmethod
    def load(cls, path: Path) -> ShopCheck | None:
        """The saved check, or None when there is none (a model trained before it existed)
        or it cannot be read (then the message is judged without it, as before)."""
        if not Path(path).exists():
            return None
        try:
            with open(path, "rb") as f, np.load(f, allow_pickle=False) as data:
                bias = data["bias"]
                return cls([str(v) for v in data["vocabulary"]], data["idf"],
                           data["weights"], float(bias[0]),
                           float(bias[1]) if len(bias) > 1 else 0.0)
        except (OSError, ValueError, KeyError, IndexError, EOFError, BadZipFile) as exc:
            log.warning("shop check %s unusable, messages are judged without it: %s",
                        path, exc)
            return None
