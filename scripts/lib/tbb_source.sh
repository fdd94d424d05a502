# Sourced by scripts/tsan.sh and scripts/static_tbb.sh: fetching the oneTBB source that Debian
# ships for the installed libtbb-dev (same version, same patches, so its headers match the
# installed ones). Needs root (or sudo) for apt-get: installs dpkg-dev when missing and, when no
# deb-src entry serves the source package, adds one for the archive that ships libtbb-dev (its
# suite, main) in /etc/apt/sources.list.d/sluice-src.list.
# The caller defines log() and sets $tbb_root (where src/ goes).

sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"

install_missing() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return
  log "installing ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
}

# The archive and suite that ship the installed libtbb-dev, as apt-cache policy shows them under
# the installed version ("500 URI suite/main amd64 Packages"): a deb-src entry for them serves
# the matching source without naming any host here.
archive_of_libtbb() {
  apt-cache policy libtbb-dev |
    awk '/^ \*\*\* / { found = 1; next } found && NF == 2 { exit } found && $2 ~ /:\/\// { split($3, s, "/"); print $2, s[1]; exit }'
}

add_deb_src() {
  local list=/etc/apt/sources.list.d/sluice-src.list uri suite keyring=""
  read -r uri suite <<<"$(archive_of_libtbb)" || true
  if [ -z "${uri:-}" ] || [ -z "${suite:-}" ]; then
    log "cannot tell which archive ships libtbb-dev; add a deb-src entry by hand"; return 1
  fi
  [ -f /usr/share/keyrings/debian-archive-keyring.gpg ] &&
    keyring="[signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] "
  log "adding deb-src ${uri} ${suite} main in $list"
  echo "deb-src ${keyring}${uri} ${suite} main" | $sudo_cmd tee "$list" >/dev/null
  $sudo_cmd apt-get update -qq
}

tbb_source_package() { dpkg-query -W -f='${source:Package}' libtbb-dev; }
tbb_source_version() { dpkg-query -W -f='${source:Version}' libtbb-dev; }

# Prints the directory of oneTBB's unpacked, Debian-patched source for the installed version
# (everything else it says goes to stderr). Fails (status 1) when the source cannot be fetched.
fetch_tbb_source() {
  local package=$1 version=$2
  local src_dir=$tbb_root/src/$version
  if [ ! -f "$src_dir/.fetched" ]; then
    {
      install_missing dpkg-dev
      apt-get source --print-uris "$package=$version" >/dev/null 2>&1 || add_deb_src || return 1
      rm -rf "$src_dir" && mkdir -p "$src_dir"
      log "fetching the source of $package $version"
      (cd "$src_dir" && apt-get source -qq "$package=$version" >/dev/null 2>&1) ||
        { log "apt-get source $package=$version failed"; return 1; }
      touch "$src_dir/.fetched"
    } >&2 || return 1
  fi
  find "$src_dir" -mindepth 2 -maxdepth 2 -name CMakeLists.txt -printf '%h\n' | head -n 1
}
