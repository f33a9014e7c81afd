"""`python -m assist.adapt.worker`: trains and installs a folder's model, in its own process.

Torch is imported here and never in the app. Progress goes to stdout as JSON lines
({"stage", "done", "total"}), the last line is {"ok": true, "manifest": {...}} or
{"ok": false, "error": "..."}; the parent cancels by ending the process, which leaves the
installed model as it was (a new one is swapped in only when it is whole).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from assist.adapt import store
from assist.retrieval.offline import go_offline
from assist.suggest.shop_check import FILE as SHOP_CHECK_FILE


def save_model(folder: Path, vocabulary: list[str], weights, options, members: int = 1) -> None:
    """An ordinary sentence-transformers folder: our StaticEmbedding subclass, then Normalize."""
    from safetensors.numpy import save_file

    from assist.adapt.st_module import word_level_tokenizer
    from assist.retrieval.static_model import CONFIG_FILE, MODULE_TYPE, TOKENIZER_FILE, WEIGHTS_FILE
    from assist.retrieval.static_units import FEATURES_VERSION, MAX_CJK_UNIT

    word_level_tokenizer(vocabulary).save(str(folder / TOKENIZER_FILE))
    save_file({"embedding.weight": weights.astype("float32")}, str(folder / WEIGHTS_FILE))
    (folder / CONFIG_FILE).write_text(json.dumps(
        {"features_version": FEATURES_VERSION, "max_unit": MAX_CJK_UNIT, "members": members}),
        "utf-8")
    (folder / "1_Normalize").mkdir()
    (folder / "modules.json").write_text(json.dumps([
        {"idx": 0, "name": "0", "path": "", "type": MODULE_TYPE},
        {"idx": 1, "name": "1", "path": "1_Normalize",
         "type": "sentence_transformers.sentence_transformer.modules.Normalize"},
    ], indent=1), "utf-8")
    (folder / "config_sentence_transformers.json").write_text(json.dumps(
        {"model_type": "SentenceTransformer", "similarity_fn_name": "cosine",
         "prompts": {}, "default_prompt_name": None}, indent=1), "utf-8")
    (folder / "README.md").write_text(
        "---\nlanguage: [zh, en]\nlibrary_name: sentence-transformers\ntags: [static]\n---\n"
        "# The shop's retrieval model\n\nTrained by `assist adapt` on the shop's own knowledge "
        "folder: a static embedding (mean of character, word and bigram vectors, "
        f"{weights.shape[1]} dimensions: {members} model(s) trained from different seeds, "
        f"each block normalised before the whole; {len(vocabulary)} units). Load it with "
        "`SentenceTransformer(path, trust_remote_code=True)` where the `assist` package is "
        "installed (the module class is assist.adapt.st_module.ShopStaticEmbedding).\n", "utf-8")


def run(knowledge: Path, root: Path | None, options_json: str) -> dict:
    from assist.adapt.pairs import desk_pairs
    from assist.adapt.train import TrainOptions, train
    from assist.knowledge import load_knowledge

    options = TrainOptions(**json.loads(options_json or "{}"))
    report = load_knowledge(knowledge)

    def progress(stage: str, done: int, total: int) -> None:
        print(json.dumps({"stage": stage, "done": done, "total": total}), flush=True)

    trained = train(report, options, progress, extra=desk_pairs(knowledge))
    staging = store.staging_dir(knowledge, root)
    save_model(staging, trained.vocabulary, trained.weights, options, trained.members)
    if trained.shop_check is not None:
        trained.shop_check.save(staging / SHOP_CHECK_FILE)
    hashes = store.content_hashes(report)
    manifest = store.Manifest(
        folder=str(Path(knowledge).resolve()), folder_fingerprint=store.folder_fingerprint(hashes),
        snippet_hashes=hashes, pairs=trained.pairs, seed=options.seed,
        train_seconds=float(trained.figures.pop("train_seconds", 0.0)),
        figures=trained.figures, options=asdict(options), vocabulary=len(trained.vocabulary))
    store.install(staging, manifest, knowledge, root)
    summary = {k: v for k, v in manifest.__dict__.items() if k != "snippet_hashes"}
    return {"ok": True, "manifest": summary}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("knowledge", type=Path)
    parser.add_argument("--root", type=Path, default=None)
    parser.add_argument("--options", default="{}")
    args = parser.parse_args(argv)
    go_offline()
    from assist.adapt.train import TooFewPairs

    try:
        result = run(args.knowledge, args.root, args.options)
    except TooFewPairs as exc:
        result = {"ok": False, "error": str(exc), "too_few": True, "found": exc.found,
                  "needed": exc.needed}
    except Exception as exc:  # the parent shows it; a traceback helps nobody there
        result = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
    print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
