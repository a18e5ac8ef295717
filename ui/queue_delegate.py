"""How the work queue paints its clock and flags: small coloured badges that stay readable on a
selected row, flags in the order a clerk acts on them, and a count per saved view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.queue_model import (
    AMBER,
    AMBER_BG,
    COLUMNS,
    FLAG_SHORT,
    FLAGS_ROLE,
    LEVEL_ROLE,
    RED,
    RED_BG,
    Column,
)

Index = QModelIndex | QPersistentModelIndex
COUNT_ROLE = Qt.ItemDataRole.UserRole + 5   # a saved view's number of cases (sidebar)

# flag -> (text colour, badge colour)
BADGE = {
    "needs_attention": (QColor("#ffffff"), RED),
    "queued_offline": (QColor("#1f4f86"), QColor("#e3edf9")),
    "paused": (AMBER, AMBER_BG),
    "unsaved_edits": (QColor("#3b4653"), QColor("#eef1f5")),
    "emergency": (RED, RED_BG),
}
CLOCK_BADGE = {"red": (RED, RED_BG), "amber": (AMBER, AMBER_BG)}
PAD, GAP, RADIUS = 7, 4, 9


def _badge(painter: QPainter, rect: QRect, text: str, colours: tuple[QColor, QColor]) -> int:
    """One rounded badge at the left of ``rect``; returns its width."""
    metrics = painter.fontMetrics()
    natural = metrics.horizontalAdvance(text) + 2 * PAD + 2
    width = min(natural, rect.width())
    height = min(metrics.height() + 6, rect.height())
    box = QRect(rect.left(), rect.center().y() - height // 2 + 1, width, height)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours[1])
    painter.drawRoundedRect(box, RADIUS, RADIUS)
    painter.setPen(colours[0])
    shown = text if width >= natural else metrics.elidedText(
        text, Qt.TextElideMode.ElideRight, width - 2 * PAD)
    painter.drawText(box.adjusted(PAD, 0, -PAD + 2, 0),
                     int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown)
    return width


def fitted_flags(flags: list[str], width: int, advance: Any,
                 label: Any = FLAG_SHORT.__getitem__) -> tuple[list[str], int]:
    """The flags (most pressing first) whose badges fit in ``width``, and how many did not."""
    shown: list[str] = []
    used = 0
    for i, flag in enumerate(flags):
        rest = len(flags) - i - 1
        need = advance(label(flag)) + 2 * PAD + 2 + (GAP if shown else 0)
        more = (advance(f"+{rest}") + GAP) if rest else 0
        if used + need + more > width and shown:
            return shown, len(flags) - len(shown)
        shown.append(flag)
        used += need
    return shown, 0


class QueueDelegate(QStyledItemDelegate):
    """Badges for the clock (amber / red) and the flags; other cells as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        col = COLUMNS[index.column()] if 0 <= index.column() < len(COLUMNS) else None
        flags = index.data(FLAGS_ROLE) if col is Column.FLAGS else None
        level = index.data(LEVEL_ROLE) if col is Column.CLOCK else None
        if not flags and level not in CLOCK_BADGE:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        opt.backgroundBrush = Qt.GlobalColor.transparent
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:  # the row's own background (selection, alternate colour)
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(opt.font)
        rect = opt.rect.adjusted(6, 4, -4, -4)
        if level in CLOCK_BADGE:
            _badge(painter, rect, text, CLOCK_BADGE[level])
        else:
            metrics = painter.fontMetrics()
            shown, hidden = fitted_flags(list(flags), rect.width(), metrics.horizontalAdvance,
                                         lambda f: self.tr(FLAG_SHORT[f]))
            x = rect.left()
            for flag in shown:
                part = QRect(x, rect.top(), rect.right() - x, rect.height())
                x += _badge(painter, part, self.tr(FLAG_SHORT[flag]), BADGE[flag]) + GAP
            if hidden:
                painter.setPen(QColor("#5f6b7a"))
                painter.drawText(QRect(x, rect.top() + 2, rect.right() - x, rect.height()),
                                 int(Qt.AlignmentFlag.AlignVCenter), f"+{hidden}")
        painter.restore()


class ViewsDelegate(QStyledItemDelegate):
    """Sidebar views: the name on the left, its count right-aligned in one column."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        count = index.data(COUNT_ROLE)
        if count is None:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.save()
        font = painter.font()
        font.setBold(selected)
        painter.setFont(font)
        painter.setPen(QColor("#1f5fa8") if selected else QColor("#5f6b7a"))
        rect = option.rect.adjusted(0, 0, -12, 0)  # type: ignore[attr-defined]
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         str(count))
        painter.restore()
