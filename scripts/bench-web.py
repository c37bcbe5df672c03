#!/usr/bin/env python3
"""`scripts/bench web`: the capacity of `tally serve` on this machine (issue 18).

    scripts/bench web [--judges 50] [--boards 100] [--entrants 100]

A competition of `judges / 5` trades with a panel of five judges each, `entrants` entrants per
trade and a password for every judge. The release binary serves it; every judge signs in, 100
boards open the event stream, then every judge posts one mark per entrant (one POST, one
transaction each), all judges at once. Reported: marks per second, p50/p99 latency, errors,
marks lost (the database is counted afterwards), and how long each board waited for each
change (the k-th event a board receives against the k-th mark answered). Alongside, in the
same run, the same marks stored one transaction each by Python's sqlite3 module into the same
kind of rows (a mark and its audit row; WAL, synchronous=NORMAL as GRDB's pool opens it): the
floor for "one mark, one commit". The load generator (one asyncio thread) and the server share
the machine's cores.
"""
import argparse
import asyncio
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
PASSWORD = "bench-password"


def definition(trades, judges_per_trade):
    officials = ["  - { name: chief, role: chief-judge }"]
    for t in range(trades):
        for s in range(1, judges_per_trade + 1):
            officials.append(f"  - {{ name: j{t}-{s}, role: judge, trades: [t{t}], seats: [J{s}] }}")
    trade_lines = [f"  - {{ id: t{t}, name: Trade {t} }}" for t in range(trades)]
    return "\n".join([
        "competition:", "  id: web-bench", "  name: Web bench", "  kind: skills", "",
        "officials:", *officials, "",
        "scoring:", "  components:",
        "    - { id: theory, weight: 30, marking: single }",
        f"    - {{ id: practical, weight: 70, marking: panel, judges: {judges_per_trade}, aggregate: trimmed-mean, trim: 1, tolerance: 100 }}",
        "", "trades:", *trade_lines, ""])


def code(e):
    return f"A{e:04d}"


async def request(reader, writer, method, path, body=b"", headers=None):
    """One HTTP/1.1 request on a kept-alive connection; (status, headers, body)."""
    lines = [f"{method} {path} HTTP/1.1", "Host: bench", f"Content-Length: {len(body)}"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
    status = int((await reader.readline()).split()[1])
    answer = {}
    while (line := await reader.readline()) not in (b"\r\n", b""):
        key, _, value = line.decode().partition(":")
        answer[key.strip().lower()] = value.strip()
    content = await reader.readexactly(int(answer.get("content-length", "0")))
    return status, answer, content


async def sign_in(port, name):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    body = json.dumps({"competition": "web-bench", "name": name, "password": PASSWORD}).encode()
    status, headers, content = await request(reader, writer, "POST", "/api/v1/login", body, {"Content-Type": "application/json"})
    assert status == 200, status
    return reader, writer, headers["set-cookie"].split(";")[0], json.loads(content)["csrf"]


async def board(port, arrivals, connected):
    """One open board: the event stream, each event's arrival time."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET /api/v1/competitions/web-bench/events HTTP/1.1\r\nHost: bench\r\nAccept: text/event-stream\r\n\r\n")
    while (await reader.readline()) not in (b"\r\n", b""):
        pass
    connected()
    # Read in chunks and count the events' id lines: a line-by-line reader would make this
    # one thread, not the server, the bottleneck.
    tail = b""
    while chunk := await reader.read(1 << 16):
        now = time.perf_counter()
        window = tail + chunk          # an id line split between two reads is counted once
        arrivals.extend([now] * window.count(b"\nid: "))
        tail = window[-4:]


async def judge(session, trade, seat, entrants, latencies, completions, errors):
    reader, writer, cookie, csrf = session
    headers = {"Content-Type": "application/json", "Cookie": cookie, "X-CSRF-Token": csrf}
    for e in range(1, entrants + 1):
        body = json.dumps({"trade": trade, "code": code(e), "component": "practical", "judge": seat,
                           "mark": 60 + (e * 7 + int(seat[1:])) % 40}).encode()
        sent = time.perf_counter()
        status, _, _ = await request(reader, writer, "POST", "/api/v1/competitions/web-bench/marks", body, headers)
        done = time.perf_counter()
        if status != 201:
            errors.append(status)
        latencies.append(done - sent)
        completions.append(done)


def floor(work, marks):
    """The same marks, one transaction each, by Python's sqlite3: a mark row and an audit row."""
    path = os.path.join(work, "floor.sqlite")
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("""CREATE TABLE mark (entrantId INTEGER NOT NULL, component TEXT NOT NULL, judge INTEGER NOT NULL,
                  aspect TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (entrantId, component, judge, aspect)) WITHOUT ROWID""")
    db.execute("""CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT, operator TEXT, action TEXT, competitionId TEXT,
                  tradeId TEXT, code TEXT, component TEXT, judge INTEGER, aspect TEXT, oldValue TEXT, newValue TEXT, reason TEXT, source TEXT)""")
    start = time.perf_counter()
    for entrant, trade, seat, value in marks:
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO mark VALUES (?, 'practical', ?, '', ?)", (entrant, seat, str(value)))
        db.execute("INSERT INTO audit (at, operator, action, competitionId, tradeId, code, component, judge, newValue, source) "
                   "VALUES (?, ?, 'mark.enter', 'web-bench', ?, ?, 'practical', ?, ?, 'web 127.0.0.1')",
                   (time.strftime("%Y-%m-%dT%H:%M:%SZ"), f"j-{seat}", trade, code(entrant), seat, str(value)))
        db.execute("COMMIT")
    seconds = time.perf_counter() - start
    db.close()
    return len(marks) / seconds


async def load(port, names, args):
    """Signs every judge in, opens the boards, then lets every judge post at once."""
    sessions = await asyncio.gather(*(sign_in(port, name) for name in names))
    streams = [[] for _ in range(args.boards)]
    opened = []
    tasks = [asyncio.create_task(board(port, arrivals, lambda: opened.append(1))) for arrivals in streams]
    while len(opened) < args.boards:
        await asyncio.sleep(0.05)
    await asyncio.sleep(1.5)      # the streams start watching the audit trail
    latencies, completions, errors = [], [], []
    began = time.perf_counter()
    await asyncio.gather(*(judge(session, f"t{name[1:].split('-')[0]}", f"J{name.split('-')[1]}", args.entrants,
                                 latencies, completions, errors) for name, session in zip(names, sessions)))
    elapsed = time.perf_counter() - began
    total = len(names) * args.entrants
    deadline = time.perf_counter() + 10
    while time.perf_counter() < deadline and any(len(arrivals) < total for arrivals in streams):
        await asyncio.sleep(0.1)
    for task in tasks:
        task.cancel()
    return latencies, completions, errors, streams, elapsed, total


def main(arguments):
    parser = argparse.ArgumentParser(prog="scripts/bench web")
    parser.add_argument("--judges", type=int, default=50)
    parser.add_argument("--boards", type=int, default=100)
    parser.add_argument("--entrants", type=int, default=100)
    args = parser.parse_args(arguments)
    per_trade = 5
    trades = max(1, args.judges // per_trade)

    build = os.path.join(ROOT, ".build", "static")
    subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--scratch-path", build, "--product", "tally"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    tally = os.path.join(build, "release", "tally")
    work = tempfile.mkdtemp(prefix="tally-bench-web-")
    database = os.path.join(work, "web.sqlite")
    env = dict(os.environ, TALLY_DB=database, TALLY_OPERATOR="chief")
    with open(os.path.join(work, "web.yaml"), "w", encoding="utf-8") as f:
        f.write(definition(trades, per_trade))
    subprocess.run([tally, "init", os.path.join(work, "web.yaml")], env=env, check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(work, "entrants.csv"), "w", encoding="utf-8") as f:
        f.write("trade,name,organisation,code\n")
        for t in range(trades):
            for e in range(1, args.entrants + 1):
                f.write(f"t{t},Entrant {t}-{e},Org {e % 20},{code(e)}\n")
    subprocess.run([tally, "entrants", "import", os.path.join(work, "entrants.csv")], env=env, check=True, stdout=subprocess.DEVNULL)
    names = [f"j{t}-{s}" for t in range(trades) for s in range(1, per_trade + 1)]
    for name in names:
        subprocess.run([tally, "officials", "password", name, "--password-stdin"], input=PASSWORD + "\n", text=True,
                       env=env, check=True, stdout=subprocess.DEVNULL)

    log = open(os.environ.get("TALLY_BENCH_LOG", os.devnull), "w")
    server = subprocess.Popen([tally, "serve", "--port", "0"], env=env, stdout=subprocess.PIPE, stderr=log, text=True)
    port = int(server.stdout.readline().strip().rsplit(":", 1)[1])
    try:
        result = asyncio.run(load(port, names, args))
    finally:
        server.terminate()
        server.wait(10)
    latencies, completions, errors, streams, elapsed, total = result

    stored = sqlite3.connect(database).execute("SELECT count(*) FROM mark").fetchone()[0]
    ordered = sorted(completions)
    delays = []
    told = 0
    for arrivals in streams:
        if len(arrivals) >= total:
            told += 1
        for k, arrival in enumerate(arrivals[:total]):
            delays.append(max(0.0, arrival - ordered[k]))
    marks = [(e, f"t{t}", s, 60 + (e * 7 + s) % 40) for t in range(trades) for s in range(1, per_trade + 1)
             for e in range(1, args.entrants + 1)]
    floor_rate = floor(work, [(t * 1000 + e, trade, s, v) for (e, trade, s, v), t in
                              zip(marks, [int(m[1][1:]) for m in marks])])
    rate = total / elapsed
    latencies.sort()

    def percentile(values, p):
        return values[min(len(values) - 1, int(len(values) * p))] if values else float("nan")
    delays.sort()
    print(f"\ntally serve — {len(names)} judges posting {total} marks at once, {args.boards} boards open\n")
    print(f"marks per second            {rate:8.0f}")
    print(f"latency p50 / p99           {percentile(latencies, 0.5) * 1000:8.1f} ms / {percentile(latencies, 0.99) * 1000:.1f} ms")
    print(f"errors                      {len(errors):8d}")
    print(f"marks stored / lost         {stored:8d} / {total - stored}")
    counts = [len(arrivals) for arrivals in streams]
    print(f"boards told of every change {told:8d} of {args.boards} (events received: {min(counts)}–{max(counts)} of {total})")
    print(f"board delay p50 / p99 / max {percentile(delays, 0.5):8.2f} s / {percentile(delays, 0.99):.2f} s / {delays[-1] if delays else float('nan'):.2f} s")
    print(f"floor: sqlite3, 1 commit/mark {floor_rate:6.0f} marks/s   ratio tally/floor {rate / floor_rate:.2f}   (aim ≥ 0.33, p99 < 100 ms)")
    subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    main(sys.argv[1:])
