#!/bin/sh
# Start a real OpenSearch 2.19 node (from Maven Central jars) in the background and
# wait until /_cluster/health is at least yellow.
#
# Environment (all optional):
#   OPENSEARCH_PORT     HTTP port on 127.0.0.1                    (default 9200)
#   OPENSEARCH_DATA     folder for the node's data, logs, pid file (default ./instance/opensearch-node)
#   OPENSEARCH_HEAP     JVM heap, -Xms and -Xmx                    (default 512m)
#   OPENSEARCH_TIMEOUT  seconds to wait for the node to be ready   (default 180)
#   JAVA                the java binary                            (default: $JAVA_HOME/bin/java, else java)
#
# The first run downloads the jars into ~/.m2 and writes the classpath to
# target/classpath.txt; later runs start `java -cp` directly, without Maven.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PORT=${OPENSEARCH_PORT:-9200}
DATA=${OPENSEARCH_DATA:-instance/opensearch-node}
HEAP=${OPENSEARCH_HEAP:-512m}
TIMEOUT=${OPENSEARCH_TIMEOUT:-180}
if [ -z "${JAVA:-}" ]; then
    if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
fi

fail() { echo "opensearch-node: $*" >&2; exit 1; }

command -v "$JAVA" >/dev/null 2>&1 || fail "Java not found: install a JDK 17 or 21 (apt-get install openjdk-17-jdk-headless) or set JAVA"
command -v curl >/dev/null 2>&1 || fail "curl not found (apt-get install curl); it is used to wait for the node"

mkdir -p "$DATA"
DATA=$(cd "$DATA" && pwd)
PIDFILE="$DATA/node.pid"
LOG="$DATA/node.log"
URL="http://127.0.0.1:$PORT"

healthy() {
    curl -fsS --max-time 2 "$URL/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null | grep -q '"status":"\(yellow\|green\)"'
}

if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    if healthy; then
        echo "OpenSearch is already running at $URL (pid $(cat "$PIDFILE"))"
        exit 0
    fi
    fail "a node from $DATA is running (pid $(cat "$PIDFILE")) but $URL does not answer; run devtools/opensearch-node/stop.sh first"
fi
if curl -s --max-time 1 -o /dev/null "$URL/"; then
    fail "port $PORT is already taken by another server; choose another with OPENSEARCH_PORT=..."
fi

# Build once; rebuild only when the pom or the Java source changed.
CLASSPATH_FILE="$HERE/target/classpath.txt"
NODE_JAR="$HERE/target/opensearch-node-2.19.1.jar"
if [ ! -f "$CLASSPATH_FILE" ] || [ ! -f "$NODE_JAR" ] \
   || [ -n "$(find "$HERE/pom.xml" "$HERE/src" -newer "$CLASSPATH_FILE" -type f 2>/dev/null)" ]; then
    command -v mvn >/dev/null 2>&1 || fail "Maven not found: install it (apt-get install maven); it fetches OpenSearch from Maven Central"
    echo "Building the OpenSearch node (the first time downloads about 85 MB into ~/.m2)..."
    mvn -q -B -f "$HERE/pom.xml" package dependency:build-classpath \
        -Dmdep.outputFile="$CLASSPATH_FILE" || fail "the Maven build failed (see the messages above)"
    rm -f "$HERE/target/node.jsa"
fi

# Class-data sharing: loading ~15,000 classes from jars is most of the start-up time.
# The first node that finds no archive records one when it stops (see stop.sh); later
# starts map it and start about twice as fast. A stale or foreign archive is ignored
# by the JVM (-Xshare:auto), so this can only make starts faster, never break them.
ARCHIVE="$HERE/target/node.jsa"
ARCHIVE_LOCK="$HERE/target/node.jsa.lock"
if [ -f "$ARCHIVE_LOCK/pid" ] && ! kill -0 "$(cat "$ARCHIVE_LOCK/pid")" 2>/dev/null; then
    rm -rf "$ARCHIVE_LOCK"  # left by a node that crashed before recording
fi
if [ -f "$ARCHIVE" ]; then
    CDS="-XX:SharedArchiveFile=$ARCHIVE"
elif mkdir "$ARCHIVE_LOCK" 2>/dev/null; then
    CDS="-XX:ArchiveClassesAtExit=$ARCHIVE.tmp"  # stop.sh moves it into place once complete
else
    CDS=""  # another node is recording the archive right now
fi

# Flags from OpenSearch's own config/jvm.options that matter outside a distribution.
# shellcheck disable=SC2086
nohup "$JAVA" -Xms"$HEAP" -Xmx"$HEAP" \
    -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -Xshare:auto $CDS -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Dfile.encoding=UTF-8 -Djava.awt.headless=true -Djna.nosys=true \
    -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true -Dio.netty.recycler.maxCapacityPerThread=0 \
    -Dlog4j.shutdownHookEnabled=false -Dlog4j2.disable.jmx=true \
    ${OPENSEARCH_JAVA_OPTS:-} \
    -cp "$NODE_JAR:$(cat "$CLASSPATH_FILE")" \
    fi.kulttuuripankki.devtools.OpenSearchNode --data "$DATA" --port "$PORT" \
    >"$LOG" 2>&1 </dev/null &
echo $! >"$PIDFILE"
case "$CDS" in -XX:ArchiveClassesAtExit=*) echo $! >"$ARCHIVE_LOCK/pid" ;; esac

printf 'Starting OpenSearch at %s (pid %s, log %s) ' "$URL" "$(cat "$PIDFILE")" "$LOG"
waited=0
while ! healthy; do
    if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
        echo
        tail -n 30 "$LOG" >&2
        rm -f "$PIDFILE"
        fail "the node exited during start-up (log above, full log in $LOG)"
    fi
    if [ "$waited" -ge "$TIMEOUT" ]; then
        echo
        tail -n 30 "$LOG" >&2
        fail "the node did not become ready within $TIMEOUT s; stop it with devtools/opensearch-node/stop.sh"
    fi
    sleep 1
    waited=$((waited + 1))
    printf '.'
done
echo " ready after ${waited}s"
