"""The core must import and run with Qt absent: the CLI and benchmarks need no display."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "assist"
# Each backend asserts its own OS on import; CI type-checks them for it (scripts/typecheck.sh).
OTHER_OS = {"win32": (), "darwin": ()}.get(sys.platform, ("assist.platform.windows",
                                                         "assist.platform.macos"))


def _modules_outside_ui() -> list[str]:
    names = []
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT.parent).with_suffix("").parts
        if parts[1] == "ui":
            continue
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name not in OTHER_OS and not name.endswith("__main__"):
            names.append(name)
    return names


CORE = _modules_outside_ui()


def test_every_module_outside_ui_is_covered() -> None:
    assert "assist.platform.base" in CORE and "assist.engine" in CORE
    assert not [name for name in CORE if name.startswith("assist.ui")]


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
        "import assist.engine, assist.adapt.store, assist.adapt.runner\n"
        "import assist.retrieval.static_model\n"
        "assert 'torch' not in sys.modules, 'torch imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
