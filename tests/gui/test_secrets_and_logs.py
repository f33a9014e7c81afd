"""Secrets only through the keyring wrapper; the log keeps recent lines for the error dialog."""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backends.fail import Keyring as FailKeyring

from assist.ui.settings.secrets import SecretStore
from assist.ui.shell.logs import setup_logging


def test_secret_goes_to_the_keyring(memory_keyring):
    store = SecretStore()
    assert store.persistent and store.notice == ""
    store.set("api-token", "s3cret")
    assert memory_keyring.passwords[("AgentAssist", "api-token")] == "s3cret"
    assert SecretStore().get("api-token") == "s3cret"
    store.delete("api-token")
    assert store.get("api-token") is None


def test_without_a_keyring_the_secret_lives_for_the_session_and_we_say_so():
    keyring.set_keyring(FailKeyring())
    store = SecretStore()
    store.set("api-token", "s3cret")
    assert store.get("api-token") == "s3cret"
    assert not store.persistent
    assert "only until the app closes" in store.notice
    assert SecretStore().get("api-token") is None  # nothing was written anywhere


def test_a_locked_keyring_falls_back_to_the_session(memory_keyring, monkeypatch):
    def locked(*_args):
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(memory_keyring, "set_password", locked)
    store = SecretStore()
    store.set("api-token", "s3cret")
    assert store.get("api-token") == "s3cret"
    assert "locked or failed" in store.notice


def test_log_file_rotates_and_recent_lines_stay_in_memory(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    ram = setup_logging(tmp_path)
    try:
        logging.getLogger("assist.test").warning("hello from the test")
        assert "hello from the test" in ram.dump()
        for handler in root.handlers:
            handler.flush()
        assert "hello from the test" in (tmp_path / "assist.log").read_text(encoding="utf-8")
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
