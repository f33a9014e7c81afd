"""PyInstaller runtime hook: runs before any of the app's imports in the frozen bundle.

The installed app is offline by contract: the Hugging Face libraries must never try the
network, and they read these flags once, at import. Forced, not defaulted: a user's stray
HF_HUB_OFFLINE=0 must not make an office PC call out.
"""

import importlib.util
import os

for _flag in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE",
              "HF_HUB_DISABLE_TELEMETRY", "HF_HUB_DISABLE_PROGRESS_BARS", "DO_NOT_TRACK"):
    os.environ[_flag] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

# The agent build has no torch and cannot train the shop's model: the sidebar should not
# try on every start (IT installs a model trained elsewhere). IT may still set it.
if importlib.util.find_spec("torch") is None:
    os.environ.setdefault("ASSIST_ADAPT", "0")
