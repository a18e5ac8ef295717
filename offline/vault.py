"""A desk's data folder: the encrypted database, its metadata and its keys, managed together.

Files in the data folder (none of them holds a plaintext secret or patient data)::

    desk.json       store id, format version, where the key lives, a key check value
    keyslots.json   passphrase slots (only when a passphrase is in use)
    desk.db         the SQLCipher database (+ -wal / -shm while open)

``desk.json`` is written last at creation: a folder without it is not a store. A wrong key or
passphrase is found by the key check value before the database file is opened, so a failed unlock
leaves every file byte-identical.

Key rotation is crash-safe: the new key is saved as *pending* (keyring and slots) before the
database is re-encrypted, and promoted after; an unlock that finds a pending key tries it first and
finishes (or abandons) the rotation.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, BinaryIO

from offline import paths
from offline.errors import (
    BadInput,
    DiskFull,
    KeyringUnavailable,
    Locked,
    NotAStore,
    StoreDamaged,
    StoreExists,
    StoreMissing,
    StoreTooNew,
    WrongKey,
)
from offline.fsutil import atomic_write_bytes, fsync_dir, make_private_dir, private_tempdir
from offline.keys import (
    DEFAULT_KDF,
    ENV_KEYRING,
    KdfParams,
    KeyringAccess,
    PassphraseSource,
    SlotFile,
    Wrapped,
    check_passphrase_strength,
    key_check_value,
    new_master_key,
)
from offline.migrations import CORE_MIGRATIONS, Migration
from offline.store import DEFAULT_CIPHER, CipherSettings, KeyRejected, Store, now_utc

FORMAT = "tpadesk-store"
FORMAT_VERSION = 1
EXPORT_MAGIC = b"TPADESK-EXPORT\n"


@dataclass
class DeskMeta:
    store_id: str
    created_at: str
    kcv: str
    keyring: bool
    format: str = FORMAT
    format_version: int = FORMAT_VERSION
    pending_kcv: str | None = None
    cipher: CipherSettings = DEFAULT_CIPHER

    def save(self, data_dir: Path) -> None:
        data = asdict(self)
        data["cipher"] = self.cipher.to_json()
        atomic_write_bytes(data_dir / paths.META_FILE,
                           json.dumps(data, indent=2).encode("utf-8"))

    @classmethod
    def load(cls, data_dir: Path) -> DeskMeta:
        meta_path = data_dir / paths.META_FILE
        if data_dir.exists() and not data_dir.is_dir():
            raise NotAStore(f"{data_dir} is a file, not a TPA Desk data folder. Give the folder "
                            "with --data-dir.")
        if not meta_path.exists():
            if (data_dir / paths.DB_FILE).exists():
                raise NotAStore(_without_description(data_dir))
            raise StoreMissing(f"There is no TPA Desk store in {data_dir} yet. Create one with "
                               "'tpadesk init' (or start the desk to run the first-run setup).")
        try:
            data = json.loads(meta_path.read_text("utf-8"))
            if data.get("format") != FORMAT:
                raise NotAStore(f"{meta_path} is not a TPA Desk store description.")
            if int(data.get("format_version", 0)) > FORMAT_VERSION:
                raise StoreTooNew(
                    f"This store was written by a newer TPA Desk (format "
                    f"{data['format_version']}). Install the newer version; nothing was changed."
                )
            return cls(
                store_id=str(data["store_id"]),
                created_at=str(data["created_at"]),
                kcv=str(data["kcv"]),
                keyring=bool(data["keyring"]),
                format_version=int(data["format_version"]),
                pending_kcv=data.get("pending_kcv"),
                cipher=CipherSettings.from_json(data.get("cipher")),
            )
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise NotAStore(f"{meta_path} is damaged or not a TPA Desk file "
                            f"({exc.__class__.__name__}). Restore it from a backup.") from exc


SQLITE_HEADER = b"SQLite format 3\x00"
_MIN_PAGE = 512  # SQLite's smallest page size: every database file is a whole number of pages


def _never_a_store(db: Path) -> str | None:
    """Why ``db`` cannot be a TPA Desk database (None when it could be one: an encrypted store is
    indistinguishable from random bytes without its key)."""
    if not db.is_file():
        return "is not a file"
    try:
        size = db.stat().st_size
        with db.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError:
        return None
    if head == SQLITE_HEADER:
        return "is a plain (unencrypted) SQLite database"
    if size == 0:
        return "is empty"
    if size % _MIN_PAGE:
        return "is not a database file"
    return None


def _without_description(data_dir: Path) -> str:
    """The advice for a folder with a database file but no description file."""
    db = data_dir / paths.DB_FILE
    why = _never_a_store(db)
    if why is not None:
        return (f"{db} {why}: this folder holds a file that is not a TPA Desk store. Choose "
                "another --data-dir, or move the file away to create a store here; nothing was "
                "changed.")
    if (data_dir / paths.SLOTS_FILE).exists():
        return (f"{data_dir} has {paths.DB_FILE} and {paths.SLOTS_FILE} but no "
                f"{paths.META_FILE}: it is not a complete TPA Desk store. Restore the folder "
                "from a backup; nothing was changed.")
    return (f"{data_dir} has {paths.DB_FILE} but no {paths.META_FILE}. Either it is a TPA Desk "
            "store that lost its description file (restore the folder from a backup), or the "
            "file is not a TPA Desk store at all (choose another --data-dir, or move the file "
            "away). Nothing was changed.")


@dataclass(frozen=True)
class SlotSummary:
    id: str
    label: str
    created_at: str


class Vault:
    """Creates, unlocks, re-keys, exports and restores the store in one data folder."""

    def __init__(self, data_dir: Path, *, keyring: KeyringAccess | None = None,
                 migrations: Sequence[Migration] = CORE_MIGRATIONS) -> None:
        self.data_dir = Path(data_dir)
        self.keyring = keyring if keyring is not None else KeyringAccess()
        self.migrations = tuple(migrations)

    @property
    def db_path(self) -> Path:
        return self.data_dir / paths.DB_FILE

    def exists(self) -> bool:
        return (self.data_dir / paths.META_FILE).exists()

    def meta(self) -> DeskMeta:
        return DeskMeta.load(self.data_dir)

    def slots(self, meta: DeskMeta | None = None) -> SlotFile:
        meta = meta or self.meta()
        return SlotFile.load(self.data_dir / paths.SLOTS_FILE, meta.store_id)

    def slot_summaries(self) -> list[SlotSummary]:
        return [SlotSummary(s.id, s.label, s.created_at) for s in self.slots().slots]

    # ------------------------------------------------------------------ create

    def create(self, *, passphrase: str | None = None, use_keyring: bool | None = None,
               kdf: KdfParams = DEFAULT_KDF) -> Store:
        """Create the store and its key. The key goes to the keyring when one works; a passphrase
        (if given, or when there is no keyring) adds a passphrase slot."""
        if self.data_dir.exists() and not self.data_dir.is_dir():
            raise NotAStore(f"{self.data_dir} is a file; choose a folder for --data-dir.")
        if (self.data_dir / paths.META_FILE).exists():
            raise StoreExists(f"A TPA Desk store already exists in {self.data_dir}; "
                              "nothing was changed. Use 'tpadesk check' to inspect it.")
        if self.db_path.exists() or self.db_path.is_symlink():
            raise NotAStore(_without_description(self.data_dir))
        keyring_ok = self.keyring.usable()
        if use_keyring is None:
            use_keyring = keyring_ok
        elif use_keyring and not keyring_ok:
            raise BadInput("No usable system keyring on this computer; use a passphrase instead.")
        if not use_keyring and passphrase is None:
            raise BadInput(
                "passphrase: there is no usable system keyring here, so the store key must be "
                "protected by a passphrase. Give it with --passphrase-file FILE or "
                "TPADESK_PASSPHRASE, or run in a terminal to be asked."
            )
        if passphrase is not None:
            check_passphrase_strength(passphrase)

        store_id = uuid.uuid4().hex
        key = new_master_key()
        meta = DeskMeta(store_id=store_id, created_at=now_utc(), kcv=key_check_value(key),
                        keyring=use_keyring)
        made_dir = not self.data_dir.exists()
        created_files: list[Path] = []
        try:
            make_private_dir(self.data_dir)
            if use_keyring:
                self.keyring.set(store_id, key)
            if passphrase is not None:
                slots = SlotFile(self.data_dir / paths.SLOTS_FILE, store_id)
                slots.slots.append(slots.make_slot(key, passphrase, "first passphrase", kdf))
                created_files.append(slots.path)
                slots.save()
            created_files += [self.db_path, Path(f"{self.db_path}-wal"),
                              Path(f"{self.db_path}-shm")]
            store = Store.create(self.db_path, key, self.migrations, store_id=store_id,
                                 cipher=meta.cipher)
            try:
                meta.save(self.data_dir)
            except BaseException:
                store.close()
                raise
            return store
        except BaseException:
            for p in created_files:
                with contextlib.suppress(OSError):
                    p.unlink()
            if use_keyring:
                with contextlib.suppress(Exception):
                    self.keyring.delete(store_id)
            if made_dir:
                with contextlib.suppress(OSError):
                    self.data_dir.rmdir()
            raise

    # ------------------------------------------------------------------ unlock

    def _keys_from_keyring(self, meta: DeskMeta) -> tuple[bytes | None, bytes | None, bool]:
        """(current, pending, keyring had an entry that did not match)."""
        if not meta.keyring or not self.keyring.usable():
            return None, None, False
        current = self.keyring.get(meta.store_id)
        pending = self.keyring.get(meta.store_id, pending=True) if meta.pending_kcv else None
        mismatch = current is not None and key_check_value(current) != meta.kcv
        if mismatch:
            current = None
        if pending is not None and key_check_value(pending) != meta.pending_kcv:
            pending = None
        return current, pending, mismatch

    def unlock_key(self, passphrase_source: PassphraseSource | None = None
                   ) -> tuple[bytes, bytes | None]:
        """Find the key: (current key, pending key during an interrupted rotation)."""
        meta = self.meta()
        current, pending, mismatch = self._keys_from_keyring(meta)
        if current is not None:
            return current, pending
        slots = self.slots(meta)
        no_keyring = self.keyring.unusable_reason() if meta.keyring else None
        if not slots.slots and not slots.pending:
            if mismatch:
                raise WrongKey("The key in this computer's keyring does not open this store; "
                               "nothing was changed. Restore the right key or a backup.")
            if no_keyring is not None:
                # the key may well be in the keyring: it just cannot be asked here
                first = (f"unset {ENV_KEYRING} and try again" if not self.keyring.enabled
                         else "unlock the desktop keyring (log in to the desktop session on "
                              "this computer) and try again")
                raise KeyringUnavailable(
                    f"The store is locked: its key is kept in the system keyring, but "
                    f"{no_keyring}. To open it, {first}; or, on a computer where the keyring "
                    "works, add a passphrase with 'tpadesk key add-passphrase' and then give "
                    "it here with --passphrase-file FILE or TPADESK_PASSPHRASE. Nothing was "
                    "changed."
                )
            where = ("this computer's keyring" if meta.keyring else "any key slot")
            raise Locked(
                f"The store is locked: its key is not in {where}. If the store was moved from "
                "another PC, use 'tpadesk restore' with its export file; nothing was changed."
            )
        passphrase = passphrase_source() if passphrase_source else None
        if passphrase is None:
            because = f"No keyring can be used ({no_keyring}), so " if no_keyring else ""
            raise Locked(
                f"The store is locked: {because}give its passphrase with --passphrase-file "
                "FILE or TPADESK_PASSPHRASE, or run in a terminal to be asked. Nothing was "
                "changed."
            )
        found = slots.try_open(passphrase)
        found_pending = slots.try_open(passphrase, pending=True) if meta.pending_kcv else None
        cur = found[1] if found and key_check_value(found[1]) == meta.kcv else None
        pen = (found_pending[1] if found_pending and meta.pending_kcv
               and key_check_value(found_pending[1]) == meta.pending_kcv else None)
        if cur is None and pen is None:
            raise WrongKey("The passphrase is wrong; the store was not opened and nothing was "
                           "changed. Check the passphrase (it is case-sensitive) and try again.")
        if cur is None:
            assert pen is not None
            return pen, None  # only the pending slot matched: treat as current
        return cur, pen

    def unlock(self, passphrase_source: PassphraseSource | None = None, *,
               migrate: bool = True) -> Store:
        """Open the store: find the key, finish an interrupted rotation, apply migrations."""
        meta = self.meta()
        current, pending = self.unlock_key(passphrase_source)
        if not self.db_path.is_file():
            raise NotAStore(f"{self.db_path} is missing; restore the data folder from a backup.")
        store: Store | None = None
        if pending is not None:
            with contextlib.suppress(KeyRejected):
                store = Store.open(self.db_path, pending, self.migrations, migrate=False,
                                   cipher=meta.cipher)
                self._promote_pending(meta, pending)
        if store is None:
            try:
                store = Store.open(self.db_path, current, self.migrations, migrate=False,
                                   cipher=meta.cipher)
            except KeyRejected as exc:
                why = _never_a_store(self.db_path)
                raise StoreDamaged(
                    f"{self.db_path.name} cannot be read with this store's key: "
                    + (f"it {why}, not this store's encrypted file (it was replaced)"
                       if why else "the file is damaged or was replaced")
                    + ". Restore the data folder from a backup; nothing was changed."
                ) from exc
            if meta.pending_kcv:
                self._abandon_pending(meta)
        try:
            if store.info("store_id") != meta.store_id:
                raise NotAStore(f"{self.db_path.name} belongs to another store than "
                                f"{paths.META_FILE}; restore the folder from one backup.")
            if migrate:
                store.migrate(self.migrations)
        except BaseException:
            store.close()
            raise
        return store

    # ------------------------------------------------------------------ passphrases

    def add_passphrase(self, store: Store, passphrase: str, label: str = "",
                       kdf: KdfParams = DEFAULT_KDF) -> SlotSummary:
        check_passphrase_strength(passphrase)
        meta = self.meta()
        slots = self.slots(meta)
        if slots.try_open(passphrase) is not None:
            raise BadInput("passphrase: this passphrase is already in use for this store.")
        label = label or f"passphrase {len(slots.slots) + 1}"
        slot = slots.make_slot(store.key, passphrase, label, kdf)
        slots.slots.append(slot)
        slots.save()
        return SlotSummary(slot.id, slot.label, slot.created_at)

    def remove_passphrase(self, slot_id: str) -> None:
        meta = self.meta()
        slots = self.slots(meta)
        remaining = [s for s in slots.slots if s.id != slot_id]
        if len(remaining) == len(slots.slots):
            ids = ", ".join(s.id for s in slots.slots) or "none"
            raise BadInput(f"slot: no passphrase slot '{slot_id}'. Slots: {ids}.")
        has_keyring_key = meta.keyring and self.keyring.get(meta.store_id) is not None
        if not remaining and not has_keyring_key:
            raise BadInput("slot: this is the last way to unlock the store (no keyring key); "
                           "add another passphrase first. Nothing was changed.")
        slots.slots = remaining
        slots.save()

    # ------------------------------------------------------------------ rotation

    def rekey(self, store: Store, passphrase: str | None = None) -> list[str]:
        """Rotate the master key. Slots unlocked by ``passphrase`` are re-wrapped; other slots
        cannot be (their passphrase is unknown) and are removed: their labels are returned."""
        meta = self.meta()
        slots = self.slots(meta)
        keep = []
        if slots.slots:
            if passphrase is None:
                raise BadInput("passphrase: this store has passphrase slots; give the passphrase "
                               "so it can be re-wrapped under the new key.")
            keep = [s for s in slots.slots
                    if s.wrapped.open(passphrase, f"tpadesk-slot:{meta.store_id}:{s.id}".encode())]
            if not keep:
                raise WrongKey("The passphrase is wrong; the key was not rotated.")
        dropped = [s.label for s in slots.slots if s not in keep]
        new_key = new_master_key()
        # 1. save the new key as pending everywhere it will live
        if meta.keyring:
            self.keyring.set(meta.store_id, new_key, pending=True)
        assert passphrase is not None or not keep
        slots.pending = [slots.make_slot(new_key, passphrase or "", s.label, s.wrapped.kdf)
                         for s in keep]
        slots.save()
        meta.pending_kcv = key_check_value(new_key)
        meta.save(self.data_dir)
        # 2. re-encrypt every page (one SQLite transaction: all or nothing)
        store.rekey(new_key)
        # 3. promote
        self._promote_pending(meta, new_key)
        return dropped

    def _promote_pending(self, meta: DeskMeta, new_key: bytes) -> None:
        if meta.keyring:
            self.keyring.set(meta.store_id, new_key)
            self.keyring.delete(meta.store_id, pending=True)
        slots = self.slots(meta)
        if slots.pending or slots.slots:
            slots.slots, slots.pending = slots.pending, []
            slots.save()
        meta.kcv = key_check_value(new_key)
        meta.pending_kcv = None
        meta.save(self.data_dir)

    def _abandon_pending(self, meta: DeskMeta) -> None:
        if meta.keyring:
            self.keyring.delete(meta.store_id, pending=True)
        slots = self.slots(meta)
        if slots.pending:
            slots.pending = []
            slots.save()
        meta.pending_kcv = None
        meta.save(self.data_dir)

    # ------------------------------------------------------------------ export / restore

    def export(self, store: Store, dest: Path, passphrase: str,
               kdf: KdfParams = DEFAULT_KDF) -> int:
        """Write an encrypted export (for backup or moving the desk to a new PC) protected by its
        own key, wrapped by ``passphrase``. Returns the file size."""
        check_passphrase_strength(passphrase)
        dest = Path(dest)
        if dest.exists():
            raise BadInput(f"out: {dest} already exists; choose a new file name.")
        meta = self.meta()
        export_key = new_master_key()
        aad = f"tpadesk-export:{meta.store_id}".encode()
        wrapped = Wrapped.seal(export_key, passphrase, aad, kdf)
        dest.parent.mkdir(parents=True, exist_ok=True)
        with private_tempdir(dest.parent, prefix=".tpadesk-export-") as tmp:
            db_copy = tmp / "export.db"
            store.export_to(db_copy, export_key)
            digest = hashlib.sha256()
            with db_copy.open("rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
            header = {
                "format": "tpadesk-export",
                "version": 1,
                "store_id": meta.store_id,
                "exported_at": now_utc(),
                "db_size": db_copy.stat().st_size,
                "db_sha256": digest.hexdigest(),
                "cipher": store.cipher.to_json(),
                "key": wrapped.to_json(),
            }
            part = tmp / "export.part"
            try:
                with part.open("wb") as out, db_copy.open("rb") as src:
                    head = json.dumps(header).encode("utf-8")
                    out.write(EXPORT_MAGIC + struct.pack(">I", len(head)) + head)
                    for block in iter(lambda: src.read(1 << 20), b""):
                        out.write(block)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(part, dest)
            except OSError as exc:
                if exc.errno in (28, 122, 27):
                    raise DiskFull(f"The disk is full: the export {dest.name} could not be "
                                   "written. Free some space; nothing was changed.") from exc
                raise
            fsync_dir(dest.parent)
        return dest.stat().st_size

    @staticmethod
    def read_export_header(fh: BinaryIO, name: str) -> dict[str, Any]:
        magic = fh.read(len(EXPORT_MAGIC))
        if magic != EXPORT_MAGIC:
            raise NotAStore(f"{name} is not a TPA Desk export file.")
        try:
            (length,) = struct.unpack(">I", fh.read(4))
            if length > 1 << 20:
                raise ValueError("header too long")
            header: dict[str, Any] = json.loads(fh.read(length).decode("utf-8"))
            if header.get("format") != "tpadesk-export":
                raise ValueError("format")
            return header
        except (struct.error, ValueError, UnicodeDecodeError) as exc:
            raise NotAStore(f"{name} is damaged or not a TPA Desk export file.") from exc

    def restore(self, src: Path, export_passphrase: str, *, passphrase: str | None = None,
                use_keyring: bool | None = None, kdf: KdfParams = DEFAULT_KDF) -> Store:
        """Create this data folder's store from an export file. The restored store gets a fresh
        master key kept the usual way (keyring, or ``passphrase`` slots)."""
        src = Path(src)
        if self.exists() or self.db_path.exists():
            raise StoreExists(f"A store already exists in {self.data_dir}; restore into an empty "
                              "folder (--data-dir). Nothing was changed.")
        if not src.is_file():
            raise BadInput(f"file: {src} does not exist or is not a file.")
        keyring_ok = self.keyring.usable()
        if use_keyring is None:
            use_keyring = keyring_ok
        if not use_keyring and passphrase is None:
            raise BadInput("passphrase: no usable system keyring here; give a passphrase for the "
                           "restored store (--passphrase-file or TPADESK_PASSPHRASE).")
        if passphrase is not None:
            check_passphrase_strength(passphrase)
        with src.open("rb") as fh:
            header = self.read_export_header(fh, src.name)
            store_id = str(header["store_id"])
            wrapped = Wrapped.from_json(header["key"])
            export_key = wrapped.open(export_passphrase, f"tpadesk-export:{store_id}".encode())
            if export_key is None:
                raise WrongKey(f"The export passphrase for {src.name} is wrong; nothing was "
                               "restored.")
            made_dir = not self.data_dir.exists()
            make_private_dir(self.data_dir)
            try:
                with private_tempdir(self.data_dir, prefix=".restore-") as tmp:
                    db_tmp = tmp / paths.DB_FILE
                    digest = hashlib.sha256()
                    with db_tmp.open("wb") as out:
                        for block in iter(lambda: fh.read(1 << 20), b""):
                            digest.update(block)
                            out.write(block)
                        out.flush()
                        os.fsync(out.fileno())
                    if digest.hexdigest() != header.get("db_sha256"):
                        raise StoreDamaged(f"{src.name} is truncated or damaged (SHA-256 "
                                           "mismatch); nothing was restored.")
                    cipher = CipherSettings.from_json(header.get("cipher"))
                    restored = Store.open(db_tmp, export_key, self.migrations, migrate=False,
                                          cipher=cipher)
                    try:
                        restored.require_ok()
                        new_key = new_master_key()
                        restored.rekey(new_key)
                    finally:
                        restored.close()
                    meta = DeskMeta(store_id=store_id, created_at=now_utc(),
                                    kcv=key_check_value(new_key), keyring=use_keyring,
                                    cipher=cipher)
                    if use_keyring:
                        self.keyring.set(store_id, new_key)
                    if passphrase is not None:
                        slots = SlotFile(self.data_dir / paths.SLOTS_FILE, store_id)
                        slots.slots.append(slots.make_slot(new_key, passphrase, "restored", kdf))
                        slots.save()
                    os.replace(db_tmp, self.db_path)
                    meta.save(self.data_dir)
            except BaseException:
                for name in (paths.SLOTS_FILE, paths.DB_FILE, paths.META_FILE):
                    with contextlib.suppress(OSError):
                        (self.data_dir / name).unlink()
                if made_dir:
                    with contextlib.suppress(OSError):
                        self.data_dir.rmdir()
                raise
        return self.unlock(lambda: passphrase)
