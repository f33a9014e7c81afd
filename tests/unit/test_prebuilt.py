"""A prebuilt index beside a read-only shared folder: used when it matches, partly used after
an edit, ignored with a message when damaged or made with another model; never written to."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from assist import cli
from assist.engine import TOKENS_FILE, Assistant, AssistConfig
from assist.retrieval import prebuilt
from assist.retrieval.embedder import Embedder
from assist.retrieval.vector_index import INDEX_FILE

pytestmark = pytest.mark.model

ROWS = "id,question,reply\n" + "".join(
    f'R{i},"{q}","{a}"\n' for i, (q, a) in enumerate([
        ("How long does delivery take?", "We ship within 48 hours; delivery takes 2-4 days."),
        ("Can I return it?", "Returns are accepted within 7 days with the tags intact."),
        ("Do you issue invoices?", "Yes, an electronic invoice is sent after delivery."),
        ("Is the lamp dimmable?", "The desk lamp has three brightness levels."),
        ("What adapter does it need?", "Use a 5 V 2 A USB adapter."),
        ("Is there a warranty?", "Every lamp has a one-year warranty."),
        ("Can I change my address?", "Tell us before it ships and we will change it."),
        ("Do you ship abroad?", "We ship within mainland China only."),
    ], start=1))


@pytest.fixture()
def share(tmp_path: Path) -> Path:
    """The shared knowledge folder, with a prebuilt index `assist index --out` wrote."""
    root = tmp_path / "share" / "kb"
    root.mkdir(parents=True)
    (root / "faq.csv").write_text(ROWS, "utf-8")
    (root / "shop.yaml").write_text("name: Lamp Shop\n", "utf-8")
    return root


def _ship(share: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert cli.main(["index", "--knowledge", str(share), "--out"]) == 0
    return capsys.readouterr().out


def _read_only(root: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under root made read-only; what they are, to compare after."""
    seen = {}
    for path in [root, *root.rglob("*")]:
        mode = path.stat().st_mode
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        info = path.stat()
        seen[str(path.relative_to(root))] = (info.st_size, info.st_mtime_ns)
    return seen


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in [root, *root.rglob("*")]}


def _writable(root: Path) -> None:  # so tmp_path can be cleaned up and files edited
    for path in [root, *root.rglob("*")]:
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


def _fresh_pc(share: Path, embedder: Embedder, home: Path) -> Assistant:
    assistant = Assistant(AssistConfig(knowledge_dir=share, cache_dir=home / "cache"))
    assistant.embedder = embedder
    assistant.load_knowledge()
    return assistant


def test_a_matching_prebuilt_index_is_used_and_nothing_is_embedded(
        share, embedder, tmp_path, capsys):
    out = _ship(share, capsys)
    shipped = prebuilt.location(share)
    assert f"prebuilt index -> {shipped}" in out
    assert (shipped / prebuilt.PREBUILT_FILE).is_file() and (shipped / TOKENS_FILE).is_file()
    assert (shipped / embedder.fingerprint / INDEX_FILE).is_file()
    assert not any(p.name.startswith(".assist-index.") for p in share.iterdir())  # no staging
    before = _read_only(share)
    try:
        pc = _fresh_pc(share, embedder, tmp_path / "pc1")
        assert (pc.index_dir / TOKENS_FILE).is_file()  # copied into the user's cache
        stats = pc.build_index()
        assert stats.total == len(pc.report.snippets) >= 8
        assert stats.embedded == 0 and stats.reused == stats.total and stats.message == ""
        assert pc.semantic_ready
        result = pc.suggest("how many days until my parcel arrives")
        assert result.dense_used and result.suggestions[0].snippet_ids[0] == "R1"
        # the user's cache now holds its own copy: a restart reads only that
        again = _fresh_pc(share, embedder, tmp_path / "pc1").build_index()
        assert again.embedded == 0 and again.message == ""
        assert not list(pc.index_dir.glob(".prebuilt-*"))  # the scratch copy is gone
        assert _snapshot(share) == before  # the share was only read
    finally:
        _writable(share)


def test_after_an_edit_only_the_changed_snippets_are_embedded(share, embedder, tmp_path,
                                                              capsys):
    _ship(share, capsys)
    old = {s.content_hash for s in _fresh_pc(share, embedder, tmp_path / "it").report.snippets}
    # IT edits the folder but has not shipped a new prebuilt index yet
    with (share / "faq.csv").open("a", encoding="utf-8") as rows:
        rows.write('R9,"Do you gift wrap?","Yes, gift wrapping is free on request."\n')
    edited = (share / "faq.csv").read_text("utf-8").replace("one-year", "two-year")
    (share / "faq.csv").write_text(edited, "utf-8")
    before = _read_only(share)
    try:
        pc = _fresh_pc(share, embedder, tmp_path / "pc2")
        changed = {s.content_hash for s in pc.report.snippets} - old
        stats = pc.build_index()
        assert len(changed) == 2 and stats.embedded == len(changed)
        assert stats.reused == stats.total - len(changed)
        assert "older than the folder" in stats.message
        assert _snapshot(share) == before
    finally:
        _writable(share)


def _break_index(shipped: Path, fingerprint: str) -> None:
    path = shipped / fingerprint / INDEX_FILE
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def _other_model(shipped: Path, fingerprint: str) -> None:
    (shipped / fingerprint).rename(shipped / "0123456789abcdef")
    info = json.loads((shipped / prebuilt.PREBUILT_FILE).read_text("utf-8"))
    info["models"] = {"0123456789abcdef": "another-model"}
    (shipped / prebuilt.PREBUILT_FILE).write_text(json.dumps(info), "utf-8")


def _half_written(shipped: Path, fingerprint: str) -> None:
    (shipped / prebuilt.PREBUILT_FILE).write_text('{"format_version": 1, "mod', "utf-8")


@pytest.mark.parametrize(("spoil", "said"), [
    (_break_index, "damaged (the saved index file is damaged or incomplete)"),
    (_other_model, "made with another model"),
    (_half_written, "damaged (Unterminated string"),
    (lambda shipped, _fp: (shipped / _fp / "manifest.json").unlink(), "damaged"),
])
def test_a_damaged_or_foreign_prebuilt_index_is_ignored_with_a_message(
        share, embedder, tmp_path, capsys, spoil, said):
    _ship(share, capsys)
    spoil(prebuilt.location(share), embedder.fingerprint)
    before = _read_only(share)
    try:
        pc = _fresh_pc(share, embedder, tmp_path / "pc3")
        stats = pc.build_index()
        readable = stats.total - stats.skipped
        assert stats.embedded == readable > 0  # as if there were none
        assert "prebuilt index" in stats.message and said in stats.message
        assert pc.semantic_ready
        assert _snapshot(share) == before
        pc.load_knowledge()  # a reload with nothing new says nothing again
        assert pc.build_index().message == ""
    finally:
        _writable(share)


def test_out_to_another_folder_and_a_second_export_replaces_the_first(share, embedder,
                                                                      tmp_path, capsys):
    target = tmp_path / "staging" / "kb-index"
    assert cli.main(["index", "--knowledge", str(share), "--out", str(target)]) == 0
    first = json.loads((target / prebuilt.PREBUILT_FILE).read_text("utf-8"))
    assert first["models"] == {embedder.fingerprint: embedder.name}
    assert first["snippets"] >= 8
    (share / "faq.csv").write_text(ROWS.replace("48 hours", "24 hours"), "utf-8")
    assert cli.main(["index", "--knowledge", str(share), "--out", str(target)]) == 0
    second = json.loads((target / prebuilt.PREBUILT_FILE).read_text("utf-8"))
    assert second["folder_fingerprint"] != first["folder_fingerprint"]
    assert sorted(os.listdir(target.parent)) == ["kb-index"]  # no staging or old copy left
    assert not prebuilt.location(share).exists()  # only where it was asked to go
    shutil.rmtree(target)


def test_the_shop_model_ships_with_the_index_and_a_fresh_pc_embeds_nothing(
        embedder, tmp_path, capsys, monkeypatch):
    from assist.adapt import store
    from tests.adapt_folder import write_folder

    folder = write_folder(tmp_path / "share" / "shop")
    monkeypatch.setenv("ASSIST_HOME", str(tmp_path / "it-pc"))
    assert cli.main(["adapt", "--knowledge", str(folder)]) == 0
    out = _ship(folder, capsys)
    assert "prebuilt index and the shop's model ->" in out
    before = _read_only(folder)
    try:
        monkeypatch.setenv("ASSIST_HOME", str(tmp_path / "agent-pc"))
        pc = _fresh_pc(folder, embedder, tmp_path / "agent-pc")
        state = store.status(folder, pc.report)
        assert not state.stale and state.model_dir == store.home_for(folder) / store.MODEL_DIR
        assert tmp_path / "agent-pc" in state.model_dir.parents  # a copy, not the share's
        pc.use_adapted(state.model_dir)
        stats = pc.build_index()
        assert stats.embedded == 0 and stats.message == ""
        assert pc.ready_channels() == ("keyword", "general", "adapted")
        assert _snapshot(folder) == before
        # a model trained here since, fitting the folder as well, is not replaced
        assert store.status(folder, pc.report).manifest.trained_at == state.manifest.trained_at
    finally:
        _writable(folder)


def test_a_shipped_shop_model_that_is_stale_for_the_folder_is_not_used(tmp_path, capsys,
                                                                       monkeypatch):
    from assist.adapt import store
    from assist.adapt.runner import Training
    from assist.knowledge import load_knowledge
    from tests.adapt_folder import TOPICS, write_folder

    folder = write_folder(tmp_path / "shop")
    assert Training(folder, root=tmp_path / "it").run().ok
    shipped = prebuilt.location(folder) / prebuilt.SHOP_MODEL_DIR
    shutil.copytree(store.home_for(folder, tmp_path / "it"), shipped,
                    ignore=shutil.ignore_patterns("staging-*"))
    write_folder(folder, TOPICS | {f"亲，第{i}号新品已经上架": [f"新品{i}什么时候上"]
                                   for i in range(25)})
    state = store.status(folder, load_knowledge(folder), tmp_path / "pc")
    assert state.model_dir is None and state.stale  # trains its own, if allowed
