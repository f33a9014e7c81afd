"""Secrets go through here and nowhere else: the OS keyring, or this session's memory.

Never falls back to a file. When the keyring is missing or locked the secret is kept in
memory for the session and `notice` says so, for the UI to show.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors

log = logging.getLogger(__name__)
SERVICE = "AgentAssist"


def keyring_usable() -> bool:
    backend = keyring.get_keyring()
    priority = getattr(backend, "priority", 0)
    return "fail" not in type(backend).__module__ and priority > 0


class SecretStore:
    def __init__(self, service: str = SERVICE):
        self.service = service
        self._session: dict[str, str] = {}
        self.notice = "" if keyring_usable() else (
            "No system keyring is available: secrets are kept only until the app closes.")

    @property
    def persistent(self) -> bool:
        return not self.notice

    def get(self, name: str) -> str | None:
        if name in self._session:
            return self._session[name]
        if not self.persistent:
            return None
        try:
            return keyring.get_password(self.service, name)
        except keyring.errors.KeyringError as exc:
            self._fall_back(exc)
            return None

    def set(self, name: str, secret: str) -> None:
        if self.persistent:
            try:
                keyring.set_password(self.service, name, secret)
                return
            except keyring.errors.KeyringError as exc:
                self._fall_back(exc)
        self._session[name] = secret

    def delete(self, name: str) -> None:
        self._session.pop(name, None)
        if self.persistent:
            try:
                keyring.delete_password(self.service, name)
            except keyring.errors.PasswordDeleteError:
                pass
            except keyring.errors.KeyringError as exc:
                self._fall_back(exc)

    def _fall_back(self, exc: Exception) -> None:
        # The exception type only: keyring messages can echo what was stored.
        log.warning("keyring unavailable (%s); keeping secrets for this session",
                    type(exc).__name__)
        self.notice = ("The system keyring is locked or failed: "
                       "secrets are kept only until the app closes.")
