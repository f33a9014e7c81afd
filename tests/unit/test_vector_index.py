"""The FAISS store on random vectors: reuse by content hash, atomic saves, recovery."""

import json
from pathlib import Path

import numpy as np
import pytest

from assist.retrieval.vector_index import (
    FORMAT_VERSION,
    INDEX_FILE,
    MANIFEST_FILE,
    IndexIdentity,
    VectorIndex,
)

DIM = 16
IDENTITY = IndexIdentity("fp-1", "test-model", DIM)


class CountingEmbedder:
    """Deterministic vectors per text, counting how many texts it was asked for."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls.extend(texts)
        rows = [np.random.default_rng(abs(hash(t)) % 2**32).normal(size=DIM) for t in texts]
        vectors = np.asarray(rows, dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def build(
    texts: list[str], previous: VectorIndex | None = None, embed: CountingEmbedder | None = None
) -> tuple[VectorIndex, CountingEmbedder]:
    embed = embed or CountingEmbedder()
    index, _ = VectorIndex.update(
        previous, IDENTITY, texts, [f"h:{t}" for t in texts], embed, readability=lambda t: 1.0
    )
    return index, embed


def test_search_finds_the_identical_vector_first() -> None:
    texts = [f"text {i}" for i in range(200)]
    index, embed = build(texts)
    query = embed(["text 42"])[0]
    positions, sims = index.search(query, 5)
    assert positions[0] == 42 and sims[0] == pytest.approx(1.0, abs=1e-5)
    assert list(sims) == sorted(sims, reverse=True)


def test_update_embeds_only_changed_texts_and_keeps_order() -> None:
    texts = [f"t{i}" for i in range(50)]
    first, _ = build(texts)
    edited = [*texts[:10], "new a", "new b", *texts[12:], "added"]
    embed = CountingEmbedder()
    second, _ = build(edited, previous=first, embed=embed)
    assert sorted(embed.calls) == ["added", "new a", "new b"]
    np.testing.assert_allclose(second.known_vectors()["h:t5"][0], first.known_vectors()["h:t5"][0])
    assert second.hashes == [f"h:{t}" for t in edited]


def test_other_model_means_full_re_embedding() -> None:
    first, _ = build(["a", "b"])
    embed = CountingEmbedder()
    VectorIndex.update(
        first,
        IndexIdentity("fp-2", "other", DIM),
        ["a", "b"],
        ["h:a", "h:b"],
        embed,
        readability=lambda t: 1.0,
    )
    assert embed.calls == ["a", "b"]


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    index, _ = build([f"t{i}" for i in range(30)])
    index.save(tmp_path)
    loaded, message = VectorIndex.load(tmp_path, IDENTITY)
    assert message == "" and loaded is not None
    assert loaded.hashes == index.hashes
    assert loaded.known_vectors().keys() == index.known_vectors().keys()
    np.testing.assert_allclose(loaded.known_vectors()["h:t7"][0], index.known_vectors()["h:t7"][0])
    assert not list(tmp_path.glob("*.tmp"))  # temp files never linger


@pytest.mark.parametrize(
    "damage", ["truncate", "garbage_manifest", "missing_index", "version", "model"]
)
def test_damaged_or_mismatched_index_asks_for_rebuild(tmp_path: Path, damage: str) -> None:
    index, _ = build([f"t{i}" for i in range(30)])
    index.save(tmp_path)
    identity = IDENTITY
    if damage == "truncate":
        data = (tmp_path / INDEX_FILE).read_bytes()
        (tmp_path / INDEX_FILE).write_bytes(data[: len(data) // 2])
    elif damage == "garbage_manifest":
        (tmp_path / MANIFEST_FILE).write_text("{not json", "utf-8")
    elif damage == "missing_index":
        (tmp_path / INDEX_FILE).unlink()
    elif damage == "version":
        text = (tmp_path / MANIFEST_FILE).read_text("utf-8")
        (tmp_path / MANIFEST_FILE).write_text(
            text.replace(f'"format_version": {FORMAT_VERSION}', '"format_version": 99')
        )
    else:
        identity = IndexIdentity("fp-other", "m", DIM)
    loaded, message = VectorIndex.load(tmp_path, identity)
    assert loaded is None and message.endswith("rebuilding")


def test_nothing_saved_yet_is_silent(tmp_path: Path) -> None:
    assert VectorIndex.load(tmp_path, IDENTITY) == (None, "")


def test_empty_index_searches_to_nothing(tmp_path: Path) -> None:
    index, _ = build([])
    assert len(index.search(np.ones(DIM, dtype=np.float32), 5)[0]) == 0
    index.save(tmp_path)
    loaded, _ = VectorIndex.load(tmp_path, IDENTITY)
    assert loaded is not None and len(loaded) == 0


def test_unreadable_snippets_get_no_vector_and_are_never_found(tmp_path: Path) -> None:
    identity = IndexIdentity("fp-1", "test-model", DIM, min_readable=0.6)
    texts = ["english a", "中文", "english b", "中文二"]
    embed = CountingEmbedder()
    index, stats = VectorIndex.update(None, identity, texts, [f"h:{t}" for t in texts], embed,
                                      readability=lambda t: 1.0 if t.isascii() else 0.1)
    assert embed.calls == ["english a", "english b"] and stats.skipped == 2
    assert len(index) == 4 and index.searchable == 2
    positions, _ = index.search(embed(["中文"])[0], 4)
    assert sorted(positions.tolist()) == [0, 2]  # positions are snippet positions
    index.save(tmp_path)
    loaded, message = VectorIndex.load(tmp_path, identity)
    assert message == "" and loaded.searchable == 2
    again = CountingEmbedder()
    VectorIndex.update(loaded, identity, [*texts, "english c"],
                       [f"h:{t}" for t in [*texts, "english c"]], again,
                       readability=lambda t: 1.0 if t.isascii() else 0.1)
    assert again.calls == ["english c"]  # unreadable ones are known, not embedded again


def test_another_gate_or_rule_rescores_but_reuses_vectors(tmp_path: Path) -> None:
    """A changed readability rule or gate costs tokenizing, never embedding what has a vector."""
    old_rule = IndexIdentity("fp-1", "test-model", DIM, 0.6, "rule-a")
    texts = ["english a", "mixed 中文", "中文"]
    hashes = [f"h:{t}" for t in texts]
    old_scores = {"english a": 1.0, "mixed 中文": 0.7, "中文": 0.1}
    index, _ = VectorIndex.update(None, old_rule, texts, hashes, CountingEmbedder(),
                                  old_scores.get)
    assert index.searchable == 2
    index.save(tmp_path)

    stricter = IndexIdentity("fp-1", "test-model", DIM, 0.6, "rule-b")  # mixed text: 0.5 now
    loaded, message = VectorIndex.load(tmp_path, stricter)
    assert message == "" and loaded.identity == old_rule  # as saved, vectors intact
    embed = CountingEmbedder()
    scores = {"english a": 1.0, "mixed 中文": 0.5, "中文": 0.0}
    updated, stats = VectorIndex.update(loaded, stricter, texts, hashes, embed, scores.get)
    assert embed.calls == [] and stats.embedded == 0 and stats.reused == 3
    assert updated.searchable == 1 and updated.coverage.tolist() == [1.0, 0.5, 0.0]

    looser = IndexIdentity("fp-1", "test-model", DIM, 0.0, "rule-b")  # now everything is read
    again, stats = VectorIndex.update(updated, looser, texts, hashes, embed, scores.get)
    assert embed.calls == ["mixed 中文", "中文"] and stats.embedded == 2
    assert again.searchable == 3


def test_large_indexes_are_8_bit_hnsw_and_older_ones_convert(tmp_path: Path, monkeypatch) -> None:
    import faiss

    from assist.retrieval import vector_index

    monkeypatch.setattr(vector_index, "HNSW_MIN_SIZE", 50)
    texts = [f"snippet {i}" for i in range(200)]
    index, embed = build(texts)
    assert isinstance(index._index, faiss.IndexHNSWSQ)
    query = embed([texts[7]])[0]
    positions, sims = index.search(query, 5)
    assert positions[0] == 7 and sims[0] > 0.95  # 8 bits a dimension still finds itself
    # An index saved by the previous version (float32 HNSW) is read, converted, and saved again
    flat = faiss.IndexHNSWFlat(DIM, 8, faiss.METRIC_INNER_PRODUCT)
    flat.add(embed(texts))
    old = VectorIndex._of(IDENTITY, [f"h:{t}" for t in texts], flat,
                          np.ones(len(texts), dtype=np.float32))
    old.save(tmp_path)
    loaded, message = VectorIndex.load(tmp_path, IDENTITY)
    assert not message and loaded.converted and isinstance(loaded._index, faiss.IndexHNSWSQ)
    assert loaded.search(query, 1)[0][0] == 7


def test_the_model_name_is_read_from_the_manifest_head(tmp_path: Path) -> None:
    from assist.retrieval.index_manifest import model_name_of

    index, _ = build([f"t{i}" for i in range(3000)])  # a manifest far longer than its head
    index.save(tmp_path)
    assert (tmp_path / MANIFEST_FILE).stat().st_size > 4096
    assert model_name_of(tmp_path / MANIFEST_FILE) == "test-model"
    # written otherwise (another version): the name further on, escaped, still found
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"hashes": ["x" * 64] * 200, "model_name": "店\\\"s model"}),
                     "utf-8")
    assert model_name_of(other) == "店\\\"s model"
    other.write_text('{"model_name": 3}', "utf-8")
    assert model_name_of(other) is None
    other.write_text("{not json", "utf-8")
    with pytest.raises(ValueError):
        model_name_of(other)
