#!/usr/bin/env bash
# Build the onedir bundle from build.spec: dist/agent-assist/ (sidebar + `assist` command).
#   ASSIST_BUILD_TORCH=0 bash scripts/build.sh    agent build, no torch (< 500 MB)
#   ASSIST_BUILD_MODEL=/path/to/model ...         ship another sentence-transformers model
#   ASSIST_BUILD_DIST=DIR, ASSIST_BUILD_WORK=DIR  output and work folders (default dist/, build/)
# Needs the project's venv with the build extra: pip install -e .[build]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-}
if [[ -z $PYTHON ]]; then
    for candidate in "$ROOT/.venv/bin/python" "$ROOT/.venv/Scripts/python.exe"; do
        [[ -x $candidate ]] && PYTHON=$candidate && break
    done
fi
PYTHON=${PYTHON:-python3}
DIST=${ASSIST_BUILD_DIST:-$ROOT/dist}
WORK=${ASSIST_BUILD_WORK:-$ROOT/build}
variant=$([[ ${ASSIST_BUILD_TORCH:-1} == 0 ]] && echo agent || echo full)

# Our copy of `assist` must win over any editable install elsewhere.
export PYTHONPATH=$ROOT${PYTHONPATH:+:$PYTHONPATH}
export ASSIST_BUILD_STAGE=${ASSIST_BUILD_STAGE:-$WORK/model}

start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK/pyinstaller-$variant" build.spec
bundle=$DIST/agent-assist
echo "built $variant bundle $bundle in $(( $(date +%s) - start )) s: $(du -sh "$bundle" | cut -f1)"
