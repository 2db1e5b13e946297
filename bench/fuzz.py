"""Fuzzing the readers and the cleaner with random and mutated inputs, for a fixed time.

    make fuzz                                  # 300 s (FUZZ_SECONDS=1200 make fuzz for longer)
    python bench/fuzz.py --seconds 60 --seed 7
    python bench/fuzz.py --replay bench/results/fuzz-failures/<failure folder>

Inputs are the files in examples/ and tests/fixtures/, mutated (bit flips, bytes inserted
and deleted, truncation, splicing two inputs, NULs, control characters and invalid UTF-8,
huge repeated runs, deep nesting, re-encoding) and often wrapped in gzip, bzip2, xz, zip or
tar, nested and damaged too. Each goes through `read_path` (which never raises) and every
article it yields through `clean_document` (which never raises on odd text). Counted:
inputs tried, tracebacks (any exception out of either, or an article that breaks the
readers' promises) and hangs (an input over --timeout seconds). Failing inputs are saved,
with the traceback, for reproduction with --replay.
"""

from __future__ import annotations

import argparse
import bz2
import contextlib
import gzip
import io
import lzma
import multiprocessing
import os
import random
import re
import signal
import sys
import tarfile
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED_FOLDERS = (REPO / "examples", REPO / "tests" / "fixtures")
FAILURES = REPO / "bench" / "results" / "fuzz-failures"
MAX_INPUT_BYTES = 1024 * 1024  # linear-time parsers stay well under the timeout
READ_LIMIT_BYTES = 4 * 1024 * 1024  # ReadOptions.max_file_bytes while fuzzing
EXAMPLES_PER_FAILURE = 3

# Byte strings that readers and decoders treat specially.
TOKENS = [
    b"\x00", b"\x00" * 64, b"\x01", b"\x1b[31m", b"\x0c", b"\x7f", b"\x85", b"\x92",
    b"\xff", b"\xfe", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80",
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00",
    b"<", b">", b"</p>", b"<p>", b"<![CDATA[", b"]]>", b"&#0;", b"&#x110000;", b"&amp", b"<!--",
    b"<script>", b"<?xml version='1.0' encoding='utf-16'?>", b"<rss>", b"<feed>", b"<entry>",
    b"<item>", b"</item>", b"<html><body>", b'<meta charset="shift_jis">',
    b"{", b"}", b"[", b"]", b'"text":', b'"', b"\\u0000", b"\\ud800", b"1e999999", b"9" * 5000,
    b"null", b"\n", b"\r\n", b"\r",
    b"WARC/1.0\r\n", b"Content-Length: 99999999\r\n", b"Content-Length: -5\r\n",
    b"Content-Length: x\r\n", b"\r\n\r\n", b"WARC-Type: response\r\n", b"HTTP/1.1 200 OK\r\n",
    b"Transfer-Encoding: chunked\r\n", b"Content-Encoding: gzip\r\n", b"WARC-Target-URI: \r\n",
    b" date 2024-13-45 ", b" date 2024-02-30 Titel\n", b"31 februari 2024", b"Bron: ANP",
    b"PK\x03\x04", b"\x1f\x8b\x08", b"BZh91AY&SY", b"ustar\x00",
]


class Hang(BaseException):
    """Raised by the alarm: the input took longer than the timeout (not an Exception, so
    the code under test cannot catch it)."""


# ---------------------------------------------------------------- inputs


def load_seeds() -> list[tuple[str, bytes]]:
    seeds = []
    for folder in SEED_FOLDERS:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                data = path.read_bytes()
                seeds.append((path.name, data))
                if path.name.endswith(".gz"):
                    with contextlib.suppress(OSError, EOFError):
                        seeds.append((path.name[:-3], gzip.decompress(data)))
    return seeds


def _mutate(rng: random.Random, data: bytes, seeds: list[tuple[str, bytes]]) -> bytes:
    buf = bytearray(data)
    choice = rng.randrange(12)
    at = rng.randrange(len(buf) + 1)
    if choice == 0 and buf:  # bit flips
        for _ in range(rng.randint(1, 8)):
            buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
    elif choice == 1:  # random bytes in
        buf[at:at] = rng.randbytes(rng.randint(1, 64))
    elif choice == 2 and buf:  # a range out
        end = min(len(buf), at + rng.randint(1, 256))
        del buf[at:end]
    elif choice == 3:  # cut off
        del buf[at:]
    elif choice == 4:  # splice with another input
        other = rng.choice(seeds)[1]
        buf = buf[:at] + other[rng.randrange(len(other) + 1):]
    elif choice in (5, 6, 7):  # a special token, or several
        for _ in range(rng.choice((1, 1, 3, 20))):
            spot = rng.randrange(len(buf) + 1)
            buf[spot:spot] = rng.choice(TOKENS)
    elif choice == 8:  # a huge repeated run
        piece = bytes(buf[at:at + rng.randint(1, 16)]) or rng.choice(TOKENS)
        buf[at:at] = piece * (rng.choice((1000, 20_000, 300_000)) // len(piece))
    elif choice == 9:  # deep nesting
        opener, closer = rng.choice(((b"[", b"]"), (b"{\"a\":", b"}"), (b"<div>", b"</div>"),
                                     (b"<b><i>", b""), (b"<![CDATA[", b"]]>")))
        depth = rng.choice((100, 5000, 50_000))
        buf[at:at] = opener * depth + closer * rng.choice((0, depth))
    elif choice == 10:  # re-encoded
        text = bytes(buf).decode("utf-8", "replace")
        encoding = rng.choice(("utf-16", "utf-16-le", "utf-16-be", "cp1252", "utf-32", "latin-1"))
        buf = bytearray(text.encode(encoding, "replace"))
    elif choice == 11 and buf:  # a chunk copied elsewhere
        chunk = buf[at:at + rng.randint(1, 4096)]
        spot = rng.randrange(len(buf) + 1)
        buf[spot:spot] = chunk
    return bytes(buf[:MAX_INPUT_BYTES])


def _wrap(rng: random.Random, name: str, data: bytes) -> tuple[str, bytes]:
    kind = rng.choice(("gz", "gz", "bz2", "xz", "zip", "tar", "tar.gz"))
    if kind == "gz":
        return f"{name}.gz", gzip.compress(data, compresslevel=1)
    if kind == "bz2":
        return f"{name}.bz2", bz2.compress(data, 1)
    if kind == "xz":
        return f"{name}.xz", lzma.compress(data, preset=0)
    if kind == "zip":
        buffer = io.BytesIO()
        method = rng.choice((zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED))
        with zipfile.ZipFile(buffer, "w", method) as archive:
            archive.writestr(f"map/{name}", data)
            if rng.random() < 0.3:
                archive.writestr(".verborgen.txt", b"x")
        return f"{Path(name).stem}.zip", buffer.getvalue()
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz" if kind == "tar.gz" else "w") as archive:
        info = tarfile.TarInfo(f"./map/{name}")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return f"{Path(name).stem}.{'tgz' if kind == 'tar.gz' else 'tar'}", buffer.getvalue()


def make_input(rng: random.Random, seeds: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    """A name and the bytes of one fuzz input."""
    if rng.random() < 0.03:
        name, data = "willekeurig", rng.randbytes(rng.randint(0, 4096))
    else:
        name, data = rng.choice(seeds)
        for _ in range(rng.choice((0, 1, 1, 2, 3, 5))):
            data = _mutate(rng, data, seeds)
    for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):  # compressed, maybe nested
        name, data = _wrap(rng, name, data)
        if rng.random() < 0.3:  # and damaged
            data = _mutate(rng, data, seeds)
    roll = rng.random()
    if roll < 0.1:  # a name that says nothing: the format is sniffed
        name = "download"
    elif roll < 0.2:  # a name that lies
        name = "stuk" + rng.choice((".txt", ".jsonl", ".html", ".rss", ".atom", ".warc", ".warc.gz",
                                    ".gz", ".zip", ".tar", ".tgz", ".json", ".xml", ".bz2"))
    return re.sub(r"[^\w.-]", "_", name)[-100:] or "leeg", data


# ---------------------------------------------------------------- running one input


def check_one(path: Path, rules, options) -> Counter:
    """Read one file and clean what it yields; raises on any broken promise."""
    from nieuwsgraaf.clean import clean_document
    from nieuwsgraaf.ingest import ReadOptions, read_path
    from nieuwsgraaf.records import RawDocument, Skip

    seen: Counter = Counter()
    for item in read_path(str(path), ReadOptions(max_file_bytes=READ_LIMIT_BYTES)):
        if isinstance(item, Skip):
            _check_text(item.origin, item.reason)
            seen["skips"] += 1
            continue
        if not isinstance(item, RawDocument):
            raise AssertionError(f"read_path yielded a {type(item).__name__}")
        _check_text(item.origin, item.text, *item.warnings)
        if re.search("[\x00-\x08\x0e-\x1f\x7f]", item.text):
            raise AssertionError(f"{item.origin}: control characters left in the text")
        seen["articles"] += 1
        article = clean_document(item, rules, options).article
        _check_text(article.text, article.id)
    return seen


def _check_text(*texts: str) -> None:
    for text in texts:
        if not isinstance(text, str):
            raise AssertionError(f"expected text, found {type(text).__name__}")
        text.encode("utf-8")  # no lone surrogates: the store could not write them


def _signature(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "nieuwsgraaf" in f.filename] or frames
    where = f"{Path(ours[-1].filename).stem}-{ours[-1].lineno}" if ours else "unknown"
    return f"{type(error).__name__}-{where}"


def _save(failures: Path, kind: str, signature: str, name: str, data: bytes, report: str) -> None:
    for number in range(EXAMPLES_PER_FAILURE):
        folder = failures / f"{kind}-{signature}-{number}"
        if not folder.exists():
            folder.mkdir(parents=True)
            (folder / name).write_bytes(data)
            (folder / "traceback.txt").write_text(report, encoding="utf-8")
            return


# ---------------------------------------------------------------- the worker and its watchdog


def worker(deadline: float, seed: int, shared: dict, workdir: str, failures: str, timeout: float) -> None:
    from nieuwsgraaf.clean import CleanOptions, load_clean_rules

    rules, options = load_clean_rules(), CleanOptions()
    seeds = load_seeds()
    rng = random.Random(seed)

    def alarm(signum, frame):
        raise Hang()

    signal.signal(signal.SIGALRM, alarm)
    folder = Path(workdir)
    while time.time() < deadline:
        name, data = make_input(rng, seeds)
        path = folder / name
        path.write_bytes(data)
        shared["current"].value = name.encode()[:255]
        shared["started"].value = time.monotonic()
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            seen = check_one(path, rules, options)
            shared["articles"].value += seen["articles"]
            shared["skips"].value += seen["skips"]
        except Hang as error:
            shared["hangs"].value += 1
            _save(Path(failures), "hang", _signature(error), name, data, traceback.format_exc())
        except Exception as error:
            shared["tracebacks"].value += 1
            _save(Path(failures), "traceback", _signature(error), name, data, traceback.format_exc())
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            shared["started"].value = 0.0
        shared["tried"].value += 1
        path.unlink(missing_ok=True)


def run(seconds: float, seed: int, failures: Path, timeout: float = 5.0, progress: float = 30.0) -> dict:
    """Fuzz for `seconds`; returns the counts. A worker stuck in C code past the alarm is
    killed, counted as a hang and replaced."""
    context = multiprocessing.get_context("fork")
    shared = {key: context.Value("q", 0) for key in ("tried", "tracebacks", "hangs", "articles", "skips")}
    shared["current"] = context.Array("c", 256)
    shared["started"] = context.Value("d", 0.0)
    started = time.time()
    deadline = started + seconds
    restarts = 0
    last_report = started
    with tempfile.TemporaryDirectory(prefix="ng-fuzz-") as workdir:
        while time.time() < deadline:
            process = context.Process(
                target=worker, args=(deadline, seed + restarts, shared, workdir, str(failures), timeout))
            process.start()
            while process.is_alive():
                process.join(0.5)
                begun = shared["started"].value
                if begun and time.monotonic() - begun > 3 * timeout:
                    process.kill()
                    process.join()
                    name = shared["current"].value.decode(errors="replace")
                    if (Path(workdir) / name).exists():
                        data = (Path(workdir) / name).read_bytes()
                        _save(failures, "hang", "stuck", name, data, "killed: no answer, even to the alarm\n")
                    shared["hangs"].value += 1
                    shared["tried"].value += 1
                    shared["started"].value = 0.0
                if progress and time.time() - last_report > progress:
                    last_report = time.time()
                    print(_line(shared, last_report - started), flush=True)
            if process.exitcode not in (0, -signal.SIGKILL):  # a crash in C code, say
                shared["tracebacks"].value += 1
                name = shared["current"].value.decode(errors="replace")
                if shared["started"].value and (Path(workdir) / name).exists():
                    _save(failures, "crash", f"exit{process.exitcode}", name,
                          (Path(workdir) / name).read_bytes(), f"worker died, exit code {process.exitcode}\n")
                shared["started"].value = 0.0
                print(f"worker died with exit code {process.exitcode}", flush=True)
            restarts += 1
    counts = {key: shared[key].value for key in ("tried", "tracebacks", "hangs", "articles", "skips")}
    counts["seconds"] = round(time.time() - started, 1)
    counts["seed"] = seed
    return counts


def _line(shared: dict, seconds: float) -> str:
    return (f"{seconds:7.1f} s  {shared['tried'].value:,} inputs tried, {shared['tracebacks'].value} "
            f"tracebacks, {shared['hangs'].value} hangs")


def replay(path: Path) -> int:
    """Run one saved input again, in this process, and show what comes out."""
    from nieuwsgraaf.clean import CleanOptions, load_clean_rules

    files = [p for p in path.iterdir() if p.name != "traceback.txt"] if path.is_dir() else [path]
    for file in files:
        print(f"{file}: {dict(check_one(file, load_clean_rules(), CleanOptions()))}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("FUZZ_SECONDS", 300)))
    parser.add_argument("--seed", type=int, default=int(os.environ.get("FUZZ_SEED", time.time_ns() % 10**6)))
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds before an input is a hang")
    parser.add_argument("--failures", type=Path, default=FAILURES, help="where failing inputs are saved")
    parser.add_argument("--progress", type=float, default=30.0, help="seconds between progress lines")
    parser.add_argument("--replay", type=Path, help="run one saved failure again")
    args = parser.parse_args(argv)
    if args.replay:
        return replay(args.replay)
    print(f"fuzzing the readers and the cleaner for {args.seconds:g} s (seed {args.seed}; "
          f"failures go to {args.failures})", flush=True)
    counts = run(args.seconds, args.seed, args.failures, args.timeout, args.progress)
    print(f"inputs tried: {counts['tried']}")
    print(f"tracebacks: {counts['tracebacks']}")
    print(f"hangs: {counts['hangs']}")
    print(f"seconds: {counts['seconds']}")
    print(f"articles read: {counts['articles']}, skips: {counts['skips']}, seed: {counts['seed']}")
    if counts["tracebacks"] or counts["hangs"]:
        print(f"failing inputs saved in {args.failures}")
    return 1 if counts["tracebacks"] or counts["hangs"] else 0


if __name__ == "__main__":
    sys.exit(main())
