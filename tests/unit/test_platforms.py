"""Messages about another marketplace, or the buyer's own account there, get no card."""

from pathlib import Path

import pytest

from assist.knowledge import load_knowledge
from assist.knowledge.model import DEFAULT_PLATFORMS
from assist.suggest.calibration import clauses
from assist.suggest.platforms import account_trouble, other_platform

FOLDER_WORDS = {"京东", "注册"}  # 京东 as a courier, 注册 for the shop's members


def about(message: str, names_product: bool = False,
          own: tuple[str, ...] = DEFAULT_PLATFORMS) -> str | None:
    return other_platform(clauses(message), own, names_product, FOLDER_WORDS.__contains__)


@pytest.mark.parametrize(
    ("message", "names_product", "platform"),
    [
        # an order or a seller there: whatever product it names
        ("在pdd买的卫衣开线了 商家不理我 你们能帮我退吗", True, "拼多多"),
        ("京东自营的订单怎么申请售后啊", False, "京东"),
        ("闲鱼上有人卖跟你家一样的保温杯", True, "闲鱼"),
        ("抖音上买的裤子退货地址填错了", False, "抖音"),
        # a mention only: counts when nothing of the shop's is named and no price is asked
        ("美团外卖送错了，找谁退钱", False, "美团"),
        ("抖音上看到你家的羽绒服 有优惠吗", True, None),
        ("拼多多才30 你家怎么卖80", False, None),  # bargaining, which the folder answers
        ("能发京东吗", False, None),  # the folder names 京东 as a courier
        ("京东快递到了吗", False, None),
        # the shop's own store there, and its own platforms
        ("你家抖音店买的卫衣开线了", True, None),
        ("我在淘宝上买的你家羽绒服", True, None),
        ("订单号jd12345", False, None),  # letters inside an order number
    ],
)
def test_which_marketplace_a_message_is_about(message: str, names_product: bool,
                                              platform: str | None) -> None:
    assert about(message, names_product) == platform


def test_a_shop_that_sells_there_too_answers_its_orders() -> None:
    assert about("在抖音买的卫衣开线了", True) == "抖音"
    assert about("在抖音买的卫衣开线了", True, own=("淘宝", "抖音")) is None
    assert about("在淘宝买的卫衣开线了", True, own=("抖音",)) == "淘宝"
    assert about("在拼多多买的卫衣开线了", True, own=("淘宝", "PDD")) is None  # as buyers write it


@pytest.mark.parametrize(
    ("message", "app"),
    [
        ("淘宝账号被封了怎么解封，急！！", "淘宝"),
        ("支付宝登录不上了 一直提示环境异常", "支付宝"),
        ("怎么注册支付宝", None),  # the folder writes about 注册: it answers that itself
        ("花呗分期有手续费吗", None),  # a way to pay, which the folder explains
        ("密码忘了", None),  # no app named: whose password?
    ],
)
def test_trouble_with_the_buyers_own_account(message: str, app: str | None) -> None:
    assert account_trouble(clauses(message), FOLDER_WORDS.__contains__) == app


def test_a_decimal_point_or_a_space_inside_english_does_not_end_a_clause() -> None:
    parts = ["你家有床垫吗", "1.8乘2米的", "要乳胶的"]
    assert clauses("你家有床垫吗 1.8乘2米的. 要乳胶的") == parts
    english = ["在吗", "有iPhone 16 Pro Max吗", "国行的"]
    assert clauses("在吗 有iPhone 16 Pro Max吗 国行的") == english


@pytest.mark.parametrize(
    ("line", "platforms", "warned"),
    [
        ("", DEFAULT_PLATFORMS, False),
        ("platforms: [淘宝, 抖音]\n", ("淘宝", "抖音"), False),
        ("platforms: 淘宝、拼多多\n", ("淘宝", "拼多多"), False),
        ("platforms: {淘宝: 1}\n", DEFAULT_PLATFORMS, True),
        ("platforms: []\n", DEFAULT_PLATFORMS, True),
    ],
)
def test_shop_yaml_says_where_the_shop_sells(tmp_path: Path, line: str,
                                             platforms: tuple[str, ...], warned: bool) -> None:
    (tmp_path / "shop.yaml").write_text(f"name: 测试店\n{line}", "utf-8")
    (tmp_path / "faq.csv").write_text("question,reply\n在吗,亲，在的\n", "utf-8")
    report = load_knowledge(tmp_path)
    assert report.shop.platforms == platforms
    assert "platforms" not in report.shop.extra  # not a placeholder value
    problems = [p for p in report.problems if p.source == "shop.yaml"]
    assert [(p.line, p.severity) for p in problems] == ([(2, "warning")] if warned else [])
