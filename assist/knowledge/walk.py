"""Finding the files of a knowledge folder without trusting its shape.

The walk is iterative (1,200 nested folders once hit Python's recursion limit), stops at a
depth and a file count, keeps going past folders it may not list, and follows links only
while they stay inside the knowledge folder: a link to a system file must not become a reply.
"""

from __future__ import annotations

import os
from pathlib import Path

from assist.knowledge import limits
from assist.knowledge.model import Problem


def knowledge_paths(root: Path, problems: list[Problem]) -> list[Path]:
    """Every regular, non-hidden file under root (links resolved inside it), sorted."""
    real_root = root.resolve()
    seen_dirs = {real_root}
    files: list[Path] = []
    pending = [root]
    while pending:
        folder = pending.pop()
        for entry in _entries(folder, root, problems):
            path = Path(entry.path)
            where = path.relative_to(root).as_posix()
            if entry.name.startswith("."):
                continue
            if entry.is_symlink() and not _link_stays_inside(path, where, real_root, problems):
                continue
            if _is_dir(entry):
                depth = len(path.relative_to(root).parts)
                real = path.resolve()
                if real in seen_dirs:
                    continue  # a link back to a folder already walked: a loop, harmless
                seen_dirs.add(real)
                if depth > limits.MAX_DEPTH:
                    problems.append(
                        Problem(
                            where,
                            0,
                            f"folder is nested {depth} levels deep, more than the "
                            f"{limits.MAX_DEPTH} allowed; nothing inside it was read. Move its "
                            "files up",
                        )
                    )
                    continue
                pending.append(path)
            elif _is_file(entry):
                if len(files) >= limits.MAX_FILES:
                    problems.append(
                        Problem(
                            where,
                            0,
                            f"the knowledge folder holds more than {limits.MAX_FILES} files; "
                            "this one and the rest were not read",
                        )
                    )
                    return sorted(files)
                files.append(path)
            elif entry.is_symlink():
                problems.append(
                    Problem(where, 0, "link points to nothing; it was skipped", "warning")
                )
            else:
                problems.append(
                    Problem(
                        where,
                        0,
                        "not a regular file (a pipe, socket or device); it was skipped",
                        "warning",
                    )
                )
    return sorted(files)


def stays_inside(path: Path, root: Path) -> bool:
    """True when path, with every link followed, is root or lies under it."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # RuntimeError: a link loop
        return False


def _entries(folder: Path, root: Path, problems: list[Problem]) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as listing:
            return list(listing)
    except OSError as exc:
        where = folder.relative_to(root).as_posix() if folder != root else str(root)
        reason = (
            "you do not have permission to open it"
            if isinstance(exc, PermissionError)
            else f"it cannot be opened ({exc.strerror or exc})"
        )
        problems.append(
            Problem(where, 0, f"folder skipped: {reason}; change its permissions or move its files")
        )
        return []


def _link_stays_inside(path: Path, where: str, real_root: Path, problems: list[Problem]) -> bool:
    try:
        target = path.resolve()
    except (OSError, RuntimeError):
        problems.append(Problem(where, 0, "link loops back on itself; it was skipped", "warning"))
        return False
    if target.is_relative_to(real_root):
        return True
    problems.append(
        Problem(
            where,
            0,
            "link points outside the knowledge folder; it was not followed. Copy the file "
            "into the folder instead",
            "warning",
        )
    )
    return False


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False
