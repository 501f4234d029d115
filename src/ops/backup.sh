#!/usr/bin/env bash
# Makes an online backup of the portal's embedded database through its API and prints the backup's
# name. Settings: PORTAL_URL (default http://localhost:8080); PORTAL_TOKEN (an administrator's API
# token) or PORTAL_USER and PORTAL_PASSWORD (an administrator).
set -euo pipefail
url=${PORTAL_URL:-http://localhost:8080}
if [ -n "${PORTAL_TOKEN:-}" ]; then
  auth=(-H "Authorization: Bearer $PORTAL_TOKEN")
else
  auth=(-u "${PORTAL_USER:-admin}:${PORTAL_PASSWORD:?set PORTAL_PASSWORD or PORTAL_TOKEN}")
fi
response=$(curl -fsS "${auth[@]}" -X POST "$url/api/v1/backups")
name=$(printf '%s' "$response" | sed -n 's/.*"name":"\([^"]*\)".*/\1/p')
echo "${name:?unexpected answer: $response}"
