#!/usr/bin/env python3
"""Reads `perf script` output of a profiled `--loop` run (recorded with call chains) and prints, for each method
under the loop, the time it takes per text with what it calls (inclusive) and alone (self), in nanoseconds: the share
of the loop's samples times the loop's best pass per text. Inlined methods count in their caller's time.

    perf script -i DATA | benchmarks/perf-per-text.py NS_PER_TEXT [ROWS]
"""
import re
import sys
from collections import Counter

ROOT = "ProfileLoop::Run"
# The loop reads its corpus before the passes it times: those samples are no part of a text's parse.
LOADING = "Corpora::Get"
FRAME = re.compile(r"\s+[0-9a-f]+\s+(.*?)\s*\(")


def method(frame: str) -> str:
    # `instance bool [NewsParse] NewsParse.Quotes.QuotePairing::TryNext(…)[OptimizedTier1]` -> `QuotePairing::TryNext`
    name = frame.split(" ")[-1]
    return name.split(".")[-1] if "::" in name else name


def samples(lines):
    stack = []
    for line in lines:
        if not line.strip():
            if stack:
                yield stack
            stack = []
        elif line[0] in " \t" and (match := FRAME.match(line)):
            stack.append(method(match.group(1)))
    if stack:
        yield stack


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    ns_per_text = float(sys.argv[1])
    rows = int(sys.argv[2]) if len(sys.argv) == 3 else 40
    inclusive, alone, total = Counter(), Counter(), 0
    for stack in samples(sys.stdin):
        if ROOT not in stack or LOADING in stack:
            continue
        total += 1
        below = stack[: stack.index(ROOT)]
        inclusive.update(set(below))
        if below:
            alone[below[0]] += 1
    if total == 0:
        print(f"no sample under {ROOT}: was the loop recorded with call chains (perf record -g)?", file=sys.stderr)
        return 1
    print(f"{'with callees':>12} {'alone':>8}  ns per text, {total} samples")
    for name, count in inclusive.most_common(rows):
        print(f"{ns_per_text * count / total:12.0f} {ns_per_text * alone[name] / total:8.0f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
