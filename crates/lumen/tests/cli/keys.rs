//! `lumen keys init`: the section's key pair and the receipt secret.

use std::io::Write as _;
use std::os::unix::fs::PermissionsExt as _;
use std::process::{Command, Stdio};

fn lumen() -> Command {
    let mut c = crate::support::lumen_binary();
    c.env("LUMEN_LOG_LEVEL", "warn");
    c
}

#[test]
fn keys_init_writes_three_files_once_and_encrypts_with_a_passphrase() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("keys");
    let out = lumen()
        .args(["keys", "init", "--dir", dir.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(printed.contains("public_key_file") && printed.contains("receipt_secret_file"));
    assert!(printed.contains("master_key_file") && printed.contains("audit_key_file"));
    let public = std::fs::read_to_string(dir.join("section.pub")).unwrap();
    assert!(public.starts_with("lumen-pk-v1:"));
    for secret in ["section.key", "receipt.secret", "master.key", "audit.key"] {
        let mode = std::fs::metadata(dir.join(secret))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "{secret} is readable by its owner only");
    }
    let again = lumen()
        .args(["keys", "init", "--dir", dir.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!again.status.success(), "keys are never overwritten");
    assert_eq!(
        std::fs::read_to_string(dir.join("section.pub")).unwrap(),
        public
    );

    let sealed = tmp.path().join("sealed");
    let mut child = lumen()
        .args([
            "keys",
            "init",
            "--passphrase-stdin",
            "--dir",
            sealed.to_str().unwrap(),
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"correct horse battery staple\n")
        .unwrap();
    assert!(child.wait_with_output().unwrap().status.success());
    let secret = std::fs::read_to_string(sealed.join("section.key")).unwrap();
    assert!(
        !secret.starts_with("lumen-sk-v1:"),
        "the secret key is encrypted"
    );
    let key = lumen_crypto::read_secret_key_file(
        &sealed.join("section.key"),
        Some(&lumen_crypto::SecretString::from(
            "correct horse battery staple".to_owned(),
        )),
    )
    .unwrap();
    let public = lumen_crypto::read_public_key_file(&sealed.join("section.pub")).unwrap();
    assert_eq!(key.public_key(), public);
}
