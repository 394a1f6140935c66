#!/usr/bin/env bash
# Runs the whole Guihua system on this machine with only a JDK 17: embedded PostgreSQL and Kafka, then the
# five services, built first when the sources changed since the last build. Ctrl-C stops everything.
#
#   deploy/run-local.sh                 start (data kept in .local-data/ between runs)
#   deploy/run-local.sh --fresh         start from empty databases and topics
#   deploy/run-local.sh token ROLE CODE print a development token, e.g. token planner 370104
#
# Beside another stack: --data-dir DIR (its own data and lock), and --free-ports (any free ports, printed at the
# start) or --port-offset N (15432+N, 19092+N, 8081+N, management ports 9081+N ...). GUIHUA_JVM_OPTS replaces
# the services' JVM options (default: LocalStack.DEFAULT_JVM_OPTIONS, see docs/performance.md; {app} stands for the
# service's target/quarkus-app). OTEL_EXPORTER_OTLP_ENDPOINT (an OTLP collector) makes the services export their spans.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

stamp="target/local-stack.built"
jar="deploy/local-stack/target/local-stack.jar"
# target/lib holds the dependencies; the jar names none in its manifest, so that the system test, which has the
# module on its classpath, does not see every dependency twice
. deploy/stale.sh
if stale "$stamp" "$jar"; then
  # with each service's AppCDS archive (target/quarkus-app/app-cds.jsa: a faster start, docs/performance.md); the
  # second stack after a build (the first applies the migrations and loads the reference data) runs as training
  # starts and leaves app-cds-trained.jsa, which the later ones start with
  echo "Building Guihua (./mvnw install -DskipTests -Dquarkus.package.jar.appcds.enabled=true) ..." >&2
  ./mvnw -B -q -DskipTests -Dquarkus.package.jar.appcds.enabled=true install >&2
  mkdir -p target && touch "$stamp"
fi

exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dguihua.root="$root" -cp "$jar:deploy/local-stack/target/lib/*" cn.guihua.localstack.LocalStack "$@"
