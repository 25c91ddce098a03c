#!/usr/bin/env bash
# Install a lock file into a virtual environment with pip's own output, numbered so that a person
# waiting sees how far along it is: "[12/163] Collecting tensorflow==2.12.0", then pip's download
# lines. Only one kind of line is hidden: this machine's pip configuration names local indexes
# that may be absent, and pip warns about that once per package.
#   scripts/pip-install.sh VENV LOCKFILE
set -eo pipefail
venv=$1
lock=$2
total=$(grep -cE '^[A-Za-z0-9]' "$lock")
started=$SECONDS
# A lock with hashes is installed in hash-checking mode: nothing but the files it names.
hashes=()
if grep -q -- "--hash=sha256:" "$lock"; then hashes=(--require-hashes); fi
echo "    installing $total packages from $lock into $venv${hashes:+ (hashes checked)}"
"$venv/bin/pip" install --disable-pip-version-check --progress-bar on "${hashes[@]}" -r "$lock" 2>&1 |
  awk -v total="$total" '
    /is ignored: it is neither a file nor a directory/ { next }
    /^Collecting / { n++; if (n <= total) printf "    [%d/%d] %s\n", n, total, $0; else printf "    [%d] %s\n", n, $0; fflush(); next }
    /^(Requirement already satisfied|Looking in)/ { next }
    { print "    " $0; fflush() }'
echo "    done in $((SECONDS - started)) s"
