#!/bin/sh
# Stop the node started by start.sh (same OPENSEARCH_DATA): SIGTERM, which closes the
# node cleanly, then wait for the process to exit.
set -eu
DATA=${OPENSEARCH_DATA:-instance/opensearch-node}
PIDFILE="$DATA/node.pid"
if [ ! -f "$PIDFILE" ]; then
    echo "No OpenSearch node is running from $DATA (no $PIDFILE)"
    exit 0
fi
PID=$(cat "$PIDFILE")
if ! kill -0 "$PID" 2>/dev/null; then
    echo "OpenSearch (pid $PID) was not running; removing the stale pid file"
    rm -f "$PIDFILE"
    exit 0
fi
kill -TERM "$PID"
waited=0
while kill -0 "$PID" 2>/dev/null; do
    if [ "$waited" -ge 60 ]; then
        echo "OpenSearch (pid $PID) did not stop within 30 s; killing it" >&2
        kill -KILL "$PID" 2>/dev/null || true
        break
    fi
    sleep 0.5
    waited=$((waited + 1))
done
rm -f "$PIDFILE"
# This node may have been the one recording the class-data archive (see start.sh):
# the JVM wrote it on exit; publish it in one rename so no start maps half a file.
TARGET="$(cd "$(dirname "$0")" && pwd)/target"
if [ -f "$TARGET/node.jsa.lock/pid" ] && [ "$(cat "$TARGET/node.jsa.lock/pid")" = "$PID" ]; then
    if [ -s "$TARGET/node.jsa.tmp" ]; then
        mv -f "$TARGET/node.jsa.tmp" "$TARGET/node.jsa"
    fi
    rm -rf "$TARGET/node.jsa.lock"
fi
echo "OpenSearch stopped (pid $PID)"
