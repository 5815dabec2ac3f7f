#!/usr/bin/env bash
# Checks the deployment files: the systemd unit with systemd-analyze, the compose file with `docker compose config`,
# the Dockerfile with hadolint. A check whose tool is missing here says so and is skipped.
set -uo pipefail
cd "$(dirname "$0")"
status=0

if command -v systemd-analyze >/dev/null; then
  # verify needs the ExecStart binary and the user to exist; check a copy that points at stand-ins.
  tmp=$(mktemp -d)
  sed -e 's|^ExecStart=.*|ExecStart=/bin/true|' -e 's|^User=.*|User=root|' -e 's|^Group=.*|Group=root|' feedhub.service > "$tmp/feedhub.service"
  if out=$(systemd-analyze verify "$tmp/feedhub.service" 2>&1) && [ -z "$out" ]; then
    echo "ok: systemd-analyze verify feedhub.service"
  else
    echo "FAIL: systemd-analyze verify feedhub.service"; echo "$out"; status=1
  fi
  rm -rf "$tmp"
else
  echo "skipped: systemd-analyze not installed"
fi

compose=""
if docker compose version >/dev/null 2>&1; then compose="docker compose"; elif command -v docker-compose >/dev/null; then compose="docker-compose"; fi
if [ -n "$compose" ]; then
  if FEEDHUB_DASHBOARD_HASH=x $compose -f docker-compose.yml config -q; then echo "ok: $compose config"; else echo "FAIL: $compose config"; status=1; fi
else
  echo "skipped: docker compose not installed (Debian: apt-get install docker-compose)"
fi

if command -v hadolint >/dev/null; then
  if hadolint Dockerfile; then echo "ok: hadolint Dockerfile"; else echo "FAIL: hadolint Dockerfile"; status=1; fi
else
  echo "skipped: hadolint not installed"
fi
exit $status
