"""GUI tests: offscreen Qt, a throwaway ASSIST_HOME, an in-memory keyring, and the real
Assistant with the real model, loaded once per session. The shop's model is not trained
(ASSIST_ADAPT=0) except where a test turns it on (test_shop_model.py)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt
os.environ["ASSIST_HOME"] = tempfile.mkdtemp(prefix="assist-gui-home-")
os.environ.setdefault("ASSIST_DEFAULTS", "")
os.environ["ASSIST_ADAPT"] = "0"

import json

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from assist import paths
from assist.engine import Assistant, AssistConfig


class MemoryKeyring(KeyringBackend):
    priority = 10

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture(scope="session")
def knowledge_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("knowledge") / "knowledge"
    shutil.copytree(paths.bundled_knowledge_dir(), target)
    return target


@pytest.fixture(scope="session")
def session_assistant(knowledge_copy: Path) -> Assistant:
    """The real core with the real model; loaded once, index built once for the session."""
    assistant = Assistant(AssistConfig(knowledge_dir=knowledge_copy))
    assistant.load_knowledge()
    assistant.load_model()
    assistant.build_index()
    return assistant


@pytest.fixture
def settings_paths(tmp_path: Path) -> tuple[Path, Path]:
    settings = tmp_path / "config" / "settings.json"
    settings.parent.mkdir()
    settings.write_text(json.dumps({"version": 2, "values": {"language": "en", "theme": "light"}}),
                        encoding="utf-8")
    return settings, tmp_path / "state" / "window.json"


@pytest.fixture
def make_sidebar(qtbot, qapp, settings_paths):
    from assist.ui.app import Sidebar
    from assist.ui.settings.model import SettingsStore, StateStore

    made = []

    def make(assistant: Assistant | None = None, load_model: bool = True, **kwargs):
        settings, state = settings_paths
        sidebar = Sidebar(qapp, settings_store=SettingsStore(settings, defaults_paths=[]),
                          state_store=StateStore(state), assistant=assistant,
                          load_model=load_model, **kwargs)
        qtbot.addWidget(sidebar.window)
        made.append(sidebar)
        sidebar.start()
        return sidebar

    yield make
    for sidebar in made:
        qtbot.waitUntil(lambda s=sidebar: not s.runner.busy and not s.warmup.busy, timeout=60_000)
        sidebar.shutdown()


@pytest.fixture
def sidebar(make_sidebar, session_assistant, qtbot):
    """A running sidebar on the shared assistant, with semantic search ready."""
    bar = make_sidebar(session_assistant)
    qtbot.waitUntil(lambda: bar.service.state.phase == "semantic", timeout=60_000)
    return bar


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform says this for every top-level window; it is not our warning.
    here = Path(__file__).parent
    ignore = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(ignore)
