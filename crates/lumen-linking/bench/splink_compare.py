"""Run Splink 5 (DuckDB) on a lumen-link generated CSV: dedupe, cluster at 0.9, time, incremental query."""
import csv, re, sys, time, unicodedata, resource, statistics
import duckdb
from splink import DuckDBAPI, Linker, SettingsCreator, block_on
import splink.comparison_library as cl

src, out = sys.argv[1], sys.argv[2]
t0 = time.time()

def name(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^\w ]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s or None

def dob(s):
    s = s.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", s)
    if m: return f"{m[1]}-{m[2]}-{m[3]}"
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", s)
    if m: return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    return None

def phone(s):
    s = s.strip()
    wa = "wa.me/" in s
    s = s.replace("(0)", "")
    d = re.sub(r"\D", "", s)
    if not d: return None
    if wa or s.startswith("+"): return d
    if d.startswith("00"): return d[2:]
    if d.startswith("0"): return "32" + d[1:]
    return d

def postcode(a):
    m = re.search(r"\b(\d{4})\b\s*$", a)
    return m[1] if m else None

clean = "/tmp/splink_clean.csv"
with open(src) as f, open(clean, "w", newline="") as g:
    r = csv.DictReader(f)
    w = csv.writer(g)
    w.writerow(["unique_id", "given_name", "surname", "dob", "phone", "email", "address", "postcode"])
    for row in r:
        a = row["address"].strip().lower() or None
        w.writerow([row["id"], name(row["given_name"]), name(row["surname"]), dob(row["birth_date"]), phone(row["phone"]),
                    row["email"].strip().lower() or None, a, postcode(row["address"]) if a else None])
t_clean = time.time() - t0

con = duckdb.connect()
con.execute(f"CREATE TABLE people AS SELECT * FROM read_csv('{clean}', header=true, all_varchar=true)")
db = DuckDBAPI(connection=con)
df = db.register("people")

settings = SettingsCreator(
    link_type="dedupe_only",
    comparisons=[
        cl.NameComparison("given_name").configure(term_frequency_adjustments=True),
        cl.NameComparison("surname").configure(term_frequency_adjustments=True),
        cl.DateOfBirthComparison("dob", input_is_string=True),
        cl.ExactMatch("phone"),
        cl.EmailComparison("email"),
        cl.LevenshteinAtThresholds("address", [2, 5]),
        cl.ExactMatch("postcode"),
    ],
    blocking_rules_to_generate_predictions=[
        block_on("given_name", "surname"),
        block_on("dob"),
        block_on("phone"),
        block_on("email"),
        block_on("surname", "substr(dob, 1, 4)"),
    ],
    retain_intermediate_calculation_columns=False,
)
t1 = time.time()
linker = Linker(df, settings, log_level=30)
linker.training.estimate_probability_two_random_records_match([block_on("given_name", "surname", "dob")], recall=0.7)
linker.training.estimate_u_using_random_sampling(max_pairs=1e6)
linker.training.estimate_parameters_using_expectation_maximisation(block_on("given_name", "surname"))
linker.training.estimate_parameters_using_expectation_maximisation(block_on("dob"))
linker.training.estimate_parameters_using_expectation_maximisation(block_on("phone"))
t_train = time.time() - t1
t2 = time.time()
pred = linker.inference.predict(threshold_match_probability=0.9)
clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(pred, 0.9)
con.cursor().execute(f"COPY (SELECT unique_id AS id, cluster_id FROM {clusters.physical_name}) TO '{out}' (HEADER, DELIMITER ',')")
t_predict = time.time() - t2
sizes = con.cursor().execute(f"SELECT max(c) FROM (SELECT count(*) c FROM {clusters.physical_name} GROUP BY cluster_id)").fetchone()[0]
npairs = con.cursor().execute(f"SELECT count(*) FROM {pred.physical_name}").fetchone()[0]
total = time.time() - t0
print(f"splink: clean {t_clean:.1f}s, train {t_train:.1f}s, predict+cluster {t_predict:.1f}s, total {total:.1f}s, pairs>=0.9 {npairs}, largest cluster {sizes}")

# Incremental: score one existing record against all records with predict_between.
times = []
ids = [r[0] for r in con.cursor().execute("SELECT unique_id FROM people USING SAMPLE 20 ROWS (reservoir, 7)").fetchall()]
for i, uid in enumerate(ids):
    con.cursor().execute(f"CREATE OR REPLACE TABLE q{i} AS SELECT * FROM people WHERE unique_id = '{uid}'").fetchall()
try:
    for tf in ["given_name", "surname"]:
        linker.table_management.compute_tf_table(tf)
    for i, uid in enumerate(ids):
        left = db.register(f"q{i}")
        ts = time.time()
        res = linker.inference.predict_between(left, df, threshold_match_probability=0.9)
        res.as_record_list()
        times.append(time.time() - ts)
    times.sort()
    print(f"splink incremental (predict_between one record vs all): p50 {statistics.median(times)*1000:.0f} ms, max {times[-1]*1000:.0f} ms over {len(times)} queries")
except Exception as e:
    print("splink incremental query failed:", repr(e)[:300])
print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024:.0f} MiB")
