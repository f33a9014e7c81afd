"""The model stack never reaches for a hub: set before transformers or huggingface_hub load.

Called by every entry into the model stack (Embedder, prepare_model, the ONNX export child,
the training child) rather than on import, so importing a module changes no environment.
"""

from __future__ import annotations

import os

_FLAGS = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",  # our own threads split the work
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
}


def go_offline() -> None:
    """They are read once, when those libraries are imported; a value set by the user wins."""
    for name, value in _FLAGS.items():
        os.environ.setdefault(name, value)
