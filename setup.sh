#!/usr/bin/env bash
# Installs everything codediv needs on a fresh Debian/Ubuntu machine (idempotent).
# - bubblewrap: the judge's sandbox (Debian package; needs root or sudo)
# - codediv itself, editable, with its test extras
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v bwrap >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq bubblewrap
fi
python3 -m pip install -q --disable-pip-version-check -e '.[test]'
