#!/usr/bin/env sh
# Print a short fingerprint of everything a trained model depends on: when it is unchanged,
# the model in models/<fingerprint>.tar.gz is current and training is skipped.
cd "$(dirname "$0")/.." || exit 1
find config.yml domain data components safety concerns requirements/rasa.lock -type f \
    \( -name '*.yml' -o -name '*.yaml' -o -name '*.py' -o -name '*.lock' \) | LC_ALL=C sort |
  while read -r f; do printf '%s\n' "$f"; cat "$f"; done | sha256sum | cut -c1-16
