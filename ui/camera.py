"""Proof-of-presence photos from a webcam (HCX categories PHT / PoPr), with the capture time.

The camera needs Qt Multimedia, which is in the ``pyside6-addons`` wheel (175 MB, about 440 MB
installed), not in PySide6-Essentials. The desk does not ship it by default, so everything here
works gracefully without it: :func:`camera_unavailable_reason` says in plain words why there is
no camera and what to do instead (attach a photo file; its EXIF capture time is read). Where
Qt Multimedia is installed, :class:`CameraDialog` shows the camera and takes a photo; the window
stores it in the background as a colour document stamped with the capture time.
"""

from __future__ import annotations

import importlib
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

NO_MULTIMEDIA = ("This desk has no camera support (Qt Multimedia is not installed). Take the "
                 "photo with a phone or camera and attach the file with category PoPr (proof "
                 "of presence) or PHT; its capture time is read from the photo.")
NO_CAMERA = ("No camera was found. Connect a webcam and try again, or attach a photo file with "
             "category PoPr (proof of presence) or PHT.")


def _multimedia() -> tuple[Any, Any] | None:
    try:
        media = importlib.import_module("PySide6.QtMultimedia")
        widgets = importlib.import_module("PySide6.QtMultimediaWidgets")
    except ImportError:
        return None
    return media, widgets


def camera_unavailable_reason() -> str | None:
    """Why no photo can be taken here (plain words), or None when a camera is ready."""
    modules = _multimedia()
    if modules is None:
        return NO_MULTIMEDIA
    media, _widgets = modules
    if not media.QMediaDevices.videoInputs():
        return NO_CAMERA
    return None


def qimage_to_jpeg(image: QImage, quality: int = 92) -> bytes:
    """A captured frame as JPEG bytes (in memory; no file is written)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", quality)
    buffer.close()
    return bytes(data.data())


class CameraDialog(QDialog):
    """Live view and a Take photo button. Emits ``photo_taken(jpeg bytes, captured_at)``.
    Build it only when :func:`camera_unavailable_reason` is None."""

    photo_taken = Signal(bytes, object)  # JPEG bytes, datetime (UTC) of the capture

    def __init__(self, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        modules = _multimedia()
        if modules is None:
            raise RuntimeError(NO_MULTIMEDIA)
        media, widgets = modules
        self.media = media
        self.setWindowTitle(self.tr("Proof of presence for {0}").format(case_id))
        self.resize(760, 620)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.cameras = QComboBox(self)
        self.cameras.setAccessibleName(self.tr("Camera"))
        for device in media.QMediaDevices.videoInputs():
            self.cameras.addItem(device.description(), device)
        top.addWidget(QLabel(self.tr("Camera"), self))
        top.addWidget(self.cameras, 1)
        lay.addLayout(top)
        self.view = widgets.QVideoWidget(self)
        lay.addWidget(self.view, 1)
        self.note = QLabel(self.tr("Frame the patient at the hospital, then take the photo. The "
                                   "capture time is recorded with it."), self)
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        row = QHBoxLayout()
        self.take_button = QPushButton(self.tr("Take photo"), self)
        self.take_button.setObjectName("primary")
        close = QPushButton(self.tr("Close"), self)
        row.addStretch(1)
        row.addWidget(self.take_button)
        row.addWidget(close)
        lay.addLayout(row)
        self.session = media.QMediaCaptureSession(self)
        self.capture = media.QImageCapture(self)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(self.view)
        self.camera: Any = None
        self.capture.imageCaptured.connect(self._captured)
        self.capture.errorOccurred.connect(
            lambda _id, _err, text: self.note.setText(
                self.tr("The camera could not take the photo: {0}").format(text)))
        self.cameras.currentIndexChanged.connect(lambda _i: self._start())
        self.take_button.clicked.connect(self.take)
        close.clicked.connect(self.reject)
        self.finished.connect(lambda _r: self._stop())
        self._start()

    def _start(self) -> None:
        self._stop()
        device = self.cameras.currentData()
        if device is None:
            return
        self.camera = self.media.QCamera(device, self)
        self.camera.errorOccurred.connect(
            lambda _err, text: self.note.setText(self.tr("Camera problem: {0}").format(text)))
        self.session.setCamera(self.camera)
        self.camera.start()

    def _stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.camera = None

    def take(self) -> None:
        if not self.capture.isReadyForCapture():
            self.note.setText(self.tr("The camera is not ready yet; try again in a moment."))
            return
        self.capture.capture()

    def _captured(self, _request_id: int, image: QImage) -> None:
        when = datetime.now(UTC)
        self.note.setText(self.tr("Photo taken; storing it…"))
        self.photo_taken.emit(qimage_to_jpeg(image), when)
