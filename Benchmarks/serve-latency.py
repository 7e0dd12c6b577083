#!/usr/bin/env python3
# Usage: karta serve --port PORT, then python3 Benchmarks/serve-latency.py PORT PATH.
# Median and 99th percentile of 500 sequential GETs on one kept-alive connection.
import socket, sys, time, statistics
port, path = int(sys.argv[1]), sys.argv[2]
s = socket.create_connection(("127.0.0.1", port))
times = []
for i in range(500):
    start = time.perf_counter()
    s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    data = b""
    while b"\r\n\r\n" not in data: data += s.recv(65536)
    head, body = data.split(b"\r\n\r\n", 1)
    length = int([l.split(b":")[1] for l in head.split(b"\r\n") if l.lower().startswith(b"content-length")][0])
    while len(body) < length: body += s.recv(65536)
    times.append(time.perf_counter() - start)
times.sort()
print(f"port {port} {path}: median {statistics.median(times)*1000:.2f} ms, p99 {times[494]*1000:.2f} ms")
