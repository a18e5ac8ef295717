"""User commands: ``tpadesk user add | list | passwd``.

Passwords come from ``--password-file`` (first line), else ``$TPADESK_USER_PASSWORD``, else a
prompt in a terminal (asked twice). They are never echoed, logged or audited.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.audit import default_actor
from app.secrets_input import passphrase_source
from app.users import Role, add_user, change_password, list_users
from offline.errors import BadInput

ENV_USER_PASSWORD = "TPADESK_USER_PASSWORD"  # noqa: S105 (a variable name)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("user", parents=[common], help="clerk accounts: add, list, passwd")
    usub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    a = usub.add_parser("add", parents=[common], help="create an account")
    a.add_argument("username")
    a.add_argument("--role", required=True, choices=[r.value for r in Role])
    a.add_argument("--display-name", default="")
    a.add_argument("--password-file", metavar="FILE",
                   help=f"the password (else ${ENV_USER_PASSWORD}, else a prompt)")
    a.set_defaults(handler=cmd_user_add)
    ls = usub.add_parser("list", parents=[common], help="list accounts")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_user_list)
    pw = usub.add_parser("passwd", parents=[common], help="set a new password (admin reset)")
    pw.add_argument("username")
    pw.add_argument("--password-file", metavar="FILE",
                    help=f"the new password (else ${ENV_USER_PASSWORD}, else a prompt)")
    pw.set_defaults(handler=cmd_user_passwd)


def _password(cli: Any) -> str:
    value = passphrase_source(cli.args.password_file, ENV_USER_PASSWORD, prompt="Password: ",
                              confirm=True, what="password-file")()
    if value is None:
        raise BadInput(f"password: give it with --password-file FILE or {ENV_USER_PASSWORD}, or "
                       "run in a terminal to be asked")
    return value


def cmd_user_add(cli: Any) -> int:
    user = add_user(cli.desk().store, cli.args.username, _password(cli), cli.args.role,
                    display_name=cli.args.display_name, actor=default_actor())
    cli.print(f"Added {user.role.value} '{user.username}'.")
    return 0


def cmd_user_list(cli: Any) -> int:
    users = list_users(cli.desk().store)
    if cli.args.json:
        cli.print_json([{"username": u.username, "display_name": u.display_name,
                         "role": u.role.value, "active": u.active, "created_at": u.created_at}
                        for u in users])
        return 0
    if not users:
        cli.print("No accounts yet. Add one with 'tpadesk user add NAME --role clerk'.")
    for u in users:
        cli.print(f"{u.username:<20}{u.role.value:<12}{'' if u.active else 'disabled  '}"
                  f"{u.display_name}")
    return 0


def cmd_user_passwd(cli: Any) -> int:
    change_password(cli.desk().store, cli.args.username, None, _password(cli),
                    actor=default_actor())
    cli.print(f"Set a new password for '{cli.args.username.strip().lower()}'.")
    return 0
