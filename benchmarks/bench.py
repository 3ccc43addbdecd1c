"""Every benchmark of issue 7 in one run: `scripts/bench [--quick] [--rounds N] [--only PARTS]`.

Starts `enrichso mock serve` on a loopback port (a separate process), then measures, each in
fresh child processes, interleaving the SDK and its baseline round by round:

  single       2,000 validate() calls: Enrich against bare httpx (+orjson, +json)
  pipeline     CSV -> batch -> CSV at every size: bare httpx, validate_many (row.raw and
               row.result) and `enrichso email-validation batch`; wall time, CPU, peak RSS
  concurrency  AsyncEnrich results with 1, 4 and 8 pages in flight, 50 ms added per page
  frames       (only with --only frames) validate_frame, Parquet and Dask: see frames_bench.py

and prints a table of every target (writes the figures to benchmarks/out/ as JSON too).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, replace
from importlib.metadata import version
from pathlib import Path
from typing import Any, TypeVar

from . import instructions, pinning
from . import plan as targets
from .inputs import write_input
from .plan import BASELINE, FULL, PIPELINE_VARIANTS, QUICK, SIMULATOR_SPEED, STRICT, Plan
from .processes import ChildRun, file_digest, run_child
from .report import render
from .simulator import REPO, Simulator, fresh_key
from .stats import paired_ratios, summarise

OUT = REPO / "benchmarks" / "out"
PARTS = ("single", "pipeline", "concurrency")
OPTIONAL_PARTS = ("frames", "instructions")  # on request: issue 16's DataFrame, Parquet and Dask runs
# (frames_bench.py); the pipeline variants' instruction counts under valgrind (instructions.py)


def child_environment() -> tuple[dict[str, str], tuple[str, ...]]:
    """Children compile their imports once into a cache outside the source tree (an installed
    package has its bytecode; the shell may set PYTHONDONTWRITEBYTECODE, which would make every
    child recompile the SDK and count it as import time)."""
    return {"PYTHONPYCACHEPREFIX": str(OUT / "pycache")}, ("PYTHONDONTWRITEBYTECODE",)


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- single call
def bench_single(sim: Simulator, plan: Plan) -> dict[str, Any]:
    env, unset = child_environment()
    rounds: list[dict[str, Any]] = []
    for number in range(plan.rounds):
        key = fresh_key("single")
        command = [sys.executable, "-m", "benchmarks.single_call", "--base-url", sim.base_url, "--key", key]
        run = run_child([*command, "--calls", str(plan.single_calls)], env=env, unset=unset)
        sim.reset(key)
        rounds.append(run.report["variants"])
        sdk = run.report["variants"]["sdk"]["median_us"]
        log(
            f"single call round {number + 1}: sdk {sdk:.0f} us, "
            f"httpx+orjson {run.report['variants']['httpx+orjson']['median_us']:.0f} us"
        )
    names = list(rounds[0])
    return {
        "calls": plan.single_calls,
        "median_us": {n: summarise([r[n]["median_us"] for r in rounds]).as_json(1) for n in names},
        "p90_us": {n: summarise([r[n]["p90_us"] for r in rounds]).as_json(1) for n in names},
        "stalls": {n: sum(r[n]["stalls"] for r in rounds) for n in names},
        "max_ms": {n: round(max(r[n]["max_ms"] for r in rounds), 2) for n in names},
        "ratio": {
            base: paired_ratios(
                [r["sdk"]["median_us"] for r in rounds], [r[base]["median_us"] for r in rounds]
            ).as_json()
            for base in names
            if base != "sdk"
        },
    }


# ---------------------------------------------------------------- pipeline
# --base-tree: a checkout of another commit whose SDK (its overlays/) the "<variant>@base" variants
# run, interleaved with this tree's: before / after figures from one session
BASE_SUFFIX = "@base"
Measured = TypeVar("Measured")  # what one run yields: a ChildRun, or an instruction count
_base_tree: Path | None = None


def pipeline_command(variant: str, source: Path, target: Path, sim: Simulator, key: str) -> list[str]:
    variant = variant.removesuffix(BASE_SUFFIX)
    endpoint = ["--base-url", sim.base_url, "--key", key]
    if variant in ("httpx", "httpx-prefetch"):
        command = [sys.executable, "-m", "benchmarks.pipeline_httpx", str(source), str(target), *endpoint]
        return [*command, "--prefetch"] if variant == "httpx-prefetch" else command
    if variant in ("sdk-raw", "sdk-model"):
        read = variant.removeprefix("sdk-")
        module = "benchmarks.pipeline_sdk"
        return [sys.executable, "-m", module, str(source), str(target), *endpoint, "--read", read]
    enrichso = str(Path(sys.executable).with_name("enrichso"))
    return [enrichso, "--quiet", "email-validation", "batch", str(source), "-o", str(target)]


def run_pipeline(
    sim: Simulator,
    variant: str,
    source: Path,
    target: Path,
    measure: Callable[..., Measured],
) -> tuple[Measured, str]:
    """One run of `variant` with a fresh key (reset afterwards), measured by `measure(command,
    env=..., unset=...)`: run_child, or instructions.count; and the digest of what it wrote."""
    key = fresh_key(variant.replace("-", ""))
    env, unset = child_environment()
    if variant.removesuffix(BASE_SUFFIX) == "cli":
        env = {**env, "ENRICH_API_KEY": key, "ENRICH_BASE_URL": sim.base_url}
    env = {**env, **base_tree_environment(variant)}
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    try:
        run = measure(pipeline_command(variant, source, target, sim, key), env=env, unset=unset)
    finally:
        sim.reset(key)
    digest = file_digest(target)
    target.unlink()
    return run, digest


def base_tree_environment(variant: str) -> dict[str, str]:
    """A <variant>@base run finds the base tree's SDK (and generated client, when the tree has it)
    before the installed one."""
    if not variant.endswith(BASE_SUFFIX) or _base_tree is None:
        return {}
    paths = [_base_tree / "overlays", _base_tree / "generated"]
    return {"PYTHONPATH": os.pathsep.join(str(p) for p in paths if p.is_dir())}


def bench_instructions(sim: Simulator, plan: Plan, variants: tuple[str, ...]) -> dict[str, Any]:
    """One run of every variant at every size under callgrind (the counts are steady: one is
    enough); the SDK variants' outputs are checked against the baseline's as in bench_pipeline."""
    chosen = tuple(v for v in variants if v.removesuffix(BASE_SUFFIX) in (BASELINE, "sdk-raw", "sdk-model"))
    counts: dict[int, dict[str, int]] = {}
    for size in plan.pipeline_sizes:
        source = write_input(OUT / "data" / f"emails-{size}.csv", size)
        counts[size] = {}
        digests = set()
        for variant in chosen:
            target = OUT / "run" / f"instructions-{variant}-{size}.csv"
            counts[size][variant], digest = run_pipeline(sim, variant, source, target, instructions.count)
            digests.add(digest)
            log(f"instructions {size:,} {variant}: {counts[size][variant]:,}")
        if len(digests) != 1:
            raise RuntimeError(f"the variants wrote different files at {size:,} rows")
    return instructions.summarise(counts, BASELINE)


def bench_pipeline(sim: Simulator, plan: Plan, variants: tuple[str, ...]) -> dict[str, Any]:
    runs: dict[int, dict[str, list[ChildRun]]] = {}
    digests: dict[int, set[str]] = {}
    for size in plan.pipeline_sizes:
        source = write_input(OUT / "data" / f"emails-{size}.csv", size)
        runs[size] = {v: [] for v in variants}
        digests[size] = set()
        for number in range(plan.rounds):
            shift = number % len(variants)
            order = variants[shift:] + variants[:shift]  # interleaved, rotated
            for variant in order:
                run, digest = run_pipeline(
                    sim, variant, source, OUT / "run" / f"{variant}-{size}.csv", run_child
                )
                runs[size][variant].append(run)
                digests[size].add(digest)
            walls = ", ".join(f"{v} {runs[size][v][-1].wall:.2f}s" for v in variants)
            log(f"pipeline {size:,} round {number + 1}: {walls}")
        if len(digests[size]) != 1:
            raise RuntimeError(f"the variants wrote different files at {size:,} rows")
    return {
        "sizes": {str(size): summarise_pipeline(size, runs[size]) for size in runs},
        "cpu_margin": cpu_margin(runs),
        "identical": True,
    }


def cpu_margin(runs: dict[int, dict[str, list[ChildRun]]]) -> dict[str, Any]:
    """CPU microseconds a row between the smallest and the largest size (the fixed start-up cost,
    imports and client, taken out), from the minimum CPU of each size's rounds (the least
    disturbed run: machine noise only ever adds CPU time), and its ratio to the baseline's."""
    if len(runs) < 2:
        return {}
    small, large = min(runs), max(runs)

    def per_row(variant: str) -> float:
        low = min(r.cpu for r in runs[small][variant])
        high = min(r.cpu for r in runs[large][variant])
        return (high - low) / (large - small) * 1e6

    base = per_row(BASELINE)
    variants = [v for v in runs[large] if v != BASELINE]
    return {
        "rows": [small, large],
        "us_per_row": {BASELINE: round(base, 3), **{v: round(per_row(v), 3) for v in variants}},
        "ratio": {v: round(per_row(v) / base, 3) for v in variants},
    }


def pipeline_seconds(run: ChildRun) -> float:
    """In-process time from reading the input to the last row written (imports and building the
    client excluded); the CLI reports nothing, so its figure is the process's wall time."""
    seconds = run.report.get("seconds")
    return float(seconds["pipeline"]) if seconds else run.wall


def summarise_pipeline(size: int, runs: dict[str, list[ChildRun]]) -> dict[str, Any]:
    base = runs[BASELINE]

    def series(get: Callable[[ChildRun], float]) -> dict[str, Any]:
        return {v: summarise([get(r) for r in rs]).as_json() for v, rs in runs.items()}

    def ratios(get: Callable[[ChildRun], float], against: list[ChildRun] = base) -> dict[str, Any]:
        return {
            v: paired_ratios([get(r) for r in rs], [get(r) for r in against]).as_json()
            for v, rs in runs.items()
            if v != BASELINE
        }

    return {
        "rows": size,
        "wall_s": series(lambda r: r.wall),
        "cpu_s": series(lambda r: r.cpu),
        "peak_rss_mib": series(lambda r: r.peak_rss_mib),
        "pipeline_s": series(pipeline_seconds),
        "us_per_row": series(lambda r: pipeline_seconds(r) / size * 1e6),
        "wall_ratio": ratios(lambda r: r.wall),
        "cpu_ratio": ratios(lambda r: r.cpu),
        # the least disturbed run of each (noise only ever adds CPU time): steadier than the median
        "cpu_ratio_of_minimums": {
            v: round(min(r.cpu for r in rs) / min(r.cpu for r in base), 4)
            for v, rs in runs.items()
            if v != BASELINE
        },
        "pipeline_ratio": ratios(pipeline_seconds),
        "wall_ratio_to_prefetching_httpx": ratios(lambda r: r.wall, runs[STRICT]) if STRICT in runs else {},
        "cpu_ratio_to_prefetching_httpx": ratios(lambda r: r.cpu, runs[STRICT]) if STRICT in runs else {},
        "phases": {v: [r.report.get("seconds") for r in rs] for v, rs in runs.items()},
    }


# ---------------------------------------------------------------- concurrency
def bench_concurrency(sim: Simulator, plan: Plan) -> dict[str, Any]:
    return {str(size): concurrency_at(sim, plan, size) for size in plan.concurrency_page_sizes}


def concurrency_at(sim: Simulator, plan: Plan, page_size: int) -> dict[str, Any]:
    key = fresh_key("concurrency")
    slow = {"kind": "slow", "probability": 1.0, "delay": plan.concurrency_delay}
    sim.set_faults(key, {"rules": [{**slow, "operations": ["getEmailValidationBatchResults"]}]})
    env, unset = child_environment()
    command = [sys.executable, "-m", "benchmarks.results_concurrency", "--base-url", sim.base_url]
    options = ["--key", key, "--pages", str(plan.concurrency_pages), "--page-size", str(page_size)]
    try:
        run = run_child([*command, *options, "--rounds", str(plan.rounds)], env=env, unset=unset)
    finally:
        sim.reset(key)
    seconds: dict[str, list[float]] = run.report["seconds"]
    log(
        f"concurrency, pages of {page_size}: "
        + ", ".join(f"{k} in flight {summarise(v).median:.2f}s" for k, v in seconds.items())
    )
    return {
        "pages": run.report["pages"],
        "page_size": page_size,
        "delay_s": plan.concurrency_delay,
        "seconds": {level: summarise(values).as_json() for level, values in seconds.items()},
        "speedup": {
            level: paired_ratios(seconds["1"], values).as_json() for level, values in seconds.items()
        },
    }


# ---------------------------------------------------------------- the run
def machine() -> dict[str, Any]:
    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    packages = ("httpx", "httpcore", "h11", "orjson", "attrs", "uvicorn", "starlette")
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": {name: version(name) for name in packages},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, about 2 minutes")
    parser.add_argument("--rounds", type=int, help="rounds of every measurement (default 5, quick 3)")
    parser.add_argument("--only", default=",".join(PARTS), help=f"comma-separated subset of {PARTS}")
    parser.add_argument(
        "--variants",
        default=",".join(PIPELINE_VARIANTS),
        help=f"pipeline variants (default: all of {PIPELINE_VARIANTS}; {BASELINE} always runs)",
    )
    parser.add_argument("--sizes", help="pipeline sizes instead of the plan's, e.g. 500000 (for experiments)")
    parser.add_argument("--json", type=Path, help="where to write the figures (default benchmarks/out/)")
    parser.add_argument(
        "--base-tree",
        type=Path,
        help="a checkout of another commit (e.g. `git archive main overlays | tar -x -C DIR`): each "
        "chosen sdk / cli variant also runs on its SDK, as <variant>@base, interleaved",
    )
    parser.add_argument(
        "--no-pin",
        action="store_true",
        help="do not pin the simulator and the measured processes to separate CPUs (benchmarks/pinning.py)",
    )
    args = parser.parse_args(argv)
    if args.no_pin:
        pinning.disable()
    plan = QUICK if args.quick else FULL
    if args.rounds:
        plan = replace(plan, rounds=args.rounds)
    if args.sizes:
        sizes = tuple(int(size) for size in args.sizes.split(","))
        plan = replace(plan, pipeline_sizes=sizes, memory_pair=(min(sizes), max(sizes)), scaling_sizes=sizes)
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = set(parts) - set(PARTS) - set(OPTIONAL_PARTS)
    if unknown:
        parser.error(f"unknown part(s): {', '.join(sorted(unknown))}")

    chosen = {v.strip() for v in args.variants.split(",") if v.strip()} | {BASELINE}
    if chosen - set(PIPELINE_VARIANTS):
        parser.error(f"unknown variant(s): {', '.join(sorted(chosen - set(PIPELINE_VARIANTS)))}")
    variants = tuple(v for v in PIPELINE_VARIANTS if v in chosen)
    if args.base_tree:
        global _base_tree
        _base_tree = args.base_tree.resolve()
        if not (_base_tree / "overlays" / "enrichso").is_dir():
            parser.error(f"--base-tree: no overlays/enrichso in {_base_tree}")
        variants += tuple(v + BASE_SUFFIX for v in variants if v.startswith(("sdk", "cli")))

    started = time.monotonic()
    results: dict[str, Any] = {"plan": asdict(plan), "machine": machine(), "speed": SIMULATOR_SPEED}
    results["pinning"] = pinning.describe()
    results["load_before"] = [round(x, 2) for x in os.getloadavg()]
    with Simulator(speed=SIMULATOR_SPEED) as sim:
        results["simulator"] = " ".join(sim.command)
        log(f"simulator: {results['simulator']} (pid {sim.pid})")
        warm_up(sim, variants)
        if "single" in parts:
            results["single"] = bench_single(sim, plan)
        if "pipeline" in parts:
            results["pipeline"] = bench_pipeline(sim, plan, variants)
        if "concurrency" in parts:
            results["concurrency"] = bench_concurrency(sim, plan)
        if "instructions" in parts:
            if not instructions.available():
                raise SystemExit("--only instructions needs valgrind (apt install valgrind)")
            results["instructions"] = bench_instructions(sim, plan, variants)
        if "frames" in parts:
            from . import frames_bench

            results["frames"] = frames_bench.run_parts(sim, frames_bench.DEFAULTS)
    results["minutes"] = round((time.monotonic() - started) / 60, 2)
    results["load_after"] = [round(x, 2) for x in os.getloadavg()]
    results["targets"] = {k: v for k, v in vars(targets).items() if k.startswith("TARGET_")}
    destination = args.json or OUT / f"bench-{plan.name}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text(json.dumps(results, indent=2) + "\n")
    print(render(results))
    log(f"figures written to {destination} ({results['minutes']} min)")
    return 0


def warm_up(sim: Simulator, variants: tuple[str, ...]) -> None:
    """One small run of every pipeline variant: bytecode caches are written and every path
    works before anything is timed."""
    source = write_input(OUT / "data" / "emails-1000.csv", 1000)
    digests = {run_pipeline(sim, v, source, OUT / "run" / f"warm-{v}.csv", run_child)[1] for v in variants}
    if len(digests) != 1:
        raise RuntimeError("the pipeline variants disagree on a 1,000-row file")


if __name__ == "__main__":
    sys.exit(main())
