#!/usr/bin/env sh
# Print the path of a Python 3.10 interpreter, or explain how to get one and fail.
for candidate in "${PYTHON310:-}" "$(command -v python3.10 2>/dev/null)" \
    "$HOME"/.pyenv/versions/3.10.*/bin/python3.10 /usr/local/bin/python3.10 /usr/bin/python3.10; do
  [ -n "$candidate" ] && [ -x "$candidate" ] || continue
  if "$candidate" -c 'import sys, venv; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then
    echo "$candidate"
    exit 0
  fi
done
cat >&2 <<'MSG'
Python 3.10 was not found. Rasa 3.6 needs it. Install it, then run make again:
  with pyenv:   pyenv install 3.10     (https://github.com/pyenv/pyenv)
  on Debian/Ubuntu with deadsnakes or a distribution that has it:  apt-get install python3.10 python3.10-venv
Or point to one:  make run PYTHON310=/path/to/python3.10
MSG
exit 1
