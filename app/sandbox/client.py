"""What a desk in training mode calls to register itself with a sandbox (in-process or remote).

``register_desk(base_url, participant_code, certificate_pem)`` registers the desk's participant
code and certificate (or rotates the certificate, given the secret it got the first time) and
returns the credentials to keep: the secret for the token endpoint and the payer's code. The desk
stores the secret as the Training TPA profile's password.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from offline.errors import DeskError


class RegistrationFailed(DeskError):
    """The sandbox refused the registration (its words are in the message)."""

    exit_code = 2


@dataclass(frozen=True)
class Registration:
    """Credentials and addresses a training desk needs after registering."""

    participant_code: str
    secret: str
    payer_code: str
    token_url: str
    relay_url: str


def register_desk(base_url: str, participant_code: str, certificate_pem: bytes, *,
                  secret: str | None = None, name: str | None = None,
                  http: httpx.Client | None = None, timeout: float = 10.0) -> Registration:
    """Register (or re-register) a desk with the sandbox at ``base_url``."""
    body: dict[str, str] = {"participant_code": participant_code,
                            "encryption_cert": certificate_pem.decode("ascii")}
    if secret is not None:
        body["secret"] = secret
    if name:
        body["participant_name"] = name
    client = http if http is not None else httpx.Client(timeout=timeout)
    try:
        response = client.post(base_url.rstrip("/") + "/v1/participant/register", json=body)
    except httpx.TransportError as exc:
        raise RegistrationFailed(f"The training sandbox at {base_url} did not answer "
                                 f"({exc.__class__.__name__}); is it running?") from exc
    finally:
        if http is None:
            client.close()
    try:
        data = response.json()
    except ValueError:
        data = {}
    if response.status_code != 201 or not isinstance(data, dict):
        error = data.get("error") if isinstance(data, dict) else None
        words = error.get("message") if isinstance(error, dict) else response.text[:200]
        raise RegistrationFailed(f"The training sandbox refused the registration of "
                                 f"{participant_code} (HTTP {response.status_code}): {words}")
    base = base_url.rstrip("/")
    return Registration(str(data["participant_code"]), str(data["secret"]),
                        str(data["payer_code"]), base + str(data["token_url"]),
                        base + str(data["relay_url"]))
