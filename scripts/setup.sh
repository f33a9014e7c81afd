#!/usr/bin/env bash
# Installs everything Agent Assist needs on a fresh Debian/Ubuntu machine, idempotently:
# system libraries for Qt under X11/Xvfb, a CJK font, and a Python 3.11 virtual environment
# in .venv with the CPU build of torch. Safe to run again; it only adds what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  xvfb xauth xdotool xclip x11-utils fonts-noto-cjk openbox
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-shape0 libxcb-xkb1 libxcb-xfixes0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0
)

install_system_packages() {
  command -v apt-get >/dev/null || { echo "setup: no apt-get; install the Qt/X11 libraries yourself" >&2; return; }
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python_packages() {
  local python=${PYTHON:-python3.11}
  command -v "$python" >/dev/null || python=python3
  [ -x .venv/bin/python ] || "$python" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  # torch first and pinned: an unpinned resolve would pull a multi-GB CUDA build.
  .venv/bin/python -m pip install -q "torch==2.13.0"
  .venv/bin/python -m pip install -q -e ".[test]"
}

install_system_packages
# pip warns about an optional local package mirror on some machines; keep its real errors.
install_python_packages 2> >(grep -v "^WARNING: Location" >&2)
.venv/bin/python -c "import assist, torch; print('setup: ready (torch', torch.__version__ + ')')"
