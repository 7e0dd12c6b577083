#!/usr/bin/env python3
# Usage: karta serve --port PORT in one terminal, then python3 Benchmarks/serve-long-lines.py PORT [SIZE].
# Two long request lines in flight, and a normal GET / meanwhile: status and seconds of each.
import socket, sys, threading, time
port = int(sys.argv[1]); size = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
results = {}
def ask(name, data):
    start = time.monotonic()
    s = socket.create_connection(("127.0.0.1", port)); s.settimeout(120)
    try:
        s.sendall(data)
        reply = b""
        while b"\r\n" not in reply:
            chunk = s.recv(65536)
            if not chunk: break
            reply += chunk
        results[name] = (reply.split(b"\r\n")[0].decode(errors="replace") or "closed", round(time.monotonic() - start, 3))
    except Exception as e:
        results[name] = (repr(e), round(time.monotonic() - start, 3))
    finally:
        s.close()
long = b"GET /" + b"a" * size + b" HTTP/1.1\r\nHost: x\r\n\r\n"
threads = [threading.Thread(target=ask, args=(f"long{i}", long)) for i in (1, 2)]
for t in threads: t.start()
time.sleep(0.05)
ask("normal", b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
for t in threads: t.join()
for k in ("long1", "long2", "normal"): print(k, *results[k])
