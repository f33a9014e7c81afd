"""Training the shop check (assist/suggest/shop_check.py) beside the shop's model.

What buyers ask this shop: the folder's own questions, titles and names (the anchors of the
model's training pairs), and resources/background/shop-*.txt, questions any shop gets
("能便宜点吗", "几点发货"), so that a thin folder does not teach that bargaining is off-topic.
What no shop answers: resources/background/offshop-*.txt (weather, homework, translation,
health, accounts, favours ...). Both lists were written without looking at any shop's folder
or at the evaluation lists (benchmarks/data), and both are wrapped in the chat openers and
closers the model trains with, so a greeting says nothing either way.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from assist.adapt.pairs import Pair, wrapped_variants
from assist.paths import install_root
from assist.suggest.shop_check import ShopCheck, features
from assist.text import CJK_RUN

MAX_SHOP_TEXTS = 20000  # a big folder's questions, sampled: the fit stays a few seconds
# Inverse regularisation of the logistic regression. At 2 or 3 some tuning questions fell
# below every cut-off that caught more off-topic messages; at 0.5 fewer were caught.
C = 1.0


def background_dir() -> Path:
    return install_root() / "resources" / "background"


def read_lines(paths: Iterable[Path]) -> list[str]:
    lines: list[str] = []
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                lines.append(line)
    return lines


def fit_shop_check(pairs: list[Pair], seed: int, folder: Path | None = None) -> ShopCheck:
    """The check for this folder's pairs; deterministic for a seed."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    root = folder or background_dir()
    rng = random.Random(seed)
    shop = sorted({p.anchor for p in pairs})
    if len(shop) > MAX_SHOP_TEXTS:
        shop = rng.sample(shop, MAX_SHOP_TEXTS)
    latin = sum(not CJK_RUN.search(t) for t in shop) / max(len(shop), 1)
    shop += wrapped_variants(read_lines(sorted(root.glob("shop-*.txt"))), rng)
    other = wrapped_variants(read_lines(sorted(root.glob("offshop-*.txt"))), rng)
    texts = shop + other

    grams = [features(t) for t in texts]
    index: dict[str, int] = {}
    for g in grams:
        for f in g:
            index.setdefault(f, len(index))
    df = np.zeros(len(index))
    for g in grams:
        df[[index[f] for f in set(g)]] += 1
    idf = np.log((1 + len(texts)) / (1 + df)) + 1  # scikit-learn's smoothed idf
    check = ShopCheck(list(index), idf, np.zeros(len(index)), 0.0)
    rows, cols, values = [], [], []
    for r, t in enumerate(texts):
        ids, v = check.vector(t)
        rows.append(np.full(len(ids), r))
        cols.append(ids)
        values.append(v)
    x = csr_matrix((np.concatenate(values), (np.concatenate(rows), np.concatenate(cols))),
                   shape=(len(texts), len(index)))
    y = np.r_[np.ones(len(shop)), np.zeros(len(other))]
    # balanced: a folder of 20,000 questions must not drown the 600 background lines
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(x, y)
    return ShopCheck(list(index), idf, model.coef_[0], float(model.intercept_[0]), latin)
