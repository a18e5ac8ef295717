"""PDF forms and reports (reportlab, Qt-free): IRDAI Part C, enhancement request, discharge /
final claim cover sheet and the daily desk report. The UI previews and prints the PDFs.

Fonts are bundled (``resources/fonts``); see :mod:`app.forms.fonts`.
"""
