"""Renders the sidebar under Xvfb (the real xcb platform) and saves PNGs to docs/screenshots/.

    python scripts/screenshots.py            # re-runs itself under xvfb-run when no DISPLAY

One sidebar on the sample knowledge, switched between zh_CN/en and light/dark at run time,
answering a Chinese buyer question that follows an earlier message once the shop's own model
answers too (trained on the first run into --home, which takes a minute or so; ASSIST_ADAPT=0
leaves it out).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
EARLIER = "你好，在吗？前几天买的羽绒服到了"
QUESTION = "羽绒服袖子开线了怎么办"
SCREEN = "1600x1000x24"


def rerun_under_xvfb() -> int:
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        sys.exit("no DISPLAY and no xvfb-run: apt-get install xvfb")
    cmd = [xvfb_run, "-a", "-s", f"-screen 0 {SCREEN}", sys.executable, *sys.argv]
    return subprocess.call(cmd, env={**os.environ, "ASSIST_SCREENSHOTS_CHILD": "1"})


def wait(app, condition, timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("timed out waiting for the sidebar")
        app.processEvents()
        time.sleep(0.02)


def settle(app, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-model", action="store_true", help="keyword search only")
    parser.add_argument("--home", type=Path, default=ROOT / ".assist-home",
                        help="ASSIST_HOME to use (keeps the vector index between runs)")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("ASSIST_SCREENSHOTS_CHILD"):
        return rerun_under_xvfb()
    os.environ["ASSIST_HOME"] = str(args.home)
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    sys.path.insert(0, str(ROOT))

    from PySide6.QtWidgets import QApplication

    from assist.ui.app import Sidebar
    from assist.ui.settings.model import SettingsStore, StateStore

    app = QApplication(sys.argv[:1])
    config = Path(tempfile.mkdtemp(prefix="assist-shots-"))
    sidebar = Sidebar(app, settings_store=SettingsStore(config / "settings.json", []),
                      state_store=StateStore(config / "window.json"),
                      load_model=not args.no_model)
    sidebar.state["width"] = 400
    sidebar.start()
    ready = "keyword" if args.no_model else "semantic"
    service = sidebar.service
    wait(app, lambda: service.state.phase in (ready, "model_failed", "failed"))
    if service.shop.enabled and not args.no_model:
        problems: list[str] = []
        service.shop.problem.connect(problems.append)
        wait(app, lambda: "adapted" in service.state.ready or bool(problems), timeout=600)
        for problem in problems:
            print(f"shop model: {problem}", file=sys.stderr)
    window = sidebar.window
    window.status.clear_message()  # "trained just now" would cover the line in the pictures
    window.set_buyer_message(EARLIER)
    wait(app, lambda: window.last_result is not None)
    window.set_buyer_message(QUESTION)
    wait(app, lambda: window.last_result is not None and QUESTION in window.last_result.query)
    OUT.mkdir(parents=True, exist_ok=True)
    for language in ("zh_CN", "en"):
        for theme in ("light", "dark"):
            updated = sidebar.settings.copy()
            updated.set("language", language)
            updated.set("theme", theme)
            sidebar.apply_settings(updated)
            settle(app)
            path = OUT / f"sidebar-{language}-{theme}.png"
            window.grab().save(str(path))
            print(f"saved {path.relative_to(ROOT)} ({window.width()}x{window.height()})")
    for language in ("zh_CN", "en"):
        updated = sidebar.settings.copy()
        updated.set("language", language)
        updated.set("theme", "light")
        sidebar.apply_settings(updated)
        dialog = sidebar.open_settings()
        settle(app)
        path = OUT / f"settings-{language}.png"
        dialog.grab().save(str(path))
        print(f"saved {path.relative_to(ROOT)}")
        dialog.reject()
    sidebar.quit()
    shutil.rmtree(config, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
