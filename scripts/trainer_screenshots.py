"""Renders the trainer view, a card with a compliance warning and the report's chart under Xvfb
with openbox, and saves PNGs to docs/screenshots/.

    python scripts/trainer_screenshots.py     # re-runs itself under xvfb-run when no DISPLAY

A copy of the sample knowledge gets one reply that breaks the rules, a compliance.txt and three
answers waiting for review; two weeks of desk feedback are made by asking the real engine the
sample's golden questions and using its cards the way a desk does (seeded, so every run draws
the same). Keyword search only: the trainer view gets one column more per model that answers.
The report's chart is drawn by LibreOffice (soffice) from the written .xlsx when it is
installed (apt-get install libreoffice-calc-nogui), else skipped.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

# the sidebar screenshots script beside this one (run as a script, its folder is on the path)
from screenshots import rerun_under_xvfb, settle, wait

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
QUESTION = "羽绒服怎么洗"
PLANTED = "R9001,羽绒服可以加微信买吗,亲，可以加微信转账，给您全网最低价，秒发哦,,\r\n"
PENDING = (
    ("羽绒服可以寄到国外吗", "亲，目前只支持中国大陆地区配送哦，港澳台和海外暂不支持"),
    ("台灯能用充电宝供电吗", "亲，台灯是 USB 5V 供电的，2A 以上的充电宝都可以用哦"),
    ("四件套有没有 2.2 米的", "亲，四件套有 1.8 米和 2.0 米两种床型，2.2 米的暂时没有哦"),
)


def _folder(base: Path) -> Path:
    from assist import paths
    from assist.trainer import pending

    root = base / "knowledge"
    shutil.copytree(paths.bundled_knowledge_dir(), root, ignore=shutil.ignore_patterns("golden*"))
    with open(root / "resolutions" / "售前咨询.csv", "a", encoding="utf-8", newline="") as f:
        f.write(PLANTED)
    (root / "compliance.txt").write_text("# 店铺自己的禁用词\n秒发\n", "utf-8")
    for question, reply in PENDING:
        pending.save_answer(root, question, reply)
    return root


def _desk_history(root: Path, days: int = 14) -> None:
    """Two weeks of a desk: the golden questions asked, cards used more often as days pass."""
    from assist.engine import Assistant, AssistConfig
    from assist.trainer.feedback import FeedbackLog, ShownCard

    questions = [json.loads(line)["question"] for line in
                 (ROOT / "knowledge" / "golden.jsonl").read_text("utf-8").splitlines() if line]
    assistant = Assistant(AssistConfig(knowledge_dir=root, channels="keyword"))
    assistant.load_knowledge()
    draw = random.Random(12)
    start = datetime.now().replace(hour=9, minute=0, second=0, microsecond=0)
    start -= timedelta(days=days)
    with FeedbackLog.open() as log:
        for day in range(days):
            for n in range(draw.randint(25, 40)):
                question = draw.choice(questions)
                result = assistant.suggest(question, limit=5)
                shown = [ShownCard(s.snippet_ids[0], s.text, s.confidence)
                         for s in result.suggestions]
                at = start + timedelta(days=day, minutes=9 * n)
                if shown and draw.random() < 0.45 + day * 0.025:
                    rank = min(len(shown), 1 + int(draw.random() ** 3 * len(shown)))
                    sent = shown[rank - 1].text.replace("{", "").replace("}", "")
                    log.record(question, shown, action=draw.choice(("inserted", "copied")),
                               used_rank=rank, final_text=sent, at=at)
                else:
                    log.record(question, shown, at=at)


def _report_chart(xlsx: Path, target: Path) -> bool:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("no soffice: the report chart is not drawn", file=sys.stderr)
        return False
    work = xlsx.parent
    one_page = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}'
    subprocess.run([soffice, "--headless", "--convert-to", one_page, "--outdir", str(work),
                    str(xlsx)], check=True, capture_output=True, timeout=300)
    pdf = xlsx.with_suffix(".pdf")
    # gs, not ImageMagick: its default security policy refuses PDF input
    subprocess.run(["gs", "-q", "-sDEVICE=png16m", "-r110", "-o", str(work / "page-%02d.png"),
                    str(pdf)], check=True, timeout=120)
    last = sorted(work.glob("page-*.png"))[-1]  # the daily sheet, the workbook's last
    subprocess.run(["convert", str(last), "-trim", "+repage", "-bordercolor", "white",
                    "-border", "16", str(target)], check=True)
    print(f"saved {target.relative_to(ROOT)}")
    return True


def main() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("ASSIST_SCREENSHOTS_CHILD"):
        return rerun_under_xvfb()
    base = Path(tempfile.mkdtemp(prefix="assist-trainer-shots-"))
    os.environ["ASSIST_HOME"] = str(base / "home")
    os.environ["ASSIST_ADAPT"] = "0"
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    sys.path.insert(0, str(ROOT))
    wm = subprocess.Popen(["openbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) \
        if shutil.which("openbox") else None
    try:
        return _shoot(base)
    finally:
        if wm is not None:
            wm.terminate()
            wm.wait(timeout=5)
        shutil.rmtree(base, ignore_errors=True)


def _shoot(base: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from assist.engine import Assistant, AssistConfig
    from assist.ui.app import Sidebar
    from assist.ui.settings.model import SettingsStore, StateStore

    root = _folder(base)
    _desk_history(root)
    app = QApplication(sys.argv[:1])
    # the report is of the history above: this run's own messages would be a stray last day
    (base / "settings.json").write_text(json.dumps({"version": 3, "values": {
        "feedback_log": False}}), "utf-8")
    sidebar = Sidebar(app, settings_store=SettingsStore(base / "settings.json", []),
                      state_store=StateStore(base / "window.json"),
                      assistant=Assistant(AssistConfig(knowledge_dir=root, channels="keyword")),
                      load_model=False, language="en")
    sidebar.state["width"] = 400
    sidebar.start()
    window = sidebar.window
    wait(app, lambda: sidebar.service.state.phase == "keyword" and sidebar.service.shop_words)
    OUT.mkdir(parents=True, exist_ok=True)

    def save(widget, name: str) -> None:
        path = OUT / name
        widget.grab().save(str(path))
        print(f"saved {path.relative_to(ROOT)} ({widget.width()}x{widget.height()})")

    window.set_buyer_message("羽绒服可以加微信买吗")
    wait(app, lambda: any(c.compliance_flags for c in window.cards))
    settle(app)
    save(window, "sidebar-compliance-en.png")
    window.input.clear()
    window.context_box.clear()  # a new conversation: the question alone is explained
    window.set_buyer_message(QUESTION)
    wait(app, lambda: window.last_result is not None and QUESTION in window.last_result.query)
    trainer = window.open_trainer()
    trainer.resize(1180, 640)
    why = trainer.why
    wait(app, lambda: why.table.rowCount() > 0)
    duplicate = next(i for i, c in enumerate(why.explanation.candidates)
                     if c.status == "duplicate")
    why.table.setCurrentCell(duplicate, 0)
    for language in ("en", "zh_CN"):
        sidebar.set_language(language)
        settle(app)
        save(trainer, f"trainer-why-{language}.png")
    sidebar.set_language("en")
    trainer.tabs.setCurrentIndex(1)
    wait(app, lambda: trainer.pending.table.rowCount() == len(PENDING))
    trainer.pending.table.selectRow(0)
    settle(app)
    save(trainer, "trainer-pending-en.png")
    report = base / "report.xlsx"
    trainer._open = lambda path, line: True  # the chart is drawn below, not in a window
    trainer.write_report(report)
    wait(app, report.is_file)
    settle(app)
    _report_chart(report, OUT / "report-chart.png")
    sidebar.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
