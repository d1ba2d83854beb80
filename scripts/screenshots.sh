#!/usr/bin/env bash
# Screenshots of the reader in real terminals under Xvfb: xterm (no bidi of its own),
# xfce4-terminal (VTE: implicit bidi, switched off by the reader with CSI 8 l) and mlterm
# (its own bidi, switched off with OSC 5379). Saves assets/reader-<terminal>.png.
#
#   scripts/screenshots.sh
#
# Installs what it needs if missing (Debian packages). Look at the pictures: they are what
# users see.
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=(xvfb xterm xfce4-terminal mlterm imagemagick xdotool fonts-dejavu-core dbus-x11)
missing=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cargo build --release --quiet
bin="$PWD/target/release/briefing"
mkdir -p assets

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1500x1000x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY="$display"
sleep 1

# shot NAME TITLE COMMAND...: starts a terminal whose window is titled TITLE, shows the
# first linked mention (] ] Enter), and saves its window as assets/reader-NAME.png.
shot() {
  local name=$1 title=$2; shift 2
  "$@" >/dev/null 2>&1 &
  local term=$!
  local wid=""
  for _ in $(seq 50); do
    wid=$(xdotool search --name "^$title\$" 2>/dev/null | head -n 1) && [ -n "$wid" ] && break
    sleep 0.2
  done
  if [ -z "$wid" ]; then
    echo "$name: no window appeared" >&2
    kill "$term" 2>/dev/null || true
    return 1
  fi
  sleep 2
  xdotool key --window "$wid" bracketright bracketright Return 2>/dev/null || true
  sleep 1
  import -window "$wid" -colors 64 "assets/reader-$name.png"
  xdotool key --window "$wid" q 2>/dev/null || true
  sleep 0.5
  kill "$term" 2>/dev/null || true
  echo "saved assets/reader-$name.png ($(stat -c %s "assets/reader-$name.png") bytes)"
}

font="DejaVu Sans Mono"
shot xterm briefing-xterm \
  xterm -T briefing-xterm -xrm 'XTerm*allowSendEvents: true' -geometry 140x42 -fa "$font" -fs 10 -e "$bin"
shot xfce4-terminal briefing-vte \
  dbus-run-session xfce4-terminal --disable-server --title=briefing-vte --dynamic-title-mode=none \
  --geometry=140x42 --font="$font 10" -x "$bin"
shot mlterm briefing-mlterm \
  mlterm -T briefing-mlterm -g 140x42 --fontsize 13 -e "$bin"
