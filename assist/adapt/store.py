"""Where a folder's trained model lives, what its manifest says, and when it is stale.

<data dir>/adapted/<folder key>/model/         an ordinary sentence-transformers folder
<data dir>/adapted/<folder key>/manifest.json  what it was trained on, how, and how well

A model IT shipped beside a shared folder (`assist index --out`: <folder>/.assist-index/
shop-model/, the same two entries) is copied into the data dir by status() when it fits the
folder (not stale) better than the one there: fewer of the folder's snippets new or gone
since it was trained. The share is only read.

A new model is written beside the old one and swapped in by renames, so a reader (the sidebar
searching) always finds a whole model, and a cancelled or failed training leaves the old one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from assist import paths
from assist.atomic import write_atomic
from assist.knowledge.model import LoadReport
from assist.messages import Core

log = logging.getLogger(__name__)
MANIFEST_FILE = "manifest.json"
MODEL_DIR = "model"
MANIFEST_VERSION = 1
# Retrain when this share of the folder's snippets is new or gone (or at least STALE_MIN_COUNT
# of them): a trainer's typo fix is not worth a training run, a new CSV of 50 rows is.
STALE_SHARE = 0.05
STALE_MIN_COUNT = 20
STAGING_STALE_S = 3600  # a staging folder this old belongs to no running training


def folder_key(knowledge_dir: Path) -> str:
    folder = str(Path(knowledge_dir).resolve())
    return hashlib.sha1(folder.encode()).hexdigest()[:16]


def home_for(knowledge_dir: Path, root: Path | None = None) -> Path:
    return (root or paths.data_dir()) / "adapted" / folder_key(knowledge_dir)


def content_hashes(report: LoadReport) -> list[str]:
    """Short content hashes of the folder's snippets: what a model was trained on."""
    return sorted({s.content_hash[:16] for s in report.snippets})


def folder_fingerprint(hashes: list[str]) -> str:
    return hashlib.sha1("\n".join(hashes).encode()).hexdigest()[:16]


@dataclass
class Manifest:
    folder: str
    folder_fingerprint: str
    snippet_hashes: list[str]
    pairs: int
    seed: int
    train_seconds: float
    figures: dict[str, float | int] = field(default_factory=dict)
    options: dict[str, float | int] = field(default_factory=dict)
    vocabulary: int = 0
    size_bytes: int = 0
    trained_at: str = ""
    version: int = MANIFEST_VERSION

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, indent=1)

    @classmethod
    def read(cls, path: Path) -> Manifest | None:
        """The manifest, or None when missing or not one of ours (then the model is retrained)."""
        return cls.check(path)[0]

    @classmethod
    def check(cls, path: Path) -> tuple[Manifest | None, str]:
        """(manifest, "") or (None, why it cannot be used; "" when there is none)."""
        if not path.exists():
            return None, ""
        try:
            data = json.loads(path.read_text("utf-8"))
            if not isinstance(data, dict):
                raise ValueError(f"holds {type(data).__name__}, not an object")
            if data.get("version") != MANIFEST_VERSION:
                raise ValueError("from another version of Agent Assist")
            manifest = cls(**data)
            _check_types(manifest)
            return manifest, ""
        except (OSError, ValueError, TypeError) as exc:  # JSONDecodeError is a ValueError
            log.warning("trained model manifest %s unusable: %s", path, exc)
            return None, Core.tr("its manifest is damaged (%1)", exc)


def _check_types(manifest: Manifest) -> None:
    """Every field as to_json() writes it: a hand-edited or damaged value must not reach
    status() (a string of hashes would count every character as a snippet)."""
    for name in ("folder", "folder_fingerprint", "trained_at"):
        if not isinstance(getattr(manifest, name), str):
            raise TypeError(f"{name} is not a string")
    for name in ("pairs", "seed", "vocabulary", "size_bytes"):
        if not _is_int(getattr(manifest, name)):
            raise TypeError(f"{name} is not a whole number")
    if not _is_number(manifest.train_seconds):
        raise TypeError("train_seconds is not a number")
    hashes = manifest.snippet_hashes
    if not isinstance(hashes, list) or not all(isinstance(h, str) for h in hashes):
        raise TypeError("snippet_hashes is not a list of strings")
    # figures are measurements; options also hold switches (augment: true)
    for name, fits in (("figures", _is_number), ("options", _is_scalar)):
        table = getattr(manifest, name)
        if not isinstance(table, dict) or not all(
                isinstance(k, str) and fits(v) for k, v in table.items()):
            raise TypeError(f"{name} is not a table of plain values")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_scalar(value: object) -> bool:
    return isinstance(value, bool | int | float | str)


@dataclass(frozen=True)
class Status:
    """What the app should do about a folder's trained model."""

    model_dir: Path | None  # a usable model, possibly stale
    manifest: Manifest | None
    stale: bool  # train (again)
    changed: int = 0  # snippets new or gone since it was trained
    reason: str = ""


def status(knowledge_dir: Path, report: LoadReport, root: Path | None = None) -> Status:
    home = home_for(knowledge_dir, root)
    _adopt_shipped(knowledge_dir, report, root)
    model = home / MODEL_DIR
    manifest, problem = Manifest.check(home / MANIFEST_FILE)
    usable = model if manifest is not None and (model / "modules.json").is_file() else None
    if usable is None:
        return Status(None, None, True, reason=(
            Core.tr("the trained model cannot be used: %1", problem) if problem
            else Core.tr("no trained model for this folder yet")))
    changed, stale = _changed(manifest, report)
    reason = Core.tr("%1 snippets changed since it was trained", changed) if changed else ""
    if "shop_check" not in manifest.options:
        # Trained by a version without the shop check (assist/suggest/shop_check.py): it
        # answers as before until trained again, which adds the check.
        stale = True
        reason = Core.tr("it was trained before the shop check; training again adds it")
    return Status(usable, manifest, stale, changed, reason)


def _changed(manifest: Manifest, report: LoadReport) -> tuple[int, bool]:
    """(snippets new or gone since the model was trained, whether that makes it stale)."""
    now = set(content_hashes(report))
    changed = len(now.symmetric_difference(manifest.snippet_hashes))
    return changed, changed >= max(STALE_MIN_COUNT, STALE_SHARE * max(len(now), 1))


def _adopt_shipped(knowledge_dir: Path, report: LoadReport, root: Path | None) -> None:
    from assist.retrieval.prebuilt import SHOP_MODEL_DIR, location

    shipped = location(knowledge_dir) / SHOP_MODEL_DIR
    if not (shipped / MODEL_DIR / "modules.json").is_file():
        return
    offered, problem = Manifest.check(shipped / MANIFEST_FILE)
    if offered is None:
        log.warning("the shop model shipped in %s is not used: %s", shipped, problem)
        return
    changed, stale = _changed(offered, report)
    home = home_for(knowledge_dir, root)
    local = Manifest.read(home / MANIFEST_FILE)
    if stale or (local is not None and (home / MODEL_DIR / "modules.json").is_file()
                 and _changed(local, report)[0] <= changed):
        return
    staging = staging_dir(knowledge_dir, root)
    try:
        shutil.copytree(shipped / MODEL_DIR, staging / MODEL_DIR)
        install(staging / MODEL_DIR, offered, knowledge_dir, root)
        log.info("using the shop model shipped in %s (%d snippets changed since)", shipped,
                 changed)
    except OSError as exc:  # a share gone mid-copy: the local model (if any) stays
        log.warning("could not copy the shop model shipped in %s: %s", shipped, exc)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def install(staging: Path, manifest: Manifest, knowledge_dir: Path,
            root: Path | None = None) -> Path:
    """Move a freshly saved model folder into place (renames only), then write its manifest."""
    home = home_for(knowledge_dir, root)
    home.mkdir(parents=True, exist_ok=True)
    target, old = home / MODEL_DIR, home / f"{MODEL_DIR}.old"
    manifest.size_bytes = sum(f.stat().st_size for f in staging.rglob("*") if f.is_file())
    manifest.trained_at = manifest.trained_at or time.strftime("%Y-%m-%dT%H:%M:%S")
    shutil.rmtree(old, ignore_errors=True)
    # The manifest goes first: a model without a matching manifest is treated as missing
    # and trained again, never used with another folder's figures.
    (home / MANIFEST_FILE).unlink(missing_ok=True)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    write_atomic(home / MANIFEST_FILE, manifest.to_json())
    shutil.rmtree(old, ignore_errors=True)
    return target


def discard(knowledge_dir: Path, root: Path | None = None) -> None:
    """Remove a folder's model that cannot be loaded, so the next status says "train"."""
    home = home_for(knowledge_dir, root)
    (home / MANIFEST_FILE).unlink(missing_ok=True)
    shutil.rmtree(home / MODEL_DIR, ignore_errors=True)
    log.warning("removed the unusable trained model in %s", home)


def staging_dir(knowledge_dir: Path, root: Path | None = None) -> Path:
    home = home_for(knowledge_dir, root)
    home.mkdir(parents=True, exist_ok=True)
    for leftover in home.glob("staging-*"):  # from a killed run (not one still writing)
        if time.time() - leftover.stat().st_mtime > STAGING_STALE_S:
            shutil.rmtree(leftover, ignore_errors=True)
    path = home / f"staging-{time.time_ns()}"
    path.mkdir()
    return path
