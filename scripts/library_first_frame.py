#!/usr/bin/env python3
"""Times the library screen in a pseudo-terminal (120x40), as a user sees it: from start to
the first frame, and to the complete list (the status line reporting the scan), once with
an empty index cache and twice with the cache. Used by scripts/bench.sh.

    scripts/library_first_frame.py BINARY LIBRARY_DIR CACHE_DIR
"""
import fcntl
import os
import pty
import select
import shutil
import struct
import sys
import termios
import time


def run(binary, library, cache, clear):
    if clear:
        shutil.rmtree(cache, ignore_errors=True)
    env = dict(os.environ, BRIEFING_CACHE_DIR=cache, TERM="xterm-256color")
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, [binary, library], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    seen, first, full = b"", None, None
    while full is None:
        ready, _, _ = select.select([fd], [], [], 30)
        if not ready:
            break
        try:
            seen += os.read(fd, 65536)
        except OSError:
            break
        if first is None and b"Briefings (" in seen:
            first = time.monotonic() - start
        # With the cache nothing is read: the first frame is the complete list.
        if b"from the index cache" in seen or (first is not None and not clear):
            full = time.monotonic() - start
    os.write(fd, b"q")
    os.waitpid(pid, 0)
    return first, full


def main():
    binary, library, cache = sys.argv[1:4]
    for clear in (True, False, False):
        first, full = run(binary, library, cache, clear)
        label = "screen, no cache" if clear else "screen, cache"
        print(f"{label:18} first frame {first * 1000:6.0f} ms, complete list {full * 1000:6.0f} ms")


main()
