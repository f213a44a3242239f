#!/usr/bin/env bash
# Builds Steward's plain jar, then the JMH benchmarks, and runs the locator benchmark
# (one fork; STEWARD_BENCH_WI / STEWARD_BENCH_I set warm-up and measured iterations of 2 s).
# Extra arguments go to JMH, e.g. -p columns=100.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && [ -z "${STEWARD_KEEP_JAVA_HOME:-}" ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -q install -DskipTests
(cd bench && ../mvnw -q package)
mkdir -p bench/results
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar bench/target/benchmarks.jar LocatorBenchmark \
  -f 1 -wi "${STEWARD_BENCH_WI:-3}" -i "${STEWARD_BENCH_I:-5}" -w 2s -r 2s -rf text -rff bench/results/locator.txt "$@"
echo
cat bench/results/locator.txt
