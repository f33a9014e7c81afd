"""The sidebar trains the shop's own model in the background and answers Chinese with it.

Real parts throughout: a small Chinese knowledge folder in tmp_path, real training in a child
process (a few seconds each, most of it the child's start-up), the real Assistant. Besides
what the tests train themselves, one model is trained once for the module (`trained`): the
"previously installed" model two tests start from.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from assist.adapt import store
from assist.adapt.runner import Training
from assist.engine import Assistant, AssistConfig
from assist.knowledge import load_knowledge

TRAINING_MS = 120_000
# 15 replies, 4 ways of asking for each: 60 rows, enough pairs to train on (min_pairs 40)
TOPICS = [
    ("亲，地垫吸水变差多是表面残留洗涤剂，用清水冲洗晾干就能恢复；若仍不吸水请拍照联系我们换新。",
     ["地垫吸水效果不好", "垫子不吸水了怎么回事", "踩上去脚底还是湿的", "地垫用了一周就不吸水了"]),
    ("亲，地垫可以机洗，请用30度以下冷水轻柔模式，不要烘干，平铺晾干即可。",
     ["地垫能不能放洗衣机洗", "脚垫怎么清洗", "垫子脏了可以机洗吗", "地垫可以用热水洗吗"]),
    ("亲，背面是防滑硅胶颗粒，铺在瓷砖和木地板上都不会乱跑。",
     ["地垫会不会滑", "垫子放在瓷砖上防滑吗", "踩上去会移位吗", "背面有防滑吗"]),
    ("亲，今天16点前付款当天发货，默认中通快递，一般2到3天送达。",
     ["什么时候发货", "今天下单几天能到", "发什么快递", "多久能收到货"]),
    ("亲，支持7天无理由退换，商品不影响二次销售即可，退货运费由运费险承担。",
     ["可以退货吗", "不喜欢能退吗", "退货运费谁出", "七天无理由吗"]),
    ("亲，颜色有浅灰、深灰、米白三种，实物和图片基本一致，显示器不同会有轻微色差。",
     ["有哪些颜色", "有没有米白色", "实物颜色和图片一样吗", "会有色差吗"]),
    ("亲，尺寸有40x60、50x80、60x90厘米三种，门口一般选50x80。",
     ["有多大尺寸", "门口放多大的合适", "有没有60x90的", "尺寸怎么选"]),
    ("亲，新品拆封会有轻微气味，放在通风处晾一两天就会散掉，材料是环保认证的。",
     ["地垫有味道", "拆开有股异味", "味道大正常吗", "有气味对身体有害吗"]),
    ("亲，收到的商品有破损请拍照发给我们，核实后马上给您补发或退款。",
     ["收到的垫子破了", "边缘开线了", "包装坏了垫子也破了", "质量有问题怎么办"]),
    ("亲，可以开电子发票，下单后在订单页申请，填写抬头和税号即可。",
     ["能开发票吗", "发票怎么开", "可以开专票吗", "公司抬头的发票能开吗"]),
    ("亲，地垫厚度约1厘米，软硬适中，踩上去很舒服。",
     ["地垫有多厚", "垫子软不软", "厚度是多少", "踩着舒服吗"]),
    ("亲，可以定制尺寸，最大支持120x200厘米，定制款需要5天制作，不支持无理由退换。",
     ["能定制尺寸吗", "可以做大一点的吗", "定制要多久", "定制的能退吗"]),
    ("亲，现在拍两件享9折，三件8.5折，优惠会在下单时自动计算。",
     ["有优惠吗", "买两个便宜吗", "多买有折扣吗", "有没有活动"]),
    ("亲，已为您备注催促仓库尽快发出，物流更新后会第一时间通知您。",
     ["怎么还没发货", "催一下发货", "下单三天了还没发", "物流一直不动"]),
    ("亲，地垫可以剪裁，用剪刀沿边剪开，边缘不会散开。",
     ["地垫能剪吗", "可以自己裁剪吗", "剪了会不会散边", "尺寸大了能剪小吗"]),
]
# 30 new rows: enough change (STALE_MIN_COUNT) for the model to be stale
MORE = [
    ("亲，卫生间款是速干型，背面透气，不会发霉。",
     ["卫生间能用吗", "浴室门口放会发霉吗", "洗手间用的有吗", "防霉吗", "会不会长霉"]),
    ("亲，宠物抓挠不容易起毛，养猫养狗的家庭也能放心用。",
     ["家里有猫能用吗", "狗会不会抓坏", "宠物家庭适合吗", "猫抓了会起毛吗", "养狗能用吗"]),
    ("亲，地暖上可以使用，耐温到60度，不会变形。",
     ["地暖上能铺吗", "会不会烫变形", "耐高温吗", "地暖房间适合吗", "放暖气旁边行吗"]),
    ("亲，宝宝爬行也适用，材料通过了婴幼儿安全检测。",
     ["宝宝能在上面爬吗", "小孩用安全吗", "婴儿能用吗", "有儿童安全认证吗", "孩子啃了有毒吗"]),
    ("亲，厨房款表面防油，用湿布一擦就干净。",
     ["厨房能用吗", "油污好清理吗", "放灶台前面行吗", "溅了油怎么擦", "厨房地垫防油吗"]),
    ("亲，可以放小区快递柜或驿站，下单时备注一下就好。",
     ["能放快递柜吗", "可以送到驿站吗", "不在家怎么收", "能备注放门卫吗", "快递能放丰巢吗"]),
]


def write_rows(path: Path, topics: list[tuple[str, list[str]]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["问题", "回复"])
        writer.writerows((question, reply) for reply, questions in topics
                         for question in questions)


def shop_folder(root: Path) -> Path:
    folder = root / "kb"
    (folder / "resolutions").mkdir(parents=True)
    (folder / "shop.yaml").write_text("name: 踏实地垫店\n", encoding="utf-8")
    write_rows(folder / "resolutions" / "地垫.csv", TOPICS)
    return folder


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A folder and a home in which its model was trained once, as `assist adapt` would."""
    root = tmp_path_factory.mktemp("trained")
    folder, home = shop_folder(root), root / "home"
    outcome = Training(folder, root=home / "data").run()
    assert outcome.ok, outcome.message
    return folder, home


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """ASSIST_HOME in tmp_path, with training on (conftest turns it off for other tests)."""
    path = tmp_path / "home"
    monkeypatch.setenv("ASSIST_HOME", str(path))
    monkeypatch.setenv("ASSIST_ADAPT", "1")
    return path


@pytest.fixture
def start(make_sidebar, session_assistant):
    def run(folder: Path):
        # the general model is shared: loading it again would only cost time
        assistant = Assistant(AssistConfig(knowledge_dir=folder),
                              embedder=session_assistant.embedder)
        return make_sidebar(assistant)
    return run


def copy_trained(trained: tuple[Path, Path], tmp_path: Path) -> Path:
    """The trained folder and its installed model, as if trained here earlier."""
    source, source_home = trained
    folder = tmp_path / "kb"
    shutil.copytree(source, folder)
    shutil.copytree(store.home_for(source, source_home / "data"), store.home_for(folder))
    assert not store.status(folder, load_knowledge(folder)).stale
    return folder


def ask(qtbot, sidebar, text: str):
    """Pastes a new message; returns its result (not that of the message before it, which is
    searched again when the shop's model comes in)."""
    sidebar.window.input.clear()
    QGuiApplication.clipboard().setText(text)
    sidebar.window.input.setFocus()
    with qtbot.waitSignal(sidebar.service.results_ready, timeout=20_000,
                          check_params_cb=lambda result: result.query == text) as answer:
        qtbot.keyClick(sidebar.window.input, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    return answer.args[0]


def shop_model_ready(sidebar) -> bool:
    return "adapted" in sidebar.service.state.ready


def test_the_sidebar_trains_the_shop_model_and_answers_chinese_with_it(qtbot, home, tmp_path,
                                                                      start):
    folder = shop_folder(tmp_path)
    sidebar = start(folder)
    service, status = sidebar.service, sidebar.window.status
    qtbot.waitUntil(lambda: service.state.phase == "semantic", timeout=30_000)
    first = ask(qtbot, sidebar, "地垫吸水效果不好，踩上去还是湿的")  # keyword answers meanwhile
    assert first.channels_used == ("keyword",)
    qtbot.waitUntil(lambda: service.state.training != "", timeout=10_000)
    qtbot.waitUntil(lambda: "training the shop's model" in status.label.text()
                    or shop_model_ready(sidebar), timeout=TRAINING_MS)
    qtbot.waitUntil(lambda: shop_model_ready(sidebar), timeout=TRAINING_MS)
    report = load_knowledge(folder)
    assert not store.status(folder, report).stale
    result = ask(qtbot, sidebar, "垫子踩上去脚底湿湿的，是不是不吸水")
    assert "adapted" in result.channels_used
    assert "吸水" in sidebar.window.cards[0].final_text()
    assert status.state_text() == \
        f"Keyword + shop model answered · {len(report.snippets)} snippets"
    # the announcement may still cover the line for a few seconds; it names the model too
    assert "shop" in status.label.text()
    # the shop check came with the model: a nickname is no question for a shop, and the
    # notice says so, once
    nickname = ask(qtbot, sidebar, "帮我起个网名 要可爱一点的 带个猫字")
    assert nickname.not_for_shop and not sidebar.window.cards
    assert "does not read like a question for the shop" in sidebar.window.notice.text()
    assert "question for a shop" not in status.notes_label.text()


def test_editing_the_folder_retrains_after_the_reload(qtbot, home, tmp_path, trained, start):
    folder = copy_trained(trained, tmp_path)
    before = store.status(folder, load_knowledge(folder)).manifest
    sidebar = start(folder)
    service = sidebar.service
    qtbot.waitUntil(lambda: shop_model_ready(sidebar), timeout=30_000)
    assert not service.shop.training  # a current model is used as it is
    with qtbot.waitSignal(service.shop.in_use, timeout=TRAINING_MS) as swapped:
        write_rows(folder / "resolutions" / "更多.csv", MORE)
        qtbot.waitUntil(lambda: service.shop.training, timeout=20_000)  # after the reload
    assert swapped.args[1] is not None  # a model trained just now
    after = store.status(folder, load_knowledge(folder))
    assert not after.stale and after.manifest.trained_at != before.trained_at
    assert len(after.manifest.snippet_hashes) == len(before.snippet_hashes) + 30
    result = ask(qtbot, sidebar, "浴室用会发霉吗")  # asked in the new rows only
    assert "adapted" in result.channels_used
    assert "发霉" in sidebar.window.cards[0].final_text()


def test_a_cancelled_training_leaves_the_installed_model_answering(qtbot, home, tmp_path,
                                                                   trained, start):
    folder = copy_trained(trained, tmp_path)
    installed = store.status(folder, load_knowledge(folder))
    sidebar = start(folder)
    service, shop = sidebar.service, sidebar.service.shop
    qtbot.waitUntil(lambda: shop_model_ready(sidebar), timeout=30_000)
    in_use = sidebar.assistant.adapted.fingerprint
    write_rows(folder / "resolutions" / "更多.csv", MORE)
    qtbot.waitUntil(lambda: service.state.training in ("measure", "train"), timeout=TRAINING_MS)
    shop.cancel()  # as quitting or switching folders does
    assert service.state.training == ""
    qtbot.waitUntil(lambda: not shop.trainer.busy, timeout=10_000)  # the child was killed
    now = store.status(folder, load_knowledge(folder))
    assert now.stale and now.manifest.trained_at == installed.manifest.trained_at
    assert sidebar.assistant.adapted.fingerprint == in_use
    result = ask(qtbot, sidebar, "地垫吸水效果不好，踩上去还是湿的")
    assert "adapted" in result.channels_used
    assert "shop model" in sidebar.window.status.label.text()
    assert "training" not in sidebar.window.status.label.text()


def test_too_few_pairs_is_said_once_and_keyword_search_goes_on(qtbot, home, tmp_path, start):
    folder = tmp_path / "kb"
    (folder / "resolutions").mkdir(parents=True)
    write_rows(folder / "resolutions" / "地垫.csv", TOPICS[:2])
    sidebar = start(folder)
    service, status = sidebar.service, sidebar.window.status
    qtbot.waitUntil(lambda: "Too few question–reply pairs" in status.label.text(),
                    timeout=TRAINING_MS)
    assert not service.shop.training and "adapted" not in service.state.ready
    assert store.status(folder, load_knowledge(folder)).model_dir is None
    # an edit that changes no snippet reloads, but does not train again on the same rows
    with qtbot.waitSignal(service.knowledge_loaded, timeout=15_000):
        (folder / "notes.txt").write_text("not knowledge", encoding="utf-8")
    qtbot.wait(300)  # the check after the reload runs on the worker
    assert not service.shop.training and service.state.training == ""
    result = ask(qtbot, sidebar, "地垫可以用热水洗吗")
    assert result.channels_used[0] == "keyword" and sidebar.window.cards


def test_a_damaged_model_is_trained_anew(qtbot, home, tmp_path, trained, start):
    folder = copy_trained(trained, tmp_path)
    weights = store.home_for(folder) / store.MODEL_DIR / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:1000])  # a copy cut short, a disk error
    sidebar = start(folder)
    qtbot.waitUntil(lambda: sidebar.service.shop.training, timeout=60_000)
    qtbot.waitUntil(lambda: shop_model_ready(sidebar), timeout=TRAINING_MS)
    result = ask(qtbot, sidebar, "地垫吸水效果不好，踩上去还是湿的")
    assert "adapted" in result.channels_used
    assert store.status(folder, load_knowledge(folder)).manifest is not None
