"""Atomic file writes: a crash mid-save leaves the old file, never half a new one.

The temporary file is fsynced before the rename and the folder after it, so a power cut
cannot leave a renamed but empty file. A process killed mid-write leaves its ``.<name>.*.tmp``
behind; ``sweep_stale_tmp`` removes those once they are old enough to belong to no live writer.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

TMP_SUFFIX = ".tmp"
# A temporary file this old belongs to no running save: the largest one (a 100k-snippet
# index, ~150 MB) is written in seconds.
STALE_TMP_S = 300.0
log = logging.getLogger(__name__)


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside target; on success it replaces target in one rename.

    The caller may read the temporary file back before the block ends (e.g. to checksum the
    bytes that will be renamed into place)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TMP_SUFFIX, dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp_path, target)
        fsync_dir(target.parent)
    finally:
        tmp_path.unlink(missing_ok=True)


def fsync_dir(directory: Path) -> None:
    """Make a rename in the folder durable. Windows cannot open a folder; NTFS journals the
    rename itself, so there is nothing to do there."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems (network, FUSE) refuse fsync on a folder
        pass
    finally:
        os.close(fd)


def write_atomic(target: Path, data: bytes | str, encoding: str = "utf-8") -> None:
    payload = data.encode(encoding) if isinstance(data, str) else data
    with atomic_path(target) as tmp:
        tmp.write_bytes(payload)


def write_atomic_with(target: Path, writer: Callable[[Path], None]) -> None:
    """For libraries that insist on writing to a path themselves (faiss.write_index)."""
    with atomic_path(target) as tmp:
        writer(tmp)


def sweep_stale_tmp(directory: Path, older_than: float = STALE_TMP_S) -> list[Path]:
    """Remove the temporary files killed writers left in a folder; return what was removed.

    older_than=0 removes every one: for a caller that holds the folder's writer lock."""
    removed: list[Path] = []
    now = time.time()
    for path in directory.glob(f".*{TMP_SUFFIX}") if directory.is_dir() else []:
        try:
            if path.is_file() and now - path.stat().st_mtime >= older_than:
                path.unlink()
                removed.append(path)
        except OSError:  # gone meanwhile, or not ours to remove
            continue
    if removed:
        log.info("removed %d unfinished temporary file(s) in %s", len(removed), directory)
    return removed
