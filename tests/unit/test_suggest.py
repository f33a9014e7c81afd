"""Fusion, clean-up and placeholders: the steps between ranked snippets and what agents see."""

import pytest

from assist.engine import split_messages
from assist.knowledge.model import ShopInfo, Snippet, SnippetKind
from assist.suggest import placeholders
from assist.suggest.compose import Candidate, compose
from assist.suggest.fusion import RRF_K, reciprocal_rank_fusion
from assist.suggest.generic import asked_for, is_generic


def snippet(i: int, reply: str, product: str = "", kind=SnippetKind.RESOLUTION) -> Snippet:
    return Snippet(
        id=f"R{i}",
        kind=kind,
        reply=reply,
        source="r.csv",
        line=i + 1,
        question=f"q{i}",
        product=product,
    )


def test_rrf_rewards_agreement_between_channels() -> None:
    fused = reciprocal_rank_fusion([([1, 2, 3], 1.0), ([3, 1], 1.0)])
    assert fused[1] == pytest.approx(1 / (RRF_K + 1) + 1 / (RRF_K + 2))
    assert sorted(fused, key=fused.get, reverse=True) == [1, 3, 2]


@pytest.mark.parametrize(
    "text,generic",
    [
        ("请问还有其他可以帮到您的吗？", True),
        ("亲，在的哦~", True),
        ("好的谢谢", True),
        ("亲，羽绒服是90%白鸭绒", False),
        ("能开专票吗", False),
        ("hi, thanks!", True),
    ],
)
def test_generic_detection(text: str, generic: bool) -> None:
    assert is_generic(text) is generic


def test_near_duplicates_merge_into_one_suggestion_with_both_sources() -> None:
    snippets = [
        snippet(0, "亲，我们48小时内发货哦"),
        snippet(1, "亲，我们48小时内发货哦！"),
        snippet(2, "亲，可以开电子发票"),
    ]
    out = compose(
        [Candidate(0, 0.3, 0.9), Candidate(1, 0.2, 0.9), Candidate(2, 0.1, 0.9)],
        snippets,
        ["什么时候发货"],
        ShopInfo(),
        {},
        None,
        0.3,
        5,
    )
    assert [s.snippet_ids for s in out] == [("R0", "R1"), ("R2",)]


def test_nothing_below_confidence_is_suggested() -> None:
    snippets = [snippet(0, "亲，可以开电子发票")]
    assert compose([Candidate(0, 0.3, 0.1)], snippets, ["x"], ShopInfo(), {}, None, 0.3, 5) == []


def test_placeholders_filled_from_what_is_known_and_left_visible_otherwise() -> None:
    snippets = [snippet(0, "亲爱的{买家}，{店铺}已为您的订单{订单号}补发{商品}，{赠品}随后寄出")]
    messages = ["我的订单 2024111122334455667 的台灯不亮"]
    [s] = compose(
        [Candidate(0, 0.3, 0.9)],
        snippets,
        messages,
        ShopInfo("暖居小铺"),
        {"台灯": "LED护眼台灯"},
        None,
        0.3,
        5,
    )
    # {买家} with no name falls back to the salutation; {赠品} has no fallback and stays
    assert s.text == "亲，暖居小铺已为您的订单2024111122334455667补发LED护眼台灯，{赠品}随后寄出"
    assert s.unfilled == ("赠品",)
    [s] = compose(
        [Candidate(0, 0.3, 0.9)],
        snippets,
        messages,
        ShopInfo("暖居小铺"),
        {},
        {"买家": "小王"},
        0.3,
        5,
    )
    assert s.text.startswith("亲爱的小王，") and "补发宝贝" in s.text and s.unfilled == ("赠品",)


def test_a_snippets_own_product_wins_over_the_one_mentioned() -> None:
    snippets = [snippet(0, "{商品}支持7天无理由", product="羊毛围巾")]
    [s] = compose(
        [Candidate(0, 0.3, 0.9)],
        snippets,
        ["台灯能退吗"],
        ShopInfo(),
        {"台灯": "LED护眼台灯"},
        None,
        0.3,
        5,
    )
    assert s.text == "羊毛围巾支持7天无理由"


def test_order_number_needs_16_to_19_digits() -> None:
    assert placeholders.find_order_number(["价格 199", "手机 13800138000"]) == ""
    assert (
        placeholders.find_order_number(["单号1234567890123456", "还有 9876543210987654321"])
        == "9876543210987654321"
    )


def test_pasted_chat_is_split_into_turns_without_header_lines() -> None:
    pasted = (
        "小王 2024-11-11 10:23:45\n羽绒服到了\n小王 2024-11-11 10:24:01\n袖子有个洞\n我10:30在家"
    )
    assert split_messages(pasted) == ["羽绒服到了", "袖子有个洞", "我10:30在家"]
    assert split_messages(["a", "", "b\nc"]) == ["a", "b", "c"]


def test_lines_sent_in_one_burst_weigh_nearly_alike_older_messages_half() -> None:
    from assist.engine import LINE_DECAY, TURN_DECAY, weighted_turns

    pasted = "小王 10:23:45\n在吗\n小王 10:24:01\n杯盖漏水！！\n倒过来就滴水 这咋用"
    assert weighted_turns(pasted) == [("在吗", TURN_DECAY), ("杯盖漏水！！", LINE_DECAY),
                                      ("倒过来就滴水 这咋用", 1.0)]
    # the desk passes each captured message as an item of the list
    assert weighted_turns(["台灯不亮了", "保温杯能装碳酸饮料吗"]) == [
        ("台灯不亮了", TURN_DECAY), ("保温杯能装碳酸饮料吗", 1.0)]
    assert len(weighted_turns("\n".join("一二三四五六七"))) == 5  # the newest five lines


def test_the_products_a_buyer_names_longest_name_first_one_letter_aliases_aside() -> None:
    from assist.suggest.calibration import named_products

    vocabulary = {"台灯": "LED护眼台灯", "灯": "LED护眼台灯", "加湿器": "香薰加湿器",
                  "羽绒服": "加厚白鸭绒羽绒服", "儿童羽绒服": "儿童羽绒服"}
    assert named_products(["加湿器不工作了 灯都不亮"], vocabulary) == {"香薰加湿器"}
    assert named_products(["儿童羽绒服怎么洗"], vocabulary) == {"儿童羽绒服"}
    assert named_products(["台灯和加湿器一起发吗"], vocabulary) == {"LED护眼台灯", "香薰加湿器"}
    # the newest turn that names one decides; none named, none lowered
    assert named_products(["台灯不亮", "加湿器呢"], vocabulary) == {"香薰加湿器"}
    assert named_products(["台灯不亮", "怎么办"], vocabulary) == {"LED护眼台灯"}
    assert named_products(["在吗"], vocabulary) == frozenset()


def test_a_row_about_another_product_sinks_under_one_about_the_named_one() -> None:
    import numpy as np

    from assist.retrieval.channels import ChannelHits
    from assist.suggest import calibration

    lamp = Snippet(id="R1", kind=SnippetKind.RESOLUTION, reply="先检查插座和适配器",
                   source="r.csv", line=2, question="台灯不亮了", product="LED护眼台灯")
    humidifier = Snippet(id="R2", kind=SnippetKind.RESOLUTION, reply="整机质保 1 年",
                         source="r.csv", line=3, question="加湿器不出雾", product="香薰加湿器")
    hits = [ChannelHits("keyword", np.array([0, 1]), np.array([0.5, 0.45]), 1.0)]
    fused = reciprocal_rank_fusion([(h.positions, h.weight) for h in hits])
    message = "加湿器不工作了 灯都不亮"
    plain = calibration.candidates(fused, hits, [lamp, humidifier], message)
    named = calibration.candidates(fused, hits, [lamp, humidifier], message,
                                   frozenset({"香薰加湿器"}))
    assert plain[0].position == 0 and named[0].position == 1
    assert calibration.corrections(lamp, True, False, frozenset({"香薰加湿器"})) \
        == (calibration.OTHER_PRODUCT,)


@pytest.mark.parametrize(("text", "complaint"), [
    ("地垫吸水效果不好，踩上去还是湿的", True),
    ("用了一个月感觉没以前吸水快了", True),  # a decline since it was new
    ("台灯一直在闪", True),
    ("硅藻泥吸水快吗", False),
    ("能退货吗", False),  # a request, not a complaint
    ("越来越喜欢你们家了", False),
])
def test_what_a_complaint_looks_like(text: str, complaint: bool) -> None:
    from assist.suggest.calibration import is_complaint

    assert is_complaint(text) is complaint


@pytest.mark.parametrize(
    ("clause", "thing"),
    [
        ("你家有没有卖蓝牙耳机的", "蓝牙耳机的"),
        ("有卖瑜伽垫的不", "瑜伽垫的不"),
        ("推荐一部好看的电视剧", "一部好看的电视剧"),
        ("羽绒服有大码吗", "大码吗"),
        ("我有个朋友", None),  # says it has something; asks nothing
        ("袖子开线了", None),
    ],
)
def test_what_a_clause_asks_the_shop_to_have_or_sell(clause: str, thing: str | None) -> None:
    assert asked_for(clause) == thing


@pytest.mark.parametrize(
    ("clause", "courtesy", "number"),
    [
        ("谢谢亲亲", True, False),
        ("你好客服", True, False),
        ("老板在吗", True, False),
        ("早上好", True, False),
        ("老板 便宜一点呗", False, False),
        ("刚收到的", False, False),
        ("订单号是3301928374651122", False, True),
        ("收货人电话13800001111", False, True),
        ("单号SF1234567890", False, True),
        ("订单3301928374651122什么时候发货", False, False),  # asks something too
        ("买了2件", False, False),
    ],
)
def test_clauses_that_ask_nothing(clause: str, courtesy: bool, number: bool) -> None:
    from assist.suggest.generic import is_courtesy, is_number_given

    assert (is_courtesy(clause), is_number_given(clause)) == (courtesy, number)
