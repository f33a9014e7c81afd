"""Two processes save the same folder's index while a third loads and searches it.

The writers save different snippet lists (as the sidebar's reload and `assist index` do
around an edit), so an index file beside another save's manifest would answer with wrong
snippet ids. Every search must equal a clean build of the snippets its manifest lists, or
there must be no index yet; never a mismatched pair, never "damaged, rebuilding".
Random vectors (the files are what is tested, not the model), large enough that a save takes
a while (3,000 x 384 floats).
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
SIZE, DIM = 3000, 384

COMMON = """
import sys
from pathlib import Path
import numpy as np
from assist.retrieval.vector_index import IndexIdentity, VectorIndex

directory, data = Path(sys.argv[1]), np.load(sys.argv[2], allow_pickle=False)
texts, vectors = [str(t) for t in data["texts"]], data["vectors"]
table = dict(zip(texts, vectors))
by_hash = {"h:" + t: v for t, v in table.items()}
identity = IndexIdentity("fp-test", "random", vectors.shape[1])
"""

WRITER = COMMON + """
variant, loops = sys.argv[3], int(sys.argv[4])
lists = {"a": [texts, texts[::2]], "b": [texts[::-1], texts[7:] + texts[:7]]}[variant]
for i in range(loops):
    chosen = lists[i % 2]
    index, _ = VectorIndex.update(None, identity, chosen, ["h:" + t for t in chosen],
                                  lambda batch: np.array([table[t] for t in batch]),
                                  readability=lambda t: 1.0)
    index.save(directory)
"""

SEARCHER = COMMON + """
import json, time
stop, queries = Path(sys.argv[3]), data["queries"]
counts = {"ok": 0, "wrong": 0, "nothing_yet": 0, "rebuilding": 0}
messages = set()
deadline = time.monotonic() + 120
while not stop.exists() and time.monotonic() < deadline:
    loaded, message = VectorIndex.load(directory, identity)
    if loaded is None:
        counts["rebuilding" if message else "nothing_yet"] += 1
        messages.add(message)
        time.sleep(0.01)
        continue
    clean = np.array([by_hash[h] for h in loaded.hashes])  # what a clean build would hold
    for q in queries:
        positions, sims = loaded.search(q, 5)
        expected = np.sort(clean @ q)[::-1][:5]
        truth = np.array([by_hash[loaded.hashes[p]] @ q for p in positions])
        right = (len(sims) == 5 and np.allclose(sims, expected, atol=1e-5)
                 and np.allclose(sims, truth, atol=1e-5))
        counts["ok" if right else "wrong"] += 1
print(json.dumps({**counts, "messages": sorted(messages)}))
"""


def test_two_writers_and_a_searcher_never_see_a_mismatched_index(tmp_path: Path) -> None:
    rng = np.random.default_rng(5)
    vectors = rng.normal(size=(SIZE, DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    # queries near known snippets, so the top results are well separated
    queries = vectors[rng.choice(SIZE, 8, replace=False)] + 0.3 * rng.normal(size=(8, DIM))
    data = tmp_path / "data.npz"
    np.savez(data, texts=np.array([f"snippet {i}" for i in range(SIZE)]), vectors=vectors,
             queries=queries.astype(np.float32))
    scripts = {}
    for name, code in (("writer", WRITER), ("searcher", SEARCHER)):
        scripts[name] = tmp_path / f"{name}.py"
        scripts[name].write_text(code, "utf-8")
    directory, stop = tmp_path / "index", tmp_path / "stop"
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def start(*args: str) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, *args], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)

    searcher = start(str(scripts["searcher"]), str(directory), str(data), str(stop))
    time.sleep(0.5)
    writers = [start(str(scripts["writer"]), str(directory), str(data), v, "25") for v in "ab"]
    for writer in writers:
        _, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
    stop.touch()
    out, err = searcher.communicate(timeout=300)
    assert searcher.returncode == 0, err
    counts = json.loads(out)
    assert counts["wrong"] == 0, counts
    assert counts["rebuilding"] == 0, counts  # the reader never caught a half-written pair
    assert counts["ok"] >= 8, counts  # it did search while the writers were at work
    assert not list(directory.glob("*.tmp"))
