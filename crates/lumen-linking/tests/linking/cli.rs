//! Command-line behaviour: bad input is refused with a message naming the line or argument, and
//! nothing is written; a normal run writes clusters and pairs.

use clap::Parser;
use lumen_linking::cli::{LinkCommand, execute};
use std::path::Path;

#[derive(Debug, Parser)]
struct Cli {
    #[command(subcommand)]
    command: LinkCommand,
}

fn run(args: &[&str]) -> Result<(), lumen_linking::LinkError> {
    let cli = Cli::try_parse_from(std::iter::once("lumen-link").chain(args.iter().copied()))
        .map_err(|e| lumen_linking::LinkError::InvalidArgument(e.to_string()))?;
    execute(cli.command)
}

fn dedupe_args<'a>(input: &'a str, out: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "dedupe",
        input,
        "--id",
        "id",
        "--field",
        "name=full_name",
        "--field",
        "dob=birth_date",
        "--field",
        "tel=phone",
        "--out",
        out,
    ];
    args.extend_from_slice(extra);
    args
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).ok();
    path.to_string_lossy().into_owned()
}

#[test]
fn dedupe_links_variants_and_writes_pairs() {
    let dir = tempfile::tempdir().ok();
    let dir = dir.as_ref().map(|d| d.path()).unwrap_or(Path::new("/tmp"));
    // Background population so that the model has data to learn from.
    let mut generated = Vec::new();
    lumen_linking::generate::generate(3000, 11, &mut generated).ok();
    let generated = String::from_utf8(generated).unwrap_or_default();
    let mut csv = String::from(
        "id,name,dob,tel,ignored\n\
        a,Chinedu Okafor,1991-04-12,0475 12 34 56,x\n\
        b,OKAFOR Chinedu,12/04/1991,+32 475 12 34 56,y\n\
        c,Chinedu Okafr,19910412,0475/12.34.56,z\n\
        d,Ana Popescu,1985-01-02,0486 00 00 01,\n\
        e,Jan Peeters,1970-07-07,,\n",
    );
    let mut reader = csv::Reader::from_reader(generated.as_bytes());
    for row in reader.records().flatten() {
        csv.push_str(&format!(
            "{},\"{} {}\",{},{},\n",
            &row[0], &row[2], &row[3], &row[4], &row[5]
        ));
    }
    let input = write(dir, "in.csv", csv.as_bytes());
    let out = dir.join("out.csv").to_string_lossy().into_owned();
    let pairs = dir.join("pairs.csv").to_string_lossy().into_owned();
    let result = run(&dedupe_args(&input, &out, &["--pairs", &pairs]));
    assert!(result.is_ok(), "{result:?}");
    let clusters = std::fs::read_to_string(&out).unwrap_or_default();
    let lines: Vec<&str> = clusters.lines().collect();
    assert_eq!(lines[0], "id,cluster_id");
    assert_eq!(lines[1..4], ["a,a", "b,a", "c,a"]);
    assert_eq!(lines[4..6], ["d,d", "e,e"]);
    let pairs = std::fs::read_to_string(&pairs).unwrap_or_default();
    assert!(pairs.starts_with("left_id,right_id,probability\na,b,"));
}

#[test]
fn bad_input_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().ok();
    let dir = dir.as_ref().map(|d| d.path()).unwrap_or(Path::new("/tmp"));
    let out = dir.join("never.csv").to_string_lossy().into_owned();
    let cases: Vec<(String, Vec<String>, &str, &str)> = vec![
        (
            write(dir, "missing.csv", b"id,name,dob\n1,A B,1990-01-01\n"),
            vec![],
            "missing_column",
            "tel",
        ),
        (
            write(
                dir,
                "ragged.csv",
                b"id,name,dob,tel\n1,A B,1990-01-01,\n2,C D\n",
            ),
            vec![],
            "bad_row",
            "line 3",
        ),
        (
            write(
                dir,
                "utf8.csv",
                b"id,name,dob,tel\n1,A \xff B,1990-01-01,\n",
            ),
            vec![],
            "bad_row",
            "line 2",
        ),
        (
            write(dir, "ok.csv", b"id,name,dob,tel\n1,A B,1990-01-01,\n"),
            vec!["--field".into(), "x=colour".into()],
            "invalid_field_spec",
            "colour",
        ),
        (
            write(dir, "ok2.csv", b"id,name,dob,tel\n1,A B,1990-01-01,\n"),
            vec!["--threshold".into(), "1.5".into()],
            "invalid_argument",
            "threshold",
        ),
    ];
    // An output that cannot be written (missing directory) leaves the other outputs unwritten too.
    let data = write(
        dir,
        "fine.csv",
        b"id,name,dob,tel\n1,A B,1990-01-01,\n2,A B,1990-01-01,\n",
    );
    let bad_pairs = dir
        .join("no-such-dir")
        .join("pairs.csv")
        .to_string_lossy()
        .into_owned();
    let err = run(&dedupe_args(&data, &out, &["--pairs", &bad_pairs])).err();
    assert_eq!(err.map(|e| e.code()), Some("io_error"));
    assert!(!Path::new(&out).exists() && !Path::new(&format!("{out}.partial")).exists());
    for (input, extra, code, needle) in cases {
        let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
        let err = run(&dedupe_args(&input, &out, &extra)).err();
        let err = err.unwrap_or_else(|| panic!("{input} accepted"));
        assert_eq!(err.code(), code, "{err}");
        assert!(err.to_string().contains(needle), "{err}");
        assert!(!Path::new(&out).exists(), "output written for {input}");
    }
}

#[test]
fn generate_then_evaluate_finds_most_duplicates() {
    let dir = tempfile::tempdir().ok();
    let dir = dir.as_ref().map(|d| d.path()).unwrap_or(Path::new("/tmp"));
    let data = dir.join("gen.csv").to_string_lossy().into_owned();
    let out = dir.join("clusters.csv").to_string_lossy().into_owned();
    assert!(
        run(&[
            "generate",
            "--records",
            "3000",
            "--seed",
            "3",
            "--out",
            &data
        ])
        .is_ok()
    );
    let fields = [
        "given_name=given_name",
        "surname=surname",
        "birth_date=birth_date",
        "phone=phone",
        "email=email",
        "address=address",
        "handle=handle",
    ];
    let mut args = vec!["dedupe", data.as_str(), "--id", "id", "--out", out.as_str()];
    for f in &fields {
        args.extend(["--field", f]);
    }
    assert!(run(&args).is_ok());
    let first = std::fs::read(&out).unwrap_or_default();
    assert!(run(&args).is_ok());
    assert_eq!(
        std::fs::read(&out).unwrap_or_default(),
        first,
        "same input, same output"
    );
    let clusters = lumen_linking::csvio::load_pairs(&out, "id", "cluster_id").unwrap_or_default();
    let truth = lumen_linking::csvio::load_pairs(&data, "id", "entity_id").unwrap_or_default();
    let label = |s: &str| {
        s.bytes()
            .fold(0u64, |h, b| h.wrapping_mul(131).wrapping_add(u64::from(b)))
    };
    let predicted: Vec<u64> = clusters.iter().map(|(_, c)| label(c)).collect();
    let expected: Vec<u64> = truth.iter().map(|(_, e)| label(e)).collect();
    let (pairwise, bcubed) = lumen_linking::evaluate::evaluate(&predicted, &expected);
    assert!(pairwise.f1 > 0.9, "pairwise {pairwise:?}");
    assert!(bcubed.f1 > 0.95, "b-cubed {bcubed:?}");
}
