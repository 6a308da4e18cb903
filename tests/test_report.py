"""The report: builds from analysis/ only, every figure exists, is referenced and embedded."""
from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from codediv.analyze import run_analyze
from codediv.report import ReportError, run_report
from synthetic_run import build_run, planted_run

CHROMIUM = Path("/usr/bin/chromium")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def planted_report(tmp_path_factory):
    run = tmp_path_factory.mktemp("report")
    cfg = planted_run(run)
    run_analyze(cfg, run)
    # The report must need nothing but analysis/ and the config: remove every other input.
    for other in ("results.sqlite", "data", "train"):
        p = run / other
        shutil.rmtree(p) if p.is_dir() else p.unlink()
    return run_report(cfg, run)


def embedded_images(html: str) -> dict[str, bytes]:
    found = re.findall(r"<img src='data:image/png;base64,([A-Za-z0-9+/=]+)' alt='[^']*' data-file='([^']+)'", html)
    return {name: base64.b64decode(data) for data, name in found}


def test_every_figure_exists_is_referenced_and_embedded(planted_report):
    folder = planted_report.parent
    md = planted_report.read_text()
    html = (folder / "report.html").read_text()
    pngs = sorted(p.name for p in folder.glob("*.png"))
    assert pngs == ["errors.png", "heatmap_deep_seed0.png", "heatmap_diverse_seed0.png", "pass_at_1.png",
                    "ref_bpb.png", "training.png"]
    images = embedded_images(html)
    for name in pngs:
        assert f"]({name})" in md
        assert images[name] == (folder / name).read_bytes() and images[name].startswith(PNG_MAGIC)
    assert sorted(re.findall(r"\]\(([^)]+\.png)\)", md)) == pngs  # nothing referenced that is missing
    # self-contained: no external resource of any kind
    assert not re.search(r"(src|href)=['\"](?!data:)", html) and "<link" not in html and "<script" not in html


def test_report_content_from_the_numbers(planted_report):
    md = planted_report.read_text()
    # the comparison with its significance, in numbers from the planted table
    assert "diverse solves 7/10 report problems and deep 3/10, 4 problems apart" in md
    assert "exact McNemar p = 0.219 (the only comparison in its family, so unadjusted): not significant at 0.05" in md
    # each arm against the base model is one family of two: Holm doubles the smaller p and the verdict follows it
    assert "exact McNemar p = 0.0312, Holm-adjusted 0.0625 over 2 comparisons: not significant at 0.05 after " \
           "Holm's adjustment" in md
    assert "| diverse vs base | 0 | 30 / 0 | 1 | 6 | 0 | 3 | 0.0312 | 0.0625 (of 2) |" in md
    assert "With 6 discordant problems, no split of them could reach significance" not in md  # 6-0 could
    # optimistic best-on-report is labelled; the results table has the study's columns
    assert "best-on-report step (optimistically biased)" in md
    assert "Choosing deep's checkpoint (seed 0) on the report split itself would report pass@1 50.0% (step 10) " \
           "instead of the honest 30.0% (step 20)" in md
    assert "| smollm2-135m + diverse LoRA | 30 | 0 | 70.0% |" in md
    # breakthroughs and regressions listed with problem titles
    assert "deep seed 0: Report problem 0 (bench/rep-000, report) solved at step 20, lost at step 30" in md
    assert "deep seed 0: Report problem 1 (bench/rep-001, report) solved from step 20 on" in md


def test_findings_change_with_the_data(tmp_path):
    """Two arms one problem apart: the findings say so, and say the test cannot separate them."""
    runs = {"deep": {f"bench/rep-{i:03d}": ("S" if i < 6 else "F") for i in range(24)} | {"bench/sel-000": "S"},
            "diverse": {f"bench/rep-{i:03d}": ("S" if i < 7 else "F") for i in range(24)} | {"bench/sel-000": "S"}}
    cfg = build_run(tmp_path, None, runs, [100], 1, 24, train=False)
    run_analyze(cfg, tmp_path)
    md = run_report(cfg, tmp_path).read_text()
    assert "diverse solves 7/24 report problems and deep 6/24: they differ by only 1 problem" in md
    assert "exact McNemar p = 1 (the only comparison in its family, so unadjusted): not significant at 0.05" in md
    assert "With 1 discordant problem, no split of them could reach significance" in md
    assert "No training metrics were found" in md
    assert not (tmp_path / "report" / "training.png").exists()


def test_report_only_base_and_missing_analysis(tmp_path):
    cfg = build_run(tmp_path, {"bench/sel-000": "S", "bench/rep-000": "F"}, {}, [], 1, 1, train=False)
    with pytest.raises(ReportError, match="run `codediv analyze` first"):
        run_report(cfg, tmp_path)
    run_analyze(cfg, tmp_path)
    md = run_report(cfg, tmp_path).read_text()
    assert "Only the base model has been evaluated" in md
    html = (tmp_path / "report" / "report.html").read_text()
    assert set(embedded_images(html)) == {p.name for p in (tmp_path / "report").glob("*.png")}


@pytest.mark.slow
def test_report_opens_in_headless_chromium(planted_report, tmp_path):
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing (Debian package chromium; setup.sh installs it)")
    html = (planted_report.parent / "report.html").read_text()
    # A probe appended to a copy reports, after load, each image's decoded size and any error.
    probe = ("<script>window.__errors=[];window.addEventListener('error',e=>__errors.push(String(e.message)));"
             "window.addEventListener('load',()=>{const r=[...document.images].map(i=>({f:i.dataset.file,"
             "ok:i.complete&&i.naturalWidth>0,w:i.naturalWidth}));const p=document.createElement('pre');"
             "p.id='probe';p.textContent=JSON.stringify({images:r,errors:__errors});document.body.appendChild(p)});"
             "</script>")
    page = tmp_path / "probe.html"
    page.write_text(html.replace("</head>", probe + "</head>", 1))
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
           "--virtual-time-budget=5000", "--dump-dom", page.as_uri()]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    m = re.search(r"<pre id=\"probe\">(.*?)</pre>", res.stdout, re.S)
    assert m, f"the page did not finish loading: {res.stderr[-2000:]}"
    probe_out = json.loads(m.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    assert probe_out["errors"] == []
    pngs = sorted(p.name for p in planted_report.parent.glob("*.png"))
    assert sorted(i["f"] for i in probe_out["images"]) == pngs
    assert all(i["ok"] and i["w"] > 100 for i in probe_out["images"]), probe_out["images"]


def test_report_with_several_seeds(tmp_path):
    runs = {}
    for seed in range(3):
        runs[("deep", seed)] = {"bench/sel-000": "FS", **{f"bench/rep-{i:03d}": ("SS" if i < 2 else "FF")
                                                           for i in range(6)}}
        runs[("diverse", seed)] = {"bench/sel-000": "FS", **{f"bench/rep-{i:03d}": ("SS" if i < 3 + seed else "FF")
                                                              for i in range(6)}}
    cfg = build_run(tmp_path, None, runs, [5, 10], 1, 6)
    run_analyze(cfg, tmp_path)
    md = run_report(cfg, tmp_path).read_text()
    assert "Across 3 seeds, deep reaches 33.3% ± 0.0% and diverse 66.7% ± 16.7% report pass@1; sign-flip test over " \
           "seeds p = 0.25 (the only comparison in its family, so unadjusted) (the smallest p possible with this many " \
           "seeds, so the test cannot reject): not significant at 0.05" in md
    assert md.count("| smollm2-135m + diverse LoRA |") == 3  # one results row per seed


def test_report_leads_with_the_declared_primary_metric(tmp_path):
    """analysis.primary_metric = ref_bpb: the first findings and the first result section are about it,
    in its own units, with each arm against the base and the arms against each other; pass@1 is
    labelled secondary."""
    cfg = planted_run(tmp_path, analysis={"primary_metric": "ref_bpb"})
    run_analyze(cfg, tmp_path)
    md = run_report(cfg, tmp_path).read_text()
    findings = md.split("## Key findings", 1)[1].split("\n## ", 1)[0]
    first = [ln for ln in findings.splitlines() if ln.startswith("- ")][:3]
    assert first[0].startswith("- Primary metric (reference bits per byte, declared before the run): deep at step 20 "
                               "vs the base model, 1.200 vs 1.800 on 10 report problems, Δ -0.600")
    assert "training improved it" in first[0] and "Holm-adjusted" in first[0]
    assert first[2].startswith("- Primary metric, arms compared: reference bits per byte on the report split, deep "
                               "(step 20) vs diverse (step 30): 1.200 vs 1.450, Δ -0.250")
    sections = re.findall(r"^## (.+)$", md, re.M)
    assert sections[1] == "Primary metric: reference bits per byte (report split, selected checkpoints)"
    assert sections[2] == "Results at the selected checkpoints (pass@1: secondary)"
    assert "Secondary metric: diverse solves 7/10 report problems" in md


def test_metric_values_are_formatted_by_the_metric_registry():
    """Shares (pass@k for any k, test share, error shares) print as percentages, losses as numbers,
    and sentences name a metric as codediv.significance labels it."""
    from codediv.findings import fmt_metric, metric_name
    assert [fmt_metric(m, 0.4) for m in ("pass@1", "pass@5", "test_fraction", "error_share")] == ["40.0%"] * 4
    assert (fmt_metric("ref_bpb", 0.4), fmt_metric("ref_nll", -0.0125, True)) == ("0.400", "-0.013")
    assert (metric_name("ref_bpb"), metric_name("pass@5"), metric_name("test_fraction")) == \
        ("reference bits per byte", "pass@5", "share of tests passed")
