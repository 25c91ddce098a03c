#!/usr/bin/env bash
# Prefix every line read from stdin with the time elapsed since the start ("[ 1:05] ..."), so a
# long step (training, a benchmark) shows that it moves and how long each part took.
#   some-command 2>&1 | scripts/elapsed.sh
start=$SECONDS
while IFS= read -r line; do
  line=${line##*$'\r'}  # a progress bar redraws itself with \r: keep its last state
  e=$((SECONDS - start))
  printf '    [%2d:%02d] %s\n' $((e / 60)) $((e % 60)) "$line"
done
