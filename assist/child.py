"""How the app starts a child process of its own code, from a checkout or a frozen bundle.

From a checkout a child is `python -m MODULE`. A frozen bundle has no Python to run modules
with, so the bundle's own executable is started with a hidden flag and `dispatch()` runs the
module's entry point (torch-heavy work such as training stays out of the app's process in
both cases). Only the modules listed in CHILD_ENTRY_POINTS can be started this way.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

CHILD_FLAG = "--assist-child"
CHILD_ENTRY_POINTS = {
    "assist.adapt.worker": "assist.adapt.worker:main",
    "assist.retrieval.onnx_export": "assist.retrieval.onnx_export:main",
    "assist.ui.shell.probe": "assist.ui.shell.probe:main",
}
# The console executable's name inside a bundle: the sidebar's own executable may be a
# windowed one (no usable stdout on Windows), so children prefer this one when it is there.
CONSOLE_NAME = "assist"


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def command(module: str, *args: str) -> list[str]:
    """The argv that runs `python -m module args...` here."""
    if module not in CHILD_ENTRY_POINTS:
        raise ValueError(f"{module} is not a child entry point")
    if not frozen():
        return [sys.executable, "-m", module, *args]
    exe = Path(sys.executable)
    console = exe.with_name(CONSOLE_NAME + exe.suffix)
    return [str(console if console.is_file() else exe), CHILD_FLAG, module, *args]


def creation_flags() -> int:
    """Popen creationflags: on Windows a console child of a windowed app would flash a window."""
    return getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0


def resolve(target: str) -> Callable[[list[str]], int | None]:
    """'package.module:function' -> the function."""
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def dispatch(argv: list[str]) -> int:
    """Run a child started by command(): argv is what follows CHILD_FLAG."""
    if not argv or argv[0] not in CHILD_ENTRY_POINTS:
        print(f"unknown child entry point {argv[:1]}", file=sys.stderr)
        return 2
    return int(resolve(CHILD_ENTRY_POINTS[argv[0]])(argv[1:]) or 0)


def launch(cli: str, sidebar: str, argv: list[str] | None = None) -> int:
    """The frozen bundle's one entry: a hidden child, the command line or the sidebar.

    Started as CONSOLE_NAME (the console executable on Windows, a link to the one executable
    elsewhere) it is the command line; under any other name (agent-assist) the sidebar. cli
    and sidebar are 'module:function' targets, read from pyproject.toml by build.spec, so a
    moved UI module needs no change here.
    """
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [CHILD_FLAG]:
        return dispatch(argv[1:])
    is_cli = Path(sys.argv[0] or sys.executable).stem.lower() == CONSOLE_NAME
    return int(resolve(cli if is_cli else sidebar)(argv) or 0)
