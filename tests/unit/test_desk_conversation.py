"""A conversation per buyer: one buyer's details never reach the next buyer's reply."""

from __future__ import annotations

import pytest

from assist.desk import Desk
from assist.desk import conversation as conv
from assist.engine import Assistant, AssistConfig
from assist.platform.base import WindowRef
from tests.conftest import SAMPLE_KNOWLEDGE

VOCABULARY = {"台灯": "LED护眼台灯", "LED护眼台灯": "LED护眼台灯", "围巾": "羊毛围巾"}
CHAT_A = WindowRef(101, "tb_a - 千牛")
CHAT_B = WindowRef(202, "tb_b - 千牛")
ORDER_A = "1234567890123456"


def test_messages_of_one_chat_are_context_for_the_next() -> None:
    desk = Desk(VOCABULARY)
    first = desk.add("台灯不亮了", CHAT_A, now=0)
    assert first.started and first.reason == conv.FIRST
    second = desk.add("插了电也没反应", CHAT_A, now=30)
    assert not second.started and second.reason == conv.SAME
    assert second.conversation is first.conversation
    assert second.conversation.context == ["台灯不亮了"]
    assert second.conversation.latest == ["插了电也没反应"]
    assert second.conversation.messages == ["台灯不亮了", "插了电也没反应"]


@pytest.mark.parametrize("window,reason", [
    (CHAT_B, conv.WINDOW),
    (WindowRef(101, "tb_c - 千牛"), conv.WINDOW),  # one window, another chat in it
    (WindowRef(101, "(3) tb_a - 千牛"), conv.SAME),  # an unread count is not another chat
    (None, conv.SAME),  # no window known (the CLI, a paste): judged by the text alone
])
def test_another_chat_window_starts_a_new_conversation(window: WindowRef | None,
                                                       reason: str) -> None:
    desk = Desk(VOCABULARY)
    desk.add("台灯不亮了", CHAT_A, now=0)
    turn = desk.add("什么时候发货", window, now=10)
    assert turn.reason == reason and turn.started is (reason != conv.SAME)
    assert turn.conversation.context == ([] if turn.started else ["台灯不亮了"])


def test_another_buyer_in_a_pasted_header_starts_a_new_conversation() -> None:
    desk = Desk(VOCABULARY)
    a = desk.add("tb_a 2024-11-11 10:00:00\n台灯不亮了", now=0).conversation
    assert a.buyer == "tb_a"
    same = desk.add("tb_a 2024-11-11 10:01:00\n还是不亮", now=60)
    assert same.reason == conv.SAME and same.conversation is a
    turn = desk.add("tb_b 2024-11-11 10:02:00\n什么时候发货", now=120)
    assert turn.reason == conv.BUYER and turn.conversation.buyer == "tb_b"
    assert turn.conversation.messages == ["什么时候发货"]


def test_the_shops_own_lines_in_a_transcript_are_not_the_buyers() -> None:
    desk = Desk(VOCABULARY, shop_name="暖居小铺", agent_names=["小暖客服"])
    pasted = ("tb_jiajia8866 2024-11-11 10:23:45\n台灯不亮了\n"
              "暖居小铺:小暖 2024-11-11 10:24:00\n亲，麻烦发一下订单号哦\n"
              "tb_jiajia8866 2024-11-11 10:25:10\n" + ORDER_A + "\n"
              "小暖客服 2024-11-11 10:26:00\n好的亲，稍等")
    c = desk.add(pasted, now=0).conversation
    assert c.buyer == "tb_jiajia8866"
    assert c.messages == ["台灯不亮了", ORDER_A]
    assert c.values() == {"买家": "tb_jiajia8866", "订单号": ORDER_A, "商品": "LED护眼台灯"}


def test_a_long_pause_starts_a_new_conversation() -> None:
    desk = Desk(VOCABULARY)
    desk.add("台灯不亮了", CHAT_A, now=0)
    assert desk.add("在吗", CHAT_A, now=14 * 60).reason == conv.SAME
    assert desk.add("人呢", CHAT_A, now=29.5 * 60).reason == conv.PAUSE  # from the last one
    quick = Desk(VOCABULARY, pause=60)
    quick.add("台灯不亮了", CHAT_A, now=0)
    assert quick.add("在吗", CHAT_A, now=61).reason == conv.PAUSE


def test_another_order_number_starts_a_new_conversation() -> None:
    desk = Desk(VOCABULARY)
    desk.add(f"订单{ORDER_A}还没发", now=0)
    assert desk.add(f"就是{ORDER_A}这个", now=5).reason == conv.SAME
    assert desk.add("顺便问下围巾有货吗", now=6).reason == conv.SAME  # no number: same
    turn = desk.add("我的订单9876543210987654 到哪了", now=10)
    assert turn.reason == conv.ORDER
    assert turn.conversation.values() == {"订单号": "9876543210987654"}


def test_the_same_text_captured_twice_is_added_once() -> None:
    desk = Desk(VOCABULARY)
    desk.add("台灯不亮了", CHAT_A, now=0)
    again = desk.add("  台灯不亮了\n", CHAT_A, now=5)
    assert again.reason == conv.REPEAT and not again.added and not again.started
    assert again.conversation.messages == ["台灯不亮了"]
    grown = desk.add("台灯不亮了\n插了电也没反应", CHAT_A, now=9)  # the transcript, grown
    assert grown.added and grown.conversation.lines == ["台灯不亮了", "插了电也没反应"]
    assert grown.conversation.latest == ["插了电也没反应"]


def test_clear_starts_fresh_and_context_is_capped() -> None:
    desk = Desk(VOCABULARY, context_limit=1, keep=3)
    for i in range(5):
        turn = desk.add(f"第{i}句", CHAT_A, now=i)
    assert turn.conversation.context == ["第3句"]  # keep=3 lines: 2, 3, 4; 4 is the latest
    assert turn.conversation.lines == ["第2句", "第3句", "第4句"]
    desk.clear()
    fresh = desk.add("第5句", CHAT_A, now=6)
    assert fresh.reason == conv.CLEARED and fresh.started
    assert fresh.conversation.messages == ["第5句"] and fresh.conversation.number == 2


@pytest.mark.parametrize("title,name", [
    ("tb_jiajia8866 - 千牛", "tb_jiajia8866"),
    ("与 tb_jiajia8866 的对话", "tb_jiajia8866"),
    ("(2) 小王同学 — 接待中心", "小王同学"),
    ("千牛工作台", ""),
    ("接待中心 - 千牛", ""),  # the app's own page, not a buyer
    ("tb_jiajia8866", ""),  # a bare word could be anything: no name
    ("Agent Assist - 千牛帮助", ""),
])
def test_the_buyer_from_a_window_title_only_when_clear(title: str, name: str) -> None:
    assert Desk().buyer_in_title(title) == name


def test_title_patterns_are_configurable_and_a_header_name_wins() -> None:
    assert Desk(title_patterns=()).buyer_in_title("tb_x - 千牛") == ""
    custom = Desk(title_patterns=[r"^买家：(?P<name>\S+)"])
    assert custom.buyer_in_title("买家：小王") == "小王"
    desk = Desk(VOCABULARY)
    assert desk.add("台灯不亮", CHAT_A, now=0).conversation.buyer == "tb_a"
    other = desk.add("tb_real 2024-11-11 10:00:00\n在吗", WindowRef(3, "千牛工作台"), now=1)
    assert other.conversation.buyer == "tb_real"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """Keyword search on the sample folder: the real ranking, no model needed."""
    config = AssistConfig(SAMPLE_KNOWLEDGE, cache_dir=tmp_path_factory.mktemp("cache"),
                          channels="keyword")
    assistant = Assistant(config)
    assistant.load_knowledge()
    return assistant


def _suggest(assistant: Assistant, desk: Desk, text: str, window: WindowRef, now: float):
    conversation = desk.add(text, window, now=now).conversation
    return conversation, assistant.suggest(conversation.messages,
                                           context=conversation.values())


def test_the_issue_one_buyers_details_never_reach_the_next(assistant: Assistant) -> None:
    """Issue 10: buyer A reports a broken lamp with an order number; buyer B, in another
    chat window, asks when their order ships."""
    report = assistant.report
    desk = Desk(report.vocabulary, shop_name=report.shop.name)
    a, result_a = _suggest(assistant, desk, "tb_a 2024-11-11 10:00:00\n"
                           f"刚收到的台灯就是坏的，订单{ORDER_A}", CHAT_A, now=0)
    assert a.values() == {"买家": "tb_a", "订单号": ORDER_A, "商品": "LED护眼台灯"}
    assert any("tb_a" in s.text for s in result_a.suggestions)  # A's own card names A

    texts = ["催发货，怎么还不发货", "等了这么久还不发货 很生气"]
    for now, text in enumerate(texts, 1):
        b, result_b = _suggest(assistant, desk, text, WindowRef(202, "千牛工作台"), now)
        assert b is not a and b.values() == {}
        assert b.messages == texts[:now]  # B's own context; none of A's messages
        assert result_b.suggestions
        for card in result_b.suggestions:
            assert ORDER_A not in card.text and "tb_a" not in card.text, card.text
            assert "{买家}" not in card.text and "买家" not in card.unfilled
    by_id = report.by_id()
    greeted = [s for s in result_b.suggestions
               if "{买家}" in by_id[s.sources[0].snippet_id].reply]
    assert greeted, "the question should bring a card that greets the buyer"
    assert all(s.text.startswith("亲，") for s in greeted)

    named, result = _suggest(assistant, desk, "tb_b 2024-11-11 10:05:00\n等了这么久还不发货 很生气",
                             WindowRef(303, "tb_b - 千牛"), now=10)
    assert named.buyer == "tb_b"
    greeted = [s for s in result.suggestions
               if "{买家}" in by_id[s.sources[0].snippet_id].reply]
    assert greeted and all(s.text.startswith("亲爱的tb_b，") for s in greeted)
    assert all(ORDER_A not in s.text and "tb_a" not in s.text for s in result.suggestions)



def test_text_put_in_by_hand_that_is_not_the_capture_ends_the_conversation() -> None:
    desk = Desk()
    desk.add("tb_a 2024-11-11 10:00:00\n台灯不亮，订单号1234567890123456")
    assert desk.conversation_of("台灯不亮，订单号1234567890123456") is desk.current  # as captured
    assert desk.conversation_of("台灯不亮了，订单号1234567890123456") is not None  # edited
    assert desk.conversation_of("四件套有1.5米的吗") is None  # another message
    assert desk.current is None
