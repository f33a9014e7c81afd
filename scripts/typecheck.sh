#!/usr/bin/env bash
# Type-checks the OS backends for each OS they run on. Only Linux runs here, so this is what
# catches a wrong ctypes name or signature in the Windows and macOS code before an agent does.
set -euo pipefail
cd "$(dirname "$0")/.."
for platform in linux win32 darwin; do
    .venv/bin/mypy --platform "$platform" --python-version 3.11 --ignore-missing-imports \
        --follow-imports=silent --no-error-summary assist/platform assist/memory.py
done
