# Shared set-up for the scripts: the shared target directory and Debian packages on demand.
# Sourced, not run.

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/citydash-target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

# ensure_packages PKG...: installs the Debian packages that are missing (apt-get, as root or with
# sudo). Does nothing when they are all present.
ensure_packages() {
  local missing=()
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Please install: ${missing[*]}" >&2
    return 1
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Packages to build and run the dashboard (software rendering works without a GPU; libdbus for
# the desktop keyring's Secret Service).
DASHBOARD_PACKAGES=(build-essential pkg-config libgl1-mesa-dri libegl1 libxkbcommon-x11-0
  libx11-6 libxcursor1 libxrandr2 libxi6 libdbus-1-dev)

# Packages to build the briefing app (Tauri 2 on WebKitGTK) beside the dashboard.
BRIEFING_PACKAGES=(libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libayatana-appindicator3-dev
  libsoup-3.0-dev libxdo-dev libssl-dev file)

ensure_rust() {
  if ! command -v cargo >/dev/null 2>&1; then
    echo "cargo is not installed: install Rust 1.95 or newer (https://rustup.rs)" >&2
    return 1
  fi
}
