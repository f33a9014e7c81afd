"""The ONNX backend gives sentence-transformers' vectors without torch, and recovers or
steps aside cleanly when it cannot run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assist.retrieval.embedder import Embedder, ModelError, default_model_dir, load_embedder
from assist.retrieval.model_spec import read_spec
from assist.retrieval.onnx_export import MIN_COSINE, PROBES, onnx_file_for

pytestmark = pytest.mark.model
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def both() -> tuple[Embedder, Embedder]:
    return load_embedder(backend="onnx"), load_embedder(backend="torch")


def test_onnx_gives_the_vectors_coverage_and_order_of_torch(both, sample_texts) -> None:
    onnx, torch = both
    assert (onnx.backend, torch.backend) == ("onnx", "torch")
    assert onnx.fingerprint == torch.fingerprint  # one index serves both
    texts = [*sample_texts, *PROBES, "", "   "]
    cosines = np.sum(onnx.encode(texts) * torch.encode(texts), axis=1)
    assert cosines.min() >= MIN_COSINE
    assert [onnx.coverage(t) for t in texts] == [torch.coverage(t) for t in texts]
    assert list(onnx._by_length(texts)[1]) == list(torch._by_length(texts)[1])


@pytest.fixture(scope="module")
def sample_texts() -> list[str]:
    from assist.knowledge import load_knowledge

    report = load_knowledge(REPO / "knowledge")
    return [s.search_text for s in report.snippets[::5]]


def test_the_default_backend_keeps_torch_out_of_the_process() -> None:
    code = ("import sys, json; from assist.retrieval.embedder import load_embedder; "
            "e = load_embedder(); e.encode(['does it run small?']); "
            "print(json.dumps([e.backend, 'torch' in sys.modules]))")
    env = {k: v for k, v in os.environ.items() if k != "ASSIST_MODEL_BACKEND"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=300, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == ["onnx", False]


def test_a_damaged_cached_export_is_exported_again(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("ASSIST_MODEL_CACHE", str(tmp_path))
    model_dir = default_model_dir()
    reference = load_embedder(backend="torch")
    target = onnx_file_for(model_dir, reference.fingerprint)
    target.parent.mkdir(parents=True)
    target.write_bytes(b"not an onnx file")  # e.g. a disk filled up mid-write

    embedder = Embedder(model_dir, backend="onnx")  # not the shared one: a fresh load

    assert embedder.onnx_file == target and target.stat().st_size > 1_000_000
    assert sorted(p.name for p in target.parent.iterdir()) == ["model.onnx"]  # no temp left
    vectors = embedder.encode(list(PROBES))
    assert np.sum(vectors * reference.encode(list(PROBES)), axis=1).min() >= MIN_COSINE


def _copy_model(tmp_path: Path) -> Path:
    """A model folder of our own to edit: JSON copied, weights linked."""
    source = default_model_dir()
    target = tmp_path / "model"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.safetensors"))
    for weights in source.glob("*.safetensors"):
        (target / weights.name).symlink_to(weights)
    return target


def test_a_pipeline_onnx_cannot_reproduce_stays_on_torch(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("ASSIST_MODEL_CACHE", str(tmp_path / "cache"))
    model = _copy_model(tmp_path)
    pooling = model / "1_Pooling" / "config.json"
    config = json.loads(pooling.read_text())
    config.update(pooling_mode_mean_tokens=False, pooling_mode_cls_token=True)
    pooling.write_text(json.dumps(config))

    auto = Embedder(model, backend="auto")
    assert auto.backend == "torch"
    assert "pooling_mode_cls_token" in auto.backend_note
    assert auto.encode(["hello"]).shape == (1, 384)
    with pytest.raises(ModelError, match="cannot run on ONNX"):
        Embedder(model, backend="onnx")
    assert not (tmp_path / "cache").exists()  # nothing was exported


def test_model_spec_reads_what_the_folder_asks_for(tmp_path) -> None:
    spec = read_spec(default_model_dir())
    assert spec.onnx_ready and spec.max_seq_length == 256

    model = tmp_path / "m"
    model.mkdir()
    assert "tokenizer.json" in read_spec(model).why_not
    (model / "tokenizer.json").write_text("{}")
    assert "modules.json" in read_spec(model).why_not
    (model / "modules.json").write_text(json.dumps([
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling",
         "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Dense", "type": "sentence_transformers.models.Dense"},
    ]))
    assert "Dense" in read_spec(model).why_not


def test_an_unknown_backend_is_refused() -> None:
    with pytest.raises(ModelError, match="unknown model backend"):
        Embedder(backend="gpu")


def test_the_cli_reports_the_backend(capsys) -> None:
    from assist.cli import main

    assert main(["model", "--backend", "onnx"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["backend"] == "onnx" and info["dimension"] == 384
    assert Path(info["onnx_file"]).is_file()


def test_batches_keep_to_the_token_budget_and_cover_every_text(both, sample_texts) -> None:
    onnx = both[0]
    order, counts = onnx._by_length(sample_texts)
    batches = list(onnx._batches(order, counts, onnx.batch_size))
    assert sorted(np.concatenate(batches).tolist()) == list(range(len(sample_texts)))
    for rows in batches:
        assert len(rows) <= onnx.batch_size
        assert len(rows) == 1 or len(rows) * counts[rows].max() <= onnx.token_budget
    assert len(batches) > len(sample_texts) / onnx.batch_size  # long texts went in small ones

    budgeted = onnx.encode(sample_texts)
    onnx.token_budget, saved = 10**9, onnx.token_budget
    try:
        plain = onnx.encode(sample_texts)  # batches of batch_size: padding differs, not vectors
    finally:
        onnx.token_budget = saved
    assert np.sum(budgeted * plain, axis=1).min() >= MIN_COSINE


def test_the_fingerprint_covers_weights_tokenizer_and_config_only(tmp_path):
    """IT ships an ONNX export and docs beside the weights: neither may invalidate indexes."""
    import shutil

    from assist.retrieval.embedder import default_model_dir, model_fingerprint

    model = tmp_path / "model"
    shutil.copytree(default_model_dir(), model)
    before = model_fingerprint(model)
    (model / "README.md").write_text("# reworded", encoding="utf-8")
    (model / "onnx").mkdir()
    (model / "onnx" / "model.onnx").write_bytes(b"\x08\x01" * 64)
    (model / ".cache").mkdir()
    (model / ".cache" / "x.json").write_text("{}", encoding="utf-8")
    assert model_fingerprint(model) == before
    config = model / "1_Pooling" / "config.json"
    config.write_text(config.read_text(encoding="utf-8").replace("true", "false", 1),
                      encoding="utf-8")
    assert model_fingerprint(model) != before


def test_a_model_shipped_as_onnx_alone_is_fingerprinted_by_that_export(tmp_path):
    """The agent build ships onnx/model.onnx without torch weights: its weights are there."""
    import shutil

    from assist.retrieval.embedder import default_model_dir, model_fingerprint

    model = tmp_path / "model"
    shutil.copytree(default_model_dir(), model)
    (model / "model.safetensors").unlink()
    (model / "onnx").mkdir()
    (model / "onnx" / "model.onnx").write_bytes(b"\x08\x01" * 64)
    before = model_fingerprint(model)
    (model / "onnx" / "model.onnx").write_bytes(b"\x08\x02" * 64)  # other weights
    assert model_fingerprint(model) != before


def test_half_weights_halve_the_file_and_keep_the_arithmetic_float32(tmp_path) -> None:
    # The bundle's export (packaging/stage_model.py): large weights stored as float16 behind a
    # Cast, small ones (a LayerNorm epsilon would round to zero) left as they are.
    import onnx
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper

    from assist.retrieval.onnx_export import HALF_MIN_ELEMENTS, store_weights_half

    rng = np.random.default_rng(7)
    weight = rng.normal(0, 0.05, (64, 64)).astype(np.float32)
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "weight"], ["product"]),
         helper.make_node("Add", ["product", "epsilon"], ["y"])],
        "probe",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", 64])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["batch", 64])],
        [numpy_helper.from_array(weight, "weight"),
         numpy_helper.from_array(np.full((1,), 1e-12, np.float32), "epsilon")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    full, half = tmp_path / "full.onnx", tmp_path / "half.onnx"
    onnx.save(model, str(full))
    onnx.save(model, str(half))

    assert weight.size >= HALF_MIN_ELEMENTS
    assert store_weights_half(half) == 1
    assert half.stat().st_size < 0.6 * full.stat().st_size
    stored = {t.name: t.data_type for t in onnx.load(str(half)).graph.initializer}
    assert stored == {"weight__fp16": TensorProto.FLOAT16, "epsilon": TensorProto.FLOAT}

    x = {"x": rng.normal(size=(8, 64)).astype(np.float32)}
    expected = ort.InferenceSession(str(full)).run(None, x)[0]
    got = ort.InferenceSession(str(half)).run(None, x)[0]
    assert got.dtype == np.float32
    cosine = np.sum(expected * got, axis=1) / (
        np.linalg.norm(expected, axis=1) * np.linalg.norm(got, axis=1))
    assert cosine.min() > 0.99999
