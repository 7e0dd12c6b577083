#!/usr/bin/env python3
# Usage: karta serve --port PORT, then python3 Benchmarks/serve-odd-requests.py PORT.
# Each odd request on its own connection: the status line answered, or how the connection ended.
import socket, sys, time
port = int(sys.argv[1])
CRLF = b"\r\n"
cases = {
    "empty line x2": b"\r\n\r\n", "binary": bytes([0x16, 3, 1, 2, 0, 1, 0xFF, 0xFE, 13, 10, 13, 10]),
    "Content-Length: -1": b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
    "PROPFIND": b"PROPFIND / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    "HTTP/9.9": b"GET / HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n",
    "no Host": b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n",
    "80 KB header": b"GET / HTTP/1.1\r\nHost: x\r\nX: " + b"y" * 80000 + b"\r\n\r\n",
}
for name, data in cases.items():
    s = socket.create_connection(("127.0.0.1", port)); s.settimeout(5); start = time.monotonic()
    try:
        s.sendall(data); reply = s.recv(200)
        allow = [l for l in reply.split(CRLF) if l.lower().startswith(b"allow")]
        status = (reply.split(CRLF)[0] or b"closed, no answer").decode(errors="replace")
        print(f"{name:20} {status} {allow[0].decode() if allow else ''} {time.monotonic()-start:.3f}s")
    except Exception as e:
        print(f"{name:20} {e!r} {time.monotonic()-start:.3f}s")
    s.close()
