"""The desk: one unlocked store with the services built on it. The CLI and the GUI both use it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.hcx.identity import ensure_identity
from app.schema import all_migrations
from offline.blobs import Blobs
from offline.keys import DEFAULT_KDF, KdfParams, KeyringAccess, PassphraseSource
from offline.store import Store
from offline.vault import Vault

# Extra consistency checks that later layers register (for example the audit hash chain).
Checker = Callable[["Desk"], list[str]]
EXTRA_CHECKS: list[Checker] = []


def vault_for(data_dir: Path, keyring: KeyringAccess | None = None) -> Vault:
    return Vault(data_dir, keyring=keyring, migrations=all_migrations())


@dataclass
class Desk:
    vault: Vault
    store: Store
    blobs: Blobs = field(init=False)

    def __post_init__(self) -> None:
        self.blobs = Blobs(self.store)

    @property
    def data_dir(self) -> Path:
        return self.vault.data_dir

    @classmethod
    def open(cls, data_dir: Path, passphrase: PassphraseSource | None = None, *,
             keyring: KeyringAccess | None = None, migrate: bool = True) -> Desk:
        vault = vault_for(data_dir, keyring)
        return cls(vault, vault.unlock(passphrase, migrate=migrate))

    @classmethod
    def create(cls, data_dir: Path, *, passphrase: str | None = None,
               use_keyring: bool | None = None, keyring: KeyringAccess | None = None,
               kdf: KdfParams = DEFAULT_KDF) -> Desk:
        vault = vault_for(data_dir, keyring)
        store = vault.create(passphrase=passphrase, use_keyring=use_keyring, kdf=kdf)
        ensure_identity(store)  # the desk's HCX key pair and certificate, made once at init
        return cls(vault, store)

    def check(self) -> list[str]:
        problems = self.store.check()
        if problems:
            return problems
        for checker in EXTRA_CHECKS:
            problems.extend(checker(self))
        return problems

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
import app.audit  # noqa: E402, F401  (registers the audit-chain check in EXTRA_CHECKS)
