"""A damaged cache on disk costs one rebuild with a message, and the answers afterwards equal
a clean build's; the next start finds a whole cache again. Real files, the real model."""

import logging
import os
import time
from pathlib import Path

import pytest

from assist.engine import TOKENS_FILE, Assistant, AssistConfig
from assist.retrieval.checkpoint import CHECKPOINT_DIR
from assist.retrieval.embedder import Embedder
from assist.retrieval.vector_index import INDEX_FILE, MANIFEST_FILE

pytestmark = pytest.mark.model

ROWS = """id,question,reply
R1,How long does delivery take?,"We ship within 48 hours and delivery takes 2-4 days."
R2,Can I return it if it does not fit?,"Yes, returns are free within 7 days with tags on."
R3,Do you issue invoices?,"Yes, send us the company name and tax number after ordering."
R4,The lamp does not light up,"Please try a 5V 2A adapter, and hold the switch for 3 seconds."
R5,Is the jacket machine washable?,"Hand wash it cold, or use a gentle cycle in a laundry bag."
R6,Which courier do you use?,"SF Express for most cities, and EMS for remote areas."
R7,灯不亮了怎么回事,亲，请先换一个5V2A的充电头试试，还不亮我们给您换新哦
R8,能开发票吗,亲，可以开电子普通发票和增值税专用发票
"""
QUERIES = ["when will my parcel arrive", "my lamp won't turn on", "能开专票吗",
           "can I send it back", "how do I wash the jacket"]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    root.mkdir()
    (root / "faq.csv").write_text(ROWS, "utf-8-sig")
    return root


@pytest.fixture()
def session(folder: Path, embedder: Embedder, tmp_path: Path):
    def session(cache: str = "cache") -> Assistant:
        assistant = Assistant(AssistConfig(knowledge_dir=folder, cache_dir=tmp_path / cache))
        assistant.embedder = embedder  # the session's model, not a second load
        assistant.load_knowledge()
        return assistant

    return session


def answers(assistant: Assistant) -> list[list[tuple[str, str]]]:
    out = []
    for query in QUERIES:
        result = assistant.suggest(query)
        out.append([(s.sources[0].snippet_id, s.text) for s in result.suggestions])
    return out


def flip_middle_byte(path: Path) -> None:
    data = path.read_bytes()
    middle = len(data) // 2
    path.write_bytes(data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1:])


def aged_file(path: Path, content: bytes = b"half") -> Path:
    path.write_bytes(content)
    then = time.time() - 3600
    os.utime(path, (then, then))
    return path


DAMAGE = {
    "tokens_truncated": lambda a: (a.index_dir / TOKENS_FILE).write_bytes(
        (a.index_dir / TOKENS_FILE).read_bytes()[:300]),
    "tokens_flipped_byte": lambda a: flip_middle_byte(a.index_dir / TOKENS_FILE),
    "manifest_a_list": lambda a: (a.vector_dir(a.embedder) / MANIFEST_FILE).write_text("[]"),
    "manifest_null": lambda a: (a.vector_dir(a.embedder) / MANIFEST_FILE).write_text("null"),
    "manifest_a_number": lambda a: (a.vector_dir(a.embedder) / MANIFEST_FILE).write_text("3"),
    "manifest_wrong_types": lambda a: (a.vector_dir(a.embedder) / MANIFEST_FILE).write_text(
        (a.vector_dir(a.embedder) / MANIFEST_FILE).read_text("utf-8").replace(
            '"hashes": [', '"hashes": [1, ', 1)),
    "index_truncated": lambda a: (a.vector_dir(a.embedder) / INDEX_FILE).write_bytes(
        (a.vector_dir(a.embedder) / INDEX_FILE).read_bytes()[:200]),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_cache_is_rebuilt_with_a_message_and_answers_as_a_clean_build(
        session, damage: str, caplog: pytest.LogCaptureFixture) -> None:
    clean = session("clean")
    clean.build_index()
    expected = answers(clean)
    assert any(expected)  # the queries are answered at all

    first = session()
    first.build_index()
    DAMAGE[damage](first)
    with caplog.at_level(logging.WARNING):
        second = session()  # a new start on the damaged cache: no exception
        stats = second.build_index()
    if damage.startswith("tokens"):
        assert "keyword tokens unusable" in caplog.text
        assert stats.embedded == 0  # the vector index was fine
    else:
        assert stats.message.endswith("rebuilding") and stats.embedded > 0
    assert answers(second) == expected

    caplog.clear()
    with caplog.at_level(logging.WARNING):
        third = session()  # the rebuilt caches were saved whole
        stats = third.build_index()
    assert stats.message == "" and stats.embedded == 0 and "unusable" not in caplog.text
    assert answers(third) == expected


def test_leftovers_of_a_killed_process_are_removed_on_start(session) -> None:
    first = session()
    first.build_index()
    expected = answers(first)
    vectors = first.vector_dir(first.embedder)
    leftovers = [aged_file(vectors / f".{INDEX_FILE}.k1ll3d.tmp"),
                 aged_file(first.index_dir / f".{TOKENS_FILE}.k1ll3d.tmp")]
    (vectors / CHECKPOINT_DIR).mkdir(exist_ok=True)
    torn = aged_file(vectors / CHECKPOINT_DIR / "123-456.npz", b"PK\x03\x04 cut short")
    second = session()
    stats = second.build_index()
    assert not any(p.exists() for p in [*leftovers, torn])
    assert stats.message == "" and stats.embedded == 0
    assert answers(second) == expected
