"""Schema migrations of the app layer, one module per component.

Each module ``app/migrations/<component>.py`` defines ``MIGRATIONS: tuple[Migration, ...]`` for
its own component, numbered from 1 (see offline/migrations.py). They are found automatically.
"""
