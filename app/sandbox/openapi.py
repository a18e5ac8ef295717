"""The sandbox's OpenAPI 3.0 description (hand-written), served at /sandbox/openapi.json."""

from __future__ import annotations

from typing import Any

from app.sandbox.gateway import SUBMIT_ACTIONS

_ERROR = {"$ref": "#/components/schemas/Error"}
_BEARER: list[dict[str, list[str]]] = [{"bearer": []}, {"bearer_auth": []}]


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _submit(action: str) -> dict[str, Any]:
    return {"post": {
        "summary": f"HCX {action}: a sealed envelope to the sandbox payer",
        "operationId": "v1_" + action.replace("/", "_"),
        "security": _BEARER,
        "requestBody": {"required": True, "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Envelope"}}}},
        "responses": {
            "202": _json({"$ref": "#/components/schemas/Receipt"},
                         "Accepted (or the original receipt of a repeated api_call_id)"),
            "400": _json(_ERROR, "Refused with a gateway error code"),
            "401": _json(_ERROR, "ERR_ACCESS_DENIED: missing, unknown or expired token"),
        },
    }}


def openapi_spec() -> dict[str, Any]:
    """The OpenAPI document."""
    paths: dict[str, Any] = {f"/v1/{action}": _submit(action) for action in SUBMIT_ACTIONS}
    paths["/v1/auth/token"] = {"post": {
        "summary": "Bearer token: password grant or client credentials",
        "operationId": "token",
        "requestBody": {"required": True, "content": {
            "application/x-www-form-urlencoded": {"schema": {
                "$ref": "#/components/schemas/TokenRequest"}},
            "application/json": {"schema": {"$ref": "#/components/schemas/TokenRequest"}}}},
        "responses": {
            "200": _json({"$ref": "#/components/schemas/Token"}, "A token"),
            "400": _json({"type": "object"}, "Unsupported grant or missing fields"),
            "401": _json({"type": "object"}, "Wrong credentials"),
        },
    }}
    paths["/v1/participant/search"] = {"post": {
        "summary": "Participant registry search (certificates)",
        "operationId": "participant_search",
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "type": "object", "properties": {"filters": {"type": "object"}}}}}},
        "responses": {
            "200": _json({"type": "object", "required": ["participants"], "properties": {
                "participants": {"type": "array",
                                 "items": {"$ref": "#/components/schemas/Participant"}}}},
                "Matching participants"),
            "400": _json(_ERROR, "Malformed search"),
        },
    }}
    paths["/v1/participant/register"] = {"post": {
        "summary": "Register (or re-register) a training desk with its certificate",
        "operationId": "participant_register",
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "$ref": "#/components/schemas/Registration"}}}},
        "responses": {
            "201": _json({"type": "object"}, "Registered; credentials for the token endpoint"),
            "400": _json(_ERROR, "Bad certificate or code"),
            "403": _json(_ERROR, "The code is taken (wrong secret)"),
        },
    }}
    paths["/relay/v1/inbox"] = {"get": {
        "summary": "The desk's relay inbox (envelopes still sealed to the desk)",
        "operationId": "relay_inbox",
        "security": _BEARER,
        "parameters": [
            {"name": "after", "in": "query", "required": False,
             "schema": {"type": "string", "pattern": "^[0-9]{1,18}$"}},
            {"name": "limit", "in": "query", "required": False,
             "schema": {"type": "integer", "minimum": 1, "maximum": 500}},
        ],
        "responses": {
            "200": _json({"$ref": "#/components/schemas/Inbox"}, "Envelopes after the cursor"),
            "400": _json(_ERROR, "Bad cursor or limit"),
            "401": _json(_ERROR, "ERR_ACCESS_DENIED"),
        },
    }}
    paths["/relay/v1/inbox/ack"] = {"post": {
        "summary": "Acknowledge the last cursor applied",
        "operationId": "relay_ack",
        "security": _BEARER,
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "type": "object", "required": ["cursor"],
            "properties": {"cursor": {"type": "string"}}}}}},
        "responses": {
            "200": _json({"type": "object"}, "The acknowledged cursor"),
            "400": _json(_ERROR, "Bad cursor"),
            "401": _json(_ERROR, "ERR_ACCESS_DENIED"),
        },
    }}
    paths["/sandbox/health"] = {"get": {"operationId": "health", "summary": "Health and counts",
                                        "responses": {"200": _json({"type": "object"}, "ok")}}}
    paths["/sandbox/ledger"] = {"get": {
        "operationId": "ledger", "summary": "Every message received",
        "responses": {"200": _json({"type": "array", "items": {
            "$ref": "#/components/schemas/LedgerEntry"}}, "The ledger")}}}
    paths["/sandbox/rejections"] = {"get": {
        "operationId": "rejections", "summary": "Refused messages",
        "responses": {"200": _json({"type": "array", "items": {"type": "object"}},
                                   "Refusals")}}}
    paths["/sandbox/fault"] = {"post": {
        "operationId": "fault", "summary": "Arm a fault for the next requests",
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "$ref": "#/components/schemas/Fault"}}}},
        "description": "Admin only: answers requests from this computer (loopback); no "
                       "token. Bad bodies are refused with 400.",
        "responses": {"200": _json({"type": "object"}, "The fault now armed"),
                      "400": _json(_ERROR, "Bad fault"),
                      "403": _json(_ERROR, "Not from this computer")}}}
    paths["/sandbox/tokens/expire"] = {"post": {
        "operationId": "expire_tokens", "summary": "Expire every issued token now",
        "responses": {"200": _json({"type": "object"}, "How many expired")}}}
    paths["/sandbox/payer/rotate-key"] = {"post": {
        "operationId": "rotate_payer_key",
        "summary": "Give the payer a new key and certificate (rehearse a certificate rotation)",
        "responses": {"200": _json({"type": "object"}, "The new certificate (PEM)")}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "TPA Desk training sandbox (exchange + payer + relay)",
                 "version": "1.0.0",
                 "description": "Speaks HCX / NHCX: JWE envelopes, FHIR R4 bundles, async "
                                "answers into a relay inbox. Synthetic data only."},
        "paths": paths,
        "components": {
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "bearer_auth": {"type": "apiKey", "in": "header", "name": "bearer_auth"},
            },
            "schemas": {
                "Envelope": {"type": "object", "required": ["payload"],
                             "properties": {"payload": {"type": "string"}}},
                "Receipt": {"type": "object",
                            "required": ["timestamp", "api_call_id", "correlation_id"],
                            "properties": {"timestamp": {"type": "integer"},
                                           "api_call_id": {"type": "string"},
                                           "correlation_id": {"type": "string"}}},
                "Error": {"type": "object", "required": ["error"], "properties": {
                    "error": {"type": "object", "required": ["code", "message"],
                              "properties": {"code": {"type": "string"},
                                             "message": {"type": "string"},
                                             "trace": {"type": "string"}}}}},
                "TokenRequest": {"type": "object", "properties": {
                    "grant_type": {"type": "string",
                                   "enum": ["password", "client_credentials"]},
                    "username": {"type": "string"}, "password": {"type": "string"},
                    "client_id": {"type": "string"}, "client_secret": {"type": "string"}}},
                "Token": {"type": "object", "required": ["access_token", "expires_in"],
                          "properties": {"access_token": {"type": "string"},
                                         "token_type": {"type": "string"},
                                         "expires_in": {"type": "integer"}}},
                "Participant": {"type": "object", "properties": {
                    "participant_code": {"type": "string"},
                    "participant_name": {"type": "string"},
                    "roles": {"type": "array", "items": {"type": "string"}},
                    "status": {"type": "string"},
                    "encryption_cert": {"type": "string"}}},
                "Registration": {"type": "object",
                                 "required": ["participant_code", "encryption_cert"],
                                 "properties": {
                                     "participant_code": {"type": "string"},
                                     "participant_name": {"type": "string"},
                                     "encryption_cert": {"type": "string"},
                                     "secret": {"type": "string"}}},
                "Inbox": {"type": "object", "required": ["items", "cursor"], "properties": {
                    "items": {"type": "array", "items": {"type": "object"}},
                    "cursor": {"type": "string"}, "acked": {"type": "string"},
                    "more": {"type": "boolean"}}},
                "LedgerEntry": {"type": "object", "properties": {
                    "api_call_id": {"type": "string"}, "correlation_id": {"type": "string"},
                    "workflow": {"type": "string"}, "action": {"type": "string"},
                    "case_reference": {"type": "string"}, "size": {"type": "integer"},
                    "duplicate": {"type": "boolean"}, "received_at": {"type": "string"}}},
                "Fault": {"type": "object", "required": ["mode"], "properties": {
                    "mode": {"type": "string", "enum": ["none", "down", "slow", "error",
                                                        "ratelimit", "drop-after-commit"]},
                    "count": {"type": "integer", "minimum": 0, "maximum": 1000000},
                    "seconds": {"type": "number", "minimum": 0, "maximum": 3600}}},
            },
        },
    }
