#!/usr/bin/env bash
# Fails when a message marked for translation in the sources has no translation in a catalog:
# the GUI's _() / wxPLURAL / wxTRANSLATE strings and core's CODEBOOM_N_ messages (command labels,
# error messages), extracted with xgettext and compared with msgcmp against every i18n/*.po.
# Usage: tools/check-catalog.sh [source-dir]   (default: the repository this script is in)
set -euo pipefail

root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
cd "$root"

pot="$(mktemp --suffix=.pot)"
trap 'rm -f "$pot"' EXIT

# Every source that may hold a marked message; files without any are harmless.
mapfile -t sources < <(find app/gui core/src -name '*.cpp' | sort)
xgettext --from-code=UTF-8 --keyword=_ --keyword=wxPLURAL:1,2 --keyword=wxTRANSLATE \
    --keyword=CODEBOOM_N_ -C -o "$pot" "${sources[@]}"

status=0
for po in i18n/*.po; do
    # msgcmp fails on a msgid the catalog lacks; untranslated and fuzzy entries count as lacking.
    if ! msgcmp "$po" "$pot" 2>/dev/null; then
        echo "check-catalog: $po lacks translations of these messages (with their sources):" >&2
        msgmerge --quiet --no-fuzzy-matching "$po" "$pot" -o - |
            msgattrib --untranslated --no-obsolete >&2
        status=1
    fi
    # The catalog must also compile as the build compiles it, fully translated.
    stats="$(LC_ALL=C msgfmt --check-format --check-header --statistics -o /dev/null "$po" 2>&1)"
    case "$stats" in
    *fuzzy* | *untranslated*)
        echo "check-catalog: $po: $stats" >&2
        status=1
        ;;
    esac
done
exit $status
