"""Splink 5 (DuckDB) on FEBRL files written by side_by_side.py: one file dedupes, two files link.

    python bench/splink_febrl.py [--without-id] OUT.csv A.csv [B.csv]

Settings follow Splink's own FEBRL examples: name, date-of-birth, social-security, street-number
and postcode comparisons with term-frequency adjustment, prior from a deterministic rule, u by
random sampling, m by EM on two blocking rules, predict and cluster at 0.9.
"""
import sys, time
import duckdb
from splink import DuckDBAPI, Linker, SettingsCreator, block_on
import splink.comparison_library as cl

args = sys.argv[1:]
without_id = "--without-id" in args
args = [a for a in args if a != "--without-id"]
out, files = args[0], args[1:]
con = duckdb.connect()
names = []
for k, f in enumerate(files):
    con.execute(f"CREATE TABLE t{k} AS SELECT id AS unique_id, * EXCLUDE (id) FROM read_csv('{f}', header=true, all_varchar=true)")
    names.append(f"t{k}")
db = DuckDBAPI(connection=con)
dfs = [db.register(n) for n in names]
settings = SettingsCreator(
    link_type="link_only" if len(files) == 2 else "dedupe_only",
    comparisons=[
        cl.NameComparison("given_name").configure(term_frequency_adjustments=True),
        cl.NameComparison("surname").configure(term_frequency_adjustments=True),
        cl.DateOfBirthComparison("date_of_birth", input_is_string=True, datetime_format="%Y%m%d"),
    ] + ([] if without_id else [cl.DamerauLevenshteinAtThresholds("soc_sec_id", [2])]) + [
        cl.ExactMatch("street_number").configure(term_frequency_adjustments=True),
        cl.ExactMatch("postcode").configure(term_frequency_adjustments=True),
    ],
    blocking_rules_to_generate_predictions=[
        block_on("given_name", "surname"),
        block_on("surname", "date_of_birth"),
        block_on("given_name", "date_of_birth"),
        block_on("postcode", "street_number"),
    ] + ([] if without_id else [block_on("soc_sec_id")]),
    retain_intermediate_calculation_columns=False,
)
t0 = time.time()
linker = Linker(dfs if len(dfs) > 1 else dfs[0], settings, log_level=30)
linker.training.estimate_probability_two_random_records_match(
    [block_on("given_name", "surname", "date_of_birth")], recall=0.7)
linker.training.estimate_u_using_random_sampling(max_pairs=1e6)
linker.training.estimate_parameters_using_expectation_maximisation(block_on("given_name", "surname"))
linker.training.estimate_parameters_using_expectation_maximisation(block_on("date_of_birth"))
pred = linker.inference.predict(threshold_match_probability=0.9)
clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(pred, 0.9)
con.cursor().execute(f"COPY (SELECT unique_id AS id, cluster_id FROM {clusters.physical_name}) TO '{out}' (HEADER, DELIMITER ',')")
print(f"splink: {time.time() - t0:.1f}s")
