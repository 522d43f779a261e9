#!/usr/bin/env bash
# Start-up benchmark: how long DealCoach's embedded default takes to answer its first HTTP request,
# against a bare Bolt app on Spring Boot (bench/bare-bolt).
#
#   bench/startup.sh [--build] [runs]
#
# --build first packages both jars (./mvnw -q -B -Pbench -pl config,bench/bare-bolt -am -DskipTests
# package); without it the jars must be there. runs: rounds, 5 by default (RUNS= works too).
#
# Each round starts every variant once, in turn: DealCoach and the bare app from their jars
# (config/target/dealcoach.jar, bench/bare-bolt/target/bare-bolt.jar), then, where a class data
# sharing archive was built at package time (target/cds/*.jsa), each from its extracted jar with
# that archive. Every start is the same: `java $BENCH_JAVA_OPTS [-XX:SharedArchiveFile=...] -jar`,
# run from the jar's own directory, no arguments, a free port from 18080 up given as PORT (both
# apps read it), a clean environment but for PATH, HOME and JAVA_HOME. The time is wall time from
# just before the launch to the first HTTP 200 for GET $BENCH_PATH (default /actuator/health, which
# both serve), polled every 20 ms; then the process is stopped (SIGTERM, waited for) before the next
# start. It prints each run, then the median per variant and the ratios DealCoach / bare. Beside the
# wall time it shows the CPU time (user + system) the JVM had used by then, which other load on the
# machine disturbs less.
# Each app's output goes to target/startup-bench/<variant>-<round>.log.
#
# BENCH_BEFORE_JAR=/elsewhere/config/target/dealcoach.jar adds another build of DealCoach (say, the
# commit before a change) as the variant "before", started the same way.
set -euo pipefail
cd "$(dirname "$0")/.."

build=false
if [[ "${1:-}" == "--build" ]]; then
  build=true
  shift
fi
runs=${1:-${RUNS:-5}}
path=${BENCH_PATH:-/actuator/health}
java_opts=${BENCH_JAVA_OPTS:-}
timeout_s=${BENCH_TIMEOUT:-120}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
logs=target/startup-bench

if $build; then
  ./mvnw -q -B -Pbench -pl config,bench/bare-bolt -am -DskipTests package
fi

declare -A jar_dir jar_name archive
add_variant() { # name dir jar [archive]
  jar_dir[$1]=$2
  jar_name[$1]=$3
  archive[$1]=${4:-}
}
variants=()
for app in dealcoach:config/target:dealcoach bare:bench/bare-bolt/target:bare-bolt; do
  IFS=: read -r name dir jar <<<"$app"
  [[ -f "$dir/$jar.jar" ]] || { echo "startup: $dir/$jar.jar is missing: build it (bench/startup.sh --build)" >&2; exit 2; }
  add_variant "$name" "$dir" "$jar.jar"
  variants+=("$name")
done
if [[ -n "${BENCH_BEFORE_JAR:-}" ]]; then
  add_variant before "$(dirname "$BENCH_BEFORE_JAR")" "$(basename "$BENCH_BEFORE_JAR")"
  variants+=(before)
fi
for app in dealcoach:config/target/cds:dealcoach bare:bench/bare-bolt/target/cds:bare-bolt; do
  IFS=: read -r name dir jar <<<"$app"
  if [[ -f "$dir/$jar.jsa" && -f "$dir/$jar.jar" ]]; then
    add_variant "$name+cds" "$dir" "$jar.jar" "$jar.jsa"
    variants+=("$name+cds")
  fi
done

free_port() {
  local port=18080
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done
  echo "$port"
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

cpu_ms() { # pid: user + system time so far
  local stat
  read -r -a stat <"/proc/$1/stat"
  echo $(((stat[13] + stat[14]) * 1000 / ticks))
}
ticks=$(getconf CLK_TCK)

# Starts one variant, prints the milliseconds to its first 200 on $path and the CPU milliseconds by then, stops it.
measure() { # variant round
  local variant=$1 round=$2 port pid start elapsed cpu
  local log="$PWD/$logs/$variant-$round.log"
  local flags=($java_opts)
  [[ -n "${archive[$variant]}" ]] && flags+=("-XX:SharedArchiveFile=${archive[$variant]}")
  port=$(free_port)
  start=$(now_ms)
  (cd "${jar_dir[$variant]}" && exec env -i PATH="$PATH" HOME="$HOME" ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} PORT="$port" \
      "$java" "${flags[@]}" -jar "${jar_name[$variant]}" >"$log" 2>&1) &
  pid=$!
  until curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$port$path"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "startup: $variant exited before answering; see $log" >&2
      exit 1
    fi
    if (($(now_ms) - start > timeout_s * 1000)); then
      kill "$pid"
      echo "startup: $variant did not answer $path within ${timeout_s}s; see $log" >&2
      exit 1
    fi
    sleep 0.02
  done
  elapsed=$(($(now_ms) - start))
  cpu=$(cpu_ms "$pid")
  kill "$pid"
  wait "$pid" || true
  echo "$elapsed $cpu"
}

median() { # numbers...
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

mkdir -p "$logs"
echo "Start-up to the first 200 on GET $path: $runs rounds of ${variants[*]}"
echo "JVM flags: ${java_opts:-none}${java_opts:+ }($("$java" -version 2>&1 | head -1))"
declare -A wall cpu
for round in $(seq 1 "$runs"); do
  line="round $round:"
  for variant in "${variants[@]}"; do
    result=$(measure "$variant" "$round") || exit 1
    read -r ms cpu_used <<<"$result"
    wall[$variant]="${wall[$variant]:-} $ms"
    cpu[$variant]="${cpu[$variant]:-} $cpu_used"
    line+="  $variant ${ms} ms (cpu ${cpu_used})"
  done
  echo "$line"
done

echo "Medians (wall ms to the first 200, cpu ms by then):"
declare -A med med_cpu
for variant in "${variants[@]}"; do
  # shellcheck disable=SC2086
  med[$variant]=$(median ${wall[$variant]})
  # shellcheck disable=SC2086
  med_cpu[$variant]=$(median ${cpu[$variant]})
  printf '  %-14s wall %6d   cpu %6d   (wall runs:%s)\n' "$variant" "${med[$variant]}" "${med_cpu[$variant]}" "${wall[$variant]}"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
print_ratio() { # label numerator denominator
  [[ -n "${med[$2]:-}" && -n "${med[$3]:-}" ]] || return 0
  printf '  %-26s wall %s   cpu %s\n' "$1" "$(ratio "${med[$2]}" "${med[$3]}")" "$(ratio "${med_cpu[$2]}" "${med_cpu[$3]}")"
}
echo "Ratios (median over median):"
print_ratio "before / bare" before bare
print_ratio "dealcoach / bare" dealcoach bare
print_ratio "dealcoach+cds / bare+cds" dealcoach+cds bare+cds
print_ratio "dealcoach+cds / bare" dealcoach+cds bare
