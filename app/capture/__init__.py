"""Document capture and processing: scanners, scan-to-folder, file import, compression to the
payer's limits, QR codes and OCR. Qt-free; the UI and ``tpadesk attach`` / ``tpadesk scan`` call it.

The usual path for one file is :func:`app.capture.process.prepare_file`, which checks the file
(type by content, size and pixel limits, PDF safety) and returns a :class:`ProcessedDocument`
ready to be streamed into the blob store.
"""
