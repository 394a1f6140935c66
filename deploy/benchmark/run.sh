#!/usr/bin/env bash
# The benchmark suite of issue 17 (docs/performance.md). It starts its own stack (embedded PostgreSQL and Kafka, the
# services) on free ports with a data directory of its own under target/benchmark/, so it runs beside a local stack
# (deploy/run-local.sh), prints every figure with its goal and PASS/FAIL, and writes them to
# target/benchmark/<timestamp>.json and target/benchmark/latest.json (target/benchmark/smoke/ for --smoke runs).
#
#   deploy/benchmark/run.sh all                 every part, full size (an idle 2-core machine: about 10 minutes today)
#   deploy/benchmark/run.sh --smoke all         every part with small sizes: checks the suite works (a few minutes)
#   deploy/benchmark/run.sh ingest events       some parts: startup memory ingest events evaluation mixed batch
#   deploy/benchmark/run.sh --rows 20000 ingest a size or duration as a flag (or BENCH_ROWS=20000); run.sh help
#   deploy/benchmark/run.sh compare [OLD NEW]   two runs' figures side by side (default: the two newest)
#   deploy/benchmark/run.sh batch-code          subsidy-service's SubsidyBenchmarkTest: its calculation code against the
#                                               plain loop in one JVM (through the reactor: nothing to install first)
#
# It builds first (./mvnw -B -q -DskipTests package) when a jar or a service's AppCDS archive is missing or a source
# changed since its last build (deploy/stale.sh), so it always measures the code of the working tree as the services
# run it. BENCH_BUILD=always|never overrides that; BENCH_MAVEN_ARGS adds Maven arguments (-o to build offline).
# GUIHUA_JVM_OPTS sets the services' JVM options. Two suites on one machine would measure each other: a second one
# waits for the first (flock on /tmp/guihua-benchmark.lock; BENCH_LOCK=0 not).
# Exit status: 0 every goal passed, 1 a goal failed, 2 usage, 3 a part could not run.
#
# Needs only a JDK 17 (wrk is not needed: the load generator is Java, java.net.http with a fixed pool of clients).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn_args=(${BENCH_MAVEN_ARGS:-})

if [ "${1:-}" = "batch-code" ]; then
  shift
  # through the reactor (-am builds the parent, platform, test-support and embedded it needs, running none of their
  # tests: none is tagged benchmark), so that it works on a clean machine without installing anything
  exec ./mvnw -B "${mvn_args[@]}" -pl subsidy-service -am test -Dgroups=benchmark -DexcludedGroups= \
    -Dsurefire.failIfNoSpecifiedTests=false "$@"
fi

if [ "${1:-}" = "" ] || [ "${1:-}" = "help" ] || [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
  set -- help
fi

jar="deploy/benchmark/target/benchmark.jar"
stamp="target/benchmark.built"
build=${BENCH_BUILD:-auto}
if [ "$build" = "auto" ]; then
  . deploy/stale.sh
  if stale "$stamp" "$jar"; then build=always; else build=never; fi
fi
if [ "$build" = "always" ]; then
  # with each service's AppCDS archive, as deploy/run-local.sh builds (the services start with it)
  echo "Building Guihua (./mvnw -B -q -DskipTests -Dquarkus.package.jar.appcds.enabled=true package) ..." >&2
  ./mvnw -B -q "${mvn_args[@]}" -DskipTests -Dquarkus.package.jar.appcds.enabled=true package >&2
  mkdir -p target && touch "$stamp"
fi

export BENCH_GIT="$(git rev-parse --short HEAD 2>/dev/null || true)$( [ -n "$(git status --porcelain 2>/dev/null | head -1)" ] && echo '+changes' || true)"
cmd=(java -Xmx2g -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager -jar "$jar" --root "$root" "$@")
if [ "$1" != "help" ] && [[ " $* " != *" compare "* ]] && [ "${BENCH_LOCK:-1}" != "0" ] && command -v flock >/dev/null; then
  exec 9>/tmp/guihua-benchmark.lock
  if ! flock -n 9; then
    echo "Another benchmark suite is running on this machine; waiting for it (BENCH_LOCK=0 to run anyway) ..." >&2
    flock 9
  fi
fi
exec "${cmd[@]}"
