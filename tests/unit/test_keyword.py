import pytest

from assist.retrieval.keyword import KeywordIndex
from assist.retrieval.tokenize import Tokenizer, bigrams

DOCS = [
    "加厚白鸭绒羽绒服 尺码表 身高170体重65kg建议L码",
    "LED护眼台灯 常见问题 灯不亮请检查适配器",
    "发票 可以开具电子普通发票和增值税专用发票",
    "Shipping: we ship within 48 hours by ZTO",
]


def index() -> KeywordIndex:
    return KeywordIndex(
        DOCS, Tokenizer({"白鸭绒羽绒服": "加厚白鸭绒羽绒服", "护眼台灯": "LED护眼台灯"})
    )


def test_chinese_and_english_queries_find_their_document() -> None:
    idx = index()
    for query, expected in [
        ("羽绒服170穿多大", 0),
        ("台灯不亮了", 1),
        ("能开专票吗", 2),
        ("how fast do you ship", 3),
    ]:
        hits = idx.search([(query, 1.0)], 3)
        assert hits.indexes[0] == expected, query


def test_coverage_is_high_for_a_close_match_and_low_for_a_stray_word() -> None:
    idx = index()
    close = idx.search([("台灯不亮", 1.0)], 4)
    stray = idx.search([("台灯的快递到哪了我要退货", 1.0)], 4)
    assert close.indexes[0] == stray.indexes[0] == 1
    assert close.coverage[0] > 0.5 > stray.coverage[0]


def test_bigrams_catch_words_jieba_splits_differently() -> None:
    assert "~专票" in bigrams("能开专票吗")
    assert "~票吗" not in bigrams("能开专票吗")  # particles are not paired


def test_matched_words_for_highlighting() -> None:
    words = index().matched_words("护眼台灯不亮怎么办", DOCS[1])
    assert "护眼台灯" in words and "台灯" in words


def test_later_messages_weigh_more() -> None:
    idx = index()
    hits = idx.search([("羽绒服", 0.5), ("发票怎么开", 1.0)], 4)
    assert hits.indexes[0] == 2


def test_empty_corpus_and_empty_query() -> None:
    empty = KeywordIndex([], Tokenizer())
    assert len(empty.search([("台灯", 1.0)], 5).indexes) == 0
    assert len(index().search([("？？！", 1.0)], 5).indexes) == 0


@pytest.mark.parametrize("block", [8192, 100, 7])  # one block, and several (uneven) ones
def test_score_matrix_matches_bm25s_own_build(block: int, monkeypatch) -> None:
    """The numpy-built matrix must score exactly as bm25s.BM25.index would."""
    import bm25s
    import numpy as np

    from assist.knowledge import load_knowledge
    from assist.retrieval import keyword
    from tests.conftest import SAMPLE_KNOWLEDGE

    monkeypatch.setattr(keyword, "_BLOCK", block)
    texts = [s.keyword_text for s in load_knowledge(SAMPLE_KNOWLEDGE).snippets]
    ours = KeywordIndex(texts, Tokenizer())
    reference = bm25s.BM25()
    reference.index([ours.tokenizer.tokens(t) or [""] for t in texts], show_progress=False)
    for query in ("羽绒服怎么洗", "能开专票吗 发票", "台灯不亮了", "shipping time"):
        tokens = ours.tokenizer.tokens(query)
        np.testing.assert_allclose(ours._bm25.get_scores(tokens),
                                   reference.get_scores(tokens), rtol=1e-5, atol=1e-6)


def test_unknown_words_are_those_the_folder_never_uses() -> None:
    idx = index()
    assert idx.unknown_words("瑜伽垫和蓝牙耳机") == ["瑜伽", "蓝牙耳机"]  # side by side: one
    assert idx.unknown_words("洗面奶") == ["洗面奶"]  # not also "洗面"
    assert idx.unknown_words("专票") == []  # the folder says 增值税专用发票
    assert idx.unknown_words("白鸭") == []  # never a word of its own, but a pair in the folder
