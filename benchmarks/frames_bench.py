"""The DataFrame, Parquet and Dask benchmarks of issue 16, in one run against `enrichso mock serve`
(a separate process, 100,000x speed): `python -m benchmarks.frames_bench [--rows N] [--rounds N]
[--dask-rows N]` (also `scripts/bench --only frames`).

  frame    validate_frame on ROWS rows (two batches of 500,000) against the bare httpx script
           writing the same typed columns (frame_child.py): wall time ratio, peak RSS against the
           input frame's own size
  parquet  `enrichso email-validation batch in.parquet -o out.parquet` at ROWS and ROWS/10 rows:
           peak RSS at both (flat memory), wall time
  dask     enrichso.dask.enrich on DASK_ROWS rows on a LocalCluster of 2 worker processes, the
           progress shown, each worker's peak memory (dask_child.py)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from .plan import SIMULATOR_SPEED
from .processes import run_child
from .simulator import REPO, Simulator, fresh_key

OUT = REPO / "benchmarks" / "out"


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def parquet_input(rows: int) -> Path:
    """`id,email,name` rows of distinct emails (as inputs.py writes them), as Parquet row groups,
    written by a child process (a child's peak RSS includes its parent's: see processes.py)."""
    path = OUT / "data" / f"emails-{rows}.parquet"
    if not path.exists():
        run_child([sys.executable, "-m", "benchmarks.frames_input", str(path), str(rows)])
    return path


def bench_frame(sim: Simulator, rows: int, rounds: int) -> dict[str, Any]:
    source = parquet_input(rows)
    runs: dict[str, list[Any]] = {"httpx": [], "sdk": []}
    for number in range(rounds):
        for variant in ("httpx", "sdk"):  # interleaved, round by round
            key = fresh_key(f"frame-{variant}")
            command = [sys.executable, "-m", "benchmarks.frame_child", variant, str(source)]
            run = run_child(
                [
                    *command,
                    str(OUT / "run" / f"frame-{variant}.parquet"),
                    "--base-url",
                    sim.base_url,
                    "--key",
                    key,
                ]
            )
            sim.reset(key)
            runs[variant].append(run)
            log(
                f"frame round {number + 1} {variant}: {run.wall:.1f} s, CPU {run.cpu:.1f} s, "
                f"peak {run.peak_rss_mib:.0f} MiB, {run.report['seconds']}, "
                f"CPU by step {run.report['cpu_s']}, RSS after each step {run.report['rss_mib']}, "
                f"each step's own peak {run.report['step_peak_mib']}"
            )
    ratios = [s.wall / h.wall for s, h in zip(runs["sdk"], runs["httpx"], strict=True)]
    frame_mib = runs["sdk"][0].report["frame_mib"]
    # the enrich step's own peak over the RSS it started from (the frame read), against the target
    enrich_growth = {
        v: [round(r.report["step_peak_mib"]["enrich"] - r.report["rss_mib"]["read"]) for r in rs]
        for v, rs in runs.items()
    }
    return {
        "rows": rows,
        "wall_s": {v: [round(r.wall, 2) for r in rs] for v, rs in runs.items()},
        "cpu_s": {v: [round(r.cpu, 2) for r in rs] for v, rs in runs.items()},
        "peak_rss_mib": {v: [round(r.peak_rss_mib) for r in rs] for v, rs in runs.items()},
        "wall_ratio_sdk_over_httpx": [round(x, 3) for x in ratios],
        "input_frame_mib": round(frame_mib, 1),
        "parent_peak_rss_mib": round(max(r.parent_peak_rss_mib for rs in runs.values() for r in rs)),
        "rss_budget_mib": round(1.5 * frame_mib + 100, 1),
        "rss_after_step_mib": {v: [r.report["rss_mib"] for r in rs] for v, rs in runs.items()},
        "step_peak_mib": {v: [r.report["step_peak_mib"] for r in rs] for v, rs in runs.items()},
        "cpu_by_step_s": {v: [r.report["cpu_s"] for r in rs] for v, rs in runs.items()},
        "enrich_peak_over_rss_before_mib": enrich_growth,
    }


def bench_parquet(sim: Simulator, rows: int) -> dict[str, Any]:
    enrichso = str(Path(sys.executable).with_name("enrichso"))
    result: dict[str, Any] = {}
    for size in (rows // 10, rows):
        source = parquet_input(size)
        key = fresh_key("parquet")
        env = {"ENRICH_API_KEY": key, "ENRICH_BASE_URL": sim.base_url, "XDG_CACHE_HOME": str(OUT / "cache")}
        target = OUT / "run" / f"parquet-{size}.parquet"
        run = run_child(
            [enrichso, "--quiet", "email-validation", "batch", str(source), "-o", str(target)], env=env
        )
        sim.reset(key)
        result[str(size)] = {
            "wall_s": round(run.wall, 2),
            "cpu_s": round(run.cpu, 2),
            "peak_rss_mib": round(run.peak_rss_mib),
        }
        log(f"parquet round trip {size:,} rows: {run.wall:.1f} s, peak {run.peak_rss_mib:.0f} MiB")
    return result


def bench_dask(sim: Simulator, rows: int, partitions: int) -> dict[str, Any]:
    key = fresh_key("dask")
    sim._call("PUT", "/_mock/wallet", key, {"balance": 2 * rows})  # a fresh wallet holds 1,000,000
    command = [
        sys.executable,
        "-m",
        "benchmarks.dask_child",
        "--rows",
        str(rows),
        "--partitions",
        str(partitions),
    ]
    run = run_child(
        [*command, "--base-url", sim.base_url, "--key", key, "--journals", str(OUT / "journals" / key)]
    )
    sim.reset(key)
    log(f"dask {rows:,} rows: {run.wall:.1f} s, workers' peak {run.report.get('worker_peak_mib')}")
    return {"rows": rows, "partitions": partitions, "wall_s": round(run.wall, 2), **run.report}


DEFAULTS = argparse.Namespace(
    rows=1_000_000, rounds=3, dask_rows=10_000_000, dask_partitions=40, only="frame,parquet,dask"
)


def run_parts(sim: Simulator, args: argparse.Namespace) -> dict[str, Any]:
    parts = args.only.split(",")
    (OUT / "run").mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {}
    if "frame" in parts:
        results["frame"] = bench_frame(sim, args.rows, args.rounds)
    if "parquet" in parts:
        results["parquet"] = bench_parquet(sim, args.rows)
    if "dask" in parts:
        results["dask"] = bench_dask(sim, args.dask_rows, args.dask_partitions)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.frames_bench")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dask-rows", type=int, default=10_000_000)
    parser.add_argument("--dask-partitions", type=int, default=40)
    parser.add_argument("--only", default="frame,parquet,dask")
    args = parser.parse_args(argv)
    started = time.monotonic()
    results: dict[str, Any] = {"speed": SIMULATOR_SPEED}
    with Simulator(speed=SIMULATOR_SPEED) as sim:
        results.update(run_parts(sim, args))
    results["minutes"] = round((time.monotonic() - started) / 60, 2)
    destination = OUT / f"frames-{time.strftime('%Y%m%d-%H%M%S')}.json"
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
