"""Start-up and wiring: settings, language, theme, the job queues, the window, tray and watcher.

`Sidebar` owns one running sidebar; `main()` is the `assist-sidebar` entry point.
"""

from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from assist import paths
from assist.engine import Assistant, AssistConfig
from assist.ipc import NotRunning, request
from assist.platform import Backend
from assist.suggest.placeholders import DEFAULT_FALLBACKS
from assist.ui.desktop.capture import CaptureFeature
from assist.ui.desktop.ipc import IpcServer
from assist.ui.desktop.tray import Tray
from assist.ui.service.feedback import DeskFeedback
from assist.ui.service.jobs import JobError, JobRunner
from assist.ui.service.service import AssistService
from assist.ui.service.watcher import KnowledgeWatcher
from assist.ui.settings.model import Settings, SettingsStore, StateStore
from assist.ui.settings.secrets import SecretStore
from assist.ui.shell.crash import CrashReporter
from assist.ui.shell.i18n import Translations
from assist.ui.shell.logs import RamHandler, setup_logging
from assist.ui.shell.resources import resource
from assist.ui.shell.theme import apply_theme
from assist.ui.windows.main_window import MainWindow
from assist.ui.windows.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)


class Sidebar(QObject):
    def __init__(self, app: QApplication, *, knowledge_dir: Path | None = None,
                 model_dir: Path | None = None, language: str | None = None,
                 settings_store: SettingsStore | None = None, state_store: StateStore | None = None,
                 assistant: Assistant | None = None, load_model: bool = True,
                 backend: Backend | None = None):
        super().__init__()
        self.app = app
        self.store = settings_store or SettingsStore()
        self.state_store = state_store or StateStore()
        outcome = self.store.load()
        self.settings = outcome.settings
        self.startup_messages = outcome.messages
        self.state = self.state_store.load()
        self._overrides = {"knowledge_dir": knowledge_dir, "model_dir": model_dir,
                           "language": language}
        self._load_model = load_model
        self.capture_paused = False
        self._shut_down = False
        self.secrets = SecretStore()
        self.translations = Translations(app)
        self.translations.apply(language or self.settings["language"])
        self.dark = apply_theme(app, self.settings["theme"]) == "dark"
        self.runner = JobRunner(default_failure=self._on_job_error)
        self.warmup = JobRunner()
        self.service = AssistService(assistant or Assistant(self._config()), self.runner,
                                     self.warmup)
        self.service.shop.train = bool(self.settings["train_shop_model"])
        self.window = MainWindow(self.service)
        # its own queue: a log write never waits behind an index build
        self.feedback = DeskFeedback(JobRunner(), enabled=bool(self.settings["feedback_log"]),
                                     parent=self)
        self.window.attach_feedback(self.feedback)
        self.window.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
        self.window.set_dark(self.dark)
        self.capture = CaptureFeature(self.window, backend, parent=self)
        self._apply_desk(self.settings)
        self.ipc = IpcServer(self.capture.handle_request, parent=self)
        self.watcher = KnowledgeWatcher(parent=self)
        self.watcher.changed.connect(self.service.reload)
        self.tray = self._make_tray()
        self._connect()
        self._apply_window_flags()

    @property
    def assistant(self) -> Assistant:
        return self.service.assistant

    # -- paths ------------------------------------------------------------------------------
    def knowledge_dir(self) -> Path:
        chosen = self._overrides["knowledge_dir"] or self.settings["knowledge_dir"]
        return Path(chosen).expanduser() if chosen else paths.bundled_knowledge_dir()

    def model_dir(self) -> Path | None:
        chosen = self._overrides["model_dir"] or self.settings["model_dir"]
        return Path(chosen).expanduser() if chosen else None

    def _config(self) -> AssistConfig:
        return AssistConfig(knowledge_dir=self.knowledge_dir(), model_dir=self.model_dir())

    # -- wiring -----------------------------------------------------------------------------
    def _make_tray(self) -> Tray | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            log.info("no system tray; closing the window quits")
            return None
        tray = Tray(self.window.windowIcon(), self)
        tray.toggle_window.connect(self.toggle_window)
        tray.pause_toggled.connect(self._set_paused)
        tray.settings_requested.connect(self.open_settings)
        tray.quit_requested.connect(self.quit)
        return tray

    def _connect(self) -> None:
        self.window.settings_requested.connect(self.open_settings)
        self.window.resume_requested.connect(lambda: self._set_paused(False))
        self.window.on_top_toggled.connect(self._toggle_on_top)
        self.window.width_changed.connect(self._remember_width)
        self.window.installEventFilter(self)
        # Application-wide signals outlive this object in tests: kept so shutdown can cut them.
        self._app_links = [
            (self.app.screenAdded, self._screens_changed),
            (self.app.screenRemoved, self._screens_changed),
            (self.app.primaryScreenChanged, self._screens_changed),
            (self.app.styleHints().colorSchemeChanged, self._system_scheme_changed),
            (self.app.aboutToQuit, self.shutdown),
            *((screen.availableGeometryChanged, self._screens_changed)
              for screen in self.app.screens()),
        ]
        for signal, slot in self._app_links:
            signal.connect(slot)

    def _screens_changed(self, *_args: object) -> None:
        # let Qt finish moving windows off a removed screen
        QTimer.singleShot(0, self.window, self.dock)

    def _system_scheme_changed(self, *_args: object) -> None:
        if self.settings["theme"] == "system":
            self._apply_theme()

    def start(self) -> None:
        self.window.show()
        self.dock()
        # the frame size is known only once the WM has it; the window as context cancels the
        # timer if the window is gone by then
        QTimer.singleShot(300, self.window, self.dock)
        for message in self.startup_messages:
            log.warning("%s", message)
            self.window.show_message(message, 15000)
        self.service.start(load_model=self._load_model)
        self.watcher.watch(Path(self.assistant.config.knowledge_dir))

    def dock(self) -> None:
        width = int(self.state.get("width", 380))
        self.window.apply_dock(self.settings["dock_screen"], self.settings["dock_edge"], width)

    # -- actions ----------------------------------------------------------------------------
    def toggle_window(self) -> None:
        if self.window.isVisible():
            self.window.hide()
        else:
            self.window.show()
            self.dock()

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.settings))
        dialog.open()
        return dialog

    def apply_settings(self, new: Settings) -> None:
        old = self.settings
        self.settings = new
        try:
            self.store.save(new)
        except OSError as exc:
            self.window.show_message(
                self.tr("Settings could not be saved: %1").replace("%1", str(exc)), 10000)
        if new["language"] != old["language"] and not self._overrides["language"]:
            self.set_language(new["language"])
        if new["theme"] != old["theme"]:
            self._apply_theme()
        self._apply_window_flags()
        self.dock()
        self._apply_desk(new)
        self.feedback.set_enabled(bool(new["feedback_log"]))
        self._apply_training(bool(new["train_shop_model"]), bool(old["train_shop_model"]))
        if (new["knowledge_dir"], new["model_dir"]) != (old["knowledge_dir"], old["model_dir"]):
            self._switch_knowledge()

    def _apply_training(self, train: bool, trained: bool) -> None:
        self.service.shop.train = train
        if train and not trained:
            self.service.shop.check()
        elif trained and not train:
            self.service.shop.cancel()  # the installed model stays in use

    def _apply_desk(self, settings: Settings) -> None:
        """Hotkeys, the card keys shown on the cards, the salutation and the conversation
        pause: what the agent's desk does with a setting."""
        self.capture.apply(settings)
        self.window.set_card_keys(settings.card_hotkeys())
        self.window.desk.pause = settings["conversation_pause_min"] * 60
        salutation = settings["salutation"].strip() or DEFAULT_FALLBACKS.salutation
        self.service.fallbacks = replace(DEFAULT_FALLBACKS, salutation=salutation)

    def set_language(self, choice: str) -> None:
        self.translations.apply(choice)
        if self.tray is not None:
            self.tray.retranslate()

    def _apply_theme(self) -> None:
        self.dark = apply_theme(self.app, self.settings["theme"]) == "dark"
        self.window.set_dark(self.dark)

    def _switch_knowledge(self) -> None:
        model_kept = self.model_dir() == self.assistant.config.model_dir
        previous = self.assistant
        # the model is the slow part; keep it when only the folder changed
        self.service.switch(Assistant(self._config(),
                                      embedder=previous.embedder if model_kept else None))
        self.watcher.watch(Path(self.assistant.config.knowledge_dir))

    def _apply_window_flags(self) -> None:
        on_top = bool(self.settings["always_on_top"])
        self.window.show_on_top(on_top)
        flags = self.window.windowFlags()
        if bool(flags & Qt.WindowType.WindowStaysOnTopHint) == on_top:
            return
        visible = self.window.isVisible()
        self.window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on_top)
        if visible:
            self.window.show()  # changing flags hides a window; shown again without activation

    def _toggle_on_top(self, on: bool) -> None:
        updated = self.settings.copy()
        updated.set("always_on_top", on)
        self.apply_settings(updated)

    def _set_paused(self, paused: bool) -> None:
        self.capture_paused = paused
        self.capture.set_paused(paused)
        self.window.show_paused(paused)
        if self.tray is not None:
            self.tray.show_paused(paused)

    def _remember_width(self, width: int) -> None:
        self.state["width"] = width
        self._save_state()

    def _on_job_error(self, error: JobError) -> None:
        self.window.show_message(
            self.tr("%1 failed: %2").replace("%1", error.title).replace("%2", error.message), 10000)

    def _save_state(self) -> None:
        try:
            self.state_store.save(self.state)
        except OSError:
            log.exception("could not save window state")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.tray is not None:
            event.ignore()
            self.window.hide()  # with a tray, closing hides; Quit is in the tray menu
            return True
        return super().eventFilter(watched, event)

    def quit(self) -> None:
        self.shutdown()
        self.app.quit()

    def shutdown(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        for signal, slot in self._app_links:
            signal.disconnect(slot)
        self.watcher.stop()
        self.ipc.close()
        self.capture.close()
        self._save_state()
        if self.tray is not None:
            self.tray.hide()
        self.feedback.close()  # records the message on screen first
        self.service.shutdown()  # ends a training's child process; the installed model stays
        self.runner.shutdown(wait=False)
        self.warmup.shutdown(wait=False)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="assist-sidebar", description="Agent Assist sidebar")
    parser.add_argument("--knowledge", type=Path, help="knowledge folder (default: settings)")
    parser.add_argument("--model", type=Path, help="sentence-transformers model folder")
    parser.add_argument("--lang", choices=("zh_CN", "en", "system"), help="interface language")
    parser.add_argument("--no-model", action="store_true", help="keyword search only")
    return parser.parse_args(argv)


def _already_running() -> bool:
    """A second launch brings the running sidebar forward instead of starting twice."""
    try:
        return bool(request("show", timeout=3).get("ok"))
    except (NotRunning, OSError, ValueError):
        return False


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if _already_running():
        print("Agent Assist is already running; brought its window forward.", file=sys.stderr)
        return 0
    ram: RamHandler = setup_logging()
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setQuitOnLastWindowClosed(not QSystemTrayIcon.isSystemTrayAvailable())
    sidebar = Sidebar(app, knowledge_dir=args.knowledge, model_dir=args.model,
                      language=args.lang, load_model=not args.no_model)
    reporter = CrashReporter(ram, lambda: sidebar.window)
    reporter.install()
    sidebar.start()
    if not sidebar.ipc.listen():
        sidebar.window.show_message(
            QCoreApplication.translate(
                "Sidebar", "Commands from 'assist capture' will not reach this window."), 10000)
    log.info("sidebar started")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
