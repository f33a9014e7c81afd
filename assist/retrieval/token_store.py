"""Token ids of every snippet text, kept across reloads and saved beside the index.

Segmenting Chinese with jieba is the slowest part of loading a folder (about a millisecond a
snippet: 100 s for 100k). Keeping each text's tokens by content hash means a trainer's edit
re-segments only the snippets that changed, and a restart re-segments nothing. Tokens are kept
as int32 ids rather than strings: 100k snippets x ~70 tokens is ~28 MB instead of ~600 MB.
"""

from __future__ import annotations

import hashlib
import logging
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from assist.atomic import sweep_stale_tmp, write_atomic_with
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
        self.message = ""  # why a saved store was not used, if it was damaged

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
        """The saved store if it was made by the same tokenizer and is whole; else an empty
        one (its ``message`` says why when the file was damaged), which the next save
        replaces."""
        store = cls(fingerprint)
        sweep_stale_tmp(path.parent)  # a save killed midway leaves its temporary file
        if not path.exists():
            return store
        try:
            # our own handle: np.load leaks the one it opens when the zip is unreadable
            with open(path, "rb") as handle, np.load(handle, allow_pickle=False) as data:
                made_by = (int(data["version"]), str(data["fingerprint"]))
                if made_by != (FORMAT_VERSION, fingerprint):
                    return store
                vocab, offsets, ids, keys = (data["vocab"], data["offsets"], data["ids"],
                                             data["keys"])
            docs = _checked(vocab, offsets, ids, keys)
        except _DAMAGE as exc:
            store.message = (f"saved keyword tokens unusable ({type(exc).__name__}: {exc}); "
                             "segmenting again")
            log.warning("%s: %s", path, store.message)
            store.dirty = True  # so the damaged file is replaced even if nothing else changes
            return store
        store.vocab = {str(token): i for i, token in enumerate(vocab)}
        store._docs = docs
        return store


# What np.load and the reads raise on a truncated or altered file: zipfile's own error for a
# bad CRC or directory, numpy's ValueError for a bad array header, EOFError for a short read.
_DAMAGE = (OSError, ValueError, KeyError, EOFError, TypeError, IndexError, zipfile.BadZipFile)


def _checked(vocab: np.ndarray, offsets: np.ndarray, ids: np.ndarray, keys: np.ndarray
             ) -> dict[str, np.ndarray]:
    """The documents, once every array has the type and shape save() gives it."""
    if vocab.ndim != 1 or vocab.dtype.kind != "U" or not len(vocab) or vocab[0] != EMPTY:
        raise ValueError("vocabulary is not a list of words starting with the empty token")
    if len(set(vocab.tolist())) != len(vocab):
        raise ValueError("vocabulary repeats a word")
    if keys.ndim != 1 or keys.dtype.kind != "U":
        raise ValueError("keys are not a list of text hashes")
    if (offsets.ndim != 1 or offsets.dtype.kind != "i" or len(offsets) != len(keys) + 1
            or offsets[0] != 0 or np.any(np.diff(offsets) < 0)):
        raise ValueError("offsets do not delimit one run of ids per key")
    if ids.ndim != 1 or ids.dtype != np.int32 or offsets[-1] != len(ids):
        raise ValueError("token ids do not fit their offsets")
    if len(ids) and (ids.min() < 0 or ids.max() >= len(vocab)):
        raise ValueError("a token id lies outside the vocabulary")
    return {str(k): ids[offsets[i] : offsets[i + 1]] for i, k in enumerate(keys)}
