"""Chinese and English tokens for keyword search: jieba words plus character bigrams.

jieba knows general Chinese; the shop's product names, SKUs and aliases are added as user words
so "白鸭绒羽绒服" stays one token. Words jieba still splits wrongly (new slang, typos) are
caught by overlapping character bigrams, the usual fallback for unsegmented Chinese.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Iterable, Mapping
from functools import lru_cache

import jieba

from assist import paths
from assist.retrieval.synonyms import build_table
from assist.text import CJK_RUN, READABLE, normalize

jieba.setLogLevel(logging.WARNING)

BIGRAM_PREFIX = "~"
TOKENIZER_VERSION = "1"  # bump when tokens() changes, so saved tokens are redone

# Function words and chat filler that say nothing about what the buyer wants.
_STOPWORD_TEXT = """
的 了 吗 呢 吧 啊 呀 哦 喔 嘛 哈 啦 么 嗯 噢 额 呃 是 我 你 他 她
它 我们 你们 这 那 这个 那个 和 与 及 或 就 都 也 还 在 有 要 会 能
可以 可 请问 请 问 一下 下 亲 亲亲 客服 您好 你好 谢谢 一个 个 有个 上
下 里 啥 什么 怎么 怎么办 怎么样 怎样 咋 咋办 为什么 多少 没 很 太 非常
比较 给 让 被 把 对 到 呗 哈哈 好 好的 吧 一 想 想问 问下 麻烦 帮 帮我
现在 已经 然后 就是 还是 这样 from the a an is are do
does to of and or in on for it i you my me
what how can
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

class _SegmenterCache:
    """One jieba segmenter that knows the shop's words, shared by every Tokenizer.

    jieba's word table is ~80 MB and takes about a second to load, so the last one is kept
    and reused while the words stay the same (every reload after a trainer's edit). Other
    words get a fresh table: one shop's words never leak into another folder's segmentation,
    and the old table is let go before the new one loads, so two are never held at once.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last: tuple[tuple[str, ...], jieba.Tokenizer] | None = None

    def get(self, words: tuple[str, ...]) -> jieba.Tokenizer:
        with self._lock:
            if self._last is not None and self._last[0] == words:
                return self._last[1]
            self._last = None
            seg = jieba.Tokenizer()
            seg.tmp_dir = _jieba_cache_dir()
            seg.initialize()
            for word in words:
                word = normalize(word).strip()
                if word and seg.FREQ.get(word, 0) < 50_000:
                    seg.add_word(word, freq=50_000)
            self._last = (words, seg)
            return seg


SEGMENTERS = _SegmenterCache()


def _jieba_cache_dir() -> str | None:
    """jieba caches its parsed dictionary in the shared temp folder unless told otherwise; the
    per-user cache keeps an installed app's writes in the user's own folders."""
    folder = paths.cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # jieba's default then
    return str(folder)


class Tokenizer:
    def __init__(
        self, vocabulary: Iterable[str] = (), synonyms: Mapping[str, tuple[str, ...]] | None = None
    ) -> None:
        self.synonyms = dict(synonyms) if synonyms is not None else build_table()
        words = tuple(sorted({*vocabulary, *self.synonyms}))
        self._seg = SEGMENTERS.get(words)
        # One query is cut for the search, again for the gate's known words and again for
        # each fact's highlighted words; jieba takes ~0.1 ms a line. A few recent texts
        # suffice: a query is cut again within the same search, not minutes later.
        self._words = lru_cache(maxsize=8)(self._cut)
        # Identifies how this tokenizer splits text: saved tokens from another are not reused.
        self.fingerprint = hashlib.sha1(
            "\n".join([TOKENIZER_VERSION, jieba.__version__, *words]).encode("utf-8")
        ).hexdigest()[:16]

    def expand(self, words: Iterable[str]) -> list[str]:
        """Synonyms of the given words that the text did not already contain."""
        present = set(words)
        extra = [s for w in present for s in self.synonyms.get(w, ()) if s not in present]
        return list(dict.fromkeys(extra))

    def words(self, text: str) -> list[str]:
        """Meaningful words, search-mode segmentation (long words also yield their parts)."""
        return list(self._words(text))

    def _cut(self, text: str) -> tuple[str, ...]:
        return tuple(
            _stem(w)
            for w in (t.strip() for t in self._seg.cut_for_search(normalize(text)))
            if w and w not in STOPWORDS and READABLE.search(w)
        )

    def tokens(self, text: str) -> list[str]:
        """Words plus CJK character bigrams: what the keyword index stores and queries."""
        return self.words(text) + bigrams(normalize(text))


# Particles carry no meaning; dropping them before pairing avoids bigrams such as "票吗".
_PARTICLES = re.compile("[的了吗呢吧啊呀哦嘛啦么嗯噢额呃哈亲呗个]")


_ENGLISH_SUFFIXES = ("ing", "ed", "es", "s")


def _stem(word: str) -> str:
    """A crude English stemmer ("shipping" ~ "ship"); Chinese has no inflection to strip."""
    if not word.isascii() or not word.isalpha() or len(word) <= 4:
        return word
    for suffix in _ENGLISH_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if suffix == "ing" and len(word) > 3 and word[-1] == word[-2]:
                word = word[:-1]  # shipping -> shipp -> ship
            return word
    return word


def bigrams(text: str) -> list[str]:
    grams = []
    for run in CJK_RUN.findall(_PARTICLES.sub(" ", text)):
        if len(run) == 1:
            if run not in STOPWORDS:
                grams.append(BIGRAM_PREFIX + run)
            continue
        grams.extend(BIGRAM_PREFIX + run[i : i + 2] for i in range(len(run) - 1))
    return grams
