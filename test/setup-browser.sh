#!/usr/bin/env sh
# Installs Debian's Chromium for the browser tests when it is missing. Never downloads a browser build of its own.
set -eu
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium found at ${CHROMIUM_PATH:-/usr/bin/chromium}"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing Debian's chromium (a few minutes, once)…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
echo "Chromium installed at /usr/bin/chromium"
