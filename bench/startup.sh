#!/usr/bin/env bash
# Time to ready: starts a command pinned to one core, polls a URL until its first HTTP 200, prints
# the milliseconds from launch to that answer, the CPU time the process had used by then (user +
# system, all its threads: steadier than the wall time on a busy machine) and its resident memory
# at that moment, then stops it. Repeats N times and prints min / median / max. Needs bash, curl and taskset.
#
#   bench/startup.sh [-n runs] [-c core] [-t timeout-s] URL -- command [args...]
#
#   bench/startup.sh -n 7 'http://127.0.0.1:8080/v1/0123456789abcdef0123456789abcdef/cloud-phone/servers?limit=1' \
#     -- java -jar target/cph-emulator-0.1.0-SNAPSHOT.jar
set -euo pipefail

runs=5
core=0
timeout=60
while getopts "n:c:t:" opt; do
  case "$opt" in
    n) runs=$OPTARG ;;
    c) core=$OPTARG ;;
    t) timeout=$OPTARG ;;
    *) echo "usage: $0 [-n runs] [-c core] [-t timeout-s] URL -- command [args...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
url=${1:?URL missing}
shift
[[ ${1:-} == -- ]] && shift
(($# > 0)) || { echo "command missing" >&2; exit 2; }

now_ms() { echo $(($(date +%s%N) / 1000000)); }

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

ready_all=()
rss_all=()
cpu_all=()
for ((run = 1; run <= runs; run++)); do
  start=$(now_ms)
  taskset -c "$core" "$@" >/dev/null 2>&1 &
  pid=$!
  ready=""
  while :; do
    code=$(curl -s -o /dev/null -m 1 -w '%{http_code}' "$url" || true)
    if [[ $code == 200 ]]; then
      ready=$(($(now_ms) - start))
      rss=$(awk '/^VmRSS:/ { print int($2 / 1024) }' "/proc/$pid/status")
      cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz) }' "/proc/$pid/stat")
      break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "run $run: the process ended before answering 200" >&2
      exit 1
    fi
    if (($(now_ms) - start > timeout * 1000)); then
      kill "$pid" 2>/dev/null || true
      echo "run $run: no 200 within ${timeout}s" >&2
      exit 1
    fi
    sleep 0.02
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "run $run: ready ${ready} ms, CPU ${cpu} ms, RSS ${rss} MB"
  ready_all+=("$ready")
  cpu_all+=("$cpu")
  rss_all+=("$rss")
done

summary() {
  local name=$1 unit=$2
  shift 2
  printf '%s: min %s, median %s, max %s %s\n' "$name" \
    "$(printf '%s\n' "$@" | sort -n | head -1)" \
    "$(printf '%s\n' "$@" | median)" \
    "$(printf '%s\n' "$@" | sort -n | tail -1)" "$unit"
}
summary "ready" ms "${ready_all[@]}"
summary "CPU" ms "${cpu_all[@]}"
summary "RSS" MB "${rss_all[@]}"
