"""List items of several lines drawn whole: a delegate whose size hint is the real height of
every line (Devanagari lines, and marks drawn with a fallback face, are taller than the Latin
font's metrics say, and Qt's default hint then cut the last line off)."""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)


def text_height(text: str, font: QFont, width: int) -> int:
    """How tall ``text`` really is when laid out in ``width`` pixels: every line measured with
    the fonts that draw it (a Devanagari line, drawn with the Devanagari face, is taller than
    the Latin metrics say), each line's height rounded up."""
    total = 0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1))
            total += math.ceil(line.height())
        layout.endLayout()
    return total


class LinesDelegate(QStyledItemDelegate):
    """List items of one or more lines (a checklist entry: the document, then "required,
    missing") as tall as all their lines really are, plus a margin above and below, so that no
    line is cut off or elided in any script."""

    MARGIN = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        size = super().sizeHint(option, index)
        view = self.parent()
        width = (view.viewport().width() if isinstance(view, QAbstractItemView)
                 else option.rect.width())
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        # the style's own text margins on either side (as QCommonStyle lays out an item)
        width -= 2 * (QApplication.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
                      + 1)
        needed = text_height(text, option.font, width) + 2 * self.MARGIN
        return QSize(size.width(), max(size.height(), needed))
