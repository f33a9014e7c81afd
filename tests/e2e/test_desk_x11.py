"""At the desk, as an agent works a shift: two buyers in two chat windows, one key per reply.

Real X server (Xvfb) with a real window manager (openbox), the real sidebar on the sample
shop, stand-in chat windows, keys sent by xdotool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import wait_for
from tests.e2e.desktop import Desktop

pytestmark = pytest.mark.e2e
ORIGINAL = "agent's own clipboard: 备注 123"
ORDER_A = "1234567890123456"
BUYER_A = "tb_aaa1234 2024-11-11 10:23:45\n我买的台灯不亮了，订单号" + ORDER_A
BUYER_B = "怎么还没发货，什么时候发"


@pytest.fixture
def desk(xvfb: str, tmp_path: Path):
    desktop = Desktop(xvfb, tmp_path / "home")
    desktop.set_clipboard(ORIGINAL)
    desktop.start_sidebar()
    yield desktop
    output = desktop.close()
    assert "Traceback" not in output, output


def capture(desk: Desktop, chat, message: str) -> dict:
    chat.select_all()
    sent = desk.key("ctrl+alt+c")
    state = desk.wait_idle_with(message, after=sent)
    assert desk.clipboard() == ORIGINAL  # the capture put the agent's clipboard back
    return state


def insert(desk: Desktop, chat, keys: str, reply: str) -> None:
    sent = desk.key(keys)
    chat.wait_for_text(reply, after=sent)
    wait_for(lambda: not desk.status()["busy"], 10, "the clipboard restore")
    assert desk.clipboard() == ORIGINAL
    assert desk.active_window() == chat.window  # the chat kept the focus


def test_two_buyers_one_key_each(desk: Desktop) -> None:
    a = desk.open_chat("a", BUYER_A, "tb_aaa1234 - 千牛", x=40)
    b = desk.open_chat("b", BUYER_B, "tb_bbb5678 - 千牛", x=60)

    first = capture(desk, a, "我买的台灯不亮了，订单号" + ORDER_A)
    assert first["buyer"] == "tb_aaa1234"

    second = capture(desk, b, BUYER_B)  # another window, another buyer
    assert second["context"] == [] and second["buyer"] == "tb_bbb5678"
    leaked = [s for s in second["suggestions"] if ORDER_A in s or "tb_aaa1234" in s]
    assert not leaked, leaked
    assert not any("台灯" in fact for fact in second["facts"])  # not A's lamp problem

    # B's top card answers by one key, addressed to B, nothing left to fill
    top = second["suggestions"][0]
    assert "{" not in top
    insert(desk, b, "ctrl+alt+v", top)


def test_salutation_card_three_and_chat_ready_text(desk: Desktop) -> None:
    chat = desk.open_chat("c", "我买的台灯不亮了", "Fake Chat")
    state = capture(desk, chat, "我买的台灯不亮了")
    top = state["suggestions"][0]
    assert top.startswith("亲") and "{" not in top  # 亲爱的{买家} read as the salutation
    insert(desk, chat, "ctrl+alt+v", top)

    chat.show_message("保温杯能装碳酸饮料吗")
    state = capture(desk, chat, "保温杯能装碳酸饮料吗")
    third = state["suggestions"][2]
    insert(desk, chat, "ctrl+alt+3", third)  # card 3 from the chat window

    chat.show_message("保温杯能装碳酸饮料吗")
    state = capture(desk, chat, "保温杯能装碳酸饮料吗")
    facts = state["suggestions"][0]  # the product page's Markdown list of care steps
    assert "\n" in facts
    insert(desk, chat, "ctrl+alt+1", facts)
    for line in chat.text.splitlines():
        assert not line.lstrip().startswith(("- ", "* ", "|", "#", "**")), line
