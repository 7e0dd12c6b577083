#!/usr/bin/env python3
# Usage: karta serve --port PORT in one terminal, then python3 Benchmarks/serve-slow-idle.py PORT (runs up to 45 s).
# 200 clients sending one byte a second, and 500 kept-alive connections left idle after one answer:
# when does the server close each? Prints the spread of close times.
import socket, sys, time, selectors
port = int(sys.argv[1])
start = time.monotonic()
slow, idle = [], []
for i in range(200):
    s = socket.create_connection(("127.0.0.1", port)); s.setblocking(False); slow.append(s)
for i in range(500):
    s = socket.create_connection(("127.0.0.1", port)); s.sendall(b"GET /__karta/reload.js HTTP/1.1\r\nHost: x\r\n\r\n"); s.setblocking(False); idle.append(s)
closed = {}
message = b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X: " + b"y" * 100
sent = 0
while time.monotonic() - start < 45 and len(closed) < 700:
    for group, socks in (("slow", slow), ("idle", idle)):
        for s in socks:
            if s in closed: continue
            try:
                while True:
                    d = s.recv(65536)
                    if not d: closed[s] = (group, time.monotonic() - start); break
            except BlockingIOError: pass
            except OSError: closed[s] = (group, time.monotonic() - start)
    if time.monotonic() - start >= sent:
        for s in slow:
            if s not in closed:
                try: s.send(message[sent % len(message):][:1])
                except OSError: closed[s] = ("slow", time.monotonic() - start)
        sent += 1
    time.sleep(0.05)
for group in ("slow", "idle"):
    times = sorted(t for g, t in closed.values() if g == group)
    n = 200 if group == "slow" else 500
    print(group, f"closed {len(times)}/{n}", f"first {times[0]:.1f}s last {times[-1]:.1f}s" if times else "")
