#!/usr/bin/env bash
# The validation step of action.yml, kept in a script so that it can be run
# and tested outside GitHub Actions (tests/integration/integrations.rs runs it).
#
# Reads: SDX (the binary), SDX_PATHS, SDX_PROFILE, SDX_ARGS, SDX_SARIF.
# Prints GitHub annotations; exits with sdx's exit code (0, 1 or 2).
set -uo pipefail

sdx=${SDX:-sdx}
read -r -a paths <<<"${SDX_PATHS:-.}"
read -r -a extra <<<"${SDX_ARGS:-}"
profile=()
if [ -n "${SDX_PROFILE:-}" ]; then
  profile=(--profile "$SDX_PROFILE")
fi

status=0
if [ -n "${SDX_SARIF:-}" ]; then
  # SARIF for code scanning; its exit code is the same run's, so it is not
  # allowed to end the step before the annotations are printed.
  "$sdx" validate --format sarif "${profile[@]}" "${extra[@]}" "${paths[@]}" >"$SDX_SARIF" || true
fi
"$sdx" validate --format github "${profile[@]}" "${extra[@]}" "${paths[@]}" || status=$?
exit "$status"
