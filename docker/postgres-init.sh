#!/bin/sh
# Runs once, when the PostgreSQL volume is created: the login role the API connects as.
# It owns nothing and gets its rights only through the roles `npm run db:migrate` grants it.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v login_password="$LOGIN_PASSWORD" <<'SQL'
create role tsunagu_login login nosuperuser nobypassrls nocreatedb nocreaterole password :'login_password';
SQL
