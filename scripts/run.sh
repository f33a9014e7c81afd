#!/usr/bin/env bash
# Sets up (if needed) and starts the sidebar on the sample knowledge folder with the bundled
# default model. Extra arguments go to the sidebar (e.g. --knowledge DIR, --lang en).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/assist-sidebar "$@"
