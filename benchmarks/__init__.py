"""Speed, memory and retrieval-quality measurements; run them all with `python -m benchmarks`."""
