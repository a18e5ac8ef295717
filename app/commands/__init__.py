"""Command-line commands, one module per area; see app/cli.py."""
