"""`assist report` on planted logs: the gap group, the rewritten reply, two agents merged."""

import random
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl

from assist.cli import main
from assist.trainer.feedback import FeedbackLog, ShownCard
from assist.trainer.report import build, group_questions, load_events, write_xlsx

GAP = ["羽绒服可以干洗吗", "羽绒服能干洗吗", "请问羽绒服可以干洗吗", "羽绒服干洗可以吗？",
       "亲，羽绒服可以送干洗吗"]
NOISE = ["台灯几瓦", "枕头多高", "有优惠券吗", "什么时候发货", "围巾多长", "运费多少",
         "四件套几件", "支持七天无理由吗", "加湿器多大容量", "卫衣起球吗"]
CARDS = [ShownCard(f"R{i}", f"亲，这是第{i}条标准回复，请您放心", 0.8) for i in range(5)]
REWRITE = "亲，这款羽绒服不建议干洗，干洗剂会破坏羽绒的油脂层，建议手洗"


def plant(path: Path, agent: str, days: int, per_day: int, seed: int) -> None:
    """A log with a planted gap (dry cleaning) and one reply agents rewrote heavily."""
    rng = random.Random(seed)
    start = datetime(2024, 11, 1, 9)
    with FeedbackLog.open(path, agent=agent) as log:
        for day in range(days):
            for i in range(per_day):
                at = start + timedelta(days=day, minutes=i)
                roll = rng.random()
                if roll < 0.1:
                    log.record(rng.choice(GAP), [], at=at)
                elif roll < 0.15:
                    log.record("羽绒服洗完结块了", CARDS[:3], action="inserted", used_rank=3,
                               final_text=REWRITE, at=at)
                elif roll < 0.6:
                    log.record(rng.choice(NOISE), CARDS, action="inserted",
                               used_rank=rng.randint(1, 2), at=at)
                else:
                    log.record(rng.choice(NOISE), CARDS, action="none", at=at)


def test_planted_gap_and_heavy_edit_are_found(tmp_path: Path) -> None:
    plant(tmp_path / "a.sqlite3", "小王", days=3, per_day=60, seed=1)
    with FeedbackLog.open(tmp_path / "a.sqlite3") as log:
        report = build(log.events())
    assert set(report.gaps[0].examples) <= set(GAP) and len(report.gaps) == 1
    assert report.gaps[0].size == sum(not e.answered for e in log_events(tmp_path))
    assert report.edited and {r.sent for r in report.edited} == {REWRITE}
    assert report.edited[0].snippet_id == "R2" and report.edited[0].edit_ratio > 0.5
    assert report.most_used[0].snippet_id in ("R0", "R1")
    assert report.least_used[0].snippet_id in ("R3", "R4") and report.least_used[0].used == 0
    assert [d.day for d in report.daily] == ["2024-11-01", "2024-11-02", "2024-11-03"]
    assert all(0 < d.rate < 1 for d in report.daily)


def log_events(folder: Path):
    with FeedbackLog.open(folder / "a.sqlite3") as log:
        return log.events()


def test_grouping_keeps_different_questions_apart() -> None:
    groups = group_questions([*GAP, "台灯几瓦", "台灯多少瓦", "运费多少"])
    assert [g.size for g in groups] == [5, 2, 1]


def test_two_exported_logs_merge_per_agent_with_xlsx_charts(tmp_path: Path, capsys) -> None:
    share = tmp_path / "share"
    for name, seed in (("wang", 1), ("li", 2)):
        plant(tmp_path / f"{name}.sqlite3", name, days=2, per_day=40, seed=seed)
        with FeedbackLog.open(tmp_path / f"{name}.sqlite3") as log:
            log.export(share / f"{name}.sqlite3")
    events = load_events([share])
    assert {e.agent for e in events} == {"wang", "li"} and len(events) == 160
    assert [e.at for e in events] == sorted(e.at for e in events)
    out = tmp_path / "report.xlsx"
    assert main(["report", "--logs", str(share), "--since", "2024-11-02",
                 "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "80 messages from 2 agent(s)" in text and "gap x" in text
    book = openpyxl.load_workbook(out)
    daily = list(book["daily"].iter_rows(values_only=True))
    assert daily[0][:4] == ("day", "rate all", "rate li", "rate wang")
    assert [row[0] for row in daily[1:]] == ["2024-11-02"]
    with zipfile.ZipFile(out) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        kinds = "".join(z.read(n).decode() for n in charts)
    assert len(charts) == 2 and "lineChart" in kinds and "barChart" in kinds


def test_csv_output_and_a_missing_log(tmp_path: Path, capsys) -> None:
    plant(tmp_path / "a.sqlite3", "a", days=1, per_day=30, seed=3)
    assert main(["report", "--logs", str(tmp_path / "a.sqlite3"), "--out",
                 str(tmp_path / "r.csv")]) == 0
    gaps = (tmp_path / "r-gaps.csv").read_text("utf-8-sig").splitlines()
    assert gaps[0] == "group,questions,examples" and "干洗" in gaps[1]
    assert main(["report"]) == 2  # this PC has no log yet
    assert "no feedback log" in capsys.readouterr().err


def test_ten_thousand_rows_report_in_reasonable_time(tmp_path: Path) -> None:
    """The issue asks for the figure; the bound is generous (measured ~1 s, see report)."""
    import time

    plant(tmp_path / "big.sqlite3", "big", days=20, per_day=500, seed=4)
    start = time.perf_counter()
    report = build(load_events([tmp_path / "big.sqlite3"]))
    write_xlsx(report, tmp_path / "big.xlsx")
    seconds = time.perf_counter() - start
    assert report.messages == 10_000 and report.gaps[0].size > 500
    assert seconds < 30, seconds


def test_messages_no_folder_answers_are_counted_not_listed_as_gaps(tmp_path: Path,
                                                                   capsys) -> None:
    """Another marketplace's order, the buyer's own account, a message for no shop: adding
    to the folder would not answer them (SuggestResult.declined)."""
    path = tmp_path / "a.sqlite3"
    at = datetime(2024, 11, 1, 9)
    with FeedbackLog.open(path, agent="小王") as log:
        for i, message in enumerate(GAP):
            log.record(message, [], at=at + timedelta(minutes=i))
        for i, (message, why) in enumerate([
                ("在拼多多买的卫衣开线了", "elsewhere"), ("在pdd买的羽绒服跑绒", "elsewhere"),
                ("支付宝登录不上了", "account"), ("帮我起个网名 要可爱一点的", "not_for_shop")]):
            log.record(message, [], at=at + timedelta(hours=1, minutes=i), declined=why)
        report = build(log.events())
    assert [set(g.examples) <= set(GAP) for g in report.gaps] == [True]
    assert report.declined == {"elsewhere": 2, "account": 1, "not_for_shop": 1}
    out_file = tmp_path / "report.xlsx"
    assert main(["report", "--logs", str(path), "--out", str(out_file)]) == 0
    out = capsys.readouterr().out
    assert "1 about the buyer's own account, 2 about another marketplace, 1 not a question " \
           "for a shop" in out
    rows = list(openpyxl.load_workbook(out_file)["not gaps"].iter_rows(values_only=True))
    assert rows[1:] == [("about the buyer's own account", 1), ("about another marketplace", 2),
                        ("not a question for a shop", 1)]
