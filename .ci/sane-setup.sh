#!/usr/bin/env bash
# Enable the SANE "test" backend so that scanning is tested with the real scanimage (issue 7).
# Needs root and the sane-utils package (listed in .ci/apt-packages.txt). Idempotent.
# The backend list lives in /etc/sane.d/dll.conf, where "test" ships commented out; a drop-in
# file in /etc/sane.d/dll.d/ enables it without editing the packaged file.
set -euo pipefail
if ! command -v scanimage >/dev/null 2>&1; then
    apt-get install -y sane-utils
fi
mkdir -p /etc/sane.d/dll.d
echo "test" > /etc/sane.d/dll.d/tpadesk-test
# Fail loudly here rather than in the tests if the device still does not appear.
if ! scanimage -L 2>/dev/null | grep -q "test:0"; then
    echo "sane-setup: the SANE test device test:0 did not appear; check /etc/sane.d" >&2
    scanimage -L >&2 || true
    exit 1
fi
echo "sane-setup: SANE test device test:0 is available"
