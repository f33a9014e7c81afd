"""A prebuilt index shipped beside a shared knowledge folder, so every PC need not embed it.

`assist index --knowledge DIR --out` writes ``DIR/.assist-index/`` (the loader and the
watcher skip dot-folders):

    prebuilt.json              format, when, the folder's fingerprint, the models inside
    keyword-tokens.npz         the keyword search's segmented snippets
    <model fingerprint>/       each model's vectors: index.faiss + manifest.json
    shop-model/                the shop's trained model and its manifest, when there is one

A PC with no index of its own (or one that misses snippets) reads what it lacks from here
into its own cache, by content hash, and embeds only the rest. The share is only ever read:
files are copied into the user's cache and checked there, so a share mounted read-only works
and a damaged or half-copied prebuilt index costs an embedding run, never a crash.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from assist.atomic import write_atomic, write_atomic_with
from assist.messages import Core, Message
from assist.retrieval.index_manifest import ManifestError, read_manifest
from assist.retrieval.vector_index import INDEX_FILE, MANIFEST_FILE, IndexIdentity, VectorIndex

log = logging.getLogger(__name__)
PREBUILT_DIR = ".assist-index"
PREBUILT_FILE = "prebuilt.json"
TOKENS_FILE = "keyword-tokens.npz"  # the same name the engine gives its own copy
SHOP_MODEL_DIR = "shop-model"
FORMAT_VERSION = 1


def location(knowledge_dir: Path) -> Path:
    """Where a folder's prebuilt index is looked for: the one documented place."""
    return Path(knowledge_dir) / PREBUILT_DIR


def folder_fingerprint(content_hashes: Iterable[str]) -> str:
    """The folder's snippets, in any order: equal fingerprints, nothing to embed."""
    return hashlib.sha1("\n".join(sorted(set(content_hashes))).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class VectorSource:
    """One model's saved index in the user's cache, to be shipped."""

    fingerprint: str
    name: str
    dimension: int
    directory: Path


@dataclass(frozen=True)
class Prebuilt:
    root: Path
    folder_fingerprint: str
    snippets: int
    models: dict[str, str]  # fingerprint -> model name
    made_at: str

    def vectors_for(self, identity: IndexIdentity, missing: set[str],
                    scratch_parent: Path) -> tuple[VectorIndex | None, str]:
        """This model's shipped vectors when they hold any of `missing` (content hashes),
        read through a copy in scratch_parent; (None, why not) when unusable, (None, "")
        when they hold nothing wanted."""
        if identity.model_fingerprint not in self.models:
            return None, Core.tr("the prebuilt index beside the folder was made with another "
                                 "model; embedding here")
        source = self.root / identity.model_fingerprint
        try:  # the manifest first: a small read decides whether the index is worth copying
            hashes = read_manifest(source / MANIFEST_FILE)["hashes"]
        except (OSError, ManifestError) as exc:
            return None, _unusable(exc)
        if missing.isdisjoint(hashes):
            return None, ""
        scratch = Path(tempfile.mkdtemp(prefix=".prebuilt-", dir=_made(scratch_parent)))
        try:
            for name in (MANIFEST_FILE, INDEX_FILE):
                shutil.copyfile(source / name, scratch / name)
            index, why = VectorIndex.load(scratch, identity)
        except OSError as exc:
            return None, _unusable(exc)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        if index is None:  # VectorIndex.load's reason, less its "; rebuilding"
            return None, _unusable(str(why).split(";")[0] or "incomplete")
        return index, ""

    def copy_tokens(self, target: Path) -> bool:
        """The keyword tokens into the user's cache, when it has none yet (the store checks
        them on load: another tokenizer's or a damaged file is segmented again)."""
        source = self.root / TOKENS_FILE
        if target.exists() or not source.is_file():
            return False
        try:
            write_atomic_with(target, lambda tmp: shutil.copyfile(source, tmp))
        except OSError as exc:
            log.warning("could not copy the prebuilt keyword tokens: %s", exc)
            return False
        return True


def _made(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def _unusable(why: object) -> Message:
    return Core.tr("the prebuilt index beside the folder is damaged (%1); embedding here", why)


def find(knowledge_dir: Path) -> tuple[Prebuilt | None, str]:
    """The folder's prebuilt index, (None, "") when there is none, (None, why) when its
    prebuilt.json cannot be used."""
    root = location(knowledge_dir)
    path = root / PREBUILT_FILE
    if not path.is_file():
        return None, ""
    try:
        data = json.loads(path.read_text("utf-8"))
        return _checked(root, data), ""
    except (OSError, ValueError, TypeError) as exc:  # JSONDecodeError is a ValueError
        log.warning("prebuilt index %s unusable: %s", path, exc)
        return None, _unusable(exc)


def _checked(root: Path, data: object) -> Prebuilt:
    if not isinstance(data, dict):
        raise ValueError(f"{PREBUILT_FILE} holds {type(data).__name__}, not an object")
    if data.get("format_version") != FORMAT_VERSION:
        raise ValueError("made by another version of Agent Assist")
    models = data.get("models")
    if not isinstance(models, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in models.items()):
        raise TypeError("models is not a table of fingerprint: name")
    fingerprint, snippets, made_at = (data.get(k) for k in ("folder_fingerprint", "snippets",
                                                            "made_at"))
    if not (isinstance(fingerprint, str) and isinstance(made_at, str)
            and isinstance(snippets, int) and not isinstance(snippets, bool)):
        raise TypeError("folder_fingerprint, snippets or made_at has the wrong type")
    return Prebuilt(root, fingerprint, snippets, dict(models), made_at)


def shipped_vectors(knowledge_dir: Path, identity: IndexIdentity, hashes: Sequence[str],
                    missing: set[str], scratch_parent: Path) -> tuple[VectorIndex | None, str]:
    """The folder's prebuilt vectors for this model when they hold any of `missing`, and
    what to tell the user about the prebuilt index ("" when it matches the folder or there
    is none). hashes: every snippet's content hash, in order."""
    shipped, problem = find(knowledge_dir)
    if shipped is None:
        return None, problem
    index, problem = shipped.vectors_for(identity, missing, scratch_parent)
    if not problem and shipped.folder_fingerprint != folder_fingerprint(hashes):
        problem = Core.tr("the prebuilt index beside the folder is older than the folder; "
                          "what changed since is embedded here")
    if problem:
        log.warning("%s (%s)", problem, shipped.root)
    if index is not None:
        log.info("%d snippets' vectors from the prebuilt index %s",
                 len(missing.intersection(index.hashes)), shipped.root)
    return index, problem


def export(out: Path, content_hashes: Sequence[str], vectors: Sequence[VectorSource],
           tokens: Path | None, shop_model: Path | None = None) -> Path:
    """Write a prebuilt index to `out` from the user's cache: into a staging folder beside
    it, then swapped in by renames, so a PC starting meanwhile reads the old one or the new
    one (or, for the moment between the renames, none), never half of one.

    shop_model: the folder holding the trained model's `model/` and `manifest.json`."""
    out = Path(out)
    stamp = time.time_ns()
    staging = out.with_name(f".{out.name.lstrip('.')}.new-{stamp}")
    staging.mkdir(parents=True)
    try:
        for source in vectors:
            target = staging / source.fingerprint
            target.mkdir()
            for name in (INDEX_FILE, MANIFEST_FILE):
                shutil.copyfile(source.directory / name, target / name)
        if tokens is not None and tokens.is_file():
            shutil.copyfile(tokens, staging / TOKENS_FILE)
        if shop_model is not None:
            shutil.copytree(shop_model / "model", staging / SHOP_MODEL_DIR / "model")
            shutil.copyfile(shop_model / "manifest.json",
                            staging / SHOP_MODEL_DIR / "manifest.json")
        write_atomic(staging / PREBUILT_FILE, json.dumps({
            "format_version": FORMAT_VERSION,
            "made_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "folder_fingerprint": folder_fingerprint(content_hashes),
            "snippets": len(content_hashes),
            "models": {s.fingerprint: s.name for s in vectors},
        }, ensure_ascii=False, indent=1))
        old = out.with_name(f".{out.name.lstrip('.')}.old-{stamp}")
        if out.exists():
            out.rename(old)
        try:
            staging.rename(out)
        except OSError:
            if old.exists():  # put the previous one back rather than leave none
                old.rename(out)
            raise
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return out
