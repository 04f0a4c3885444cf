//! `lumen keys init`: the THB section's key pair for sealed public reports, and the secret that
//! keys receipt hashes. Also loads them for `lumen serve`: the public area needs only the public
//! key and the receipt secret; the secret key is read only where the staff area is served.

use crate::config::KeySettings;
use anyhow::Context as _;
use clap::{Args, Subcommand};
use lumen_crypto::{ReceiptHasher, SecretString};
use lumen_web::intake::ReportKeys;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// File names written by `keys init`.
pub const PUBLIC_KEY_FILE: &str = "section.pub";
/// The section's secret key.
pub const SECRET_KEY_FILE: &str = "section.key";
/// The receipt hashing secret.
pub const RECEIPT_SECRET_FILE: &str = "receipt.secret";
/// File name of the audit key written by `init`.
pub const AUDIT_KEY_FILE: &str = "audit.key";

/// `lumen keys …`.
#[derive(Subcommand)]
pub enum KeysCommand {
    /// Create the section's key pair and the receipt secret in a new folder.
    Init(InitArgs),
}

/// `lumen keys init`.
#[derive(Args)]
pub struct InitArgs {
    /// Folder to write the key files into (created; existing files are never overwritten).
    #[arg(long, value_name = "DIR")]
    pub dir: PathBuf,
    /// Read a passphrase from standard input and encrypt the secret key with it.
    #[arg(long)]
    pub passphrase_stdin: bool,
}

/// Where `init` wrote the keys.
pub struct KeyFiles {
    /// Public key.
    pub public_key_file: PathBuf,
    /// Secret key.
    pub secret_key_file: PathBuf,
    /// Receipt secret.
    pub receipt_secret_file: PathBuf,
    /// Audit key.
    pub audit_key_file: PathBuf,
}

/// Writes a fresh key pair and receipt secret into `dir`.
pub fn init(dir: &Path, passphrase: Option<&SecretString>) -> anyhow::Result<KeyFiles> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let files = KeyFiles {
        public_key_file: dir.join(PUBLIC_KEY_FILE),
        secret_key_file: dir.join(SECRET_KEY_FILE),
        receipt_secret_file: dir.join(RECEIPT_SECRET_FILE),
        audit_key_file: dir.join(AUDIT_KEY_FILE),
    };
    for f in [
        &files.public_key_file,
        &files.secret_key_file,
        &files.receipt_secret_file,
        &files.audit_key_file,
    ] {
        if f.exists() {
            anyhow::bail!("{} already exists; keys are never overwritten", f.display());
        }
    }
    let pair = lumen_crypto::generate_section_keys();
    match passphrase {
        Some(p) => {
            lumen_crypto::write_secret_key_encrypted(&files.secret_key_file, &pair.secret, p)?
        }
        None => lumen_crypto::write_secret_key_plain(&files.secret_key_file, &pair.secret)?,
    }
    lumen_crypto::write_public_key_file(&files.public_key_file, &pair.public)?;
    lumen_crypto::write_secret_text_file(
        &files.receipt_secret_file,
        &ReceiptHasher::generate_secret_base64(),
    )?;
    lumen_crypto::write_new_key32_file(&files.audit_key_file)?;
    Ok(files)
}

/// Runs `lumen keys …`.
pub fn run(cmd: KeysCommand) -> ExitCode {
    let KeysCommand::Init(args) = cmd;
    let passphrase = if args.passphrase_stdin {
        let mut text = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut text) {
            eprintln!("error: cannot read the passphrase: {e}");
            return ExitCode::FAILURE;
        }
        let text = text.trim_end_matches(['\r', '\n']).to_owned();
        if text.chars().count() < 12 {
            eprintln!("error: the passphrase needs at least 12 characters");
            return ExitCode::from(2);
        }
        Some(SecretString::from(text))
    } else {
        None
    };
    match init(&args.dir, passphrase.as_ref()) {
        Ok(files) => {
            println!("Keys written. Add to lumen.toml:");
            println!();
            println!("[keys]");
            println!(
                "public_key_file = {:?}",
                files.public_key_file.display().to_string()
            );
            println!(
                "secret_key_file = {:?}",
                files.secret_key_file.display().to_string()
            );
            println!(
                "receipt_secret_file = {:?}",
                files.receipt_secret_file.display().to_string()
            );
            println!(
                "audit_key_file = {:?}",
                files.audit_key_file.display().to_string()
            );
            println!();
            println!(
                "Keep the secret key off the public server; back it up: without it no report can be read."
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The reporting keys `serve` needs, or `None` when none are configured (report pages then
/// answer 503). The secret key is read only when `staff` is true.
pub fn load(settings: &KeySettings, staff: bool) -> anyhow::Result<Option<ReportKeys>> {
    let (Some(public), Some(receipt)) = (&settings.public_key_file, &settings.receipt_secret_file)
    else {
        return Ok(None);
    };
    let public = lumen_crypto::read_public_key_file(Path::new(public))
        .with_context(|| format!("public key file {public}"))?;
    let hasher =
        ReceiptHasher::from_file(Path::new(receipt.expose())).context("receipt secret file")?;
    let mut keys = ReportKeys::public_only(public, hasher);
    if let Some(url) = &settings.escape_url {
        keys = keys.with_escape_url(url.clone());
    }
    if staff && let Some(secret_file) = &settings.secret_key_file {
        let passphrase = settings
            .secret_key_passphrase
            .as_ref()
            .map(|p| SecretString::from(p.expose().to_owned()));
        let secret = lumen_crypto::read_secret_key_file(
            Path::new(secret_file.expose()),
            passphrase.as_ref(),
        )
        .context("secret key file")?;
        keys = keys.with_secret(secret).map_err(anyhow::Error::msg)?;
    }
    Ok(Some(keys))
}
