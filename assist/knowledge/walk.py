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
from assist.messages import Core


def knowledge_paths(root: Path, problems: list[Problem]) -> list[Path]:
    """Every regular, non-hidden file under root (links resolved inside it), sorted.

    Depth first in name order, so the files kept when a limit is met are the first in the
    order the folder is loaded in."""
    real_root = root.resolve()
    seen_dirs = {real_root}
    files: list[Path] = []
    levels = [iter(_entries(root, root, problems))]  # one iterator per open folder
    while levels:
        entry = next(levels[-1], None)
        if entry is None:
            levels.pop()
            continue
        path = Path(entry.path)
        where = path.relative_to(root).as_posix()
        if entry.name.startswith("."):
            continue
        if entry.is_symlink() and not _link_stays_inside(path, where, real_root, problems):
            continue
        if _is_dir(entry):
            real = path.resolve()
            if real in seen_dirs:
                continue  # a link back to a folder already walked: a loop, harmless
            seen_dirs.add(real)
            if len(levels) > limits.MAX_DEPTH:  # the entry is len(levels) folders down
                problems.append(_too_deep(where, len(levels)))
                continue
            levels.append(iter(_entries(path, root, problems)))
        elif _is_file(entry):
            if len(files) >= limits.MAX_FILES:
                problems.append(
                    Problem(
                        where,
                        0,
                        Core.tr("the knowledge folder holds more than %1 files; this one and "
                                "the rest were not read", limits.MAX_FILES),
                    )
                )
                break
            files.append(path)
        else:
            problems.append(_not_a_file(where, entry.is_symlink()))
    return sorted(files)


def _too_deep(where: str, depth: int) -> Problem:
    return Problem(
        where,
        0,
        Core.tr("folder is nested %1 levels deep, more than the %2 allowed; nothing inside it "
                "was read. Move its files up", depth, limits.MAX_DEPTH),
    )


def _not_a_file(where: str, link: bool) -> Problem:
    if link:
        return Problem(where, 0, Core.tr("link points to nothing; it was skipped"), "warning")
    return Problem(
        where, 0, Core.tr("not a regular file (a pipe, socket or device); it was skipped"),
        "warning",
    )


def stays_inside(path: Path, root: Path) -> bool:
    """True when path, with every link followed, is root or lies under it."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # RuntimeError: a link loop
        return False


def _entries(folder: Path, root: Path, problems: list[Problem]) -> list[os.DirEntry]:
    """The folder's entries by name; at most a few times the file limit (a folder of a
    million files must not fill memory with its listing)."""
    most = 4 * limits.MAX_FILES
    entries: list[os.DirEntry] = []
    try:
        with os.scandir(folder) as listing:
            for entry in listing:
                if len(entries) == most:
                    problems.append(
                        Problem(
                            _where(folder, root),
                            0,
                            Core.tr("folder holds more than %1 entries; only %1 were looked at",
                                    most),
                        )
                    )
                    break
                entries.append(entry)
    except OSError as exc:
        reason = (
            Core.tr("you do not have permission to open it")
            if isinstance(exc, PermissionError)
            else Core.tr("it cannot be opened (%1)", exc.strerror or exc)
        )
        problems.append(
            Problem(
                _where(folder, root),
                0,
                Core.tr("folder skipped: %1; change its permissions or move its files", reason),
            )
        )
    return sorted(entries, key=lambda entry: entry.name)


def _where(folder: Path, root: Path) -> str:
    return folder.relative_to(root).as_posix() if folder != root else str(root)


def _link_stays_inside(path: Path, where: str, real_root: Path, problems: list[Problem]) -> bool:
    try:
        target = path.resolve()
    except (OSError, RuntimeError):
        problems.append(
            Problem(where, 0, Core.tr("link loops back on itself; it was skipped"), "warning"))
        return False
    if target.is_relative_to(real_root):
        return True
    problems.append(
        Problem(
            where,
            0,
            Core.tr("link points outside the knowledge folder; it was not followed. Copy the "
                    "file into the folder instead"),
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
