# Sourced by ./run-desk and ./run-tests: make .venv with what pyproject.toml asks for.
# Re-installs only when pyproject.toml changes (a stamp holds its hash).
_want="$1"  # run | test
_py="${PYTHON:-python3}"
if ! command -v "$_py" >/dev/null 2>&1; then
  echo "python3 is needed (3.11 or newer): sudo apt install python3 python3-venv" >&2; exit 2
fi
if ! "$_py" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Python 3.11 or newer is needed; this is $("$_py" --version)." >&2; exit 2
fi
if [ ! -x .venv/bin/python ]; then
  echo "Setting up .venv (first run only)..." >&2
  "$_py" -m venv .venv || { echo "Could not make a virtual environment: sudo apt install python3-venv" >&2; exit 2; }
fi
_extra=""; [ "$_want" = test ] && _extra="[test]"
_stamp=".venv/.tpadesk-installed-$_want"
_hash=$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$_stamp" ] || [ "$(cat "$_stamp")" != "$_hash" ]; then
  .venv/bin/python -m pip install --disable-pip-version-check -q --upgrade pip >&2
  .venv/bin/python -m pip install --disable-pip-version-check -q -e ".$_extra" >&2
  echo "$_hash" > "$_stamp"
fi
export PATH="$PWD/.venv/bin:$PATH"
unset _want _py _extra _stamp _hash
