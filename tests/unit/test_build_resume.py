"""An index build killed midway resumes: the next build embeds only what was left.

A child process builds a 1,500-snippet folder (short texts: about 10 s of embedding on two
idle cores) and is killed (SIGKILL) once its first embedding checkpoint is on disk; the next
build must take every saved vector and encode only the rest, and the resumed vectors must be
the model's own.
"""

import csv
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from assist.engine import Assistant, AssistConfig
from assist.retrieval.checkpoint import CHECKPOINT_DIR, EmbeddingCheckpoint, text_key
from assist.retrieval.embedder import Embedder
from assist.retrieval.vector_index import MANIFEST_FILE

pytestmark = pytest.mark.model
REPO = Path(__file__).resolve().parents[2]
SIZE = 1500
PRODUCTS = ["down jacket", "desk lamp", "kettle", "memory pillow", "wool scarf", "travel mug",
            "bath mat", "sheet set", "hoodie", "jeans", "humidifier", "shirt"]
TOPICS = ["delivery time", "return policy", "washing instructions", "warranty", "size chart",
          "colour options", "battery life", "invoice", "discount", "replacement parts"]

CHILD = """
import sys
from pathlib import Path
from assist.engine import Assistant, AssistConfig
assistant = Assistant(AssistConfig(knowledge_dir=Path(sys.argv[1]), cache_dir=Path(sys.argv[2])))
assistant.load_knowledge()
assistant.load_model()
assistant.build_index()
print("finished")
"""


def write_folder(root: Path) -> None:
    root.mkdir()
    with open(root / "faq.csv", "w", encoding="utf-8-sig", newline="") as handle:
        rows = csv.writer(handle)
        rows.writerow(["id", "question", "reply"])
        for i in range(SIZE):
            product, topic = PRODUCTS[i % len(PRODUCTS)], TOPICS[(i // 7) % len(TOPICS)]
            words = " ".join(["please"] * (i % 5))  # lengths vary, as in a real folder
            rows.writerow([f"Q{i}", f"What is the {topic} of the {product} {i}? {words}",
                           f"See page {i % 97}, order {10_000 + i}."])


def test_a_killed_build_resumes_and_embeds_only_what_was_left(
        tmp_path: Path, embedder: Embedder, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, cache = tmp_path / "kb", tmp_path / "cache"
    write_folder(folder)
    config = AssistConfig(knowledge_dir=folder, cache_dir=cache)
    assistant = Assistant(config)
    assistant.embedder = embedder
    vector_dir = assistant.vector_dir(embedder)
    script = tmp_path / "child.py"
    script.write_text(CHILD, "utf-8")
    child = subprocess.Popen([sys.executable, str(script), str(folder), str(cache)],
                             env={**os.environ, "PYTHONPATH": str(REPO)},
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while not list((vector_dir / CHECKPOINT_DIR).glob("*.npz")):
        assert child.poll() is None, child.communicate()
        assert time.monotonic() < deadline, "no embedding checkpoint appeared"
        time.sleep(0.05)
    child.kill()  # SIGKILL: no clean-up of any kind
    out, _ = child.communicate(timeout=60)
    assert "finished" not in out and not (vector_dir / MANIFEST_FILE).exists()
    saved = EmbeddingCheckpoint(vector_dir, embedder.fingerprint, embedder.dimension).load()
    assert 0 < len(saved) < SIZE

    encoded: list[str] = []
    real_encode = embedder.encode

    def counting_encode(texts, progress=None, batch_size=None):
        encoded.extend(texts)
        return real_encode(texts, progress, batch_size)

    monkeypatch.setattr(embedder, "encode", counting_encode)
    assistant.load_knowledge()
    stats = assistant.build_index()
    readable = stats.total - stats.skipped
    assert readable == SIZE  # every snippet is English: the model reads them all
    assert stats.resumed == len(saved)
    assert stats.embedded == len(encoded) == readable - len(saved)
    assert not {text_key(t) for t in encoded} & saved.keys()  # nothing embedded twice
    assert not list((vector_dir / CHECKPOINT_DIR).glob("*.npz"))  # cleared once saved

    # the resumed vectors are the model's: encode a sample of them afresh
    monkeypatch.undo()
    known = assistant._vectors["general"].known_vectors()
    texts = {s.content_hash: s.search_text for s in assistant.report.snippets}
    sample = sorted(saved)[:: max(1, len(saved) // 20)]
    fresh = embedder.encode([texts[h] for h in sample])
    stored = np.array([known[h][0] for h in sample])
    assert np.min(np.sum(fresh * stored, axis=1)) > 0.9999
