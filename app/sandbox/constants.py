"""The sandbox's fixed names and defaults (light: importable without the server's packages)."""

LOOPBACK = "127.0.0.1"
DEFAULT_PORT = 8765
PAYER_CODE = "training-tpa@sandbox"
DEFAULT_DECISION_DELAY = 3.0
