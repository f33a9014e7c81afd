"""The feedback log on a real SQLite file: masked before written, off when turned off."""

import sqlite3
from datetime import datetime
from pathlib import Path

from assist.adapt.pairs import build_pairs, desk_pairs
from assist.knowledge import load_knowledge
from assist.trainer.feedback import (
    MIGRATIONS,
    FeedbackLog,
    ShownCard,
    default_path,
    open_exported,
    read_events,
)
from assist.trainer.masking import mask, mask_transcript
from assist.trainer.pending import list_pending

PHONE, ORDER = "13912345678", "4120998877665544321"
CARD = ShownCard("R1", "亲，订单4120998877665544321已发货，请留意短信", 0.9)


def _all_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_masking_hides_each_kind_and_keeps_shop_talk() -> None:
    text = ("我叫王小明，手机138-1234-5678，座机0571-88006612，订单号4120998877665544，"
            "寄到浙江省杭州市余杭区良睦路88号3栋201室，邮箱wang.xm@example.com")
    masked = mask(text)
    for secret in ("王小明", "138", "88006612", "4120998877665544", "良睦路", "201室",
                   "wang.xm"):
        assert secret not in masked, (secret, masked)
    for placeholder in ("{姓名}", "{手机号}", "{电话}", "{订单号}", "{地址}", "{邮箱}"):
        assert placeholder in masked
    ordinary = "区别是充电款，型号是多少，100% 新疆长绒棉，1299元，第3天到"
    assert mask(ordinary) == ordinary
    assert mask_transcript("tb_小红 2024-11-11 10:23:45\n我是tb_小红，在吗") == (
        "{昵称} 2024-11-11 10:23:45\n我是{昵称}，在吗")


def test_no_phone_or_order_number_reaches_the_file(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite3"
    with FeedbackLog.open(path, agent="小王") as log:
        log.record(f"tb_buyer 2024-11-11 10:00:00\n我电话{PHONE}，订单{ORDER}到哪了", [CARD],
                   action="inserted", used_rank=1,
                   final_text=f"亲，订单{ORDER}已发货，有事打{PHONE}")
        log.record(f"收件人张三 {PHONE}", [], action="none")
        # the bytes on disk while the log is open: the database and its write-ahead log
        raw = _all_bytes(path)
        assert raw and PHONE.encode() not in raw and ORDER.encode() not in raw
        assert "张三".encode() not in raw and b"tb_buyer" not in raw
        events = log.events()
    raw = _all_bytes(path)
    assert PHONE.encode() not in raw and ORDER.encode() not in raw
    assert "{订单号}".encode() in raw  # the message was stored, masked
    assert events[0].used_id == "R1" and events[0].shown[0].snippet_id == "R1"
    assert 0 < events[0].edit_ratio < 1 and not events[1].answered


def test_turned_off_it_records_nothing_and_makes_no_file(tmp_path: Path) -> None:
    log = FeedbackLog.open(tmp_path / "log.sqlite3", enabled=False)
    assert log.record("在吗", [CARD], action="inserted", used_rank=1) is None
    assert not (tmp_path / "log.sqlite3").exists() and log.events() == []


def test_schema_is_versioned_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite3"
    FeedbackLog.open(path).close()
    FeedbackLog.open(path).close()  # opening again migrates nothing
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_export_is_a_readable_copy(tmp_path: Path) -> None:
    with FeedbackLog.open(tmp_path / "log.sqlite3", agent="a1") as log:
        log.record("能开发票吗", [CARD], action="copied", used_rank=1)
        exported = log.export(tmp_path / "share")
    db = sqlite3.connect(f"{exported.as_uri()}?mode=ro", uri=True)
    assert db.execute("SELECT message, agent FROM events").fetchall() == [("能开发票吗", "a1")]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    db.close()


def test_heavy_edit_is_proposed_for_review(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    root.mkdir()
    with FeedbackLog.open(tmp_path / "log.sqlite3") as log:
        log.record("羽绒服可以机洗吗", [ShownCard("R9", "亲，在的，请问有什么可以帮您？")],
                   action="inserted", used_rank=1, folder=root,
                   final_text=f"亲，羽绒服建议手洗，有问题打{PHONE}")
        log.record("在吗", [ShownCard("R1", "亲，在的")], action="inserted", used_rank=1,
                   folder=root)  # not edited: not proposed
    rows = list_pending(root)
    assert [(r.question, r.reply) for r in rows] == [("羽绒服可以机洗吗",
                                                      "亲，羽绒服建议手洗，有问题打{手机号}")]


def test_accepted_pairs_feed_training(tmp_path: Path) -> None:
    folder = tmp_path / "kb"  # the log keys pairs by folder; it need not exist here
    card = ShownCard("R7", "亲，新疆可以寄的，运费到付哦", 0.8)
    with FeedbackLog.open(default_path()) as log:
        log.record("tb_x 2024-11-11 10:00:00\n大衣能不能寄到新疆", [card], action="inserted",
                   used_rank=1, final_text="亲，新疆可以寄，运费到付哦", folder=folder,
                   at=datetime(2024, 11, 11, 10))
        log.record("别的店的问题", [card], action="inserted", used_rank=1,
                   folder=tmp_path / "other")  # another folder
        log.record("随便问问", [card], action="inserted", used_rank=1,
                   final_text="完全不同的一大段回复内容，和卡片没有关系", folder=folder)
        log.record("没用卡片", [card], action="none", folder=folder)
    extra = desk_pairs(folder)
    assert extra == [("大衣能不能寄到新疆", "亲，新疆可以寄，运费到付哦")]
    report = load_knowledge(Path(__file__).resolve().parents[2] / "knowledge")
    with_desk = build_pairs(report, extra=extra)
    without = build_pairs(report)
    added = {(p.anchor, p.positive) for p in with_desk.pairs} - {
        (p.anchor, p.positive) for p in without.pairs}
    assert ("大衣能不能寄到新疆", "亲，新疆可以寄，运费到付哦") in added


def test_a_log_from_before_the_declined_reason_is_migrated_and_read(tmp_path: Path) -> None:
    """Version 1 logs (and exported copies of them) have no declined column."""
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(f"BEGIN; {MIGRATIONS[0]} PRAGMA user_version=1; COMMIT;")
    db.execute("INSERT INTO events (at, agent, folder, message, answered, action) VALUES "
               "('2024-11-01T09:00:00', '小王', '', '在吗', 0, 'none')")
    db.commit()
    db.close()
    old, agent = open_exported(path)
    assert [e.declined for e in read_events(old, agent=agent)] == [""]
    old.close()
    with FeedbackLog.open(path) as log:  # the live log moves up a version
        log.record("在拼多多买的卫衣开线了", [], declined="elsewhere")
        assert [(e.message, e.declined) for e in log.events()] == [
            ("在吗", ""), ("在拼多多买的卫衣开线了", "elsewhere")]
