#!/usr/bin/env sh
# Install Debian packages that tests need (Chromium, docker-compose, Redis, PostgreSQL), once.
set -e
missing=""
for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"; done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO=sudo; else
    echo "Please install:$missing (apt-get install$missing)" >&2; exit 1; fi
fi
echo "==> apt-get install$missing"
${SUDO:-} apt-get update -qq
DEBIAN_FRONTEND=noninteractive ${SUDO:-} apt-get install -y -qq --no-install-recommends $missing >/dev/null
