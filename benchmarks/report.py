"""The figures of one `scripts/bench` run as Markdown: every target with its measured value, then
the details (median, min and max over the rounds; ratios are paired round by round)."""

from __future__ import annotations

from typing import Any

from .plan import (
    BASELINE,
    TARGET_CONCURRENCY_SPEEDUP,
    TARGET_CPU_PER_ROW_RATIO,
    TARGET_PEAK_RSS_MIB,
    TARGET_PIPELINE_RATIO,
    TARGET_RSS_GROWTH_MIB,
    TARGET_SCALING_SPREAD,
    TARGET_SINGLE_CALL_RATIO,
)

SDK_VARIANTS = ("sdk-raw", "sdk-model")


def spread(figure: dict[str, Any], digits: int = 3) -> str:
    return f"{figure['median']:.{digits}f} ({figure['min']:.{digits}f}-{figure['max']:.{digits}f})"


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def cpu_rows(pipeline: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Issue 16's target: the SDK's CPU time per row within TARGET_CPU_PER_ROW_RATIO of the bare
    script's, at every size (whole process, start-up included) and at the margin (start-up out)."""
    rows: list[tuple[str, str, str]] = []
    goal = TARGET_CPU_PER_ROW_RATIO
    for size, figures in pipeline["sizes"].items():
        for variant in SDK_VARIANTS:
            if variant not in figures["cpu_ratio"]:
                continue
            paired, lowest = figures["cpu_ratio"][variant], figures["cpu_ratio_of_minimums"][variant]
            rows.append(
                (
                    f"5. {int(size):,} rows, CPU {variant} / bare httpx <= {goal} (paired by round; "
                    "then the ratio of each one's least disturbed round)",
                    f"{spread(paired)}; {lowest:.3f}",
                    verdict(paired["median"] <= goal),
                )
            )
    margin = pipeline.get("cpu_margin") or {}
    for variant, ratio in margin.get("ratio", {}).items():
        if variant in SDK_VARIANTS:
            small, large = margin["rows"]
            per_row = margin["us_per_row"]
            rows.append(
                (
                    f"5. CPU per row between {small:,} and {large:,} rows, {variant} / bare httpx <= {goal}",
                    f"{ratio:.3f} ({per_row[variant]:.2f} / {per_row[BASELINE]:.2f} us)",
                    verdict(ratio <= goal),
                )
            )
    return rows


def target_rows(results: dict[str, Any]) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    single = results.get("single")
    if single:
        ratio = single["ratio"]["httpx+orjson"]
        rows.append(
            (
                f"1. validate() median latency, Enrich / bare httpx+orjson <= {TARGET_SINGLE_CALL_RATIO}",
                spread(ratio),
                verdict(ratio["median"] <= TARGET_SINGLE_CALL_RATIO),
            )
        )
        ratio = single["ratio"]["httpx+json"]
        rows.append(("   ... / bare httpx+json (information)", spread(ratio), "-"))
        stalls = sum(single["stalls"].values())
        worst = max(single["max_ms"].values())
        stall_text = f"{stalls} (slowest {worst} ms)"
        rows.append(("   calls of 40 ms or more (delayed-ACK stalls), of every variant", stall_text, "-"))
    pipeline = results.get("pipeline")
    if pipeline:
        plan = results["plan"]
        largest = str(max(plan["pipeline_sizes"]))
        figures = pipeline["sizes"][largest]
        present = [v for v in (*SDK_VARIANTS, "cli") if v in figures["wall_ratio"]]
        for variant in present:
            ratio = figures["wall_ratio"][variant]
            rows.append(
                (
                    f"2. {int(largest):,} rows, wall time {variant} / bare httpx <= {TARGET_PIPELINE_RATIO}",
                    spread(ratio),
                    verdict(ratio["median"] <= TARGET_PIPELINE_RATIO),
                )
            )
        strict = figures.get("wall_ratio_to_prefetching_httpx") or {}
        for variant in [v for v in present if v in strict]:
            rows.append(
                (
                    f"   {int(largest):,} rows, wall time {variant} / httpx reading the next page in a "
                    "thread, as the SDK does (information)",
                    spread(strict[variant]),
                    "-",
                )
            )
        for variant in [v for v in present if v not in SDK_VARIANTS]:
            ratio = figures["cpu_ratio"][variant]
            rows.append(
                (
                    f"   {int(largest):,} rows, CPU time {variant} / bare httpx (information)",
                    spread(ratio),
                    "-",
                )
            )
        rows += cpu_rows(pipeline)
        for variant in present:
            rss = figures["peak_rss_mib"][variant]
            rows.append(
                (
                    f"2. {int(largest):,} rows, peak RSS of {variant} <= {TARGET_PEAK_RSS_MIB:.0f} MiB",
                    spread(rss, 0),
                    verdict(rss["max"] <= TARGET_PEAK_RSS_MIB),
                )
            )
        small, large = (str(size) for size in plan["memory_pair"])
        for variant in (*present, BASELINE):
            grow = (
                pipeline["sizes"][large]["peak_rss_mib"][variant]["median"]
                - pipeline["sizes"][small]["peak_rss_mib"][variant]["median"]
            )
            label = "" if variant in SDK_VARIANTS else " (information)"
            rows.append(
                (
                    f"2. peak RSS {int(large):,} minus {int(small):,} rows, {variant} <= "
                    f"{TARGET_RSS_GROWTH_MIB:.0f} MiB{label}",
                    f"{grow:.0f} MiB",
                    verdict(grow <= TARGET_RSS_GROWTH_MIB) if variant in SDK_VARIANTS else "-",
                )
            )
    concurrency = results.get("concurrency")
    if concurrency:
        default = str(results["plan"]["concurrency_page_sizes"][0])
        for size, figures in concurrency.items():
            for level in ("4", "8"):
                speedup = figures["speedup"][level]
                target = level == "8" and size == default
                goal = f" >= {TARGET_CONCURRENCY_SPEEDUP:.0f}x" if target else " (information)"
                rows.append(
                    (
                        f"3. async results, {level} pages in flight vs 1 ({figures['pages']} pages of "
                        f"{int(size):,}, +{figures['delay_s'] * 1000:.0f} ms each){goal}",
                        spread(speedup, 2) + "x",
                        verdict(speedup["median"] >= TARGET_CONCURRENCY_SPEEDUP) if target else "-",
                    )
                )
    if pipeline:
        sizes = [str(size) for size in results["plan"]["scaling_sizes"]]
        some = next(iter(pipeline["sizes"].values()))["wall_s"]
        for variant in [v for v in (*SDK_VARIANTS, "cli", BASELINE) if v in some]:
            per_row = [pipeline["sizes"][size]["us_per_row"][variant]["median"] for size in sizes]
            growth = (max(per_row) - min(per_row)) / min(per_row)
            shown = " / ".join(f"{value:.1f}" for value in per_row)
            sdk = variant in SDK_VARIANTS
            rows.append(
                (
                    f"4. time per row at {' / '.join(f'{int(s):,}' for s in sizes)} rows, {variant} "
                    f"(us){'' if sdk else ' (information)'}: spread <= {TARGET_SCALING_SPREAD:.0%}",
                    f"{shown}: {growth:.0%}",
                    verdict(growth <= TARGET_SCALING_SPREAD) if sdk else "-",
                )
            )
        # The same, each size's time per row divided by the bare script's in the same round: the
        # machine's speed drifts over a run (shared host), and this cancels the drift out.
        for variant in [v for v in SDK_VARIANTS if v in some]:
            relative = [pipeline["sizes"][size]["pipeline_ratio"][variant]["median"] for size in sizes]
            growth = (max(relative) - min(relative)) / min(relative)
            rows.append(
                (
                    f"   time per row relative to bare httpx's at the same size, {variant} (information)",
                    f"{' / '.join(f'{value:.2f}' for value in relative)}: {growth:.0%}",
                    "-",
                )
            )
    return rows


def instruction_lines(figures: dict[str, Any] | None) -> list[str]:
    """The instruction counts (benchmarks/instructions.py): steady where CPU time is not."""
    if not figures:
        return []
    lines = [
        "",
        "Instructions executed (valgrind callgrind, one run each; ratio to bare httpx):",
        "",
        "| rows | variant | instructions | ratio |",
        "|---|---|---|---|",
    ]
    for size, counts in figures["instructions"].items():
        for variant, count in counts.items():
            ratio = figures["ratio"][size].get(variant)
            lines.append(f"| {int(size):,} | {variant} | {count:,} | {f'{ratio:.3f}' if ratio else '1'} |")
    per_row = figures.get("per_row")
    if per_row:
        small, large = per_row["rows"]
        lines += ["", f"Per row between {small:,} and {large:,} rows (start-up taken out):", ""]
        for variant, count in per_row["instructions_per_row"].items():
            ratio = per_row["ratio"].get(variant)
            lines.append(f"- {variant}: {count:,} instructions a row" + (f", {ratio:.3f}x" if ratio else ""))
    return lines


def details(results: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    single = results.get("single")
    if single:
        lines += ["", f"Single call ({single['calls']:,} calls a variant a round), median latency in us:", ""]
        lines += ["| variant | median | p90 |", "|---|---|---|"]
        for name, figure in single["median_us"].items():
            lines.append(f"| {name} | {spread(figure, 0)} | {spread(single['p90_us'][name], 0)} |")
    pipeline = results.get("pipeline")
    if pipeline:
        lines += [
            "",
            "Pipeline (wall s of the whole process; ratio to bare httpx paired by round; CPU s;",
            "peak RSS MiB; us per row of in-process time from reading the input to the last row",
            "written):",
            "",
            "| rows | variant | wall s | wall ratio | CPU s | peak RSS MiB | us/row |",
            "|---|---|---|---|---|---|---|",
        ]
        for size, figures in pipeline["sizes"].items():
            for variant, wall in figures["wall_s"].items():
                ratio = figures["wall_ratio"].get(variant)
                lines.append(
                    f"| {int(size):,} | {variant} | {spread(wall, 2)} | "
                    f"{spread(ratio) if ratio else '1'} | {spread(figures['cpu_s'][variant], 2)} | "
                    f"{spread(figures['peak_rss_mib'][variant], 0)} | "
                    f"{spread(figures['us_per_row'][variant], 1)} |"
                )
    lines += instruction_lines(results.get("instructions"))
    concurrency = results.get("concurrency")
    if concurrency:
        lines += ["", "Async results download, seconds to read every page:", ""]
        lines += ["| page size | pages in flight | seconds | speedup vs 1 |", "|---|---|---|---|"]
        for size, figures in concurrency.items():
            for level, figure in figures["seconds"].items():
                speedup = spread(figures["speedup"][level], 2)
                lines.append(f"| {int(size):,} | {level} | {spread(figure)} | {speedup}x |")
    return lines


def render(results: dict[str, Any]) -> str:
    machine = results["machine"]
    head = [
        f"## scripts/bench ({results['plan']['name']}, {results['plan']['rounds']} rounds, "
        f"{results['minutes']} min)",
        "",
        f"Machine: {machine['cpu']}, {machine['cores']} cores, Python {machine['python']}, "
        + ", ".join(f"{k} {v}" for k, v in machine["packages"].items()),
        f"Simulator: `{results['simulator']}` ({results.get('pinning', 'not pinned')})",
        f"Load average (1, 5, 15 min) before {results.get('load_before')}, after {results.get('load_after')}"
        " (the machine is shared: other processes compete for its cores)",
        "",
        "| target | measured: median (min-max) | |",
        "|---|---|---|",
    ]
    head += [f"| {name} | {value} | {ok} |" for name, value, ok in target_rows(results)]
    return "\n".join(head + details(results)) + "\n"
