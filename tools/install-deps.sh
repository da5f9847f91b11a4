#!/usr/bin/env bash
# Installs what Codeboom needs to build and test on Debian 12, and the nl_NL.UTF-8 locale.
# Idempotent: when every package is present it does nothing, not even `apt-get update`.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config python3 clang-format
  libsqlite3-dev sqlite3 libicu-dev libzip-dev libpugixml-dev nlohmann-json3-dev
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  libcairo2-dev fonts-dejavu-core libxlsxwriter-dev
  libwxgtk3.2-dev libgtk-3-dev gettext xvfb xauth libxml2-utils locales
  wx3.2-i18n  # wx's own Dutch catalog, for the stock buttons and dialogs
)

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)

# The Dutch UI and the tests that export numbers under a Dutch locale need nl_NL.UTF-8.
ensure_dutch_locale() {
  locale -a 2>/dev/null | grep -qi '^nl_NL\.utf-\?8$' && return 0
  echo "Generating the nl_NL.UTF-8 locale"
  "${sudo[@]}" sed -i 's/^# *\(nl_NL.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  grep -q '^nl_NL.UTF-8 UTF-8' /etc/locale.gen ||
    echo 'nl_NL.UTF-8 UTF-8' | "${sudo[@]}" tee -a /etc/locale.gen >/dev/null
  "${sudo[@]}" locale-gen >/dev/null
}

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
    missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  ensure_dutch_locale
  exit 0
fi

echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
ensure_dutch_locale
