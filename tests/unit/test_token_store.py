from pathlib import Path

import numpy as np

from assist.retrieval.keyword import KeywordIndex
from assist.retrieval.token_store import TokenStore
from assist.retrieval.tokenize import Tokenizer


class CountingTokenizer(Tokenizer):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def tokens(self, text: str) -> list[str]:
        self.calls.append(text)
        return super().tokens(text)


def test_only_new_texts_are_tokenized_and_search_is_unchanged(tmp_path: Path) -> None:
    texts = ["羽绒服怎么洗", "台灯不亮", "能开发票吗"]
    tokenizer = CountingTokenizer()
    store = TokenStore(tokenizer.fingerprint)
    fresh = KeywordIndex(texts, tokenizer)
    KeywordIndex(texts, tokenizer, store)
    tokenizer.calls.clear()
    edited = [*texts[:2], "可以开专票吗"]
    again = KeywordIndex(edited, tokenizer, store)
    assert tokenizer.calls == ["可以开专票吗"]
    assert len(store) == 3  # the text no snippet has any more was dropped
    hits = again.search([("台灯不亮", 1.0)], 3)
    assert hits.indexes[0] == 1
    assert fresh.search([("台灯不亮", 1.0)], 3).scores[0] == hits.scores[0]


def test_saved_tokens_are_reused_only_by_the_same_tokenizer(tmp_path: Path) -> None:
    path = tmp_path / "tokens.npz"
    store = TokenStore("fp-1")
    ids = store.ids_for(["羽绒服怎么洗", ""], Tokenizer().tokens)
    store.save(path)
    loaded = TokenStore.load(path, "fp-1")
    assert len(loaded) == 2 and loaded.vocab == store.vocab
    again = loaded.ids_for(["羽绒服怎么洗", ""], lambda text: [])  # nothing to tokenize
    assert all(np.array_equal(a, b) for a, b in zip(again, ids, strict=True))
    assert len(TokenStore.load(path, "fp-2")) == 0


def test_damaged_token_file_means_tokenizing_again(tmp_path: Path) -> None:
    path = tmp_path / "tokens.npz"
    path.write_bytes(b"not a numpy file")
    assert len(TokenStore.load(path, "fp")) == 0
