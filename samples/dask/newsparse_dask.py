#!/usr/bin/env python3
"""Runs `newsparse --jsonl` over one JSON Lines input as a Dask distributed job: the input is cut into parts of whole
lines, each worker process pipes its part through the command (told the input's name and the part's first line
number, so that ids are those of the whole), and the parts' output is written in input order: the same bytes as
`newsparse --jsonl IN.jsonl`. Exit code: newsparse's (0, or 1 when a document failed); 3 when the job itself failed
(a part's newsparse exited otherwise, the input was unreadable, the cluster failed), with no output file left.

    newsparse_dask.py IN.jsonl OUT.jsonl [--newsparse "COMMAND"] [--workers 2] [--lines-per-part 200]
                                          [--scheduler tcp://HOST:8786]

Without --scheduler a local cluster of --workers processes is started and stopped; with it, the job runs on that
cluster, whose workers must each be able to run COMMAND (`newsparse`, once the tool is installed on them).
"""
import argparse
import os
import shlex
import subprocess
import sys

from dask.distributed import Client, LocalCluster


def parse_part(command, name, first_line, data):
    """One worker's step: the part's lines through newsparse. Exit 1 (a document failed) still gives every line."""
    run = subprocess.run(
        command + ["--jsonl", "--stdin-name", name, "--stdin-first-line", str(first_line), "-"],
        input=data, capture_output=True, check=False)
    if run.returncode not in (0, 1):
        raise RuntimeError(f"newsparse exited {run.returncode} on lines {first_line}+: {run.stderr.decode(errors='replace')}")
    return run.stdout, run.stderr, run.returncode


def parts(path, lines_per_part):
    """The input as (first line number, bytes of whole lines), split at line feeds as newsparse splits it."""
    with open(path, "rb") as f:
        first, lines = 1, []
        for number, line in enumerate(f, start=1):
            lines.append(line)
            if len(lines) == lines_per_part:
                yield first, b"".join(lines)
                first, lines = number + 1, []
        if lines:
            yield first, b"".join(lines)


def main():
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("input")
    options.add_argument("output")
    options.add_argument("--newsparse", default="newsparse", help="the command each worker runs")
    options.add_argument("--workers", type=int, default=2)
    options.add_argument("--lines-per-part", type=int, default=200)
    options.add_argument("--scheduler", help="the address of a running cluster's scheduler")
    args = options.parse_args()
    command = shlex.split(args.newsparse)

    # The output is written beside its final name and moved there whole: a failed job leaves no half of it.
    partial = args.output + ".partial"
    cluster = None
    try:
        cluster = None if args.scheduler else LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        status = 0
        with Client(args.scheduler or cluster) as client, open(partial, "wb") as out:
            # A window of parts in flight, written back in input order as each one's turn comes.
            window, pending = 4 * max(1, args.workers), []
            for first, data in parts(args.input, args.lines_per_part):
                pending.append(client.submit(parse_part, command, args.input, first, data, pure=False))
                if len(pending) >= window:
                    status = max(status, write(pending.pop(0), out))
            for future in pending:
                status = max(status, write(future, out))
        os.replace(partial, args.output)
        return status
    except Exception as error:  # the job failed, not a document: its own exit code, 3
        print(f"newsparse_dask: {error}", file=sys.stderr)
        if os.path.exists(partial):
            os.remove(partial)
        return 3
    finally:
        if cluster is not None:
            cluster.close()


def write(future, out):
    stdout, stderr, code = future.result()
    out.write(stdout)
    sys.stderr.buffer.write(stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
