"""One placeholder definition: values from the conversation, fallbacks that read naturally."""

from __future__ import annotations

import re

import pytest

from assist.knowledge import load_knowledge
from assist.knowledge.model import ShopInfo, Snippet, SnippetKind
from assist.suggest import placeholders
from assist.suggest.compose import Candidate, compose
from assist.suggest.placeholders import NO_FALLBACKS, Fallbacks, fill, unfilled
from tests.conftest import SAMPLE_KNOWLEDGE


@pytest.mark.parametrize("template,values,expected", [
    ("亲爱的{买家}，非常抱歉", {}, "亲，非常抱歉"),
    ("{买家}您好，在的", {}, "亲您好，在的"),
    ("尊敬的{买家}，您好", {}, "亲，您好"),
    ("亲爱的 {买家}，您好", {}, "亲，您好"),
    ("感谢您的支持，{买家}！", {}, "感谢您的支持，亲！"),
    ("Dear {买家}, sorry", {}, "Dear customer, sorry"),
    ("亲爱的{买家}，非常抱歉", {"买家": "tb_jiajia8866"}, "亲爱的tb_jiajia8866，非常抱歉"),
    ("{买家}您好", {"买家": "  "}, "亲您好"),  # blank is no value
])
def test_the_buyer_is_named_or_greeted_so_the_sentence_reads(
        template: str, values: dict[str, str], expected: str) -> None:
    filled = fill(template, values)
    assert filled.text == expected and filled.unfilled == ()


def test_the_salutation_is_configurable_and_can_be_switched_off() -> None:
    assert fill("亲爱的{买家}，您好", {}, Fallbacks(salutation="亲亲")).text == "亲亲，您好"
    text, left = fill("亲爱的{买家}，订单{订单号}已发出", {}, Fallbacks(salutation=""))
    assert text == "亲爱的{买家}，订单{订单号}已发出" and left == ("买家", "订单号")


def test_only_a_placeholder_with_neither_value_nor_fallback_stays() -> None:
    template = "{买家}您好，{店铺}已为订单{订单号}补发{商品}，{赠品}随后寄出，{订单号}请留意"
    text, left = fill(template, {"店铺": "暖居小铺"})
    assert text == "亲您好，暖居小铺已为订单{订单号}补发宝贝，{赠品}随后寄出，{订单号}请留意"
    assert left == ("订单号", "赠品") == unfilled(text)
    text, left = fill(template, {"订单号": "1234567890123456", "商品": "LED护眼台灯"},
                      NO_FALLBACKS)
    assert text.count("1234567890123456") == 2 and "LED护眼台灯" in text
    assert left == ("买家", "店铺", "赠品")


def test_the_pattern_leaves_braces_that_are_not_placeholders() -> None:
    assert unfilled('尺码 {"S": 1} 和 { } 和 {买家} 和 {买家}') == ("买家",)
    assert fill("{ } {1}", {}).text == "{ } {1}"


def test_order_numbers_are_16_to_19_digits_latest_last() -> None:
    assert placeholders.order_numbers("手机13800138000 单号1234567890123456 和 "
                                      "98765432109876543210") == ["1234567890123456"]
    assert placeholders.find_order_number(["单号1234567890123456", "是9876543210987654"]) \
        == "9876543210987654"


def _snippet(reply: str, product: str = "") -> Snippet:
    return Snippet("T1", SnippetKind.TEMPLATE, reply, "t.md", 1, product=product)


def test_suggestion_unfilled_lists_exactly_what_blocks_insertion() -> None:
    snippets = [_snippet("亲爱的{买家}，您的订单{订单号}的{商品}今天发出，{店铺}祝您愉快")]
    [card] = compose([Candidate(0, 1.0, 0.9)], snippets, ["我的台灯什么时候发"], ShopInfo(),
                     {"台灯": "LED护眼台灯"}, None, 0.0, 5)
    assert card.text == "亲，您的订单{订单号}的LED护眼台灯今天发出，{店铺}祝您愉快"
    assert card.unfilled == ("订单号", "店铺")
    [card] = compose([Candidate(0, 1.0, 0.9)], snippets, ["催一下 1234567890123456"],
                     ShopInfo("暖居小铺"), {}, {"买家": "tb_b"}, 0.0, 5)
    assert card.text == "亲爱的tb_b，您的订单1234567890123456的宝贝今天发出，暖居小铺祝您愉快"
    assert card.unfilled == ()


def test_the_conversation_values_win_but_a_snippets_own_product_stays() -> None:
    snippets = [_snippet("订单{订单号}的{商品}", product="羊毛围巾"), _snippet("{商品}有货")]
    cards = compose([Candidate(0, 1.0, 0.9), Candidate(1, 0.9, 0.9)], snippets,
                    ["单号1111111111111111"], ShopInfo(), {},
                    {"订单号": "2222222222222222", "商品": "LED护眼台灯"}, 0.0, 5)
    assert [c.text for c in cards] == ["订单2222222222222222的羊毛围巾", "LED护眼台灯有货"]


def test_a_nickname_with_markdown_characters_reaches_the_buyer_unchanged() -> None:
    [card] = compose([Candidate(0, 1.0, 0.9)], [_snippet("亲爱的{买家}，**好的**")], ["x"],
                     ShopInfo(), {}, {"买家": "tb__a*b*_c"}, 0.0, 5)
    assert card.text == "亲爱的tb__a*b*_c，好的"


def test_every_sample_reply_with_a_nameless_buyer_reads_naturally() -> None:
    report = load_knowledge(SAMPLE_KNOWLEDGE)
    with_buyer = [s for s in report.snippets if "{买家}" in s.reply]
    assert len(with_buyer) >= 10
    for snippet in with_buyer:
        text, left = fill(snippet.reply, {})
        assert "买家" not in left and "{买家}" not in text, snippet.id
        assert not re.search(r"(亲爱的|尊敬的)亲", text), text
        assert "亲亲" not in text, text
        named, _ = fill(snippet.reply, {"买家": "tb_jiajia8866"})
        assert "tb_jiajia8866" in named
