"""Token ids of every snippet text, kept across reloads and saved beside the index.

Segmenting Chinese with jieba is the slowest part of loading a folder (about a millisecond a
snippet: 100 s for 100k). Keeping each text's tokens by content hash means a trainer's edit
re-segments only the snippets that changed, and a restart re-segments nothing. Tokens are kept
as int32 ids rather than strings: 100k snippets x ~70 tokens is ~28 MB instead of ~600 MB.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from assist.atomic import write_atomic_with
from assist.cooperate import pause_point

log = logging.getLogger(__name__)
FORMAT_VERSION = 1
EMPTY = ""  # the token of a text with no words, so BM25 still has a row for it


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class TokenStore:
    def __init__(self, fingerprint: str) -> None:
        self.fingerprint = fingerprint  # changes with the tokenizer's words: old ids are void
        self.vocab: dict[str, int] = {EMPTY: 0}
        self._docs: dict[str, np.ndarray] = {}
        self.dirty = False

    def __len__(self) -> int:
        return len(self._docs)

    def ids_for(self, texts: Sequence[str], tokenize: Callable[[str], list[str]]
                ) -> list[np.ndarray]:
        """Token ids per text; unseen texts are tokenized once. Entries no text uses any
        more are dropped, so the store follows the folder instead of growing forever."""
        keys = [text_key(t) for t in texts]
        out = []
        for key, text in zip(keys, texts, strict=True):
            ids = self._docs.get(key)
            if ids is None:
                pause_point()  # segmenting is pure Python: let the UI draw first
                tokens = tokenize(text) or [EMPTY]
                ids = np.fromiter((self.vocab.setdefault(t, len(self.vocab)) for t in tokens),
                                  dtype=np.int32, count=len(tokens))
                self._docs[key] = ids
                self.dirty = True
            out.append(ids)
        if len(self._docs) > len(set(keys)):
            wanted = set(keys)
            self._docs = {k: v for k, v in self._docs.items() if k in wanted}
            self.dirty = True
        return out

    def save(self, path: Path) -> None:
        keys = list(self._docs)
        arrays = [self._docs[k] for k in keys]
        offsets = np.cumsum([0, *map(len, arrays)], dtype=np.int64)
        vocab = sorted(self.vocab, key=self.vocab.__getitem__)

        def write(tmp: Path) -> None:
            with open(tmp, "wb") as handle:
                np.savez(
                    handle, version=np.array(FORMAT_VERSION),
                    fingerprint=np.array(self.fingerprint),
                    keys=np.array(keys, dtype="U40"), offsets=offsets,
                    ids=np.concatenate(arrays) if arrays else np.empty(0, np.int32),
                    vocab=np.array(vocab, dtype=str),
                )

        write_atomic_with(path, write)
        self.dirty = False

    @classmethod
    def load(cls, path: Path, fingerprint: str) -> TokenStore:
        """The saved store if it was made by the same tokenizer; else an empty one."""
        store = cls(fingerprint)
        if not path.exists():
            return store
        try:
            with np.load(path, allow_pickle=False) as data:
                made_by = (int(data["version"]), str(data["fingerprint"]))
                if made_by != (FORMAT_VERSION, fingerprint):
                    return store
                vocab = [str(t) for t in data["vocab"]]
                offsets, ids, keys = data["offsets"], data["ids"], data["keys"]
                docs = {str(k): ids[offsets[i]:offsets[i + 1]] for i, k in enumerate(keys)}
        except (OSError, ValueError, KeyError, EOFError) as exc:
            log.warning("saved keyword tokens unusable (%s); segmenting again", exc)
            return store
        if not vocab or vocab[0] != EMPTY:
            return store
        store.vocab = {token: i for i, token in enumerate(vocab)}
        store._docs = docs
        return store
