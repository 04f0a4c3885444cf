//! The `lumen` binary as an operator uses it.

use lumen_store::{ConnectOptions, DatabaseUrl, Store};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn lumen() -> Command {
    let mut c = crate::support::lumen_binary();
    c.env("LUMEN_LOG_LEVEL", "warn");
    c
}

fn run(args: &[&str], dir: &Path) -> Output {
    lumen()
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Reads the server's output up to its ready line and returns the address it serves.
fn base_url(lines: &mut impl Iterator<Item = std::io::Result<String>>) -> String {
    let ready = lines
        .map(|l| l.unwrap())
        .find(|l| l.starts_with("Lumen is ready at "))
        .expect("ready line");
    ready
        .trim_start_matches("Lumen is ready at ")
        .split(' ')
        .next()
        .unwrap()
        .trim_end_matches('/')
        .to_owned()
}

fn db_url(dir: &Path) -> String {
    format!("sqlite://{}", dir.join("lumen.db").display())
}

async fn store(dir: &Path) -> Store {
    Store::connect(ConnectOptions::new(
        DatabaseUrl::parse(&db_url(dir)).unwrap(),
    ))
    .await
    .unwrap()
}

#[test]
fn demo_prints_its_accounts_as_json() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run(&["demo", "--data-dir", "zone", "--json"], tmp.path());
    assert!(out.status.success(), "{}", text(&out));
    let accounts: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let roles: Vec<&str> = accounts
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["role"].as_str().unwrap())
        .collect();
    assert_eq!(
        roles,
        [
            "partner",
            "frontline",
            "referent",
            "investigator",
            "investigator",
            "supervisor",
            "analyst",
            "admin"
        ],
        "every role, and a second investigator to show what is outside one's cases"
    );
    for a in accounts.as_array().unwrap() {
        assert!(a["password"].as_str().unwrap().len() >= 12);
        assert!(lumen_app::auth::totp::current_code(a["totp_secret"].as_str().unwrap()).is_some());
        assert!(a["email"].as_str().unwrap().contains('@'));
    }
    let again = run(&["demo", "--data-dir", "zone"], tmp.path());
    assert!(!again.status.success(), "refuses to overwrite a database");
}

#[test]
fn user_add_reads_the_password_or_generates_one() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(
        run(&["demo", "--data-dir", "."], tmp.path())
            .status
            .success()
    );
    let url = db_url(tmp.path());
    let key = tmp.path().join("keys/audit.key");
    // A change without the audit key is refused, naming the setting, and nothing is written.
    let out = lumen()
        .args([
            "user",
            "add",
            "--email",
            "nokey@zone.example",
            "--role",
            "frontline",
        ])
        .env("LUMEN_DATABASE_URL", &url)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(text(&out).contains("keys.audit_key_file"), "{}", text(&out));
    let mut child = lumen()
        .args([
            "user",
            "add",
            "--email",
            "Chef@Zone.example",
            "--role",
            "supervisor",
            "--unit",
            "thb",
        ])
        .env("LUMEN_DATABASE_URL", &url)
        .env("LUMEN_KEYS_AUDIT_KEY_FILE", &key)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Rue d'Aerschot 2026!\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert!(!text(&out).contains("password (shown once)"));

    let out = lumen()
        .args([
            "user",
            "add",
            "--email",
            "gen@zone.example",
            "--role",
            "frontline",
        ])
        .env("LUMEN_DATABASE_URL", &url)
        .env("LUMEN_KEYS_AUDIT_KEY_FILE", &key)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(text(&out).contains("password (shown once): "));

    let mut child = lumen()
        .args([
            "user",
            "add",
            "--email",
            "weak@zone.example",
            "--role",
            "frontline",
        ])
        .env("LUMEN_DATABASE_URL", &url)
        .env("LUMEN_KEYS_AUDIT_KEY_FILE", &key)
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"password1234\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("password_too_common"));

    let out = lumen()
        .args(["user", "add", "--email", "x@zone.example", "--role", "king"])
        .env("LUMEN_DATABASE_URL", &url)
        .env("LUMEN_KEYS_AUDIT_KEY_FILE", &key)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("investigator"), "lists the valid roles");

    let list = lumen()
        .args(["user", "list"])
        .env("LUMEN_DATABASE_URL", &url)
        .env("LUMEN_KEYS_AUDIT_KEY_FILE", &key)
        .output()
        .unwrap();
    let list = text(&list);
    assert!(list.contains("chef@zone.example\tsupervisor\tactive"));
    assert!(list.contains("gen@zone.example\tfrontline"));
    assert!(!list.contains("weak@zone.example"));
    assert!(!list.contains("nokey@zone.example"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn audit_verify_finds_the_edited_entry() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(
        run(&["demo", "--data-dir", "."], tmp.path())
            .status
            .success()
    );
    let url = db_url(tmp.path());
    let out = lumen()
        .args(["audit", "verify"])
        .env("LUMEN_DATABASE_URL", &url)
        .env(
            "LUMEN_KEYS_AUDIT_KEY_FILE",
            tmp.path().join("keys/audit.key"),
        )
        .output()
        .unwrap();
    assert!(out.status.success());
    // 8 units and 8 accounts, then the training registry: 14 officers, 4 courses, 8 sessions,
    // 20 registrations, 17 attendances and 1 referent; then PAG-ASA's submission and the reply;
    // then 3 cases, their 7 persons, 3 status moves, a member, 2 tasks, a note and a request to
    // close.
    assert!(text(&out).contains("100 entries checked"), "{}", text(&out));
    let s = store(tmp.path()).await;
    s.execute_unprepared_for_tests("UPDATE audit_log SET actor_role = 'admin' WHERE seq = 9")
        .await
        .unwrap();
    s.close().await.unwrap();
    let out = lumen()
        .args(["audit", "verify"])
        .env("LUMEN_DATABASE_URL", &url)
        .env(
            "LUMEN_KEYS_AUDIT_KEY_FILE",
            tmp.path().join("keys/audit.key"),
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("BROKEN at entry 9"), "{}", text(&out));
}

#[test]
fn backup_copies_a_database_that_restores() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(
        run(&["demo", "--data-dir", "live"], tmp.path())
            .status
            .success()
    );
    let url = db_url(&tmp.path().join("live"));
    let key = tmp.path().join("live/keys/audit.key");
    let out = lumen()
        .args(["backup", "--to", "copy.db"])
        .current_dir(tmp.path())
        .env("LUMEN_DATABASE_URL", &url)
        .env("LUMEN_KEYS_AUDIT_KEY_FILE", &key)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let out = lumen()
        .args(["backup", "--to", "copy.db"])
        .current_dir(tmp.path())
        .env("LUMEN_DATABASE_URL", &url)
        .env("LUMEN_KEYS_AUDIT_KEY_FILE", &key)
        .output()
        .unwrap();
    assert!(!out.status.success(), "never overwrites");
    // Restore: the copy is a database of its own.
    std::fs::create_dir(tmp.path().join("restored")).unwrap();
    std::fs::copy(
        tmp.path().join("copy.db"),
        tmp.path().join("restored/lumen.db"),
    )
    .unwrap();
    let restored = db_url(&tmp.path().join("restored"));
    let a = text(
        &lumen()
            .args(["user", "list"])
            .env("LUMEN_DATABASE_URL", &url)
            .env("LUMEN_KEYS_AUDIT_KEY_FILE", &key)
            .output()
            .unwrap(),
    );
    let b = text(
        &lumen()
            .args(["user", "list"])
            .env("LUMEN_DATABASE_URL", &restored)
            .env("LUMEN_KEYS_AUDIT_KEY_FILE", &key)
            .output()
            .unwrap(),
    );
    assert_eq!(a, b);
    assert!(
        lumen()
            .args(["audit", "verify"])
            .env("LUMEN_DATABASE_URL", &restored)
            .env("LUMEN_KEYS_AUDIT_KEY_FILE", &key)
            .output()
            .unwrap()
            .status
            .success()
    );
}

#[test]
fn a_mistyped_database_url_creates_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    for url in [
        "sqlit://lumen.db",
        "postgress://u@h/db",
        "lumen.db",
        "sqlite://missing-folder/lumen.db",
    ] {
        let out = lumen()
            .args(["migrate"])
            .current_dir(tmp.path())
            .env("LUMEN_DATABASE_URL", url)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{url} accepted");
        assert!(text(&out).contains("error"), "{url}: {}", text(&out));
    }
    assert_eq!(
        std::fs::read_dir(tmp.path()).unwrap().count(),
        0,
        "nothing was created"
    );
}

#[test]
fn unknown_configuration_keys_are_named() {
    let tmp = tempfile::tempdir().unwrap();
    let out = lumen()
        .args(["migrate"])
        .current_dir(tmp.path())
        .env("LUMEN_SERVER_COLOUR", "blue")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(text(&out).contains("colour"), "{}", text(&out));
    std::fs::write(
        tmp.path().join("lumen.toml"),
        "[auth]\nrequire_totp = true\nsesion_idle_minutes = 5\n",
    )
    .unwrap();
    let out = lumen()
        .args(["--config", "lumen.toml", "migrate"])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(text(&out).contains("sesion_idle_minutes"), "{}", text(&out));
    let out = lumen().args(["config", "print-default"]).output().unwrap();
    let defaults = text(&out);
    assert!(
        defaults.contains("[server]")
            && defaults.contains("bind = \"127.0.0.1:8080\"")
            && defaults.contains("require_totp = true")
    );
}

#[test]
fn the_default_database_is_created_with_a_message() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run(&["migrate"], tmp.path());
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("Creating a new database at ./data/lumen.db"));
    assert!(tmp.path().join("data/lumen.db").exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_from_a_newer_version_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(
        run(&["demo", "--data-dir", "."], tmp.path())
            .status
            .success()
    );
    let s = store(tmp.path()).await;
    s.execute_unprepared_for_tests(
        "INSERT INTO seaql_migrations (version, applied_at) VALUES ('m20991231_000001_future', 0)",
    )
    .await
    .unwrap();
    s.close().await.unwrap();
    let out = lumen()
        .args(["serve", "--data-dir", "."])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        text(&out).contains("newer version of Lumen"),
        "{}",
        text(&out)
    );
}

#[test]
fn serve_answers_and_stops_gracefully_on_sigterm() {
    let tmp = tempfile::tempdir().unwrap();
    let mut child = lumen()
        .args([
            "serve",
            "--demo",
            "--data-dir",
            "zone",
            "--bind",
            "127.0.0.1:0",
        ])
        .current_dir(tmp.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let base = base_url(&mut lines);
    let rest: Vec<String> = lines.by_ref().take(10).map(|l| l.unwrap()).collect();
    assert!(
        rest.iter().any(|l| l.contains("admin@demo.lumen.example")),
        "prints the accounts"
    );
    let rt = tokio::runtime::Runtime::new().unwrap();
    let status = rt.block_on(async {
        reqwest::get(format!("{base}/healthz"))
            .await
            .unwrap()
            .status()
    });
    assert_eq!(status, 200);
    let pid = child.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    assert!(child.wait().unwrap().success(), "exits cleanly on SIGTERM");
}

#[test]
fn screening_and_linking_commands_are_wired() {
    let out = lumen()
        .args([
            "screening",
            "assess",
            "--set",
            "adult-labour",
            "--indicators",
            "no.such.indicator",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = lumen()
        .args(["screening", "catalogue", "--set", "child-sexual"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = lumen().args(["link", "--help"]).output().unwrap();
    assert!(out.status.success());
    assert!(text(&out).contains("dedupe"));
}

#[test]
fn a_broken_catalogue_stops_the_server_and_says_where() {
    let tmp = tempfile::tempdir().unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogues/screening");
    let broken = tmp.path().join("catalogues");
    std::fs::create_dir(&broken).unwrap();
    for f in std::fs::read_dir(&source).unwrap().flatten() {
        std::fs::copy(f.path(), broken.join(f.file_name())).unwrap();
    }
    let file = broken.join("ilo-ec-2009.toml");
    let toml = std::fs::read_to_string(&file).unwrap();
    let first = toml.find("dimension = \"D4\"").expect("an indicator of D4");
    let line = toml[..first].lines().count() + 1;
    std::fs::write(
        &file,
        toml.replacen("dimension = \"D4\"", "dimension = \"D9\"", 1),
    )
    .unwrap();
    assert!(
        run(&["demo", "--data-dir", "zone"], tmp.path())
            .status
            .success()
    );
    let out = lumen()
        .args(["serve", "--data-dir", "zone", "--bind", "127.0.0.1:0"])
        .current_dir(tmp.path())
        .env("LUMEN_SCREENING_CATALOGUE_DIR", &broken)
        .output()
        .unwrap();
    assert!(!out.status.success(), "the server refused to start");
    let said = text(&out);
    assert!(said.contains(&format!("ilo-ec-2009.toml:{line}")), "{said}");
}

#[test]
fn a_demo_folder_serves_the_report_form_again() {
    let tmp = tempfile::tempdir().unwrap();
    let made = run(&["demo", "--data-dir", "zone"], tmp.path());
    assert!(made.status.success(), "{}", text(&made));
    let mut child = lumen()
        .args(["serve", "--data-dir", "zone", "--bind", "127.0.0.1:0"])
        .current_dir(tmp.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The server's output stays open until the end: it keeps printing after the ready line.
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let base = base_url(&mut lines);
    let rt = tokio::runtime::Runtime::new().unwrap();
    let html = rt.block_on(async {
        reqwest::Client::new()
            .post(format!("{base}/report"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(
                "lang=en&filed_by=witness&form_labour=1&minor=unknown\
                 &text=Someone+sleeps+in+the+back+of+the+shop&contact=none",
            )
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    });
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        html.contains("id=\"receipt\""),
        "a receipt is shown: {html}"
    );
}

/// `lumen` with the database and the keys of a demo folder.
fn lumen_on(dir: &Path) -> Command {
    let mut c = lumen();
    c.env("LUMEN_DATABASE_URL", db_url(dir))
        .env("LUMEN_KEYS_AUDIT_KEY_FILE", dir.join("keys/audit.key"))
        .env("LUMEN_KEYS_MASTER_KEY_FILE", dir.join("keys/master.key"))
        .stdin(Stdio::null());
    c
}

/// The demo accounts' TOTP secrets, read through a store holding `master`.
async fn totp_secrets(dir: &Path, master: lumen_crypto::MasterKey) -> Vec<Option<String>> {
    let s = store(dir).await.with_master_key(master);
    let mut out = Vec::new();
    for u in s.list_users().await.unwrap() {
        out.push(s.totp_secret(u.id).await.ok().flatten());
    }
    s.close().await.unwrap();
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rotating_the_master_key_leaves_every_secret_readable_under_the_new_key_only() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    assert!(run(&["demo", "--data-dir", "."], dir).status.success());
    let file = dir.join("keys/master.key");
    let old = lumen_crypto::MasterKey::from_file(&file).unwrap();
    let before = totp_secrets(dir, old.clone()).await;
    assert!(
        before.iter().all(Option::is_some),
        "demo accounts have a second factor"
    );
    let out = lumen_on(dir)
        .args(["keys", "rotate-master"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("8 account key(s)"), "{}", text(&out));
    let new = lumen_crypto::MasterKey::from_file(&file).unwrap();
    assert_ne!(new.id(), old.id(), "the file holds a new key");
    assert!(!dir.join("keys/master.key.new").exists());
    assert_eq!(
        totp_secrets(dir, new).await,
        before,
        "every value still opens"
    );
    assert!(
        totp_secrets(dir, old).await.iter().all(Option::is_none),
        "the old key opens nothing"
    );
    let verified = lumen_on(dir).args(["audit", "verify"]).output().unwrap();
    assert!(verified.status.success(), "{}", text(&verified));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_checkpoint_reports_a_cut_tail() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    assert!(run(&["demo", "--data-dir", "."], dir).status.success());
    let out = lumen_on(dir)
        .args(["audit", "checkpoint"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let line = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        line.starts_with("lumen-audit-checkpoint-v1 seq=100 "),
        "{line}"
    );
    std::fs::write(dir.join("head.txt"), &line).unwrap();
    let holds = lumen_on(dir)
        .args(["audit", "verify", "--checkpoint", "head.txt"])
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(holds.status.success(), "{}", text(&holds));
    assert!(text(&holds).contains("holds"), "{}", text(&holds));
    // The newest entries deleted: the chain that is left is intact, the checkpoint says not.
    let s = store(dir).await;
    s.execute_unprepared_for_tests("DELETE FROM audit_log WHERE seq > 75")
        .await
        .unwrap();
    s.close().await.unwrap();
    let plain = lumen_on(dir).args(["audit", "verify"]).output().unwrap();
    assert!(plain.status.success(), "{}", text(&plain));
    let cut = lumen_on(dir)
        .args(["audit", "verify", "--checkpoint", "head.txt"])
        .current_dir(dir)
        .output()
        .unwrap();
    assert_eq!(cut.status.code(), Some(1), "{}", text(&cut));
    assert!(
        text(&cut).contains("CUT") && text(&cut).contains("ends at entry 75"),
        "{}",
        text(&cut)
    );
    // A forged checkpoint is refused.
    std::fs::write(dir.join("forged.txt"), line.replace("seq=100", "seq=70")).unwrap();
    let forged = lumen_on(dir)
        .args(["audit", "verify", "--checkpoint", "forged.txt"])
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(!forged.status.success());
    assert!(text(&forged).contains("signature"), "{}", text(&forged));
}

#[test]
fn audit_commands_and_the_staff_area_name_the_key_they_lack() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    assert!(run(&["demo", "--data-dir", "."], dir).status.success());
    let out = lumen_on(dir)
        .env_remove("LUMEN_KEYS_AUDIT_KEY_FILE")
        .args(["audit", "verify"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(text(&out).contains("keys.audit_key_file"), "{}", text(&out));
    // A database named by URL, with the audit key but no master key: no staff area.
    let out = lumen_on(dir)
        .env_remove("LUMEN_KEYS_MASTER_KEY_FILE")
        .args(["serve", "--bind", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        text(&out).contains("keys.master_key_file"),
        "{}",
        text(&out)
    );
    let out = lumen_on(dir)
        .env_remove("LUMEN_KEYS_AUDIT_KEY_FILE")
        .args(["serve", "--bind", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(text(&out).contains("keys.audit_key_file"), "{}", text(&out));
}
