"""Translations complete and current; the settings and secrets code stays free of Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from assist.ui.shell.resources import resource

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("zh_CN", "en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_is_complete_and_compiled(language, tmp_path):
    ts = resource("i18n", f"assist_{language}.ts")
    qm = resource("i18n", f"assist_{language}.qm")
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert messages
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []
    # Compare by content, not mtime: a fresh clone gives both files arbitrary times.
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease not installed")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, str(ts), "-qm", str(fresh)], capture_output=True, check=True)
    assert fresh.read_bytes() == qm.read_bytes(), "run pyside6-lrelease"


def test_every_ui_string_is_in_the_translations(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")
    probe = tmp_path / "probe.ts"
    shutil.copy(resource("i18n", "assist_zh_CN.ts"), probe)
    # the whole package, as resources/i18n/README.md says: the UI's sub-packages and the
    # core's sentences ("Core" context) alike
    sources = sorted(str(p) for p in (ROOT / "assist").rglob("*.py"))
    out = subprocess.run([lupdate, *sources, "-ts", str(probe), "-no-obsolete"],
                         capture_output=True, text=True, check=True).stdout
    assert "(0 new and" in out, out


def test_settings_secrets_and_logs_import_without_qt():
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'PySide6': raise ImportError('Qt blocked')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import assist.ui.settings.model, assist.ui.settings.secrets, assist.ui.shell.logs\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
