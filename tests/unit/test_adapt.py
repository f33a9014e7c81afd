"""The shop's own model: features, training, saving, staleness, cancel, and use in search."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

from assist.adapt import store
from assist.adapt.runner import Training
from assist.cli import main
from assist.engine import Assistant, AssistConfig
from assist.knowledge import load_knowledge
from assist.retrieval.static_model import StaticModel, is_shop_model
from assist.retrieval.static_units import build_vocabulary, readable_slots, units
from assist.suggest import shop_check
from assist.suggest.shop_check import FILE as SHOP_CHECK_FILE
from tests.adapt_folder import TOPICS, write_folder


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(knowledge folder, data root) with a model trained once for the module."""
    base = tmp_path_factory.mktemp("adapt")
    folder, root = write_folder(base / "shop"), base / "data"
    outcome = Training(folder, root=root).run()
    assert outcome.ok, outcome.message
    return folder, root


def test_units_overlap_characters_words_and_number_shapes() -> None:
    vocab = {u: i for i, u in enumerate(["羽", "绒", "服", "羽绒", "羽绒服", "cm", "<n3>", "165"])}
    found = [u for u, _, _ in units("羽绒服 165cm", vocab)]
    assert {"羽", "羽绒", "羽绒服", "165", "<n3>", "cm"} <= set(found)
    vocabulary = build_vocabulary([("开线了", ["开线"]), ("袖子开线", ["袖子", "开线"])])
    assert "开线" in vocabulary and "袖" in vocabulary and "线了" not in vocabulary  # seen once


def test_training_saves_an_ordinary_sentence_transformers_folder(trained) -> None:
    folder, root = trained
    state = store.status(folder, load_knowledge(folder), root)
    assert state.model_dir is not None and not state.stale
    assert is_shop_model(state.model_dir)
    manifest = state.manifest
    assert manifest.pairs >= 60 and manifest.seed == 13 and manifest.train_seconds > 0
    assert manifest.figures["held_out"] > 0 and 0 <= manifest.figures["recall@5"] <= 1
    from sentence_transformers import SentenceTransformer

    texts = ["袖子开线了怎么办", "什么时候发货", "hello 165cm"]
    # trust_remote_code: ST asks it for any module class outside its own package (ours is
    # assist.adapt.st_module, installed with the app, not downloaded)
    theirs = SentenceTransformer(str(state.model_dir), device="cpu",
                                 trust_remote_code=True).encode(texts)
    model = StaticModel(state.model_dir)
    assert model.members == manifest.figures["members"] == 3  # a small folder trains three
    ours = model.embed(texts)
    np.testing.assert_allclose(ours, theirs, atol=1e-5)


def test_a_latin_word_the_shop_never_wrote_is_one_unread_slot(trained) -> None:
    """Buyers mix English into Chinese ("想refund"): the unknown word counts like one unknown
    character, so the shop's model still reads the message (it was left out below 60 %)."""
    folder, root = trained
    model = StaticModel(store.status(folder, load_knowledge(folder), root).model_dir)
    assert len(readable_slots("袖子开线了refund 165cm")) == 8
    assert model.coverage("袖子开线了refund") == pytest.approx(5 / 6)
    assert model.coverage("refund") == 0.0


def test_joined_members_score_the_mean_of_their_cosines() -> None:
    from assist.retrieval.static_model import embed_units

    rng = np.random.default_rng(0)
    vocab = {u: i for i, u in enumerate("袖子开线发货")}
    weights = rng.normal(size=(len(vocab), 3 * 4)).astype(np.float32)
    texts = ["袖子开线", "发货"]
    joined = embed_units(vocab, weights, texts, members=3)
    alone = [embed_units(vocab, weights[:, 4 * k : 4 * k + 4], texts) for k in range(3)]
    np.testing.assert_allclose(np.linalg.norm(joined, axis=1), 1.0, rtol=1e-5)
    np.testing.assert_allclose(joined[0] @ joined[1],
                               np.mean([a[0] @ a[1] for a in alone]), rtol=1e-5)


def test_a_big_folder_trains_one_member_so_its_training_time_stays() -> None:
    from assist.adapt.train import TrainOptions, schedule

    options = TrainOptions()
    assert schedule(2_000, options)[0] == 3  # the sample folder: 3 x 204 steps
    members, epochs, batches = schedule(45_000, options)  # 10k rows: 3 epochs of 352
    assert members == 1 and epochs * batches > options.member_steps // 2


def test_same_seed_same_model(tmp_path: Path) -> None:
    from assist.adapt.train import TrainOptions, train

    report = load_knowledge(write_folder(tmp_path / "shop"))
    options = TrainOptions(epochs=2)
    a, b = train(report, options), train(report, options)
    assert a.vocabulary == b.vocabulary
    np.testing.assert_array_equal(a.weights, b.weights)


def test_a_folder_with_too_few_pairs_is_told_plainly(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "tiny", dict(list(TOPICS.items())[:2]))
    outcome = Training(folder, root=tmp_path / "data").run()
    assert not outcome.ok and outcome.too_few
    assert "at least" in outcome.message and "past resolutions" in outcome.message
    assert store.status(folder, load_knowledge(folder), tmp_path / "data").model_dir is None


def test_the_shop_model_answers_chinese_and_is_named_in_the_result(trained) -> None:
    folder, root = trained
    report = load_knowledge(folder)
    assistant = Assistant(AssistConfig(knowledge_dir=folder, channels="keyword+adapted"))
    assistant.load_knowledge()
    assistant.use_adapted(store.status(folder, report, root).model_dir)
    assistant.build_index()
    assert assistant.ready_channels() == ("keyword", "adapted")
    result = assistant.suggest("亲，我的衣服袖口那里线崩开了，刚收到的")
    assert "adapted" in result.channels_used
    assert result.suggestions and "开线" in result.suggestions[0].text
    assert not assistant.suggest("今天北京天气怎么样").suggestions  # off-topic: no card
    # Messages sent one after another: the question is in the first, the last one is vague
    # and would be turned away alone; the gate reads every turn's clauses.
    assert not assistant.suggest("急 在线等 咋整啊").suggestions
    burst = assistant.suggest("袖子开线了！！\n急 在线等 咋整啊")
    assert burst.suggestions and "开线" in burst.suggestions[0].text
    # ... but a question answered in an earlier message does not open the gate for the next
    assert not assistant.suggest(["袖子开线了", "今天北京天气怎么样"]).suggestions
    # ... nor does a greeting beside an off-topic question, though greetings are shop chat
    assert not assistant.suggest("今天北京天气怎么样 在吗").suggestions
    assert not assistant.suggest("帮我写个作文 谢谢亲").suggestions
    # ... nor the buyer addressing the shop (generic.is_courtesy; is_number_given skips an
    # order number's clause the same way)
    assert not assistant.suggest("你好客服，今天北京天气怎么样").suggestions
    greeted = assistant.suggest("你好客服，袖子开线了")
    assert greeted.suggestions and "开线" in greeted.suggestions[0].text


def test_the_shop_check_trained_with_the_model_turns_away_what_no_shop_answers(
        trained, tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch) -> None:
    """"要可爱一点的" reads like the shop's chat; the check reads the whole message. A
    damaged check costs only itself: the model answers as before."""
    folder, root = trained
    model_dir = store.status(folder, load_knowledge(folder), root).model_dir
    assert (model_dir / SHOP_CHECK_FILE).is_file()
    assistant = Assistant(AssistConfig(knowledge_dir=folder, channels="keyword+adapted"))
    assistant.load_knowledge()
    assistant.use_adapted(model_dir)
    assistant.build_index()
    assert assistant.shop_check is not None
    nickname = "帮我起个网名 要可爱一点的 带个猫字"
    assert not assistant.for_a_shop([nickname])
    why = assistant.explain(nickname, depth=5)
    assert not why.answered and why.not_for_shop and why.shop_likeness < why.shop_minimum
    assert any("question for a shop" in str(n) for n in why.notes)
    # a greeting, thanks or an order number is shop chat whatever else is said: left out,
    # and with nothing else there, nothing to judge ("你好" gets the shop's greeting)
    assert assistant.shop_likeness(["你好"]) is None
    assert assistant.shop_likeness(["谢谢亲 订单号是330192837465"]) is None
    assert assistant.shop_likeness(["你好客服 " + nickname]) == pytest.approx(
        assistant.shop_likeness([nickname]))
    hello = assistant.suggest("你好")
    assert hello.suggestions and not hello.not_for_shop
    # English in a Chinese folder: the check knows it only from the background lists
    assert assistant.shop_likeness(["How do I wash it?"]) is None
    asked = "帮我看看 袖子开线了 要换一件新的"
    assert assistant.for_a_shop([asked])
    assert assistant.suggest(asked).suggestions
    # what the check says decides, however well the message matches the folder
    monkeypatch.setattr(shop_check, "MINIMUM", assistant.shop_check.likeness(asked) + 0.01)
    assert not assistant.suggest(asked).suggestions
    why = assistant.explain(asked, depth=5)  # and `assist explain` says why
    assert why.candidates and all("shop check" in c.reason for c in why.candidates)
    monkeypatch.undo()

    copy = tmp_path / "model"
    shutil.copytree(model_dir, copy)
    (copy / SHOP_CHECK_FILE).write_bytes(b"PK\x03\x04 cut short")
    assistant.use_adapted(copy)
    assistant.build_index()
    assert assistant.shop_check is None and "unusable" in caplog.text
    assert assistant.for_a_shop([nickname])
    assert assistant.suggest("袖子开线了").suggestions


def test_the_gate_counts_a_named_product(trained) -> None:
    """The engine tells the gate whether the message names one of the shop's products."""
    folder, root = trained
    assistant = Assistant(AssistConfig(knowledge_dir=folder, channels="keyword+adapted"))
    report = assistant.load_knowledge()
    assistant.use_adapted(store.status(folder, report, root).model_dir)
    assistant.build_index()
    message = "冬天穿这个羽绒服会冷伐"
    without = assistant._suggest(message, 5, None, 3)[1].gate
    report.vocabulary.update({"羽绒服": "加厚羽绒服", "加厚羽绒服": "加厚羽绒服"})
    named = assistant._suggest(message, 5, None, 3)[1].gate
    assert without is not None and named is not None and named > without


def test_a_model_trained_before_the_shop_check_is_trained_again(trained,
                                                                tmp_path: Path) -> None:
    """It answers as before meanwhile; the sidebar retrains a stale model by itself."""
    folder, root = trained
    report = load_knowledge(folder)
    assert "shop_check" in store.status(folder, report, root).manifest.options
    old_root = tmp_path / "data"
    shutil.copytree(store.home_for(folder, root), store.home_for(folder, old_root))
    home = store.home_for(folder, old_root)
    manifest = json.loads((home / store.MANIFEST_FILE).read_text("utf-8"))
    del manifest["options"]["shop_check"]
    (home / store.MANIFEST_FILE).write_text(json.dumps(manifest), "utf-8")
    (home / store.MODEL_DIR / SHOP_CHECK_FILE).unlink()
    state = store.status(folder, report, old_root)
    assert state.stale and state.model_dir is not None and state.changed == 0
    assert "before the shop check" in state.reason


def test_an_edit_makes_the_model_stale_and_retraining_replaces_it(tmp_path: Path) -> None:
    folder, root = write_folder(tmp_path / "shop"), tmp_path / "data"
    assert Training(folder, root=root).run().ok
    before = store.status(folder, load_knowledge(folder), root)
    with (folder / "more.csv").open("w", encoding="utf-8") as f:  # one typo fix: not stale
        f.write("id,question,reply\nX1,发票能寄纸质的吗,亲，目前只开电子发票哦\n")
    assert not store.status(folder, load_knowledge(folder), root).stale
    extra = TOPICS | {f"亲，第{i}号新品已经上架": [f"新品{i}什么时候上", f"{i}号款有货吗"]
                      for i in range(15)}
    write_folder(folder, extra)
    state = store.status(folder, load_knowledge(folder), root)
    assert state.stale and state.changed >= 20
    assert Training(folder, root=root).run().ok
    after = store.status(folder, load_knowledge(folder), root)
    assert not after.stale and after.manifest.trained_at
    assert after.manifest.folder_fingerprint != before.manifest.folder_fingerprint


def test_a_cancelled_training_leaves_the_previous_model(trained, tmp_path: Path) -> None:
    folder, root = trained
    model = store.home_for(folder, root) / store.MODEL_DIR
    weights = (model / "model.safetensors").read_bytes()
    training = Training(folder, root=root)
    started = threading.Event()

    def progress(stage: str, done: int, total: int) -> None:
        started.set()
        training.cancel()

    outcome = training.run(progress)
    assert started.is_set() and outcome.cancelled and not outcome.ok
    assert (model / "model.safetensors").read_bytes() == weights
    assert store.status(folder, load_knowledge(folder), root).model_dir == model
    StaticModel(model)  # still loads


def test_cli_adapt_then_eval_each_channel(trained, monkeypatch, capsys) -> None:
    folder, root = trained
    monkeypatch.setenv("ASSIST_HOME", str(root.parent / "cli-home"))
    golden = root.parent / "golden.jsonl"
    expected = ["T017", "T018", "T019", "T020"]
    golden.write_text("\n".join(json.dumps({"question": q, "expected": expected},
                                            ensure_ascii=False)
                                for q in ["衣服线开了一大截", "袖口开线"]), "utf-8")
    assert main(["eval", str(golden), "--knowledge", str(folder), "--channels", "adapted"]) == 2
    assert "assist adapt" in capsys.readouterr().err
    assert main(["adapt", "--knowledge", str(folder)]) == 0
    assert "trained on" in capsys.readouterr().out
    assert main(["eval", str(golden), "--knowledge", str(folder), "--channels",
                 "keyword+adapted", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["channels"] == "keyword+adapted" and data["metrics"]["questions"] == 2
    assert main(["eval", str(golden), "--knowledge", str(folder), "--channels", "bogus"]) == 2
    assert "unknown channel" in capsys.readouterr().err


@pytest.mark.model
def test_a_damaged_model_is_removed_and_search_goes_on(tmp_path: Path, monkeypatch, capsys) -> None:
    folder, root = write_folder(tmp_path / "shop"), tmp_path / "home" / "data"
    monkeypatch.setenv("ASSIST_HOME", str(root.parent))
    assert Training(folder, root=root).run().ok
    weights = store.home_for(folder, root) / store.MODEL_DIR / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:1000])  # a copy cut short
    assert main(["ask", "袖子开线了", "--knowledge", str(folder)]) == 0
    captured = capsys.readouterr()
    assert "cannot load the shop's model" in captured.err and "channels: keyword" in captured.out
    assert store.status(folder, load_knowledge(folder), root).model_dir is None  # trains anew
