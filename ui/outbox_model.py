"""The outbox as a table: every message, its state, attempts, next try and last error."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from app.clocks import format_ist
from ui.formatting import leg_label
from ui.queue_model import AMBER, MUTED, RED

Index = QModelIndex | QPersistentModelIndex
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1

HEADERS = ("Case", "Leg", "Payer", "State", "Attempts", "Next try", "Last error")
_STATE_TEXT = {"queued": "Queued", "sending": "Sending…", "sent": "Sent, awaiting answer",
               "needs_attention": "Needs attention", "paused": "Paused", "done": "Done"}


def _field(msg: Any, name: str) -> Any:
    return msg.get(name) if isinstance(msg, dict) else getattr(msg, name, None)


class OutboxModel(QAbstractTableModel):
    """Rows are outbox messages (``offline.outbox.Message`` or their ``as_json`` dicts)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self.payer_names: dict[str, str] = {}   # code -> the profile's name

    def set_messages(self, messages: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(messages)
        self.endResetModel()

    def update_message(self, message: Any) -> None:
        """One message changed (from the bridge): replace it or add it."""
        mid = _field(message, "id")
        for i, m in enumerate(self._rows):
            if _field(m, "id") == mid:
                self._rows[i] = message
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(HEADERS) - 1))
                return
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append(message)
        self.endInsertRows()

    def message_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(HEADERS)):
            return None
        msg = self._rows[index.row()]
        col = index.column()
        state = str(_field(msg, "state") or "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(msg, col, state)
        if role == Qt.ItemDataRole.ToolTipRole and col == 6:
            return _field(msg, "last_error") or None
        if role == Qt.ItemDataRole.ToolTipRole and col == 2:
            return str(_field(msg, "payer") or "") or None
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            if state == "needs_attention":
                return QBrush(RED)
            if state == "paused":
                return QBrush(AMBER)
            if state in ("sent", "done"):
                return QBrush(MUTED)
        if role == MESSAGE_ROLE:
            return msg
        return None

    def _display(self, msg: Any, col: int, state: str) -> str:
        if col == 0:
            return str(_field(msg, "case_ref") or _field(msg, "case_id") or "")
        if col == 1:
            return leg_label(str(_field(msg, "leg") or ""))
        if col == 2:
            code = str(_field(msg, "payer") or "")
            return self.payer_names.get(code) or code
        if col == 3:
            known = _STATE_TEXT.get(state)
            return self.tr(known) if known is not None else state.replace("_", " ")
        if col == 4:
            return str(_field(msg, "attempts") or 0)
        if col == 5:
            if state not in ("queued", "paused"):
                return ""
            nxt = _field(msg, "next_attempt_at")
            if isinstance(nxt, int | float):
                from datetime import UTC, datetime

                return format_ist(datetime.fromtimestamp(nxt, UTC))
            return format_ist(nxt) if nxt else ""
        err = str(_field(msg, "last_error") or "")
        return err.splitlines()[0][:120] if err else ""
