"""Every cache file is checked on load (type and shape, not only parse): a damaged one is
rebuilt with a message, never a crash on every start. Random vectors, no model."""

import json
import os
import time
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pytest

from assist.adapt.store import Manifest, status
from assist.atomic import sweep_stale_tmp, write_atomic
from assist.knowledge.model import LoadReport
from assist.retrieval.checkpoint import CHECKPOINT_DIR, EmbeddingCheckpoint
from assist.retrieval.index_manifest import ManifestError, read_manifest
from assist.retrieval.token_store import TokenStore
from assist.retrieval.tokenize import Tokenizer
from assist.retrieval.vector_index import INDEX_FILE, MANIFEST_FILE, IndexIdentity, VectorIndex

DIM = 8
IDENTITY = IndexIdentity("fp-1", "test-model", DIM)
TEXTS = ["羽绒服怎么洗", "台灯不亮", "能开发票吗", "", "how long is delivery"]


def vectors_for(texts: list[str]) -> np.ndarray:
    rows = [np.random.default_rng(abs(hash(t)) % 2**32).normal(size=DIM) for t in texts]
    out = np.asarray(rows, dtype=np.float32).reshape(len(texts), DIM)
    return out / np.linalg.norm(out, axis=1, keepdims=True)


def saved_index(directory: Path, n: int = 20) -> VectorIndex:
    texts = [f"t{i}" for i in range(n)]
    index, _ = VectorIndex.update(None, IDENTITY, texts, [f"h:{t}" for t in texts],
                                  vectors_for, readability=lambda t: 1.0)
    index.save(directory)
    return index


# ---- keyword tokens ----------------------------------------------------------------------

def saved_tokens(path: Path) -> tuple[TokenStore, list[np.ndarray]]:
    store = TokenStore("fp")
    ids = store.ids_for(TEXTS, Tokenizer().tokens)
    store.save(path)
    return store, ids


def test_tokens_round_trip_has_no_message(tmp_path: Path) -> None:
    path = tmp_path / "tokens.npz"
    _, ids = saved_tokens(path)
    loaded = TokenStore.load(path, "fp")
    assert loaded.message == "" and not loaded.dirty
    again = loaded.ids_for(TEXTS, lambda text: pytest.fail("nothing should be tokenized"))
    assert all(np.array_equal(a, b) for a, b in zip(again, ids, strict=True))


@pytest.mark.parametrize("damage", ["truncated", "flipped", "empty", "wrong_shapes",
                                    "id_out_of_vocab", "pickled_object"])
def test_damaged_tokens_are_segmented_again_with_a_message(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "tokens.npz"
    _, ids = saved_tokens(path)
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) * 2 // 3])
    elif damage == "flipped":  # inside the stored arrays: caught by the zip member's CRC
        middle = len(data) // 2
        path.write_bytes(data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1:])
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        arrays = dict(np.load(path, allow_pickle=False))
        if damage == "wrong_shapes":
            arrays["offsets"] = arrays["offsets"][:-2]
        elif damage == "id_out_of_vocab":
            arrays["ids"] = arrays["ids"] + np.int32(1000)
        else:
            arrays["vocab"] = np.array([None, "x"], dtype=object)
        with open(path, "wb") as handle:
            np.savez(handle, **arrays)
    loaded = TokenStore.load(path, "fp")
    assert len(loaded) == 0 and loaded.message.endswith("segmenting again")
    assert loaded.dirty  # so the engine saves a whole one in its place
    again = loaded.ids_for(TEXTS, Tokenizer().tokens)
    assert [len(a) for a in again] == [len(a) for a in ids]
    loaded.save(path)
    assert TokenStore.load(path, "fp").message == ""


# ---- vector index manifest ---------------------------------------------------------------

def edit_manifest(directory: Path, change) -> None:
    path = directory / MANIFEST_FILE
    data = json.loads(path.read_text("utf-8"))
    path.write_text(json.dumps(change(data)), "utf-8")


MANIFEST_DAMAGE = {
    "list": lambda m: [m],
    "null": lambda m: None,
    "number": lambda m: 42,
    "string": lambda m: "manifest",
    "hashes_a_string": lambda m: {**m, "hashes": "abc"},
    "hashes_of_numbers": lambda m: {**m, "hashes": list(range(len(m["hashes"])))},
    "coverage_short": lambda m: {**m, "coverage": m["coverage"][:-1]},
    "coverage_of_strings": lambda m: {**m, "coverage": ["1"] * len(m["coverage"])},
    "dimension_a_string": lambda m: {**m, "dimension": str(m["dimension"])},
    "count_a_bool": lambda m: {**m, "count": True},
    "rows_null": lambda m: {**m, "rows": None},
    "no_checksum": lambda m: {k: v for k, v in m.items() if k != "index_sha256"},
    "min_readable_nan": lambda m: {**m, "min_readable": float("nan")},
}


@pytest.mark.parametrize("damage", sorted(MANIFEST_DAMAGE))
def test_manifest_of_the_wrong_shape_means_rebuild(tmp_path: Path, damage: str) -> None:
    saved_index(tmp_path)
    edit_manifest(tmp_path, MANIFEST_DAMAGE[damage])
    with pytest.raises(ManifestError):
        read_manifest(tmp_path / MANIFEST_FILE)
    loaded, message = VectorIndex.load(tmp_path, IDENTITY)
    assert loaded is None and message.endswith("rebuilding")


def test_truncated_index_file_means_rebuild_and_a_new_save_recovers(tmp_path: Path) -> None:
    index = saved_index(tmp_path)
    data = (tmp_path / INDEX_FILE).read_bytes()
    (tmp_path / INDEX_FILE).write_bytes(data[:100])
    loaded, message = VectorIndex.load(tmp_path, IDENTITY)
    assert loaded is None and "damaged" in message
    index.save(tmp_path)
    loaded, message = VectorIndex.load(tmp_path, IDENTITY)
    assert message == "" and loaded.hashes == index.hashes


def test_manifest_checksum_is_of_the_index_written_beside_it(tmp_path: Path) -> None:
    import hashlib

    saved_index(tmp_path)
    manifest = read_manifest(tmp_path / MANIFEST_FILE)
    assert manifest["index_sha256"] == hashlib.sha256(
        (tmp_path / INDEX_FILE).read_bytes()).hexdigest()


# ---- temporary files ---------------------------------------------------------------------

def age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_stale_temp_files_are_swept_young_ones_kept(tmp_path: Path) -> None:
    old, young = tmp_path / ".index.faiss.abc.tmp", tmp_path / ".manifest.json.def.tmp"
    other = tmp_path / "notes.tmp"  # not one of ours: no leading dot
    for path in (old, young, other):
        path.write_bytes(b"half")
    age(old, 3600)
    age(other, 3600)
    assert sweep_stale_tmp(tmp_path) == [old]
    assert young.exists() and other.exists()


def test_a_save_under_the_lock_removes_any_leftover_temp_file(tmp_path: Path) -> None:
    saved_index(tmp_path)
    leftover = tmp_path / f".{INDEX_FILE}.killed.tmp"
    leftover.write_bytes(b"half an index")  # young, but the lock says nobody is writing
    saved_index(tmp_path, n=21)
    assert not leftover.exists()
    assert VectorIndex.load(tmp_path, IDENTITY)[1] == ""


def test_token_load_sweeps_old_temp_files(tmp_path: Path) -> None:
    path = tmp_path / "keyword-tokens.npz"
    saved_tokens(path)
    leftover = tmp_path / ".keyword-tokens.npz.x1.tmp"
    leftover.write_bytes(b"half")
    age(leftover, 3600)
    TokenStore.load(path, "fp")
    assert not leftover.exists()


# ---- embedding checkpoint ----------------------------------------------------------------

def test_checkpoint_resumes_what_was_saved_and_drops_damaged_segments(tmp_path: Path) -> None:
    texts = [f"text {i}" for i in range(300)]
    asked: list[str] = []

    def encode(batch: list[str], progress=None) -> np.ndarray:
        asked.extend(batch)
        return vectors_for(batch)

    first = EmbeddingCheckpoint(tmp_path, "fp-1", DIM, flush_count=100)
    first.embed(texts[:250], encode)
    segments = sorted((tmp_path / CHECKPOINT_DIR).glob("*.npz"))
    assert len(segments) >= 2
    with np.load(segments[0], allow_pickle=False) as data:
        torn = len(data["keys"])
    segments[0].write_bytes(segments[0].read_bytes()[:50])  # a segment cut short
    asked.clear()
    second = EmbeddingCheckpoint(tmp_path, "fp-1", DIM)
    out = second.embed(texts, encode)
    assert not segments[0].exists()  # removed, with a logged warning
    assert second.resumed == 250 - torn and 0 < torn < 250
    assert len(asked) == len(set(asked)) == second.embedded == len(texts) - second.resumed
    np.testing.assert_allclose(out, vectors_for(texts), atol=1e-6)
    other_model = EmbeddingCheckpoint(tmp_path, "fp-2", DIM)
    assert other_model.load() == {}  # another model's vectors are never used
    second.clear()
    assert not list((tmp_path / CHECKPOINT_DIR).iterdir())


# ---- the shop model's manifest -----------------------------------------------------------

def good_manifest() -> Manifest:
    return Manifest(folder="/kb", folder_fingerprint="abc", snippet_hashes=["h1", "h2"],
                    pairs=40, seed=13, train_seconds=1.5, figures={"r1": 0.8},
                    options={"epochs": 12, "augment": True})


@pytest.mark.parametrize("content", [
    "[]", "null", "7", '"x"', "{broken",
    json.dumps({**asdict(good_manifest()), "snippet_hashes": "h1h2"}),
    json.dumps({**asdict(good_manifest()), "snippet_hashes": [1, 2]}),
    json.dumps({**asdict(good_manifest()), "pairs": "40"}),
    json.dumps({**asdict(good_manifest()), "figures": {"r1": "high"}}),
    json.dumps({**asdict(good_manifest()), "options": []}),
    json.dumps({**asdict(good_manifest()), "unknown": 1}),
])
def test_shop_model_manifest_of_the_wrong_shape_means_retrain(tmp_path: Path,
                                                              content: str) -> None:
    home = tmp_path / "adapted"
    write_atomic(home / "manifest.json", content)
    manifest, problem = Manifest.check(home / "manifest.json")
    assert manifest is None and problem.startswith("its manifest is damaged")


def test_shop_model_manifest_round_trips_and_status_says_why(tmp_path: Path) -> None:
    from assist.adapt.store import home_for

    path = tmp_path / "manifest.json"
    write_atomic(path, good_manifest().to_json())
    assert Manifest.check(path) == (good_manifest(), "")
    knowledge = tmp_path / "kb"
    home = home_for(knowledge, tmp_path / "root")
    write_atomic(home / "manifest.json", "[1, 2]")
    state = status(knowledge, LoadReport(root=str(knowledge)), tmp_path / "root")
    assert state.stale and state.model_dir is None and "damaged" in state.reason
