"""The shop check: is a message a question for a shop at all (assist/suggest/shop_check.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assist.adapt.background import background_dir, fit_shop_check, read_lines
from assist.adapt.pairs import Pair
from assist.suggest.shop_check import MINIMUM, ShopCheck, features
from tests.adapt_folder import TOPICS


def test_features_are_characters_latin_words_numbers_and_their_pairs() -> None:
    assert features("帮我翻译 OK 订单123456") == [
        "帮", "我", "翻", "译", "ok", "订", "单", "0",
        "帮我", "我翻", "翻译", "译ok", "ok订", "订单", "单0"]
    # full-width forms and spacing read as the half-width ones
    assert features("ＯＫ　１６５cm") == features("OK 165cm")


@pytest.fixture(scope="module")
def check() -> ShopCheck:
    pairs = [Pair(q, reply, reply) for reply, questions in TOPICS.items() for q in questions]
    return fit_shop_check(pairs, seed=13)


def test_a_shop_question_reads_as_one_and_homework_does_not(check: ShopCheck) -> None:
    for message in ("袖子开线了怎么办", "老板 便宜一点呗", "什么时候发货 我在广州"):
        assert check.likeness(message) > MINIMUM, message
    for message in ("帮我起个网名 要可爱一点的", "亲 帮我翻译一下 long time no see 是啥意思",
                    "小孩三年级数学题 面积是多少"):
        assert check.likeness(message) < MINIMUM, message
    assert 0 < check.likeness("") < 1  # no feature: the prior alone


def test_the_fit_is_the_same_for_a_seed(check: ShopCheck) -> None:
    pairs = [Pair(q, reply, reply) for reply, questions in TOPICS.items() for q in questions]
    again = fit_shop_check(pairs, seed=13)
    assert again.vocabulary == check.vocabulary
    np.testing.assert_array_equal(again.weights, check.weights)


def test_a_saved_check_loads_with_the_same_answers(check: ShopCheck, tmp_path: Path) -> None:
    path = tmp_path / "shop_check.npz"
    check.save(path)
    loaded = ShopCheck.load(path)
    assert loaded is not None and loaded.vocabulary == check.vocabulary
    for message in ("袖子开线了", "今天天气怎么样", "hello"):
        assert loaded.likeness(message) == pytest.approx(check.likeness(message))


def test_it_judges_latin_script_only_for_a_folder_that_writes_it(check: ShopCheck,
                                                                 tmp_path: Path) -> None:
    assert check.latin_share == 0.0  # every question of the test folder is Chinese
    assert check.reads("袖子开线了 refund") and not check.reads("How do I wash it?")
    english = fit_shop_check([Pair(q, "We ship within 48 hours.", "ship") for q in (
        "when do you ship", "how long until it ships", "is shipping free", "do you ship abroad",
        "发货要多久")], seed=13)
    assert english.latin_share == pytest.approx(0.8) and english.reads("How do I wash it?")
    english.save(tmp_path / "check.npz")
    assert ShopCheck.load(tmp_path / "check.npz").latin_share == pytest.approx(0.8)


def test_a_missing_or_damaged_check_is_left_out(check: ShopCheck, tmp_path: Path,
                                                caplog: pytest.LogCaptureFixture) -> None:
    assert ShopCheck.load(tmp_path / "none.npz") is None
    path = tmp_path / "shop_check.npz"
    check.save(path)
    path.write_bytes(path.read_bytes()[:200])  # cut short, as by a full disk
    assert ShopCheck.load(path) is None
    assert "unusable" in caplog.text
    path.write_text("not a zip", "utf-8")
    assert ShopCheck.load(path) is None


def test_the_background_lists_are_there_and_do_not_overlap() -> None:
    folder = background_dir()
    shop = read_lines(sorted(folder.glob("shop-*.txt")))
    other = read_lines(sorted(folder.glob("offshop-*.txt")))
    assert len(shop) >= 300 and len(other) >= 500
    assert not set(shop) & set(other)
    for path in folder.glob("*.txt"):  # each says what it is, in its header
        assert path.read_text("utf-8").startswith("# "), path.name
