#!/usr/bin/env bash
# Installs what Codeboom needs to build and test on Debian 12. Idempotent: when every package
# is present it does nothing, not even `apt-get update`.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config python3 clang-format
  libsqlite3-dev sqlite3 libicu-dev libzip-dev libpugixml-dev nlohmann-json3-dev
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  libcairo2-dev fonts-dejavu-core libxlsxwriter-dev
  libwxgtk3.2-dev libgtk-3-dev gettext xvfb xauth libxml2-utils
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
    missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
