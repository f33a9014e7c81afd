"""The Assistant end to end on real files with the real bundled model."""

from dataclasses import replace
from pathlib import Path

import pytest

from assist.engine import Assistant, AssistConfig
from assist.retrieval.embedder import Embedder, ModelError
from assist.retrieval.vector_index import INDEX_FILE

pytestmark = pytest.mark.model

PAGE = """---
sku: LAMP-01
name: LED护眼台灯
aliases: [台灯, desk lamp]
---
## 规格参数
功率5W，USB供电，三档调光。The desk lamp uses 5 W over USB with three brightness levels.

## 不亮怎么办
台灯不亮时请确认适配器为5V2A，长按开关3秒复位。If the lamp does not light, use a 5V 2A adapter.
"""
ROWS = """id,question,reply,product
R1,灯不亮了怎么回事,亲，非常抱歉给您添麻烦了，请先换一个5V2A的充电头试试，还不亮我们给您换新哦,LED护眼台灯
R2,How long does delivery take?,"Dear {买家}, we ship within 48 hours and delivery takes 2-4 days.",
R3,能开发票吗,亲，可以开电子普通发票和增值税专用发票，下单后联系客服提供抬头税号即可,
R4,在吗,亲，在的，请问有什么可以帮您？,
R5,Can I return it if it does not fit?,"Yes, {店铺} takes returns in 7 days with tags intact.",
"""


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    (root / "products").mkdir(parents=True)
    (root / "products" / "lamp.md").write_text(PAGE, "utf-8")
    (root / "faq.csv").write_text(ROWS, "utf-8-sig")
    (root / "shop.yaml").write_text("name: 暖居小铺\n", "utf-8")
    return root


@pytest.fixture()
def make(folder: Path, embedder: Embedder, tmp_path: Path):
    def make(**overrides) -> Assistant:
        config = AssistConfig(knowledge_dir=folder, cache_dir=tmp_path / "cache", **overrides)
        assistant = Assistant(config)
        assistant.embedder = embedder  # share the session's model instead of loading it again
        assistant.load_knowledge()
        return assistant

    return make


def test_keyword_answers_before_the_model_is_ready(folder: Path, tmp_path: Path) -> None:
    assistant = Assistant(AssistConfig(knowledge_dir=folder, cache_dir=tmp_path / "c"))
    assistant.load_knowledge()
    result = assistant.suggest("台灯不亮了")
    assert not assistant.semantic_ready and not result.dense_used
    assert result.suggestions[0].sources[0].snippet_id in ("R1", "LAMP-01#不亮怎么办")
    assert any("not ready" in n for n in result.notes)


def test_chinese_query_leaves_dense_out_and_says_so(make) -> None:
    assistant = make()
    assistant.build_index()
    result = assistant.suggest("能开专票吗")
    assert not result.dense_used and result.dense_coverage < 0.6
    assert any("can read only" in note for note in result.notes)
    assert result.suggestions[0].snippet_ids[0] == "R3"


def test_english_query_uses_the_model_and_fills_placeholders(make) -> None:
    assistant = make()
    assistant.build_index()
    result = assistant.suggest("when will my parcel arrive", context={"买家": "Lily"})
    assert result.dense_used and result.dense_coverage == 1.0
    top = result.suggestions[0]
    assert top.snippet_ids[0] == "R2"
    assert top.text.startswith("Dear Lily,") and top.unfilled == ()
    result = assistant.suggest("is it possible to return the item if the size does not fit")
    assert result.suggestions[0].snippet_ids[0] == "R5"
    assert "暖居小铺 takes returns" in result.suggestions[0].text


def test_dense_alone_finds_paraphrases_keyword_search_misses(make) -> None:
    keyword = make(channels="keyword")
    assert keyword.suggest("when will my parcel arrive").suggestions == []
    dense = make(channels="dense")
    dense.build_index()
    assert dense.suggest("when will my parcel arrive").suggestions[0].snippet_ids[0] == "R2"


def test_unrelated_message_gets_no_suggestion(make) -> None:
    assistant = make()
    assistant.build_index()
    result = assistant.suggest("明天北京天气怎么样")
    assert result.suggestions == [] and result.knowledge == []
    assert any("confident" in n for n in result.notes)


def test_asking_for_a_thing_the_folder_never_mentions_gets_no_card(make) -> None:
    # Keyword search alone, as before the shop's model is trained: the rule needs no model.
    assistant = make(channels="keyword")
    result = assistant.suggest("你们有没有卖瑜伽垫的 要厚一点")
    assert result.suggestions == []
    assert any("瑜伽" in n and "never mentions" in n for n in result.notes)
    # the folder's own words, under a synonym, are known: 专票 is 增值税专用发票
    assert assistant.suggest("有专票吗").suggestions[0].snippet_ids[0] == "R3"
    # a message naming the shop's product asks about it, whatever else it names
    assert assistant.unknown_asked(["台灯有没有包装盒"]) == ()
    assert assistant.unknown_asked(["有没有包装盒"]) == ("包装盒",)


def test_a_message_about_another_marketplace_gets_no_card(make, folder: Path) -> None:
    assistant = make(channels="keyword")
    result = assistant.suggest("在pdd买的台灯不亮了 你们能帮我退吗")
    assert result.suggestions == [] and result.other_platform == "拼多多"
    assert any("拼多多" in n and "does not sell" in n for n in result.notes)
    assert assistant.suggest("台灯不亮了 你们能帮我退吗").suggestions  # the shop's own order
    result = assistant.suggest("支付宝登录不上了 怎么办")
    assert result.suggestions == [] and result.account_of == "支付宝"
    # a shop that sells there too answers its orders there
    (folder / "shop.yaml").write_text("name: 暖居小铺\nplatforms: [淘宝, 拼多多]\n", "utf-8")
    assistant.load_knowledge()
    result = assistant.suggest("在pdd买的台灯不亮了 你们能帮我退吗")
    assert result.other_platform is None and not any("does not sell" in n for n in result.notes)


def test_generic_reply_only_for_a_greeting(make) -> None:
    assistant = make()
    assistant.build_index()
    assert assistant.suggest("在吗").suggestions[0].snippet_ids[0] == "R4"
    ids = [s.snippet_ids[0] for s in assistant.suggest("在吗 台灯不亮").suggestions]
    assert ids.index("R4") > 0 if "R4" in ids else True


def test_multi_turn_latest_message_weighs_most(make) -> None:
    assistant = make()
    assistant.build_index()
    result = assistant.suggest(["台灯不亮", "能开发票吗"])
    assert result.suggestions[0].snippet_ids[0] == "R3"
    assert result.query == "台灯不亮\n能开发票吗"


def test_knowledge_panel_lists_matching_sections_with_words(make) -> None:
    result = make().suggest("台灯不亮")
    assert result.knowledge and result.knowledge[0].snippet.id == "LAMP-01#不亮怎么办"
    assert "台灯" in result.knowledge[0].matched_terms


def test_editing_a_file_re_embeds_only_changed_snippets(make, folder: Path) -> None:
    assistant = make()
    first = assistant.build_index()
    # the three Chinese rows are unreadable to the English model: known, but not embedded
    assert (first.embedded, first.skipped, first.reused) == (4, 3, 0)
    rows = (folder / "faq.csv").read_text("utf-8-sig").replace("48 hours", "24 hours")
    (folder / "faq.csv").write_text(rows, "utf-8-sig")
    second = assistant.reload()
    assert len(second.snippets) == 7
    assert assistant.last_index_message == ""
    fresh = make()  # a new session reuses the saved index from disk
    stats = fresh.build_index()
    assert (stats.embedded, stats.reused) == (0, 7)
    assert "24 hours" in fresh.suggest("how long does delivery take").suggestions[0].text


def test_damaged_index_on_disk_is_rebuilt_with_a_message(make) -> None:
    first = make()
    first.build_index()
    (first.vector_dir(first.embedder) / INDEX_FILE).write_bytes(b"garbage")
    second = make()
    stats = second.build_index()
    assert stats.embedded == 4 and "damaged" in stats.message
    assert second.semantic_ready
    third = make()
    assert third.build_index().message == ""  # the rebuilt index was saved again


def test_missing_or_broken_model_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=str(tmp_path / "nope")):
        Embedder(tmp_path / "nope")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.json").write_text("{}", "utf-8")
    with pytest.raises(ModelError, match=str(broken)):
        Embedder(broken)


def test_coverage_of_the_english_model(embedder: Embedder) -> None:
    assert embedder.languages == ("en",) and not embedder.reads_cjk
    assert embedder.coverage("how long does shipping take") == 1.0
    # its vocabulary has 也, 行 and 吧, but an English model does not understand them
    assert embedder.coverage("也行吧") == 0.0
    assert embedder.coverage("发票怎么开") == 0.0
    assert embedder.coverage("我要买hdmi转minidp") == pytest.approx(10 / 14)
    assert embedder.coverage("...") == 0.0


@pytest.mark.parametrize(("front_matter", "languages"), [
    ("language: en\n", ("en",)),
    ("language:\n- multilingual\n- zh\n", ("multilingual", "zh")),
    ("license: mit\n", ()),
    ("language: [unclosed\n", ()),
])
def test_model_card_languages(tmp_path: Path, front_matter: str, languages: tuple) -> None:
    from assist.retrieval.embedder import model_card_languages

    (tmp_path / "README.md").write_text(f"---\n{front_matter}---\n# A model\n", "utf-8")
    assert model_card_languages(tmp_path) == languages
    assert model_card_languages(tmp_path / "missing") == ()


def test_a_copied_folder_reuses_vectors_saved_for_another(make, folder: Path, tmp_path: Path,
                                                         embedder: Embedder) -> None:
    make().build_index()
    copy = tmp_path / "copy"
    import shutil

    shutil.copytree(folder, copy)
    (copy / "extra.csv").write_text("question,reply\nIs there a gift?,Yes: a storage bag.\n",
                                    "utf-8")
    assistant = Assistant(AssistConfig(knowledge_dir=copy, cache_dir=tmp_path / "cache"),
                          embedder=embedder)
    assistant.load_knowledge()
    stats = assistant.build_index()
    assert (stats.embedded, stats.reused) == (1, 7)


def test_searching_from_the_progress_callback_uses_the_previous_index(make, folder: Path) -> None:
    assistant = make()
    seen = []
    query = "when will my parcel arrive"
    assistant.build_index(lambda done, total: seen.append(assistant.suggest(query).dense_used))
    assert seen and not any(seen)  # keyword-only while the first build runs, no half index
    assert assistant.suggest(query).dense_used


def test_one_model_alone_is_studied_apart_from_the_product(folder: Path, tmp_path: Path) -> None:
    """Evaluating one model alone reads every snippet, in a cache of its own; the product's
    configuration is left as it is."""
    from assist.evaluate import channel_study

    product = AssistConfig(knowledge_dir=folder, cache_dir=tmp_path / "c")
    assert channel_study(product) == product
    assert channel_study(replace(product, channels="keyword+general")).dense_min_coverage == 0.6
    study = channel_study(replace(product, channels="general"))
    assert study.dense_min_coverage == 0.0
    assert Assistant(study).index_dir != Assistant(product).index_dir
