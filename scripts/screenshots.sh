#!/usr/bin/env bash
# Screenshots of the reader in real terminals, for README and for checking by eye how
# each terminal shows the Arabic column (see docs on bidi in VTE, mlterm and xterm).
#
# Runs the release binary on the bundled briefing in xterm, xfce4-terminal (VTE) and mlterm
# under a private Xvfb display, sends `] ] Enter` (next mention twice, then jump to the same
# entity in the other article) and saves:
#   assets/reader-xterm.png  assets/reader-xfce4-terminal.png  assets/reader-mlterm.png
#
# Debian 12, as root (installs what is missing with apt-get). Idempotent; runs from any
# directory. Environment knobs:
#   COLS, ROWS     terminal size in cells (default 140x42)
#   KEYS           xdotool key names sent before the shot (default "bracketright bracketright Return";
#                  empty: no keys)
#   TERMINALS      which terminals (default "xterm xfce4-terminal mlterm")
#   SETTLE         seconds to wait for drawing (default 3)
#   OUT_DIR        where the PNGs go (default assets/); REPO: the repository (default: this script's ../)
#   ARGS           arguments for the binary (default none: the bundled briefing), e.g. a copy
#                  of a briefing to annotate
#   NAME           the PNGs' name before the terminal's (default "reader")
set -euo pipefail

REPO="${REPO:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
ASSETS="${OUT_DIR:-$REPO/assets}"
COLS="${COLS:-140}"
ROWS="${ROWS:-42}"
KEYS="${KEYS-bracketright bracketright Return}"
TERMINALS="${TERMINALS:-xterm xfce4-terminal mlterm}"
SETTLE="${SETTLE:-3}"
FONT_FAMILY="DejaVu Sans Mono"
FONT_PT=11
MLTERM_PX=15   # mlterm: pixels, about the cell size of the other two at 11 pt
MAX_BYTES=$((300 * 1024))

log() { printf 'screenshots: %s\n' "$*" >&2; }

# ---- packages ---------------------------------------------------------------------------
# command (or file) -> Debian package
declare -A NEED=(
  [Xvfb]=xvfb
  [xterm]=xterm
  [xfce4-terminal]=xfce4-terminal
  [mlterm]=mlterm
  [import]=imagemagick
  [xdotool]=xdotool
  [xdpyinfo]=x11-utils
  [dbus-run-session]=dbus
  [fc-list]=fontconfig
  [/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf]=fonts-dejavu-core
  [/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf]=fonts-noto-core
)
missing=()
for thing in "${!NEED[@]}"; do
  if [[ "$thing" == /* ]]; then
    [[ -e "$thing" ]] || missing+=("${NEED[$thing]}")
  else
    command -v "$thing" > /dev/null 2>&1 || missing+=("${NEED[$thing]}")
  fi
done
# ImageMagick's own convert (a stand-in elsewhere on PATH does not count).
[[ -x /usr/bin/convert ]] || missing+=(imagemagick)
if ((${#missing[@]})); then
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  log "installing: ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    log "not root: install these first: ${missing[*]}"
    exit 1
  fi
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
CONVERT=/usr/bin/convert

# ---- build ------------------------------------------------------------------------------
log "building the release binary"
(cd "$REPO" && cargo build --release --quiet)
BIN="$REPO/target/release/briefing"
[[ -x "$BIN" ]] || { log "no binary at $BIN"; exit 1; }

# ---- X server ---------------------------------------------------------------------------
WORK="$(mktemp -d /tmp/briefing-shots.XXXXXX)"
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do
    # Each started process leads its own process group (setsid): end the group.
    kill -TERM -- "-$pid" 2> /dev/null || kill -TERM "$pid" 2> /dev/null || true
  done
  sleep 0.3
  for pid in "${PIDS[@]}"; do
    kill -KILL -- "-$pid" 2> /dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

display=""
for n in $(seq 90 199); do
  if [[ ! -e /tmp/.X$n-lock && ! -e /tmp/.X11-unix/X$n ]]; then
    display=":$n"
    break
  fi
done
[[ -n "$display" ]] || { log "no free X display"; exit 1; }
export DISPLAY="$display"
log "Xvfb on $DISPLAY"
setsid Xvfb "$DISPLAY" -screen 0 1600x1000x24 -nolisten tcp > "$WORK/xvfb.log" 2>&1 &
PIDS+=("$!")
for _ in $(seq 50); do
  xdpyinfo > /dev/null 2>&1 && break
  sleep 0.1
done
xdpyinfo > /dev/null 2>&1 || { log "Xvfb did not start"; cat "$WORK/xvfb.log" >&2; exit 1; }

# A private home so that no user settings of the terminals take part.
export HOME="$WORK/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache" XDG_DATA_HOME="$HOME/.local/share"
export XDG_RUNTIME_DIR="$WORK/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export NO_AT_BRIDGE=1 LANG=C.UTF-8 LC_ALL=C.UTF-8
unset VTE_VERSION MLTERM TERM_PROGRAM COLORTERM TMUX STY
# mlterm: anti-aliased (Xft) fonts, DejaVu Sans Mono for every script.
mkdir -p "$HOME/.mlterm"
printf 'DEFAULT = %s\nISO10646_UCS4_1 = %s\n' "$FONT_FAMILY" "$FONT_FAMILY" > "$HOME/.mlterm/aafont"

# What each terminal runs: the reader on the bundled briefing, from the repository.
RUN="$WORK/run-reader.sh"
cat > "$RUN" << EOF
#!/bin/sh
cd '$REPO' || exit 1
exec '$BIN' ${ARGS:-}
EOF
chmod +x "$RUN"

launch() { # terminal title -> pid of the started process (group leader)
  local term="$1" title="$2"
  case "$term" in
    xterm)
      setsid xterm -T "$title" -geometry "${COLS}x${ROWS}+0+0" -fa "$FONT_FAMILY" -fs "$FONT_PT" \
        -bg black -fg grey90 +sb -bw 0 -e "$RUN" > "$WORK/$term.log" 2>&1 &
      ;;
    xfce4-terminal)
      setsid dbus-run-session -- xfce4-terminal --disable-server --title "$title" \
        --dynamic-title-mode=none --geometry "${COLS}x${ROWS}+0+0" --font "$FONT_FAMILY $FONT_PT" \
        --hide-menubar --hide-toolbar --hide-scrollbar --hide-borders \
        -x "$RUN" > "$WORK/$term.log" 2>&1 &
      ;;
    mlterm)
      # mlterm sets MLTERM=version in the child itself; -A: Xft fonts (see aafont above).
      setsid mlterm -T "$title" -g "${COLS}x${ROWS}+0+0" -A -w "$MLTERM_PX" \
        --sb=false -b black -f grey90 -e "$RUN" > "$WORK/$term.log" 2>&1 &
      ;;
    *)
      log "unknown terminal $term"
      return 1
      ;;
  esac
  PIDS+=("$!")
}

mkdir -p "$ASSETS"
failed=()
for term in $TERMINALS; do
  title="briefing-shot-$term"
  log "$term: starting"
  launch "$term" "$title"
  wid=""
  for _ in $(seq 100); do
    wid="$(xdotool search --onlyvisible --name "^$title\$" 2> /dev/null | head -n1 || true)"
    [[ -n "$wid" ]] && break
    sleep 0.1
  done
  if [[ -z "$wid" ]]; then
    log "$term: no window appeared"
    sed 's/^/    /' "$WORK/$term.log" >&2 || true
    failed+=("$term")
    continue
  fi
  sleep "$SETTLE"
  if [[ -n "$KEYS" ]]; then
    # No window manager: give the window the input focus, then type through XTEST
    # (xterm ignores synthetic XSendEvent keys, so no --window here).
    xdotool mousemove --window "$wid" 20 20 windowfocus --sync "$wid" 2> /dev/null \
      || xdotool windowfocus "$wid" || true
    for key in $KEYS; do
      xdotool key --delay 100 "$key"
      sleep 0.4
    done
    sleep 1
  fi
  # Move the pointer away so that no pointer shape lands in the picture.
  xdotool mousemove 1599 999 || true
  out="$ASSETS/${NAME:-reader}-$term.png"
  raw="$WORK/$term-raw.png"
  import -window "$wid" "png:$raw"
  [[ -z "${KEEP_RAW:-}" ]] || cp "$raw" "${out%.png}-raw.png"
  # Reduce to a palette, and shrink further if still too large.
  "$CONVERT" "$raw" -strip +dither -colors 64 "png8:$out"
  for scale in 90 80 70 60; do
    (($(stat -c %s "$out") <= MAX_BYTES)) && break
    "$CONVERT" "$raw" -strip -resize "$scale%" +dither -colors 48 "png8:$out"
  done
  log "$term: $(stat -c %s "$out") bytes -> ${out#"$REPO"/}"
  # Quit the reader (restores the terminal's bidi mode), then the terminal goes with it.
  xdotool key q 2> /dev/null || true
  sleep 0.5
  pid="${PIDS[-1]}"
  kill -TERM -- "-$pid" 2> /dev/null || true
done

if ((${#failed[@]})); then
  log "failed: ${failed[*]}"
  exit 1
fi
log "done"
