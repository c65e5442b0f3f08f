#!/bin/bash
# Writes a plan of the bundled plan's shape with N days (weeks of 7, phases of 4 weeks) to stdout.
set -euo pipefail
days=${1:-1000}
echo "# A generated plan of $days days"
echo
day=1; week=1; phase=1
while [ "$day" -le "$days" ]; do
  if [ $(((week - 1) % 4)) -eq 0 ]; then
    last=$((day + 27)); [ "$last" -gt "$days" ] && last=$days
    printf '\n## Phase %d: Generated phase %d (Days %d-%d)\n' "$phase" "$phase" "$day" "$last"
    phase=$((phase + 1))
  fi
  printf '\n### Week %d: Generated theme %d\n\n| Day | Topic | Activity | Resource |\n|-----|-------|----------|----------|\n' "$week" "$week"
  for _ in 1 2 3 4 5 6 7; do
    [ "$day" -le "$days" ] || break
    printf '| %d | Topic of day %d | Read and write code about topic %d | RfR Ch. %d, Rust Reference |\n' "$day" "$day" "$day" $((day % 13 + 1))
    day=$((day + 1))
  done
  week=$((week + 1))
done
