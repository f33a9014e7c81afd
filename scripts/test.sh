#!/usr/bin/env bash
# Sets up (if needed) and runs the whole test suite: lint, core, widgets (offscreen) and
# end-to-end tests (they start their own Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
bash scripts/typecheck.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
exec .venv/bin/python -m pytest "$@"
