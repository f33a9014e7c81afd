"""Where benchmark data lives, what machine it ran on, and the statistics every section prints."""

from __future__ import annotations

import datetime
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
SAMPLE_KNOWLEDGE = REPO / "knowledge"
GOLDEN = SAMPLE_KNOWLEDGE / "golden.jsonl"
OFFTOPIC = Path(__file__).resolve().parent / "data" / "offtopic.txt"


def cache_root() -> Path:
    """Generated corpora and their indexes: outside the repo, kept between runs."""
    value = os.environ.get("ASSIST_BENCH_CACHE", "").strip()
    root = Path(value).expanduser() if value else Path.home() / ".cache" / "agent-assist-bench"
    root.mkdir(parents=True, exist_ok=True)
    return root


def jddc_dir() -> Path:
    value = os.environ.get("ASSIST_JDDC_DIR", "").strip()
    return Path(value).expanduser() if value else REPO.parent / "shared" / "data" / "jddc2019"


def say(message: str) -> None:
    print(message, flush=True)


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def machine() -> dict[str, str]:
    model = platform.processor() or platform.machine()
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        model = next((line.split(":", 1)[1].strip() for line in out.splitlines()
                      if line.startswith("Model name")), model)
    except OSError:
        pass
    import psutil

    from assist.retrieval.embedder import default_backend

    return {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="minutes"),
        "cpu": model,
        "cores": str(os.cpu_count()),
        "ram_gb": f"{psutil.virtual_memory().total / 2**30:.1f}",
        "python": sys.version.split()[0],
        "model_backend": default_backend(),
        "load_avg": load_average(),
    }


def ms(seconds: list[float] | np.ndarray) -> tuple[float, float]:
    """(median, p95) in milliseconds."""
    values = np.asarray(seconds, dtype=float) * 1000
    if not len(values):
        return 0.0, 0.0
    return float(np.median(values)), float(np.percentile(values, 95))


class Stopwatch:
    def __enter__(self) -> Stopwatch:
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.start


def table(headers: list[str], rows: list[list[object]]) -> str:
    """A Markdown table, printed as-is and pasted into docs/benchmarks.md."""
    cells = [[str(c) for c in row] for row in rows]
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in cells]
    return "\n".join(lines)
