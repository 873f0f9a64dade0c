#!/usr/bin/env bash
# CI check: `prisma migrate deploy` works against a PostgreSQL that requires TLS, i.e.
# prisma.config.ts passes DATABASE_URL's TLS parameters (sslmode, sslrootcert…) on to pg.
# Called by .ci/run, as root, on its throw-away cluster:
#   scripts/ci-tls-check.sh setup DATA_DIR         after initdb, before the server starts:
#       self-signed certificate, ssl = on, and role tls_only allowed over TLS only
#   scripts/ci-tls-check.sh check PGBIN PORT DATA_DIR   once the server runs
# Other roles (postgres, used by the rest of CI) keep connecting without TLS.
set -euo pipefail

setup() {
  local data=$1
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1 \
    -keyout "$data/server.key" -out "$data/server.crt"
  chown postgres: "$data/server.key" "$data/server.crt"
  chmod 600 "$data/server.key"
  echo "ssl = on" >>"$data/postgresql.conf"
  # The first matching line wins: tls_only is refused without TLS, trusted with it.
  # (rewritten in place: the file keeps initdb's owner and mode)
  local hba
  hba=$(cat "$data/pg_hba.conf")
  printf '%s\n' "hostnossl all tls_only 127.0.0.1/32 reject" \
    "hostssl   all tls_only 127.0.0.1/32 trust" "$hba" >"$data/pg_hba.conf"
}

check() {
  # not local: the EXIT trap below still needs them
  pgbin=$1 port=$2 data=$3
  admin="postgresql://postgres@127.0.0.1:$port/postgres"
  base="postgresql://tls_only@127.0.0.1:$port/tls_check"
  psql() { "$pgbin/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

  psql "$admin" -c "CREATE ROLE tls_only CREATEDB LOGIN" -c "CREATE DATABASE tls_check OWNER tls_only"
  trap 'psql "$admin" -c "DROP DATABASE IF EXISTS tls_check WITH (FORCE)" -c "DROP ROLE IF EXISTS tls_only" || true' EXIT

  # The server must really refuse tls_only without TLS, or this check proves nothing.
  if psql "$base?sslmode=disable" -c "SELECT 1" >/dev/null 2>&1; then
    echo "[ci] TLS : la connexion sans TLS aurait dû être refusée" >&2
    return 1
  fi

  # The usual managed-PostgreSQL URL. pg-connection-string 2.x treats a bare
  # sslmode=require as verify-full (the self-signed certificate would be refused);
  # uselibpqcompat=true gives libpq's meaning: encrypted, certificate not verified.
  DATABASE_URL="$base?sslmode=require&uselibpqcompat=true" PRISMA_HIDE_UPDATE_MESSAGE=1 \
    npx prisma migrate deploy </dev/null
  # Certificate verified against the server's own certificate, read through sslrootcert.
  DATABASE_URL="$base?sslmode=verify-full&sslrootcert=$data/server.crt" PRISMA_HIDE_UPDATE_MESSAGE=1 \
    npx prisma migrate status </dev/null

  local applied expected
  applied=$(psql "$base?sslmode=require" -At -c \
    "SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
  expected=$(find prisma/migrations -mindepth 1 -maxdepth 1 -type d | wc -l)
  if [ "$applied" != "$expected" ]; then
    echo "[ci] TLS : $applied migrations appliquées sur $expected" >&2
    return 1
  fi
  echo "[ci] TLS : migrate deploy et migrate status passent par TLS ($applied migrations)"
}

cd "$(dirname "$0")/.."
case "${1:-}" in
  setup) setup "$2" ;;
  check) check "$2" "$3" "$4" ;;
  *) echo "usage: $0 setup DATA_DIR | check PGBIN PORT DATA_DIR" >&2; exit 2 ;;
esac
