"""The core must import and run with Qt absent: the CLI and benchmarks need no display."""

import subprocess
import sys

CORE = [
    "assist.engine",
    "assist.cli",
    "assist.evaluate",
    "assist.knowledge",
    "assist.paths",
    "assist.retrieval.embedder",
    "assist.retrieval.vector_index",
    "assist.suggest.compose",
    "assist.suggest.calibration",
    "assist.retrieval.channels",
    "assist.adapt.features",
    "assist.adapt.pairs",
    "assist.adapt.static_model",
    "assist.adapt.store",
    "assist.adapt.runner",
    "assist.child",
    "assist.selftest",
]


def test_core_imports_with_pyside6_blocked() -> None:
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is not allowed in the core: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for m in {CORE!r}: __import__(m)\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_searching_with_the_shop_model_never_imports_torch() -> None:
    """Training imports torch in its child process; the app's side (store, runner, the numpy
    model, the engine) must not, or the sidebar pays ~300 MB for it."""
    code = (
        "import sys\n"
        "import assist.engine, assist.adapt.store, assist.adapt.runner, assist.adapt.static_model\n"
        "assert 'torch' not in sys.modules, 'torch imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
