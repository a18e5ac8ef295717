"""Qt-free, domain-free infrastructure: the encrypted store, keys, blobs, outbox, inbox, sync.

Nothing here imports ``app``, ``ui`` or Qt (checked by import-linter in CI).
"""
