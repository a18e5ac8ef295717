"""Payer profile commands: ``tpadesk payer list [--json]`` and ``tpadesk payer set CODE ...``.

A profile says how to reach and please one payer (see app/payers.py). Secrets (the password or
client secret) are never part of a profile: ``--secret-file FILE`` or ``--ask-secret`` puts them in
the system keyring (or, without one, in the encrypted store), and they are never printed.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import fields
from typing import Any

from app.audit import default_actor
from app.payers import (
    STAGES,
    PayerProfile,
    PayerSecrets,
    get_profile,
    list_profiles,
    missing_for_sending,
    save_profile,
    validate_profile,
)
from app.secrets_input import read_passphrase_file
from offline.errors import BadInput, FieldError, ValidationFailed

#: Text fields settable as ``--field-name VALUE`` (the option is the field with dashes).
TEXT_FIELDS = (
    "name", "insurer", "payer_participant_code", "provider_participant_code", "exchange_url",
    "relay_url", "token_url", "token_format", "api_prefix", "auth_style", "auth_header",
    "username", "client_id", "jwe_alg", "jwe_enc", "timestamp_format", "workflow_mode",
    "query_channel",
)
INT_FIELDS = ("max_document_bytes", "max_bundle_bytes")

_HELP = {
    "name": "the payer's name as clerks know it",
    "insurer": "the insurer behind a TPA",
    "payer_participant_code": "the payer's participant code on the exchange",
    "provider_participant_code": "this hospital's participant code on the exchange",
    "exchange_url": "the exchange base URL (https; http only on loopback or for training)",
    "relay_url": "the relay inbox base URL (https; http only on loopback or for training)",
    "token_url": "the token endpoint (default: EXCHANGE_URL/v1/auth/token)",
    "token_format": "form (OAuth2 form-encoded, default) | json (NHCX gateway style)",
    "api_prefix": "path before every endpoint (default /v1)",
    "auth_style": "password (HCX) | client_credentials (NHCX)",
    "auth_header": "Authorization (Bearer) | bearer_auth (NHCX)",
    "username": "user name, or client id for client_credentials",
    "client_id": "client id sent with a password grant, when the token server wants one",
    "jwe_alg": "RSA-OAEP-256 (default) | RSA-OAEP",
    "jwe_enc": "A256GCM (default) | A192GCM | A128GCM",
    "timestamp_format": "iso8601 (+05:30) | unix_ms",
    "workflow_mode": "nhcx (stage codes 12, 13, ...) | episode (a UUID per case)",
    "query_channel": "communication (Communication) | claim (resubmitted Claim)",
    "max_document_bytes": "largest document the payer accepts (bytes)",
    "max_bundle_bytes": "largest message the payer accepts (bytes)",
}


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("payer", parents=[common], help="list or change payer profiles")
    psub = p.add_subparsers(dest="payer_command", metavar="ACTION", required=True)

    ls = psub.add_parser("list", parents=[common], help="the payer profiles",
                         description="List the payer profiles (shipped defaults and saved "
                                     "ones). Secrets are never shown, only where they are kept.")
    ls.add_argument("--json", action="store_true", help="print JSON (a list of profiles)")
    ls.set_defaults(handler=cmd_payer_list)

    st = psub.add_parser(
        "set", parents=[common], help="create or change a payer profile",
        description="Create or change a payer profile. Only the options given change; every "
                    "wrong value is named and nothing is saved then. The password or client "
                    "secret goes to the system keyring (or the encrypted store), never into "
                    "the profile.")
    st.add_argument("code", help="the profile's code, e.g. 'star-health'")
    for name in TEXT_FIELDS:
        st.add_argument(f"--{name.replace('_', '-')}", dest=name, metavar="VALUE",
                        help=_HELP.get(name))
    for name in INT_FIELDS:
        st.add_argument(f"--{name.replace('_', '-')}", dest=name, metavar="BYTES",
                        help=_HELP.get(name))
    mode = st.add_mutually_exclusive_group()
    mode.add_argument("--training", dest="training", action="store_const", const=True,
                      help="mark as a training payer (the sandbox; http allowed)")
    mode.add_argument("--live", dest="training", action="store_const", const=False,
                      help="mark as a live payer (https required)")
    st.add_argument("--sla", action="append", default=[], metavar="STAGE=MINUTES",
                    help="the payer's answer time for a stage, e.g. preauth=60 (repeatable)")
    st.add_argument("--preauth-sla-emergency-only", dest="preauth_sla_emergency_only",
                    metavar="yes|no",
                    help="yes: the pre-auth clock runs for emergency admissions only (planned "
                         "ones have no pre-auth clock); no: for every admission")
    st.add_argument("--require", action="append", default=[], metavar="STAGE=CODES",
                    help="documents required for a stage, e.g. preauth=POI,FCF (repeatable; "
                         "an empty list clears)")
    st.add_argument("--recommend", action="append", default=[], metavar="STAGE=CODES",
                    help="documents recommended for a stage (warnings only)")
    secret = st.add_mutually_exclusive_group()
    secret.add_argument("--secret-file", metavar="FILE",
                        help="read the password / client secret from the first line of FILE")
    secret.add_argument("--ask-secret", action="store_true",
                        help="prompt for the password / client secret (not echoed)")
    secret.add_argument("--clear-secret", action="store_true",
                        help="forget the saved password / client secret")
    st.set_defaults(handler=cmd_payer_set)


# --------------------------------------------------------------------------- list


def cmd_payer_list(cli: Any) -> int:
    desk = cli.desk()
    secrets = PayerSecrets(desk.store, cli.keyring)
    saved = {str(r[0]) for r in desk.store.conn().execute("SELECT code FROM payer_profile")}
    rows = []
    missing: dict[str, list[str]] = {}
    for profile in list_profiles(desk.store):
        data = profile.to_json()
        data["source"] = "saved" if profile.code in saved else "default"
        data["secret"] = secrets.where(profile.code)
        todo = [e.path for e in missing_for_sending(profile)]
        if data["secret"] is None:
            todo.append("secret")
        data["ready"] = profile.training or not todo
        if not data["ready"]:
            missing[profile.code] = todo
        rows.append(data)
    if cli.args.json:
        cli.print_json(rows)
        return 0
    if not rows:
        cli.print("No payer profiles. Add one with 'tpadesk payer set CODE --name NAME ...'.")
        return 0
    cli.print(f"{'CODE':<20} {'NAME':<28} {'MODE':<9} {'AUTH':<19} {'SECRET':<8} EXCHANGE")
    for r in rows:
        mode = "training" if r["training"] else "live"
        cli.print(f"{r['code']:<20} {r['name'][:28]:<28} {mode:<9} {r['auth_style']:<19} "
                  f"{r['secret'] or '-':<8} {r['exchange_url'] or '(not set)'}")
    for code, todo in missing.items():
        cli.print(f"  {code}: not ready to send; still to set: {', '.join(todo)}")
    return 0


# --------------------------------------------------------------------------- set


def _stage_pairs(values: list[str], option: str, errors: list[FieldError]
                 ) -> list[tuple[str, str]]:
    out = []
    for value in values:
        stage, sep, rest = value.partition("=")
        stage = stage.strip()
        if not sep or stage not in STAGES:
            errors.append(FieldError(option, f"'{value}' is not STAGE=VALUE with STAGE one of "
                                             f"{', '.join(STAGES)}."))
            continue
        out.append((stage, rest.strip()))
    return out


def _codes(text: str) -> list[str]:
    return [c.strip().upper() for c in text.split(",") if c.strip()]


def _read_secret(cli: Any) -> str | None:
    args = cli.args
    if args.secret_file:
        return read_passphrase_file(args.secret_file, "secret-file")
    if args.ask_secret:
        if sys.stdin is None or not sys.stdin.isatty():
            raise BadInput("ask-secret: there is no terminal to ask in; use --secret-file FILE.")
        value = getpass.getpass(f"Password / client secret for {args.code}: ")
        if not value:
            raise BadInput("secret: nothing was typed; nothing was saved.")
        return value
    return None


_YES, _NO = ("yes", "y", "true", "on", "1"), ("no", "n", "false", "off", "0")


def _yes_no(text: str, option: str, errors: list[FieldError]) -> bool | None:
    value = text.strip().lower()
    if value in _YES or value in _NO:
        return value in _YES
    errors.append(FieldError(option, f"'{text}' is not yes or no."))
    return None


def _whole_number(text: str, option: str, errors: list[FieldError]) -> int | None:
    try:
        return int(str(text).strip().replace("_", ""))
    except ValueError:
        errors.append(FieldError(option, f"'{text}' is not a whole number."))
        return None


def cmd_payer_set(cli: Any) -> int:
    """Every wrong option is named in one answer (exit 2) and nothing is saved then."""
    args = cli.args
    desk = cli.desk()
    errors: list[FieldError] = []
    try:
        profile = get_profile(desk.store, args.code)
        data = profile.to_json()
        created = False
    except BadInput:
        if not args.name:
            errors.append(FieldError("name", f"there is no payer profile '{args.code}' yet; "
                                             "give --name NAME to create it."))
        data = PayerProfile(code=args.code, name=args.name or "").to_json()
        created = True
    changed: list[str] = []
    for name in TEXT_FIELDS:
        value = getattr(args, name)
        if value is not None:
            data[name] = value.strip()
            changed.append(name)
    for name in INT_FIELDS:
        value = getattr(args, name)
        if value is not None:
            number = _whole_number(value, name, errors)
            if number is not None:
                data[name] = number
                changed.append(name)
    if args.training is not None:
        data["training"] = args.training
        changed.append("training")
    if args.preauth_sla_emergency_only is not None:
        flag = _yes_no(args.preauth_sla_emergency_only, "preauth_sla_emergency_only", errors)
        if flag is not None:
            data["preauth_sla_emergency_only"] = flag
            changed.append("preauth_sla_emergency_only")
    for stage, minutes in _stage_pairs(args.sla, "sla", errors):
        number = _whole_number(minutes, f"sla_minutes.{stage}", errors)
        if number is not None:
            data["sla_minutes"][stage] = number
            changed.append(f"sla_minutes.{stage}")
    checklist = data["checklist"]
    for option, attr in (("require", "required"), ("recommend", "recommended")):
        for stage, codes in _stage_pairs(getattr(args, option), option, errors):
            entry = checklist.setdefault(stage, {"required": [], "recommended": []})
            entry[attr] = _codes(codes)
            changed.append(f"checklist.{stage}.{attr}")
    known = {f.name for f in fields(PayerProfile)}
    profile = PayerProfile.from_json({k: v for k, v in data.items() if k in known})
    named = {e.path for e in errors}
    errors += [e for e in validate_profile(profile) if e.path not in named]
    if errors:
        raise ValidationFailed(errors, f"Payer profile '{args.code}'")
    secret = _read_secret(cli)
    actor = default_actor()
    if changed or created:  # validates every field; nothing saved on error; audited
        save_profile(desk.store, profile, actor=actor)
    secrets = PayerSecrets(desk.store, cli.keyring)
    where = None
    if args.clear_secret:
        secrets.delete(profile.code, actor=actor)
    elif secret is not None:
        where = secrets.set(profile.code, secret, actor=actor)
    verb = "Created" if created else ("Updated" if changed else "Kept")
    cli.print(f"{verb} payer profile '{profile.code}' ({profile.name})"
              + (f": {', '.join(changed)}" if changed and not created else "."))
    if where == "keyring":
        cli.print("  The secret was saved in the system keyring.")
    elif where == "store":
        cli.print("  The secret was saved in the encrypted store (no usable system keyring).")
    elif args.clear_secret:
        cli.print("  The saved secret was removed.")
    if not profile.training:
        for problem in missing_for_sending(profile):
            cli.print(f"  still to set: {problem.path} (needed before sending)")
        if secrets.where(profile.code) is None:
            cli.print("  still to set: the password / client secret (--secret-file FILE or "
                      "--ask-secret)")
    return 0
