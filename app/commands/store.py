"""Store commands: init, check, key, rekey, export, restore."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import Any

from app import audit
from app.audit import default_actor
from app.desk import Desk, vault_for
from app.secrets_input import passphrase_source
from offline.errors import BadInput, StoreDamaged
from offline.keys import KeyringAccess
from offline.paths import DB_FILE


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="create the encrypted store and keys",
                       description="Create the encrypted store and its key in the data folder "
                                   "and print where they are.")
    p.add_argument("--no-keyring", action="store_true",
                   help="do not use the system keyring; protect the key with a passphrase only")
    p.add_argument("--also-passphrase", action="store_true",
                   help="keep the key in the keyring and add a passphrase slot as well")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("check", parents=[common], help="check the store; print 'ok' or problems",
                       description="Run SQLCipher's cipher_integrity_check, SQLite's "
                                   "integrity_check and the desk's own checks.")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("key", parents=[common], help="list, add or remove passphrases")
    ksub = p.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    k = ksub.add_parser("list", parents=[common], help="where the key is kept")
    k.set_defaults(handler=cmd_key_list)
    k = ksub.add_parser("add-passphrase", parents=[common], help="add a passphrase slot")
    k.add_argument("--label", default="", help="a name for the slot (e.g. 'IT backup')")
    k.add_argument("--new-passphrase-file", metavar="FILE",
                   help="the new passphrase (else $TPADESK_NEW_PASSPHRASE, else a prompt)")
    k.set_defaults(handler=cmd_key_add)
    k = ksub.add_parser("remove-passphrase", parents=[common], help="remove a passphrase slot")
    k.add_argument("slot", help="the slot id shown by 'tpadesk key list'")
    k.set_defaults(handler=cmd_key_remove)

    p = sub.add_parser("rekey", parents=[common], help="rotate the store's master key")
    p.set_defaults(handler=cmd_rekey)

    p = sub.add_parser("export", parents=[common],
                       help="write an encrypted export (backup / move to a new PC)")
    p.add_argument("--out", required=True, metavar="FILE", help="the export file to create")
    p.add_argument("--export-passphrase-file", metavar="FILE",
                   help="passphrase protecting the export (else $TPADESK_EXPORT_PASSPHRASE, "
                        "else a prompt)")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("restore", parents=[common],
                       help="create this data folder's store from an export file")
    p.add_argument("file", help="the export file")
    p.add_argument("--export-passphrase-file", metavar="FILE",
                   help="the export's passphrase (else $TPADESK_EXPORT_PASSPHRASE, else a prompt)")
    p.add_argument("--no-keyring", action="store_true",
                   help="protect the restored store with a passphrase, not the keyring")
    p.set_defaults(handler=cmd_restore)


def _keyring(cli: Any) -> KeyringAccess:
    return cli.keyring if cli.keyring is not None else KeyringAccess()


def cmd_init(cli: Any) -> int:
    args = cli.args
    keyring = _keyring(cli)
    use_keyring: bool | None = False if args.no_keyring else None
    wants_passphrase = args.no_keyring or args.also_passphrase or not keyring.usable()
    passphrase = cli.passphrase(confirm=True)() if wants_passphrase else None
    desk = Desk.create(cli.data_dir, passphrase=passphrase, use_keyring=use_keyring,
                       keyring=keyring)
    try:
        meta = desk.vault.meta()
        where = []
        if meta.keyring:
            where.append("the system keyring (service 'TPA Desk')")
        if passphrase is not None:
            where.append(f"a passphrase slot in {desk.vault.data_dir / 'keyslots.json'}")
        cli.print(
            f"Created the encrypted store in {desk.data_dir}",
            f"  database: {desk.data_dir / DB_FILE} (SQLCipher, AES-256)",
            f"  key:      {' and '.join(where)}",
        )
    finally:
        desk.close()
    return 0


def cmd_check(cli: Any) -> int:
    try:
        desk = cli.desk(migrate=False)
    except StoreDamaged as exc:
        cli.print(str(exc))
        return 2
    problems = desk.check()
    if problems:
        cli.print("The store has problems:", *[f"  {p}" for p in problems],
                  "Restore the data folder from a backup (tpadesk restore), or ask IT.")
        return 2
    cli.print("ok")
    return 0


def cmd_key_list(cli: Any) -> int:
    vault = vault_for(cli.data_dir, cli.keyring)
    meta = vault.meta()
    keyring = _keyring(cli)
    in_keyring = meta.keyring and keyring.get(meta.store_id) is not None
    cli.print(f"store {meta.store_id} in {cli.data_dir}")
    cli.print(f"  keyring: {'yes' if in_keyring else 'no'}")
    slots = vault.slot_summaries()
    if not slots:
        cli.print("  passphrase slots: none")
    for s in slots:
        cli.print(f"  passphrase slot {s.id}  {s.label}  (added {s.created_at})")
    return 0


def cmd_key_add(cli: Any) -> int:
    desk = cli.desk()
    new = passphrase_source(cli.args.new_passphrase_file, "TPADESK_NEW_PASSPHRASE",
                            prompt="New passphrase: ", confirm=True,
                            what="new-passphrase-file")()
    if new is None:
        raise BadInput("new passphrase: give it with --new-passphrase-file FILE or "
                       "TPADESK_NEW_PASSPHRASE, or run in a terminal to be asked.")
    slot = None
    try:  # the slot and its audit entry: both or neither
        with desk.store.transaction() as conn:
            slot = desk.vault.add_passphrase(desk.store, new, cli.args.label)
            audit.record(conn, actor=default_actor(), action="key.passphrase_added",
                         details={"slot": slot.id, "label": slot.label})
    except BaseException:
        if slot is not None:  # the entry could not be committed: take the slot back
            with contextlib.suppress(Exception):
                desk.vault.remove_passphrase(slot.id)
        raise
    cli.print(f"Added passphrase slot {slot.id} ({slot.label}).")
    return 0


def cmd_key_remove(cli: Any) -> int:
    desk = cli.desk()
    labels = {s.id: s.label for s in desk.vault.slot_summaries()}
    with desk.store.transaction() as conn:  # a refused removal rolls its entry back
        audit.record(conn, actor=default_actor(), action="key.passphrase_removed",
                     details={"slot": cli.args.slot, "label": labels.get(cli.args.slot, "")})
        desk.vault.remove_passphrase(cli.args.slot)
    cli.print(f"Removed passphrase slot {cli.args.slot}.")
    return 0


def cmd_rekey(cli: Any) -> int:
    desk = cli.desk()
    dropped = desk.vault.rekey(desk.store, cli.passphrase()() if desk.vault.slot_summaries()
                               else None)
    audit.record_now(desk.store, actor=default_actor(), action="key.rotated",
                     details={"slots_kept": len(desk.vault.slot_summaries()),
                              "slots_removed": dropped})
    cli.print("The store's key was rotated; every page is now encrypted under the new key.")
    for label in dropped:
        cli.print(f"  passphrase slot '{label}' was removed (its passphrase was not given); "
                  "add it again with 'tpadesk key add-passphrase'.")
    return 0


def _export_passphrase(cli: Any, confirm: bool) -> str:
    value = passphrase_source(cli.args.export_passphrase_file, "TPADESK_EXPORT_PASSPHRASE",
                              prompt="Export passphrase: ", confirm=confirm,
                              what="export-passphrase-file")()
    if value is None:
        raise BadInput("export passphrase: give it with --export-passphrase-file FILE or "
                       "TPADESK_EXPORT_PASSPHRASE, or run in a terminal to be asked.")
    return value


def cmd_export(cli: Any) -> int:
    desk = cli.desk()
    out = Path(cli.args.out)
    if out.exists():
        raise BadInput(f"out: {out} already exists; choose a new file name.")
    size = desk.vault.export(desk.store, out, _export_passphrase(cli, confirm=True))
    # recorded after the export is written (so the export itself does not hold this entry)
    audit.record_now(desk.store, actor=default_actor(), action="store.exported",
                     details={"file": out.name, "size_bytes": size})
    cli.print(f"Wrote the encrypted export {out} ({size:,} bytes).",
              "Keep its passphrase apart from the file; restore it with 'tpadesk restore'.")
    return 0


def cmd_restore(cli: Any) -> int:
    keyring = _keyring(cli)
    vault = vault_for(cli.data_dir, keyring)
    export_pass = _export_passphrase(cli, confirm=False)
    use_keyring = False if cli.args.no_keyring else None
    passphrase = None
    if cli.args.no_keyring or not keyring.usable():
        passphrase = cli.passphrase(confirm=True)()
    store = vault.restore(Path(cli.args.file), export_pass, passphrase=passphrase,
                          use_keyring=use_keyring)
    try:
        audit.record_now(store, actor=default_actor(), action="store.restored",
                         details={"file": Path(cli.args.file).name,
                                  "keyring": vault.meta().keyring})
    finally:
        store.close()
    cli.print(f"Restored the store into {cli.data_dir}; it has a new key of its own.")
    return 0
