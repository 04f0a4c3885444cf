//! The command-line front end through `cli::execute`.

use clap::Parser;
use lumen_screening::cli::{ScreeningCommand, execute};

#[derive(Parser)]
struct Args {
    #[command(subcommand)]
    command: ScreeningCommand,
}

fn run(args: &[&str]) -> (u8, String, String) {
    let cmd = Args::try_parse_from(std::iter::once("lumen-screening").chain(args.iter().copied()))
        .expect("arguments parse")
        .command;
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = execute(cmd, &mut out, &mut err);
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

#[test]
fn assess_json_has_the_documented_fields() {
    let (code, out, _) = run(&[
        "assess",
        "--set",
        "adult-labour",
        "--json",
        "--date",
        "2026-11-28",
        "--indicators",
        "al.d1.nature_of_job,al.d4.excessive_hours,al.d4.low_or_no_salary,al.d5.confiscation_of_documents,al.d5.debt_bondage",
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["ilo_positive"], false, "D1 has a single strong indicator");
    assert_eq!(v["dimensions"][3]["positive"], true);
    assert_eq!(
        v["dimensions"][4]["counted"],
        serde_json::json!(["al.d5.confiscation_of_documents", "al.d5.debt_bondage"])
    );
    assert_eq!(v["belgian_law_view"]["means_required"], false);
    assert!(
        v["actions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["id"] == "inform_thb_section")
    );
}

#[test]
fn assess_text_speaks_of_signs_not_status() {
    let (code, out, _) = run(&[
        "assess",
        "--set",
        "child-sexual",
        "--age",
        "15",
        "--act",
        "--lang",
        "fr",
        "--indicators",
        "cs.d4.hazardous_work,cs.d4.excessive_hours",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("combinaison d'indicateurs de l'OIT"), "{out}");
    assert!(out.contains("Service des Tutelles"), "{out}");
    assert!(!out.to_lowercase().contains("is a victim") && !out.contains("est une victime"));
}

#[test]
fn bad_input_exits_2_listing_valid_values() {
    let (code, _, err) = run(&["assess", "--set", "adult", "--indicators", "al.d1.wages"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("valid sets: adult-labour, adult-sexual, child-labour, child-sexual"),
        "{err}"
    );
    let (code, _, err) = run(&[
        "assess",
        "--set",
        "adult-labour",
        "--indicators",
        "as.d1.wages",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("belongs to set adult-sexual"), "{err}");
    let (code, _, err) = run(&["catalogue", "--catalogue-dir", "/nonexistent-dir"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: /nonexistent-dir: cannot read file"),
        "{err}"
    );
}

#[test]
fn catalogue_lists_ids_sets_dimensions_strengths() {
    let (code, out, _) = run(&["catalogue", "--set", "child-labour"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 65);
    let row = out
        .lines()
        .find(|l| l.starts_with("cl.d1.education "))
        .expect("row listed");
    let fields: Vec<&str> = row.split_whitespace().take(4).collect();
    assert_eq!(fields, ["cl.d1.education", "child-labour", "D1", "strong"]);
    let (code, out, _) = run(&["catalogue", "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 67 + 67 + 65 + 65);
}
