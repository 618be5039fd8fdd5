#!/usr/bin/env python3
"""Start-up benchmark for the packaged app (docs/performance-startup-packaged.md).

    python3 packaging/bench_startup.py build/packaging/app-image/Quire --runs 7 [--cli-post FILE]
    python3 packaging/bench_startup.py IMAGE --shipped --vs OTHER_IMAGE --gui-variant 'sw=-Dprism.order=sw' --no-cli

The second form compares launchers as they were built: `shipped` is IMAGE's own .cfg options, `--vs` adds another
image (e.g. a build of the previous commit, its own archive made with lib/app/quire-cds.sh) with its own options,
`--gui-variant LABEL=OPTIONS` adds IMAGE's options plus OPTIONS (space-separated). All interleaved.

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


PHASES = ("init", "start", "window-built", "documents-open")


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
            elif parts[1] == "phase" and parts[2] in PHASES:
                got[parts[2]] = now
            elif parts[1] in ("editable", "preview", "preview-without-webview"):
                got[parts[1].split("-")[0]] = now
            elif parts[1] == "cpu" and len(parts) >= 5:
                got["fx_run"], got["fx_wait"] = int(parts[2]), int(parts[3])
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
    ap.add_argument("--no-cli", action="store_true")
    ap.add_argument("--shipped", action="store_true",
                    help="compare IMAGE's own launcher options (and --vs/--gui-variant) instead of VARIANTS")
    ap.add_argument("--vs", action="append", default=[], metavar="IMAGE2",
                    help="another app image, run with its own options (implies --shipped)")
    ap.add_argument("--gui-variant", action="append", default=[], metavar="LABEL=OPTIONS",
                    help="IMAGE's own options plus OPTIONS (implies --shipped)")
    ap.add_argument("--phases", action="store_true", help="also print the app's own phase times")
    args = ap.parse_args()
    image = os.path.abspath(args.image)
    here = os.path.dirname(os.path.abspath(__file__))
    post = args.cli_post or os.path.join(here, "linux", "cds-training-post.md")
    images = [image] + [os.path.abspath(i) for i in args.vs]
    cfgs = {(img, n): os.path.join(img, "lib", "app", n + ".cfg") for img in images for n in ("Quire", "quire-cli")}
    originals = {k: open(c, encoding="utf-8").read() for k, c in cfgs.items()}
    # variant: name -> (image, keep the image's own option lines?, GUI options, CLI options, GUI?, CLI?)
    variants = {}
    if args.shipped or args.vs or args.gui_variant:
        variants["shipped (%s)" % os.path.basename(os.path.dirname(image) if image.endswith("/Quire") else image)] = \
            (image, True, [], [], True, True)
        for i, other in enumerate(images[1:]):
            variants["vs %d: %s" % (i + 1, other)] = (other, True, [], [], True, True)
        for v in args.gui_variant:
            label, _, opts = v.partition("=")
            variants["shipped + " + label] = (image, True, opts.split(), [], True, False)
    else:
        for name, opts in VARIANTS.items():
            variants[name] = (image, False, [o.format(jsa="quire.jsa") for o in opts],
                              [o.format(jsa="quire-cli.jsa") for o in opts], name not in CLI_ONLY, True)
    work = tempfile.mkdtemp(prefix="quire-bench-")
    env = dict(os.environ, HOME=os.path.join(work, "home"), XDG_CONFIG_HOME=os.path.join(work, "config"),
               XDG_DATA_HOME=os.path.join(work, "data"), XDG_CACHE_HOME=os.path.join(work, "cache"),
               XDG_STATE_HOME=os.path.join(work, "state"))
    os.makedirs(env["HOME"])
    gui = {v: [] for v in variants}
    cli = {v: [] for v in variants}

    def configure(img, launcher, keep, opts):
        original = originals[(img, launcher)]
        if keep:
            lines = [l for l in original.splitlines() if not l.startswith("java-options=-Dquire.startupProbe")]
            with open(cfgs[(img, launcher)], "w", encoding="utf-8") as f:
                f.write("\n".join(lines + ["java-options=" + o for o in opts]) + "\n")
        else:
            write_cfg(cfgs[(img, launcher)], original, opts)

    loads = []
    try:
        with open("/proc/loadavg") as f:
            loads.append(f.read().split()[:3])
        print("load average before:", loads[0])
        if not args.no_gui:
            configure(image, "Quire", True, ["-Dquire.startupProbe=true"])
            print("unmeasured first start (installs the sample blog):", gui_run(image, env))
        for i in range(args.runs):
            for name, (img, keep, gopts, copts, do_gui, do_cli) in variants.items():
                if not args.no_gui and do_gui:
                    configure(img, "Quire", keep, gopts + ["-Dquire.startupProbe=true"])
                    r = gui_run(img, env)
                    gui[name].append(r)
                    print("run %d %-36s GUI %s" % (i + 1, name, {k: round(v) for k, v in r.items()}), flush=True)
                if not args.no_cli and do_cli:
                    configure(img, "quire-cli", keep, copts)
                    r = cli_run(img, post, env)
                    cli[name].append(r)
                    print("run %d %-36s CLI %s" % (i + 1, name, {k: round(v) for k, v in r.items()}), flush=True)
            with open("/proc/loadavg") as f:
                loads.append(f.read().split()[:3])
        print("load average after:", loads[-1], " (1-min load after each round: %s)"
              % " ".join(l[0] for l in loads[1:]))
    finally:
        for k, c in cfgs.items():
            with open(c, "w", encoding="utf-8") as f:
                f.write(originals[k])
        shutil.rmtree(work, ignore_errors=True)

    print("\nmedian / p90 in ms from process creation (%d runs each, interleaved)" % args.runs)
    print("| variant | shown | editable | preview | peak RSS MB (median) | CLI render (whole process) |")
    print("|---|---|---|---|---|---|")
    for name in variants:
        g = [r for r in gui[name] if r.get("rc") == 0]
        rss = [r["rss_mb"] for r in g if "rss_mb" in r]
        print("| %s | %s | %s | %s | %s | %s |" % (
            name, summary([r["shown"] for r in g if "shown" in r]),
            summary([r["editable"] for r in g if "editable" in r]),
            summary([r["preview"] for r in g if "preview" in r]),
            round(statistics.median(rss)) if rss else "-",
            summary([r["total"] for r in cli[name] if r["rc"] == 0])))
    if args.phases:
        print("\napp phases, median ms from process creation (times printed by the app, read by the harness)")
        print("(fx-run / fx-wait: the FX thread's CPU time and time waiting for a CPU until `editable`, from schedstat)")
        cols = PHASES + ("fx_run", "fx_wait")
        print("| variant | " + " | ".join(c.replace("_", "-") for c in cols) + " |")
        print("|---|" + "---|" * len(cols))
        for name in variants:
            g = [r for r in gui[name] if r.get("rc") == 0]
            print("| %s | %s |" % (name, " | ".join(
                summary([r[p] for r in g if p in r]).split(" / ")[0] for p in cols)))
    failed = sum(1 for v in gui.values() for r in v if r.get("rc") != 0) + \
        sum(1 for v in cli.values() for r in v if r["rc"] != 0)
    if failed:
        print("%d runs exited non-zero (left out of the table)" % failed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
