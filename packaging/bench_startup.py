#!/usr/bin/env python3
"""Start-up benchmark for the packaged app (docs/performance-startup-packaged.md).

    python3 packaging/bench_startup.py build/packaging/app-image/Quire --runs 7 [--cli-post FILE]

Needs DISPLAY (run it under xvfb-run) for the GUI rows. For each measured run it rewrites the launcher's
.cfg (lib/app/Quire.cfg / quire-cli.cfg) with the variant's JVM options, starts bin/Quire or bin/quire-cli and
times from just before the process is created:

- GUI (-Dquire.startupProbe=true): `shown` (stage.show() returned), `editable` (first painted frame with the
  editor focused), `preview` (preview page loaded + painted), peak RSS (VmHWM, printed by the app); the app
  exits by itself.
- CLI: whole process of `quire-cli render POST > /dev/null`.

Variants run interleaved (A B C A B C ...) so load changes hit them alike. The .cfg files are restored at the end.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

VARIANTS = {
    "plain (jlink runtime, JDK CDS only)": [],
    "AppCDS": ["-XX:SharedArchiveFile=$APPDIR/{jsa}", "-Xshare:auto"],
    "AppCDS + C1 only": ["-XX:SharedArchiveFile=$APPDIR/{jsa}", "-Xshare:auto", "-XX:TieredStopAtLevel=1"],
    "AppCDS + SerialGC (CLI only)": ["-XX:SharedArchiveFile=$APPDIR/{jsa}", "-Xshare:auto", "-XX:+UseSerialGC"],
}
CLI_ONLY = {"AppCDS + SerialGC (CLI only)"}
OPTION_LINE = re.compile(r"^java-options=-(XX:SharedArchiveFile|Xshare|XX:TieredStopAtLevel|XX:\+UseSerialGC|"
                         r"Dquire\.startupProbe)")


def write_cfg(cfg, original, options):
    lines = [l for l in original.splitlines() if not OPTION_LINE.match(l)]
    lines += ["java-options=" + o for o in options]
    with open(cfg, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def gui_run(image, env):
    start = time.monotonic()
    p = subprocess.Popen([os.path.join(image, "bin", "Quire")], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, env=env, text=True)
    got = {}
    for line in p.stdout:
        now = (time.monotonic() - start) * 1000
        parts = line.split()
        if len(parts) >= 3 and parts[0] == "QUIRE-READY":
            if parts[1] == "phase" and parts[2] == "shown":
                got["shown"] = now
            elif parts[1] in ("editable", "preview", "preview-without-webview"):
                got[parts[1].split("-")[0]] = now
            elif parts[1] == "rss":
                got["rss_mb"] = int(parts[2]) / 1024
    rc = p.wait(timeout=120)
    got["exit"] = (time.monotonic() - start) * 1000
    got["rc"] = rc
    return got


def cli_run(image, post, env):
    start = time.monotonic()
    rc = subprocess.run([os.path.join(image, "bin", "quire-cli"), "render", post], stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL, env=env).returncode
    return {"total": (time.monotonic() - start) * 1000, "rc": rc}


def summary(values):
    if not values:
        return "-"
    values = sorted(values)
    p90 = values[min(len(values) - 1, int(round(0.9 * (len(values) - 1))))]
    return "%s / %s" % (format(round(statistics.median(values)), ","), format(round(p90), ","))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("image")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--cli-post", default=None)
    ap.add_argument("--no-gui", action="store_true")
    args = ap.parse_args()
    image = os.path.abspath(args.image)
    here = os.path.dirname(os.path.abspath(__file__))
    post = args.cli_post or os.path.join(here, "linux", "cds-training-post.md")
    app = os.path.join(image, "lib", "app")
    cfgs = {n: os.path.join(app, n + ".cfg") for n in ("Quire", "quire-cli")}
    originals = {n: open(c, encoding="utf-8").read() for n, c in cfgs.items()}
    work = tempfile.mkdtemp(prefix="quire-bench-")
    env = dict(os.environ, HOME=os.path.join(work, "home"), XDG_CONFIG_HOME=os.path.join(work, "config"),
               XDG_DATA_HOME=os.path.join(work, "data"), XDG_CACHE_HOME=os.path.join(work, "cache"))
    os.makedirs(env["HOME"])
    gui = {v: [] for v in VARIANTS}
    cli = {v: [] for v in VARIANTS}
    try:
        with open("/proc/loadavg") as f:
            print("load average before:", f.read().split()[:3])
        if not args.no_gui:
            write_cfg(cfgs["Quire"], originals["Quire"], ["-Dquire.startupProbe=true"])
            print("unmeasured first start (installs the sample blog):", gui_run(image, env))
        for i in range(args.runs):
            for name, opts in VARIANTS.items():
                if not args.no_gui and name not in CLI_ONLY:
                    write_cfg(cfgs["Quire"], originals["Quire"],
                              [o.format(jsa="quire.jsa") for o in opts] + ["-Dquire.startupProbe=true"])
                    r = gui_run(image, env)
                    gui[name].append(r)
                    print("run %d %-36s GUI %s" % (i + 1, name, {k: round(v) for k, v in r.items()}), flush=True)
                write_cfg(cfgs["quire-cli"], originals["quire-cli"], [o.format(jsa="quire-cli.jsa") for o in opts])
                r = cli_run(image, post, env)
                cli[name].append(r)
                print("run %d %-36s CLI %s" % (i + 1, name, {k: round(v) for k, v in r.items()}), flush=True)
        with open("/proc/loadavg") as f:
            print("load average after:", f.read().split()[:3])
    finally:
        for n, c in cfgs.items():
            with open(c, "w", encoding="utf-8") as f:
                f.write(originals[n])
        shutil.rmtree(work, ignore_errors=True)

    print("\nmedian / p90 in ms from process creation (%d runs each, interleaved)" % args.runs)
    print("| variant | shown | editable | preview | peak RSS MB (median) | CLI render (whole process) |")
    print("|---|---|---|---|---|---|")
    for name in VARIANTS:
        g = [r for r in gui[name] if r.get("rc") == 0]
        rss = [r["rss_mb"] for r in g if "rss_mb" in r]
        print("| %s | %s | %s | %s | %s | %s |" % (
            name, summary([r["shown"] for r in g if "shown" in r]),
            summary([r["editable"] for r in g if "editable" in r]),
            summary([r["preview"] for r in g if "preview" in r]),
            round(statistics.median(rss)) if rss else "-",
            summary([r["total"] for r in cli[name] if r["rc"] == 0])))
    failed = sum(1 for v in gui.values() for r in v if r.get("rc") != 0) + \
        sum(1 for v in cli.values() for r in v if r["rc"] != 0)
    if failed:
        print("%d runs exited non-zero (left out of the table)" % failed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
