#!/usr/bin/env python3
"""Runs the release `dossier` on every hostile case of the robustness issue, one case per
run, and checks each: wall time under 2 seconds, the documented exit code, the status and
diagnostic in documents.jsonl (or the error message), and no partial output file.

usage: Tests/Hostile/time_hostile.py [DOSSIER]   (default: .build/release/dossier)

The inputs are made here, in a temporary folder, and removed afterwards. Standard library
only. Not part of CI (the test suite runs the same cases in a debug build, without timing).
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOSSIER = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / ".build/release/dossier").resolve()
LIMIT = 2.0
HOUSEHOLDS = "Nombre de ménages : 20\n"


def html(body, head=""):
    return f"<html><head>{head}</head><body>{body}</body></html>"


def laughs():
    entities = "".join(
        f'<!ENTITY lol{level} "{("&lol;" if level == 1 else f"&lol{level - 1};") * 10}">' for level in range(1, 10)
    )
    return f'<!DOCTYPE lolz [<!ENTITY lol "lol">{entities}]>' + html("<p>&lol9;</p><p>Nombre de ménages : 20</p>")


def runaway_rules(folder):
    """The built-in packs with one pattern that backtracks without end."""
    packs = folder / "packs"
    shutil.copytree(ROOT / "Extractors/packs", packs)
    households = packs / "households.yaml"
    text = households.read_text(encoding="utf-8")
    households.write_text(text.replace("patterns:\n", (
        "patterns:\n"
        "  - id: households.prose.runaway\n"
        "    confidence: 0.5\n"
        "    pattern: '(?<value>(?:\\w+\\s?)*)$(?<=\\?)'\n"
    ), 1), encoding="utf-8")
    return packs


def broken_pack(folder, name, text):
    packs = folder / name
    shutil.copytree(ROOT / "Extractors/packs", packs)
    (packs / "households.yaml").write_text(text, encoding="utf-8")
    return packs


def cases(work):
    """(name, input files {relative path: bytes}, extra arguments, expected exit code, check)."""
    noise = random.Random(7).randbytes(100_000)
    utf16 = b"\xff\xfe" + HOUSEHOLDS.encode("utf-16-le") + b"\x00\xd8x\x00\n\x00"
    line = ("Nombre de ménages : 20 ; coût 45 000 € ; " * 120_000)[:5_000_000]
    yield "empty file", {"empty.txt": b""}, [], 0, ("ok", "load.empty")
    yield "PNG named .txt", {"image.txt": b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"}, [], 1, ("error", "a PNG image")
    yield "ELF named .txt", {"program.txt": b"\x7fELF\x02\x01\x01\0" + bytes(200)}, [], 1, ("error", "an ELF program")
    yield "random bytes named .txt", {"noise.txt": noise}, [], 1, ("error", "binary content")
    yield "invalid UTF-8 mid-file", {"broken.txt": HOUSEHOLDS.encode() + b"\xff\xfe \xc3(\n" + "Coût total : 45 000 €\n".encode()}, [], 0, ("ok", "load.")
    yield "UTF-16, lone surrogate", {"utf16.txt": utf16}, [], 0, ("ok", "load.invalid-bytes")
    yield "NUL bytes", {"nul.txt": "Nombre de\0ménages : 20\0\0\n".encode()}, [], 0, ("ok", "load.control-characters")
    yield "5 MB single line", {"line.txt": line.encode()}, [], 0, ("ok", "extract.candidates-limit")
    yield "100,000 nested elements", {"nested.html": ("<html><body>" + "<div>" * 100_000 + "Nombre de ménages : 20" + "</div>" * 100_000 + "</body></html>").encode()}, [], 0, ("ok", "html.nesting-depth")
    yield "unclosed tags", {"unclosed.html": ("<html><body>" + "<div><p><b>Coût total : 45 000 €" * 2_000).encode()}, [], 0, ("ok", "html.nesting-depth")
    yield "external entity", {"external.html": ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + html("<p>&xxe;</p><p>Nombre de ménages : 20</p>")).encode()}, [], 0, ("ok", "html.markup")
    yield "billion laughs", {"laughs.html": laughs().encode()}, [], 0, ("ok", "html.markup")
    yield "script and style holding amounts", {"script.html": html("<p>Nombre de ménages : 20</p>", "<style>/* Coût total : 99 999 € */</style><script>var c = 'Coût total : 88 888 €';</script>").encode()}, [], 0, ("ok", "html.scripts")
    yield "catastrophic backtracking rule", {"prose.txt": ("Un texte. " + "mot " * 3_000 + "fin.\n").encode(), "table.txt": "Nombre de ménages\t20\n".encode()}, ["--rules", str(runaway_rules(work))], 0, ("record", "extract.match-limit")
    yield "rule pack with invalid YAML", {"fine.txt": HOUSEHOLDS.encode()}, ["--rules", str(broken_pack(work, "yaml", "field: households\nlabels:\n  - id: x\n    synonyms: [a, b\n"))], 2, ("stderr", "households.yaml:5:1")
    yield "rule pack with an invalid regex", {"fine.txt": HOUSEHOLDS.encode()}, ["--rules", str(broken_pack(work, "regex", "field: households\npatterns:\n  - id: households.broken\n    confidence: 0.5\n    pattern: '(?<value>[z-a])'\n"))], 2, ("stderr", "households.yaml:5:")
    yield "unreadable file and symlink loop", {"small.txt": HOUSEHOLDS.encode(), "@memory.txt": "/proc/self/mem", "@sub/loop": "..", "@gone.txt": "nowhere.txt"}, [], 1, ("error", "cannot read the file")
    yield "output folder that cannot be written", {"fine.txt": HOUSEHOLDS.encode()}, ["-o", "/proc/dossier-output"], 2, ("stderr", "/proc/dossier-output")
    yield "write failure mid-run", {f"doc{n:03}.txt": (HOUSEHOLDS * 200).encode() for n in range(200)}, ["@file-size-limit"], 2, ("kept", "previous output")


def make(folder, files):
    for name, content in files.items():
        if name.startswith("@"):
            path = folder / name[1:]
            path.parent.mkdir(parents=True, exist_ok=True)
            os.symlink(content, path)
        else:
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)


def main():
    if not DOSSIER.exists():
        sys.exit(f"error: {DOSSIER} not found: swift build -c release --static-swift-stdlib --product dossier")
    failures = 0
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        print(f"{'case':40} {'exit':>4} {'seconds':>8}  result")
        for number, (name, files, arguments, expected_exit, (kind, needle)) in enumerate(cases(work)):
            inputs = work / f"case{number}"
            make(inputs, files)
            output = work / f"out{number}"
            command = [str(DOSSIER), "run", str(inputs), "-o", str(output), "-q"]
            preexec = None
            if arguments == ["@file-size-limit"]:
                # A previous run's output, then a run whose writes fail past 64 KB (EFBIG,
                # with SIGXFSZ ignored): the previous output must stay as it was.
                subprocess.run(command, check=True)
                before = {path.name: path.read_bytes() for path in output.iterdir()}
                import resource, signal

                def preexec():
                    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))
            else:
                command += arguments
            started = time.monotonic()
            finished = subprocess.run(command, capture_output=True, text=True, preexec_fn=preexec, timeout=60)
            seconds = time.monotonic() - started
            problems = []
            if finished.returncode != expected_exit:
                problems.append(f"exit {finished.returncode}, expected {expected_exit}")
            if seconds > LIMIT:
                problems.append(f"over {LIMIT} s")
            partial = list(output.glob("*.partial")) if output.exists() else []
            if partial:
                problems.append(f"partial files left: {partial}")
            if kind == "stderr":
                found = needle in finished.stderr
                result = finished.stderr.strip().splitlines()[0] if finished.stderr.strip() else "(nothing on stderr)"
            elif kind == "kept":
                after = {path.name: path.read_bytes() for path in output.iterdir()}
                found = after == before
                result = "previous output intact" if found else "previous output changed"
                result += "; " + (finished.stderr.strip().splitlines() or ["(nothing on stderr)"])[0]
            else:
                lines = [json.loads(line) for line in (output / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
                records = [json.loads(line) for line in (output / "records.jsonl").read_text(encoding="utf-8").splitlines()]
                said = []
                for line in lines:
                    said.append(f"{Path(line['file']).name}: {line['status']}" + "".join(
                        f" [{d['id']}]" for d in line["diagnostics"]) + (f" ({line['error']['message']})" if "error" in line else ""))
                for record in records:
                    said += [f"record {Path(record['source']['file']).name} [{d['id']}]" for d in record["diagnostics"]]
                inputs_listed = len(lines)
                expected_inputs = sum(1 for path in inputs.rglob("*") if not path.is_dir() or path.is_symlink())
                if inputs_listed < expected_inputs - 0:
                    problems.append(f"{inputs_listed} inputs listed of {expected_inputs}")
                text = "; ".join(said)
                found = needle in text
                result = text
            if not found:
                problems.append(f"'{needle}' not found")
            failures += bool(problems)
            print(f"{name:40} {finished.returncode:>4} {seconds:>8.2f}  {'FAIL ' + ', '.join(problems) + ': ' if problems else ''}{result[:200]}")
    print("PASS: every case ended in time with its exit code and diagnostic" if not failures else f"FAIL: {failures} case(s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
