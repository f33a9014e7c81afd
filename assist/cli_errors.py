"""How the `assist` command meets bad input and failure: one line on stderr and a documented
exit code, never a traceback (ASSIST_DEBUG=1 shows one). cli.main() runs every command through
guarded(); the checks below turn bad arguments into UsageError before any work starts.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from assist import paths

EXIT_OK = 0
EXIT_FOUND = 1
EXIT_USAGE = 2
EXIT_NOT_RUNNING = 3
EXIT_INTERNAL = 70  # EX_SOFTWARE in sysexits.h
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for Ctrl-C
EXIT_OUTPUT_CLOSED = 141  # 128 + SIGPIPE, what `yes | head` reports for `yes`

EXIT_CODES = f"""exit codes:
  {EXIT_OK:<4} done
  {EXIT_FOUND:<4} problems found: in the knowledge folder (check) or the golden file (eval),
       training failed (adapt), or the sidebar refused the command
  {EXIT_USAGE:<4} usage or input error: a bad argument, a missing or unreadable folder or
       file, a golden file that cannot be used, a model that cannot be loaded
  {EXIT_NOT_RUNNING:<4} the sidebar is not running or cannot be reached safely
  {EXIT_INTERNAL:<4} internal error (a bug); its traceback goes to cli-errors.log in the log folder
  {EXIT_INTERRUPTED:<4} interrupted (Ctrl+C)
  {EXIT_OUTPUT_CLOSED:<4} the output was closed early (e.g. `| head -1`); nothing more is printed"""

_LOG_LIMIT = 1 << 20  # the crash log is cut back once it passes 1 MB


class UsageError(Exception):
    """A mistake in how a command was called or in what it was given: one line, exit 2."""


def say(line: str) -> None:
    """One line on stderr; a closed stderr (`2>&1 | head`) is not worth a second error."""
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr, flush=True)


def guarded(run: Callable[[], int]) -> int:
    """Run a command; turn whatever escapes it into one line and an exit code."""
    try:
        code = run()
        sys.stdout.flush()  # a closed pipe shows up here, not in the interpreter's last flush
        return code
    except BrokenPipeError:
        return _output_closed()
    except KeyboardInterrupt:
        say("interrupted")
        return EXIT_INTERRUPTED
    except (UsageError, *_model_errors()) as exc:
        say(f"error: {exc}")
        return EXIT_USAGE
    except Exception as exc:
        if os.environ.get("ASSIST_DEBUG"):
            raise
        if isinstance(exc, OSError) and exc.strerror:  # disk full, permission denied, ...
            where = f"{exc.filename}: " if exc.filename else ""
            say(f"error: {where}{exc.strerror}")
            return EXIT_USAGE
        say(f"error: internal error ({type(exc).__name__}: {exc}); {_save_traceback()}")
        return EXIT_INTERNAL


def _model_errors() -> tuple[type[Exception], ...]:
    # The embedder (and numpy with it) is imported only by commands that load a model, so
    # `assist capture` bound to a key stays quick; if it was never imported, none of its
    # errors can have been raised.
    embedder = sys.modules.get("assist.retrieval.embedder")
    return (embedder.ModelError,) if embedder else ()


def _output_closed() -> int:
    # The Python docs' recipe (signal module, "Note on SIGPIPE"): point stdout at devnull so
    # the interpreter's final flush of what is still buffered does not fail a second time.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # stdout is not a real file (tests capture it): nothing will flush it at exit
    return EXIT_OUTPUT_CLOSED


def _save_traceback() -> str:
    log = paths.log_dir() / "cli-errors.log"
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        if log.exists() and log.stat().st_size > _LOG_LIMIT:
            log.unlink()
        with log.open("a", encoding="utf-8", errors="replace") as f:
            f.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} {' '.join(sys.argv)}\n")
            f.write(traceback.format_exc())
    except OSError as exc:
        return f"its details could not be saved ({exc.strerror})"
    return f"details in {log}"


def folder_argument(path: Path, what: str) -> Path:
    """`path` if it is a folder this user can read, else UsageError naming it."""
    if not path.exists():
        raise UsageError(f"{what} {path} does not exist")
    if not path.is_dir():
        raise UsageError(f"{what} {path} is not a folder")
    if not os.access(path, os.R_OK | os.X_OK):
        raise UsageError(f"cannot read {what} {path} (permission denied)")
    return path


def text_argument(value: str, what: str) -> str:
    """`value` unless it holds bytes that were not UTF-8 (Python keeps them as lone surrogates,
    which the tokenizers and the JSON output cannot take)."""
    bad = re.search("[\ud800-\udfff]", value)
    if bad:
        char = ord(bad.group())
        byte = f" (byte 0x{char - 0xDC00:02x})" if 0xDC80 <= char <= 0xDCFF else ""
        raise UsageError(f"{what} is not valid UTF-8 text{byte}; check the terminal's encoding")
    return value


def stdin_text() -> str:
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(
            f"standard input is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start})"
        ) from None


def count(text: str) -> int:
    """argparse type for a number of things: a whole number, at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def seed(text: str) -> int:
    """argparse type for a random seed: 0 to 2**32 - 1, what every generator takes."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value < 2**32:
        raise argparse.ArgumentTypeError(f"must be between 0 and {2**32 - 1}, not {value}")
    return value
