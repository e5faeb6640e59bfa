#!/usr/bin/env bash
# Run a local Neo4j 5.26 LTS Community server without Docker, for development and CI.
#
#   bash scripts/neo4j.sh start    # download (first time only), configure, start, wait for Bolt
#   bash scripts/neo4j.sh stop     # clean shutdown; no error when not running
#   bash scripts/neo4j.sh status   # prints running/stopped; exit 0 when running, 3 when stopped
#
# How it works: Neo4j's packaged tarball is not published on Maven Central, but the server
# itself is (org.neo4j:neo4j). Maven resolves it and its runtime dependencies into a lib/
# directory, and the server is started with Neo4j's own bootloader
# (org.neo4j.server.startup.Neo4jCommand: the class that the tarball's bin/neo4j runs),
# which turns neo4j.conf into the server's JVM command line and daemonizes
# org.neo4j.server.CommunityEntryPoint --home-dir=... --config-dir=...
# The initial password is set with the bootloader of bin/neo4j-admin
# (org.neo4j.server.startup.Neo4jAdminCommand dbms set-initial-password).
#
# Environment (all optional):
#   KG_NEO4J_HOME      cache and instance directory (default: $HOME/.cache/kg-neo4j); outside git
#   KG_NEO4J_JARS      where the downloaded jars live (default: $KG_NEO4J_HOME/dist). A second server
#                      beside the first: its own KG_NEO4J_HOME and ports, the first one's KG_NEO4J_JARS
#   KG_NEO4J_VERSION   org.neo4j:neo4j version (default: 5.26.30, the newest 5.26.x on Central when written)
#   KG_NEO4J_FRESH=1   wipe the database files before starting (CI uses this)
#   KG_NEO4J_TIMEOUT   seconds to wait for Bolt (default: 180)
#   NEO4J_BOLT_PORT    default 7687;  NEO4J_HTTP_PORT  default 7474
#   NEO4J_HEAP_SIZE    default 1g;    NEO4J_PAGECACHE_SIZE default 512m (the bench at 100k wants more)
#   NEO4J_PASSWORD     password of user neo4j (default: kg-dev-password; Neo4j wants >= 8 chars)
set -euo pipefail

NEO4J_VERSION="${KG_NEO4J_VERSION:-5.26.30}"
# Pinned so that every machine resolves the same plugin (Maven 3.8's default is an old 2.x).
DEP_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

CACHE_DIR="${KG_NEO4J_HOME:-$HOME/.cache/kg-neo4j}"
JARS_ROOT="${KG_NEO4J_JARS:-$CACHE_DIR/dist}"  # shared by every instance that names it
DIST_DIR="$JARS_ROOT/$NEO4J_VERSION"        # downloaded jars: lib/ (+ the pom that lists them)
LIB_DIR="$DIST_DIR/lib"
READY_MARK="$DIST_DIR/.complete"             # written only after a full, successful download
INST_DIR="$CACHE_DIR/instance"               # NEO4J_HOME of the running server
CONF_DIR="$INST_DIR/conf"
DATA_DIR="$INST_DIR/data"
LOGS_DIR="$INST_DIR/logs"
RUN_DIR="$INST_DIR/run"
PID_FILE="$RUN_DIR/neo4j.pid"                # written by Neo4j's bootloader (server.directories.run)
SERVER_LOG="$LOGS_DIR/neo4j.log"             # the daemonized server's stdout/stderr

BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
HEAP_SIZE="${NEO4J_HEAP_SIZE:-1g}"
PAGECACHE_SIZE="${NEO4J_PAGECACHE_SIZE:-512m}"
PASSWORD="${NEO4J_PASSWORD:-kg-dev-password}"
START_TIMEOUT="${KG_NEO4J_TIMEOUT:-180}"
STOP_TIMEOUT=60

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

log() { printf '[neo4j] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

now_ms() { date +%s%3N; }
# Milliseconds -> "12.3" seconds.
secs() { printf '%d.%d' $(($1 / 1000)) $((($1 % 1000) / 100)); }

# Pid of the running server, or nothing. A pid file left by a killed server (or a pid that
# was reused by another process) does not count: the process must be Neo4j's entry point.
server_pid() {
  local pid
  [[ -f "$PID_FILE" ]] || return 0
  pid="$(tr -dc '0-9' <"$PID_FILE")"
  [[ -n "$pid" ]] || return 0
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'org.neo4j.server.CommunityEntryPoint'; then
    echo "$pid"
  fi
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

print_log_tail() {
  local f
  for f in "$SERVER_LOG" "$LOGS_DIR/debug.log"; do
    if [[ -f "$f" ]]; then
      log "---- last 40 lines of $f ----"
      tail -n 40 "$f" >&2 || true
    fi
  done
}

print_env() {
  cat <<EOF
NEO4J_URI=bolt://127.0.0.1:$BOLT_PORT
NEO4J_USER=neo4j
NEO4J_PASSWORD=$PASSWORD
NEO4J_DATABASE=neo4j
EOF
}

check_tools() {
  command -v "$JAVA" >/dev/null 2>&1 || die "java not found (Neo4j 5.26 needs Java 17 or 21)"
  local major
  # `java -version` prints e.g. 'openjdk version "17.0.15"' on stderr.
  major="$("$JAVA" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)"
  [[ "$major" == 17 || "$major" == 21 ]] || log "WARNING: Java $major found; Neo4j 5.26 supports Java 17 and 21"
}

# ---------------------------------------------------------------- download (once)
download() {
  if [[ -f "$READY_MARK" ]]; then
    return 0
  fi
  # instances of different homes may share the jars: one download at a time, the others wait for it
  mkdir -p "$JARS_ROOT"
  exec 8>"$JARS_ROOT/.download.lock"
  flock -w 900 8 || die "another download holds $JARS_ROOT/.download.lock"
  if [[ -f "$READY_MARK" ]]; then
    exec 8>&-
    return 0
  fi
  command -v mvn >/dev/null 2>&1 || die "mvn not found (needed once, to fetch Neo4j from Maven Central)"
  log "Fetching org.neo4j:neo4j:$NEO4J_VERSION and its runtime dependencies from Maven Central (first run only)..."
  rm -rf "$DIST_DIR"
  mkdir -p "$DIST_DIR"
  # A throwaway pom whose only dependency is the Community server; copy-dependencies then
  # lays out the full runtime classpath (~210 jars, ~125 MB; Lucene included) in one dir.
  cat >"$DIST_DIR/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.kg</groupId>
  <artifactId>kg-neo4j-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>$NEO4J_VERSION</version>
    </dependency>
  </dependencies>
</project>
EOF
  if ! mvn -B -q -f "$DIST_DIR/pom.xml" "$DEP_PLUGIN:copy-dependencies" \
      -DincludeScope=runtime -DoutputDirectory="$LIB_DIR.tmp" >"$DIST_DIR/maven.log" 2>&1; then
    tail -n 40 "$DIST_DIR/maven.log" >&2 || true
    die "Maven could not fetch Neo4j $NEO4J_VERSION (log: $DIST_DIR/maven.log)"
  fi
  # Sanity check: the server and the bootloader must be there.
  [[ -f "$LIB_DIR.tmp/neo4j-$NEO4J_VERSION.jar" ]] || die "neo4j-$NEO4J_VERSION.jar missing after download"
  mv "$LIB_DIR.tmp" "$LIB_DIR"
  touch "$READY_MARK"
  exec 8>&-
}

# ---------------------------------------------------------------- configuration
write_conf() {
  mkdir -p "$CONF_DIR" "$DATA_DIR" "$LOGS_DIR" "$RUN_DIR" "$INST_DIR/plugins" "$INST_DIR/import"
  # Rewritten on every start so that changed ports/versions take effect.
  cat >"$CONF_DIR/neo4j.conf" <<EOF
# Generated by scripts/neo4j.sh on every start; edits are overwritten.
server.directories.lib=$LIB_DIR
server.directories.data=$DATA_DIR
server.directories.logs=$LOGS_DIR
server.directories.run=$RUN_DIR
server.directories.plugins=$INST_DIR/plugins
server.directories.import=$INST_DIR/import

# Local only: Bolt and HTTP on the loopback interface, no HTTPS.
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$BOLT_PORT
server.bolt.advertised_address=127.0.0.1:$BOLT_PORT
server.http.enabled=true
server.http.listen_address=127.0.0.1:$HTTP_PORT
server.https.enabled=false
dbms.security.auth_enabled=true
# No outbound calls (there is no internet on CI anyway).
dbms.usage_report.enabled=false

# Memory: a 2-core / 24 GB machine shared with the test suite.
server.memory.heap.initial_size=512m
server.memory.heap.max_size=$HEAP_SIZE
server.memory.pagecache.size=$PAGECACHE_SIZE

# Keep transaction logs small: only what recovery needs.
db.tx_log.rotation.retention_policy=keep_none
db.tx_log.rotation.size=32M
db.tx_log.preallocate=false
# Query log only for slow queries (the default logs every query).
db.logs.query.enabled=INFO
db.logs.query.threshold=1s

# JVM options: those of the neo4j.conf shipped with Neo4j 5.26, minus -XX:+AlwaysPreTouch
# (it would commit the whole initial heap up front and slow the start).
server.jvm.additional=-XX:+UseG1GC
server.jvm.additional=-XX:-OmitStackTraceInFastThrow
server.jvm.additional=-XX:+UnlockExperimentalVMOptions
server.jvm.additional=-XX:+TrustFinalNonStaticFields
server.jvm.additional=-XX:+DisableExplicitGC
server.jvm.additional=-Djdk.nio.maxCachedBufferSize=1024
server.jvm.additional=-Dio.netty.tryReflectionSetAccessible=true
server.jvm.additional=-Djdk.tls.ephemeralDHKeySize=2048
server.jvm.additional=-Djdk.tls.rejectClientInitiatedRenegotiation=true
server.jvm.additional=-XX:FlightRecorderOptions=stackdepth=256
server.jvm.additional=-XX:+UnlockDiagnosticVMOptions
server.jvm.additional=-XX:+DebugNonSafepoints
server.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED
server.jvm.additional=--add-opens=java.base/java.io=ALL-UNNAMED
server.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED
server.jvm.additional=--enable-native-access=ALL-UNNAMED
server.jvm.additional=-Dlog4j2.disable.jmx=true
server.jvm.additional=-Dlog4j.layout.jsonTemplate.maxStringLength=32768
server.jvm.additional=-XX:+ExitOnOutOfMemoryError
EOF
}

# Run one of Neo4j's bootloaders (what bin/neo4j and bin/neo4j-admin run), itself a small JVM.
bootloader() {
  local main="$1"
  shift
  NEO4J_HOME="$INST_DIR" NEO4J_CONF="$CONF_DIR" \
    "$JAVA" -Xmx128m -XX:+UseSerialGC -cp "$LIB_DIR/*" "$main" "$@"
}

# The password can only be set before the system database exists; after that the stored one wins.
set_initial_password() {
  if [[ -d "$DATA_DIR/databases/system" ]]; then
    return 0
  fi
  log "Setting the initial password of user neo4j"
  bootloader org.neo4j.server.startup.Neo4jAdminCommand dbms set-initial-password "$PASSWORD" >&2 \
    || die "neo4j-admin dbms set-initial-password failed"
}

# Exit 0: a real Bolt login and query work; 2: wrong credentials; 1: not (yet) possible.
# Uses the project's neo4j-driver when installed, else only says whether the port is open.
bolt_check() {
  if command -v node >/dev/null 2>&1 && (cd "$REPO_ROOT" && node -e "require.resolve('neo4j-driver')") >/dev/null 2>&1; then
    (cd "$REPO_ROOT" && BOLT_PORT="$BOLT_PORT" PASSWORD="$PASSWORD" node -e '
      const neo4j = require("neo4j-driver");
      const d = neo4j.driver("bolt://127.0.0.1:" + process.env.BOLT_PORT,
        neo4j.auth.basic("neo4j", process.env.PASSWORD), { connectionTimeout: 5000 });
      d.executeQuery("RETURN 1 AS ok", {}, { database: "neo4j" })
        .then(() => d.close().then(() => process.exit(0)))
        .catch((e) => {
          const auth = /Unauthorized|authentication|credentials/i.test(String(e.code) + " " + e.message);
          if (auth) console.error(String(e.message));
          d.close().finally(() => process.exit(auth ? 2 : 1));
        });') 2>&1 >/dev/null | sed 's/^/[neo4j] driver: /' >&2
    return "${PIPESTATUS[0]}"
  fi
  port_open "$BOLT_PORT"
}

# ---------------------------------------------------------------- commands
cmd_start() {
  local t0 t1 t2 download_ms pid log_offset rc deadline
  check_tools
  mkdir -p "$CACHE_DIR"
  # One start at a time per cache dir (e.g. a developer's shell and a test run).
  exec 9>"$CACHE_DIR/.lock"
  flock -w 600 9 || die "another scripts/neo4j.sh start holds $CACHE_DIR/.lock"

  pid="$(server_pid)"
  if [[ -n "$pid" ]]; then
    log "Already running (pid $pid)"
    bolt_check || die "Neo4j (pid $pid) is running but Bolt on 127.0.0.1:$BOLT_PORT does not answer as expected"
    print_env
    return 0
  fi
  rm -f "$PID_FILE"   # stale pid file from a killed server; the bootloader would trust it

  t0="$(now_ms)"
  download
  t1="$(now_ms)"
  download_ms=$((t1 - t0))

  if port_open "$BOLT_PORT"; then
    die "port $BOLT_PORT is already in use by another process (set NEO4J_BOLT_PORT)"
  fi
  if [[ "${KG_NEO4J_FRESH:-0}" == 1 ]]; then
    log "KG_NEO4J_FRESH=1: wiping $DATA_DIR"
    rm -rf "$DATA_DIR"
  fi
  write_conf
  set_initial_password
  # Neo4j warns below 40000 open files; raise the soft limit as far as we are allowed.
  ulimit -n 40000 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

  # Only look at log lines written by this start (the log is appended to across runs).
  log_offset=0
  [[ -f "$SERVER_LOG" ]] && log_offset="$(stat -c %s "$SERVER_LOG")"

  log "Starting Neo4j $NEO4J_VERSION (Bolt 127.0.0.1:$BOLT_PORT, HTTP 127.0.0.1:$HTTP_PORT)"
  # Daemonizes the server (pid in $PID_FILE, output in $SERVER_LOG) and returns.
  # 9>&-: the server must not inherit the start lock.
  if ! bootloader org.neo4j.server.startup.Neo4jCommand start 9>&- >&2; then
    print_log_tail
    die "Neo4j's launcher failed"
  fi

  deadline=$((SECONDS + START_TIMEOUT))
  while :; do
    pid="$(server_pid)"
    if [[ -z "$pid" ]]; then
      print_log_tail
      die "Neo4j exited during startup"
    fi
    if tail -c +"$((log_offset + 1))" "$SERVER_LOG" 2>/dev/null | grep -q 'INFO  Started\.' && port_open "$BOLT_PORT"; then
      rc=0
      bolt_check || rc=$?
      if [[ $rc == 0 ]]; then
        break
      elif [[ $rc == 2 ]]; then
        cmd_stop
        die "Bolt login refused: the database in $DATA_DIR has another password than NEO4J_PASSWORD (start with KG_NEO4J_FRESH=1 to wipe it)"
      fi
    fi
    if ((SECONDS >= deadline)); then
      print_log_tail
      cmd_stop || true
      die "Bolt did not answer on 127.0.0.1:$BOLT_PORT within ${START_TIMEOUT}s"
    fi
    sleep 1
  done
  t2="$(now_ms)"

  log "Neo4j $NEO4J_VERSION is up (pid $pid); logs in $LOGS_DIR"
  if ((download_ms > 1000)); then
    log "Timing: download $(secs "$download_ms")s, start $(secs $((t2 - t1)))s, total $(secs $((t2 - t0)))s"
  else
    log "Timing: download skipped (cached in $DIST_DIR), start $(secs $((t2 - t1)))s"
  fi
  print_env
}

cmd_stop() {
  local pid waited=0
  pid="$(server_pid)"
  if [[ -z "$pid" ]]; then
    rm -f "$PID_FILE"
    log "Not running"
    return 0
  fi
  log "Stopping Neo4j (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  # SIGTERM makes Neo4j shut down cleanly (checkpoint, close stores); give it up to a minute.
  while kill -0 "$pid" 2>/dev/null && ((waited < STOP_TIMEOUT * 2)); do
    sleep 0.5
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "Still running after ${STOP_TIMEOUT}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$PID_FILE"
  log "Stopped"
}

cmd_status() {
  local pid
  pid="$(server_pid)"
  if [[ -n "$pid" ]]; then
    echo "running (pid $pid, bolt://127.0.0.1:$BOLT_PORT)"
    return 0
  fi
  echo "stopped"
  return 3
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
