"""The desk's feedback log: per buyer message, the cards shown and what the agent did with them.

A SQLite file in the per-user data folder; it never leaves the PC unless a trainer exports it
(export() writes a self-contained copy for `assist report --logs`). Every text is masked
(assist.trainer.masking) inside record(), before SQLite sees it, so no caller can forget to.
An agent can turn logging off: a disabled log records nothing and creates no file.
Not thread-safe: one log per thread (the sidebar's serial worker).
"""

from __future__ import annotations

import difflib
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from assist import paths
from assist.trainer.masking import header_nicknames, mask

LOG_FILE = "feedback.sqlite3"
ACTIONS = ("inserted", "copied", "none")
# An inserted card edited less than this is an answer the desk agreed with: a training pair.
ACCEPT_EDIT = 0.3
# Edited more than this, the agent's own reply is proposed as a new answer (pending/).
HEAVY_EDIT = 0.5

# Each entry moves the schema one version up; PRAGMA user_version says how many ran.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,              -- local time, ISO 8601, seconds
        agent TEXT NOT NULL DEFAULT '',
        folder TEXT NOT NULL DEFAULT '',
        message TEXT NOT NULL,         -- the buyer's message(s), masked
        answered INTEGER NOT NULL,     -- a card was confident enough to be shown
        action TEXT NOT NULL,          -- inserted | copied | none
        used_rank INTEGER,             -- 1-based rank of the card used
        used_id TEXT,                  -- its snippet id
        used_text TEXT,                -- the card as shown, masked
        final_text TEXT,               -- what the agent sent after editing, masked
        edit_ratio REAL                -- 0 sent as shown .. 1 rewritten
    );
    CREATE INDEX events_at ON events(at);
    CREATE TABLE shown (
        event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        rank INTEGER NOT NULL,
        snippet_id TEXT NOT NULL,
        text TEXT NOT NULL,            -- masked
        confidence REAL NOT NULL,
        PRIMARY KEY (event, rank)
    );
    """,
    # why no folder could answer it (SuggestResult.declined): elsewhere | account |
    # not_for_shop, or '' (then an unanswered message is a gap the folder may fill)
    "ALTER TABLE events ADD COLUMN declined TEXT NOT NULL DEFAULT '';",
)


class FeedbackLogError(Exception):
    """The log cannot be used (made by a newer version, damaged); say so, keep working."""


@dataclass(frozen=True)
class ShownCard:
    snippet_id: str
    text: str
    confidence: float = 0.0


@dataclass(frozen=True)
class Event:
    id: int
    at: datetime
    agent: str
    folder: str
    message: str
    answered: bool
    action: str
    used_rank: int | None
    used_id: str | None
    used_text: str | None
    final_text: str | None
    edit_ratio: float | None
    shown: tuple[ShownCard, ...] = ()
    declined: str = ""  # SuggestResult.declined; "" in logs from before it was recorded

    @property
    def used(self) -> bool:
        return self.action != "none"


def default_path() -> Path:
    return paths.data_dir() / LOG_FILE


def edit_ratio(shown: str, sent: str) -> float:
    """How much of a card the agent changed: 0 sent as is, 1 nothing of it kept."""
    if shown == sent:
        return 0.0
    return round(1.0 - difflib.SequenceMatcher(None, shown, sent, autojunk=False).ratio(), 4)


def cards_from(result: object) -> list[ShownCard]:
    """The cards of a SuggestResult, as record() takes them."""
    return [ShownCard(s.snippet_ids[0], s.text, s.confidence)
            for s in getattr(result, "suggestions", [])]


class FeedbackLog:
    def __init__(self, path: Path, connection: sqlite3.Connection | None, agent: str,
                 keep: Sequence[str] = ()) -> None:
        self.path, self.agent, self.keep = path, agent, tuple(keep)
        self._db = connection

    @classmethod
    def open(cls, path: Path | None = None, *, enabled: bool = True, agent: str = "",
             keep: Iterable[str] = ()) -> FeedbackLog:
        """enabled=False: a log that records nothing (the agent turned logging off).
        keep: the shop's own details (shop.yaml values) that masking may leave in place."""
        path = Path(path) if path is not None else default_path()
        if not enabled:
            return cls(path, None, agent, tuple(keep))
        path.parent.mkdir(parents=True, exist_ok=True)
        db = _connect(path)
        try:
            migrate(db)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise FeedbackLogError(f"cannot use the feedback log {path}: {exc}") from exc
        if agent:
            db.execute("INSERT OR REPLACE INTO meta VALUES ('agent', ?)", (agent,))
            db.commit()
        return cls(path, db, agent, tuple(keep))

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> FeedbackLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def record(self, message: str, shown: Sequence[ShownCard], *, action: str = "none",
               used_rank: int | None = None, final_text: str = "", folder: str | Path = "",
               answered: bool | None = None, at: datetime | None = None,
               declined: str = "") -> int | None:
        """One buyer message: the cards shown (best first), the one used (1-based rank) and
        the text sent; declined: why no folder could answer it (SuggestResult.declined).
        Returns the event id, or None when logging is off."""
        if self._db is None:
            return None
        if action not in ACTIONS:
            raise ValueError(f"action must be one of {ACTIONS}, not {action!r}")
        nicks = header_nicknames(message)
        used = shown[used_rank - 1] if action != "none" and used_rank else None
        sent = final_text or (used.text if used else "")
        ratio = edit_ratio(used.text, sent) if used else None
        hide = lambda text: mask(text, nicks, self.keep)  # noqa: E731
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO events (at, agent, folder, message, answered, action, used_rank,"
                " used_id, used_text, final_text, edit_ratio, declined)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                ((at or datetime.now()).isoformat(timespec="seconds"), self.agent, _key(folder),
                 hide(message), int(bool(shown) if answered is None else answered), action,
                 used_rank if used else None, used.snippet_id if used else None,
                 hide(used.text) if used else None, hide(sent) if action != "none" else None,
                 ratio, declined))
            event = int(cursor.lastrowid)
            self._db.executemany(
                "INSERT INTO shown VALUES (?,?,?,?,?)",
                [(event, rank, c.snippet_id, hide(c.text), float(c.confidence))
                 for rank, c in enumerate(shown, start=1)])
        if ratio is not None and ratio > HEAVY_EDIT and folder and Path(folder).is_dir():
            # the agent knew better than every card: propose the reply for review
            from assist.trainer.pending import EDITED, save_answer

            save_answer(Path(folder), _last_turn(hide(message)), hide(sent), origin=EDITED)
        return event

    def events(self, since: datetime | None = None) -> list[Event]:
        return read_events(self._db, since) if self._db is not None else []

    def accepted_pairs(self, max_edit: float = ACCEPT_EDIT,
                       folder: str | Path | None = None) -> list[tuple[str, str]]:
        """(buyer message, reply sent) for cards inserted or copied with little editing:
        extra training pairs for the shop's model (assist.adapt.pairs.build_pairs(extra=))."""
        if self._db is None:
            return []
        sql = ("SELECT message, final_text FROM events WHERE action != 'none' AND "
               "edit_ratio IS NOT NULL AND edit_ratio <= ?")
        args: list[object] = [max_edit]
        if folder is not None:
            sql += " AND folder = ?"
            args.append(_key(folder))
        pairs = [(_last_turn(q), r) for q, r in self._db.execute(sql, args) if r]
        return list(dict.fromkeys(p for p in pairs if p[0]))

    def export(self, target: Path) -> Path:
        """A self-contained copy (SQLite backup API: consistent while the log is written)."""
        if self._db is None:
            raise FeedbackLogError("logging is off; there is nothing to export")
        target = Path(target)
        if target.is_dir():
            target = target / f"{self.agent or 'feedback'}-{datetime.now():%Y%m%d}.sqlite3"
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        copy = sqlite3.connect(partial)
        try:
            self._db.backup(copy)
            # A shared folder may be read-only for the reader: no -wal/-shm files needed.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
        partial.replace(target)
        return target


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    # With WAL this stays consistent on a crash (a power cut may lose the last few events)
    # and spares the sidebar an fsync per buyer message.
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    # Deleted rows are overwritten, not left readable in free pages.
    db.execute("PRAGMA secure_delete=ON")
    return db


def migrate(db: sqlite3.Connection) -> int:
    """Bring the schema up to date; returns its version."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise sqlite3.DatabaseError(
            f"schema version {version} is newer than this app's ({len(MIGRATIONS)})")
    for number in range(version, len(MIGRATIONS)):
        # one transaction per step: a crash leaves the schema at a version, never between
        db.executescript(f"BEGIN; {MIGRATIONS[number]} PRAGMA user_version={number + 1};"
                         " COMMIT;")
    return len(MIGRATIONS)


def open_exported(path: Path) -> tuple[sqlite3.Connection, str]:
    """An exported log, read-only, and the agent it belongs to (recorded id, else file name)."""
    db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if not 1 <= version <= len(MIGRATIONS):
            raise FeedbackLogError(f"{path} is not a feedback log this version can read")
        row = db.execute("SELECT value FROM meta WHERE key = 'agent'").fetchone()
    except sqlite3.DatabaseError as exc:
        db.close()
        raise FeedbackLogError(f"{path} is not a feedback log ({exc})") from exc
    return db, (row[0] if row and row[0] else Path(path).stem)


def read_events(db: sqlite3.Connection, since: datetime | None = None,
                agent: str | None = None) -> list[Event]:
    """Every event (with its shown cards) at or after since; agent overrides the recorded."""
    start = since.isoformat(timespec="seconds") if since else ""
    shown: dict[int, list[ShownCard]] = {}
    for event, sid, text, conf in db.execute(
            "SELECT s.event, s.snippet_id, s.text, s.confidence FROM shown s JOIN events e "
            "ON e.id = s.event WHERE e.at >= ? ORDER BY s.event, s.rank", (start,)):
        shown.setdefault(event, []).append(ShownCard(sid, text, conf))
    # an exported log from before version 2 has no declined column: every reason is ""
    declined = "declined" if db.execute("PRAGMA user_version").fetchone()[0] >= 2 else "''"
    out = []
    for row in db.execute(
            "SELECT id, at, agent, folder, message, answered, action, used_rank, used_id, "
            f"used_text, final_text, edit_ratio, {declined} FROM events WHERE at >= ? "
            "ORDER BY at, id", (start,)):
        out.append(Event(row[0], datetime.fromisoformat(row[1]), agent or row[2], row[3],
                         row[4], bool(row[5]), *row[6:12], tuple(shown.get(row[0], ())),
                         row[12]))
    return out


def _key(folder: str | Path) -> str:
    """One spelling per knowledge folder, so its accepted pairs are found again."""
    return str(Path(folder).resolve()) if str(folder) else ""


def _last_turn(message: str) -> str:
    """The newest line of a pasted conversation that is not a name/time header."""
    headers = {m.strip() for m in message.splitlines() if header_nicknames(m)}
    lines = [line.strip() for line in message.splitlines()
             if line.strip() and line.strip() not in headers]
    return lines[-1] if lines else ""
