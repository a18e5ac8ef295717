"""The work queue: a table model of cases and a proxy for saved views and search."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.clocks import IST
from ui.formatting import clock_text, format_ist, leg_label, money, state_label, status_label
from ui.rows import CaseRow

Index = QModelIndex | QPersistentModelIndex
AMBER_MINUTES = 15  # the clock turns amber when this little payer time is left

AMBER = QColor("#a15c00")
AMBER_BG = QColor("#fff4e0")
RED = QColor("#b3261e")
RED_BG = QColor("#fdecea")
MUTED = QColor("#5f6b7a")

# A role that returns the raw value for sorting (amounts as numbers, clocks as seconds).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 3   # the row's flags, most pressing first
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 4   # the clock's level: red, amber, ok or ""


class Column(StrEnum):
    CASE = "Case"
    PATIENT = "Patient"
    PAYER = "Payer"
    LEG = "Current leg"
    STATUS = "Status"
    REQUESTED = "Requested"
    APPROVED = "Approved"
    CLOCK = "Clock"
    FLAGS = "Flags"


COLUMNS = list(Column)
_RIGHT = {Column.REQUESTED, Column.APPROVED}
# the flags in the order a clerk should act on them: what needs the desk first
FLAG_ORDER = ("needs_attention", "queued_offline", "paused", "unsaved_edits", "emergency")
_FLAG_TEXT = {"needs_attention": "Needs attention", "queued_offline": "Waiting to send",
              "paused": "Payer paused", "unsaved_edits": "Unsaved edits kept",
              "emergency": "Emergency"}
FLAG_SHORT = {"needs_attention": "Attention", "queued_offline": "Queued",
              "paused": "Paused", "unsaved_edits": "Edits kept", "emergency": "Emergency"}
_FLAG_TIP = {"needs_attention": "Needs attention: the payer refused a message or it needs a "
                                "fix; open the case",
             "queued_offline": "Waiting to send: saved, and sent as soon as the payer can be "
                               "reached",
             "paused": "Payer paused: messages to this payer wait until it is resumed (Outbox)",
             "unsaved_edits": "Your unfinished edits of this draft are kept; open it to carry on",
             "emergency": "Emergency admission"}


class View(StrEnum):
    NEEDS_ACTION = "Needs action"
    AWAITING_PAYER = "Awaiting payer"
    QUEUED_OFFLINE = "Queued offline"
    BREACHED = "Breached"
    TODAY = "Today"
    ALL = "All"


def in_view(row: CaseRow, view: View, now: datetime) -> bool:
    """Whether a case belongs to a saved view (the single definition, used by the proxy)."""
    if view is View.ALL:
        return True
    if view is View.NEEDS_ACTION:
        return row.needs_action()
    if view is View.AWAITING_PAYER:
        return row.awaiting_payer()
    if view is View.QUEUED_OFFLINE:
        return row.queued_offline()
    if view is View.BREACHED:
        return row.breached(now)
    today = now.astimezone(IST).date()
    return (row.created_at.astimezone(IST).date() == today
            or row.updated_at.astimezone(IST).date() == today)


class CaseTableModel(QAbstractTableModel):
    """Rows are :class:`~ui.port.CaseRow`; ``now`` is set by a timer so clocks tick."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []
        self._index: dict[str, int] = {}
        self._hay: dict[str, str] | None = None
        self.now = datetime.now(UTC)

    # ---------------------------------------------------------------- data in

    def haystacks(self) -> dict[str, str]:
        """Lower-case search text per case (built once per load)."""
        if self._hay is None:
            self._hay = {r.id: " ".join((r.id, r.patient, r.payer, r.payer_name,
                                         self._status_text(r))).lower() for r in self._rows}
        return self._hay

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self._hay = None
        self._rows = list(rows)
        self._index = {r.id: i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def upsert(self, row: CaseRow) -> None:
        """Replace one case's row in place (or add it at the top)."""
        at = self._index.get(row.id)
        if at is None:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._rows.insert(0, row)
            self._hay = None
            self._index = {r.id: i for i, r in enumerate(self._rows)}
            self.endInsertRows()
            return
        self._rows[at] = row
        self._hay = None
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))

    def tick(self, now: datetime | None = None) -> None:
        """Advance the clock column (live countdown)."""
        self.now = now or datetime.now(UTC)
        if self._rows:
            col = COLUMNS.index(Column.CLOCK)
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python (fast for 10,000 cases); the proxy only filters."""
        if not (0 <= column < len(COLUMNS)):
            return
        col = COLUMNS[column]
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[i.row()].id, i.column()) for i in persistent]
        self._rows.sort(key=lambda r: (self._sort_key(r, col), r.id),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self._index = {r.id: i for i, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.createIndex(self._index[cid], c) for cid, c in held])
        self.layoutChanged.emit()

    def row_at(self, r: int) -> CaseRow:
        return self._rows[r]

    def rows(self) -> list[CaseRow]:
        return list(self._rows)

    # ---------------------------------------------------------------- Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(COLUMNS[section].value)
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] in _RIGHT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(COLUMNS)):
            return None
        row = self._rows[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SORT_ROLE:
            return self._sort_key(row, col)
        if role == ROW_ROLE:
            return row
        if role == FLAGS_ROLE and col is Column.FLAGS:
            return self.flags_of(row)
        if role == LEVEL_ROLE and col is Column.CLOCK:
            return self.clock_level(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in _RIGHT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, col)
        if role == Qt.ItemDataRole.BackgroundRole and col is Column.CLOCK:
            level = self.clock_level(row)
            if level == "red":
                return QBrush(RED_BG)
            if level == "amber":
                return QBrush(AMBER_BG)
        if role == Qt.ItemDataRole.ToolTipRole and col is Column.CLOCK and row.due_at is not None:
            return self.tr("Payer's answer due by {0}").format(format_ist(row.due_at))
        if role == Qt.ItemDataRole.ToolTipRole and col is Column.FLAGS and self.flags_of(row):
            return "\n".join(self.tr(_FLAG_TIP[f]) for f in self.flags_of(row))
        if role == Qt.ItemDataRole.ToolTipRole and col is Column.STATUS and row.stage:
            return self._status_text(row)
        if role == Qt.ItemDataRole.ToolTipRole and row.is_form_draft:
            return self.tr("An admission you started; it is not a case until it is complete. "
                           "Press Enter to carry on with it.")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, col)
        return None

    def urgency(self, row: CaseRow) -> tuple[int, float]:
        """Most urgent first: breached (longest overdue first), then least payer time left,
        then what waits on the desk (newest first), then the rest."""
        left = row.time_left(self.now)
        if row.breached(self.now):
            return (0, left.total_seconds() if left is not None else 0.0)
        if left is not None:
            return (1, left.total_seconds())
        newest_first = -row.updated_at.timestamp()
        if row.needs_action() or row.waiting_on == "hospital":
            return (2, newest_first)
        return (3, newest_first)

    def clock_level(self, row: CaseRow) -> str:
        """``red`` breached, ``amber`` near the limit, ``ok`` otherwise, ``""`` no clock."""
        left = row.time_left(self.now)
        if row.breached(self.now):
            return "red"
        if left is None:
            return ""
        return "amber" if left.total_seconds() <= AMBER_MINUTES * 60 else "ok"

    def _foreground(self, row: CaseRow, col: Column) -> Any:
        if col is Column.CLOCK:
            level = self.clock_level(row)
            if level == "red":
                return QBrush(RED)
            if level == "amber":
                return QBrush(AMBER)
        if col is Column.FLAGS and "needs_attention" in row.flags:
            return QBrush(RED)
        if col is Column.CASE:
            return QBrush(MUTED)
        return None

    def _status_text(self, row: CaseRow) -> str:
        if row.is_form_draft:
            return self.tr("Incomplete draft")
        return status_label(row.status)

    def _state_text(self, row: CaseRow) -> str:
        """The status without the leg's name when the Current leg column already shows it
        ("Sent, awaiting payer" beside "Pre-auth"): narrower, nothing said twice."""
        if row.is_form_draft or not row.stage:
            return self._status_text(row)
        return state_label(row.status)

    def _display(self, row: CaseRow, col: Column) -> str:
        if col is Column.CASE:
            return self.tr("Unfinished") if row.is_form_draft else row.id
        if col is Column.PATIENT:
            return row.patient or (self.tr("(no name yet)") if row.is_form_draft else "")
        if col is Column.PAYER:
            return row.payer_name or row.payer
        if col is Column.LEG:
            return leg_label(row.stage) if row.stage else "—"
        if col is Column.STATUS:
            return self._state_text(row)
        if col is Column.REQUESTED:
            return "—" if row.is_form_draft else money(row.requested)
        if col is Column.APPROVED:
            return money(row.approved)
        if col is Column.CLOCK:
            text = clock_text(row.time_left(self.now), row.waiting_on)
            if not text and row.breached_answered:
                return self.tr("answered late")
            return text
        return " · ".join(self.tr(_FLAG_TEXT[f]) for f in self.flags_of(row))

    @staticmethod
    def flags_of(row: CaseRow) -> list[str]:
        """The row's flags, the ones asking for action first."""
        have = set(row.flags) | ({"emergency"} if row.emergency else set())
        return [f for f in FLAG_ORDER if f in have]

    def _sort_key(self, row: CaseRow, col: Column) -> Any:
        if col is Column.REQUESTED:
            return row.requested
        if col is Column.APPROVED:
            return -1 if row.approved is None else row.approved
        if col is Column.CLOCK:
            return self.urgency(row)
        if col is Column.FLAGS:
            flags = self.flags_of(row)
            return (*(FLAG_ORDER.index(f) for f in flags), len(FLAG_ORDER))
        if col is Column.CASE:
            return row.id
        return self._display(row, col).lower()


class CaseFilterProxy(QSortFilterProxyModel):
    """Saved view + free-text search (case id, patient, payer, status) over the case model."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = View.ALL
        self._words: list[str] = []
        self._accepted: set[str] | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: Any) -> None:
        # connected before the proxy's own handlers, so the cache is fresh when they filter
        for signal in (model.modelAboutToBeReset, model.rowsAboutToBeInserted):
            signal.connect(self._forget)
        super().setSourceModel(model)

    def _forget(self, *_: object) -> None:
        self._accepted = None

    @property
    def view(self) -> View:
        return self._view

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in the source model (Python's sort); the proxy keeps its order."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def set_view(self, view: View) -> None:
        self.beginFilterChange()
        self._view = view
        self._accepted = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = [w for w in text.lower().split() if w]
        self._accepted = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def invalidate_rows(self) -> None:
        """Re-apply the filter after the rows or the time changed."""
        self.beginFilterChange()
        self._accepted = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _accept_set(self, model: CaseTableModel) -> set[str]:
        """One pass in Python over every row (much cheaper than deciding row by row)."""
        rows = model.rows()
        picked = [r for r in rows if in_view(r, self._view, model.now)]
        if self._words:
            hay = model.haystacks()
            picked = [r for r in picked if all(w in hay[r.id] for w in self._words)]
        return {r.id for r in picked}

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CaseTableModel):
            return True
        if self._accepted is None:
            self._accepted = self._accept_set(model)
        return model.row_at(source_row).id in self._accepted

    def count_in(self, view: View) -> int:
        model = self.sourceModel()
        if not isinstance(model, CaseTableModel):
            return 0
        return sum(1 for r in model.rows() if in_view(r, view, model.now))
