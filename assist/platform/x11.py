"""X11: global hotkeys with XGrabKey, synthetic keys with XTest, focus from the X server.

Grabs are exclusive, so a combination another app already holds fails with BadAccess: that is
how a conflict is detected and reported instead of silently never firing.
"""

from __future__ import annotations

import sys

assert sys.platform.startswith(("linux", "freebsd", "openbsd"))  # X11 desktops; tells mypy

import logging
import select
import threading
from collections.abc import Callable

from Xlib import XK, X, display, error
from Xlib.ext import xtest

from assist.platform import messages
from assist.platform.base import Backend, Hotkey, HotkeyError, WindowRef
from assist.platform.keymaps import X11_MODIFIER_KEYSYMS, x11_keysym_name

log = logging.getLogger(__name__)
_MASKS = {"ctrl": X.ControlMask, "shift": X.ShiftMask, "alt": X.Mod1Mask, "meta": X.Mod4Mask}
# NumLock (Mod2) and CapsLock change the modifier state; grab every variant so a hotkey still
# fires with them on.
_LOCK_VARIANTS = (0, X.LockMask, X.Mod2Mask, X.LockMask | X.Mod2Mask)
_MODIFIER_NAMES = ("Control_L", "Control_R", "Alt_L", "Alt_R", "Shift_L", "Shift_R",
                   "Super_L", "Super_R", "Meta_L", "Meta_R", "ISO_Level3_Shift")


class XErrors:
    """An onerror handler for python-xlib requests that keeps what the server refused.

    python-xlib calls onerror(error, request); errors arrive asynchronously, so callers sync
    the display before looking. (list.append took one argument, raised inside the handler,
    and the refusal went unnoticed: a taken hotkey looked registered.)
    """

    def __init__(self) -> None:
        self.errors: list[error.XError] = []

    def __call__(self, err: error.XError, request: object = None) -> bool:
        self.errors.append(err)
        return True  # handled: python-xlib would otherwise also print it to stderr

    def __bool__(self) -> bool:
        return bool(self.errors)

    def any(self, kind: type[error.XError]) -> bool:
        return any(isinstance(e, kind) for e in self.errors)

    def codes(self) -> str:
        return ", ".join(dict.fromkeys(type(e).__name__ for e in self.errors))


class X11Backend(Backend):
    def __init__(self) -> None:
        try:
            self._display = display.Display()  # GUI-thread connection: keys and focus
            self._listen = display.Display()  # the listener thread's own connection
        except (error.DisplayError, error.ConnectionClosedError, OSError) as exc:
            raise HotkeyError(messages.NO_X_DISPLAY, exc) from exc
        if not self._display.has_extension("XTEST"):
            raise HotkeyError(messages.NO_XTEST)
        self._root = self._listen.screen().root
        self._bindings: dict[tuple[int, int], Callable[[], None]] = {}
        self._names: dict[str, tuple[int, int]] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._net_active = self._display.intern_atom("_NET_ACTIVE_WINDOW")

    # ---- hotkeys -------------------------------------------------------------------------

    def register_hotkey(self, name: str, hotkey: Hotkey, callback: Callable[[], None]) -> None:
        keycode = self._keycode(self._listen, hotkey.key)
        mask = 0
        for mod in hotkey.modifiers:
            mask |= _MASKS[mod]
        failures = XErrors()
        with self._lock:
            if name in self._names:
                self._ungrab(*self._names.pop(name))
            for variant in _LOCK_VARIANTS:
                self._root.grab_key(keycode, mask | variant, True, X.GrabModeAsync,
                                    X.GrabModeAsync, onerror=failures)
            self._listen.sync()  # the server's answers to the grabs arrive before this returns
            if failures:
                self._ungrab(keycode, mask)
                self._listen.sync()
                if failures.any(error.BadAccess):
                    raise HotkeyError(messages.HOTKEY_TAKEN, hotkey)
                raise HotkeyError(messages.HOTKEY_REFUSED, hotkey, failures.codes())
            self._bindings[(keycode, mask)] = callback
            self._names[name] = (keycode, mask)
        self._ensure_thread()

    def unregister_all(self) -> None:
        with self._lock:
            for keycode, mask in self._names.values():
                self._ungrab(keycode, mask)
            self._names.clear()
            self._bindings.clear()
            self._listen.sync()

    def close(self) -> None:
        """Release every grab and both connections; the backend is not used again."""
        if self._stop.is_set():
            return
        self.unregister_all()
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=1)
        if self._thread is None or not self._thread.is_alive():  # else it still reads _listen
            self._listen.close()
            self._display.close()

    def _ungrab(self, keycode: int, mask: int) -> None:
        for variant in _LOCK_VARIANTS:
            self._root.ungrab_key(keycode, mask | variant)
        self._bindings.pop((keycode, mask), None)

    def _ensure_thread(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._loop, name="x11-hotkeys", daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        relevant = X.ControlMask | X.ShiftMask | X.Mod1Mask | X.Mod4Mask
        while not self._stop.is_set():
            readable, _, _ = select.select([self._listen.fileno()], [], [], 0.2)
            if not readable and not self._listen.pending_events():
                continue
            with self._lock:
                events = [self._listen.next_event() for _ in range(self._listen.pending_events())]
            for event in events:
                if event.type != X.KeyPress:
                    continue
                callback = self._bindings.get((event.detail, event.state & relevant))
                if callback is not None:
                    try:
                        callback()
                    except Exception:  # a failing handler must not kill the listener
                        log.exception("hotkey handler failed")

    # ---- keys and focus ------------------------------------------------------------------

    def modifiers_down(self) -> bool:
        keymap = self._display.query_keymap()
        modifiers = (self._display.keysym_to_keycode(XK.string_to_keysym(name))
                     for name in _MODIFIER_NAMES)
        # the hotkeys' own keys too: while one is down its grab is active, and keys sent now
        # would reach the grab instead of the chat window
        grabbed = {keycode for keycode, _ in self._bindings}
        return any(code and keymap[code // 8] & (1 << (code % 8))
                   for code in (*modifiers, *grabbed))

    def send_keys(self, hotkey: Hotkey) -> None:
        mods = [self._keycode(self._display, X11_MODIFIER_KEYSYMS[m]) for m in
                ("ctrl", "alt", "shift", "meta") if m in hotkey.modifiers]
        key = self._keycode(self._display, hotkey.key)
        for code in mods:
            xtest.fake_input(self._display, X.KeyPress, code)
        xtest.fake_input(self._display, X.KeyPress, key)
        xtest.fake_input(self._display, X.KeyRelease, key)
        for code in reversed(mods):
            xtest.fake_input(self._display, X.KeyRelease, code)
        self._display.sync()

    def active_window(self) -> WindowRef | None:
        window = self._net_active_window() or self._focus_toplevel()
        if window is None:
            return None
        return WindowRef(window.id, self._title(window))

    def _title(self, window) -> str:
        """_NET_WM_NAME (UTF-8) first: WM_NAME is Latin-1 or compound text, where a chat
        window's Chinese title (the buyer's name) comes out garbled or empty."""
        try:
            prop = window.get_full_property(self._display.intern_atom("_NET_WM_NAME"),
                                            self._display.intern_atom("UTF8_STRING"))
            if prop is not None and prop.value:
                value = prop.value
                return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
            title = window.get_wm_name() or ""
        except error.XError:
            return ""
        return title if isinstance(title, str) else ""

    def activate(self, window: WindowRef) -> bool:
        target = self._display.create_resource_object("window", window.handle)
        failures = XErrors()
        root = self._display.screen().root
        if self._wm_supports_active():
            from Xlib.protocol import event as xevent

            message = xevent.ClientMessage(window=target, client_type=self._net_active,
                                           data=(32, [2, X.CurrentTime, 0, 0, 0]))
            root.send_event(message, event_mask=X.SubstructureRedirectMask |
                            X.SubstructureNotifyMask, onerror=failures)
        target.configure(stack_mode=X.Above, onerror=failures)
        target.set_input_focus(X.RevertToParent, X.CurrentTime, onerror=failures)
        self._display.sync()  # errors for the three requests arrive before this returns
        if failures:
            log.info("activating window %#x failed: %s", window.handle, failures.codes())
        return not failures

    def _keycode(self, disp: display.Display, key: str) -> int:
        name = key if key in X11_MODIFIER_KEYSYMS.values() else x11_keysym_name(key)
        keycode = disp.keysym_to_keycode(XK.string_to_keysym(name))
        if not keycode:
            raise HotkeyError(messages.UNKNOWN_KEY, key)
        return keycode

    def _wm_supports_active(self) -> bool:
        root = self._display.screen().root
        supported = root.get_full_property(self._display.intern_atom("_NET_SUPPORTED"),
                                           X.AnyPropertyType)
        return bool(supported and self._net_active in supported.value)

    def _net_active_window(self):
        if not self._wm_supports_active():
            return None
        root = self._display.screen().root
        prop = root.get_full_property(self._net_active, X.AnyPropertyType)
        if not prop or not prop.value or not prop.value[0]:
            return None
        return self._display.create_resource_object("window", prop.value[0])

    def _focus_toplevel(self):
        """Without a window manager, the focus window's ancestor just below the root."""
        focus = self._display.get_input_focus().focus
        if not hasattr(focus, "query_tree"):  # PointerRoot or None
            return None
        root = self._display.screen().root
        window = focus
        try:
            while True:
                parent = window.query_tree().parent
                if parent is None or parent.id == root.id or parent.id == 0:
                    return window
                window = parent
        except error.XError:
            return None
