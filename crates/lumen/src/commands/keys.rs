//! `lumen keys init`: the THB section's key pair for sealed public reports, and the secret that
//! keys receipt hashes. Also loads them for `lumen serve`: the public area needs only the public
//! key and the receipt secret; the secret key is read only where the staff area is served.

use crate::config::KeySettings;
use anyhow::Context as _;
use clap::{Args, Subcommand};
use lumen_app::reports::intake::ReportKeys;
use lumen_crypto::{ReceiptHasher, SecretString};
use lumen_domain::audit::AuditAction;
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
/// File name of the master key written by `init`.
pub const MASTER_KEY_FILE: &str = "master.key";

/// `lumen keys …`.
#[derive(Subcommand)]
pub enum KeysCommand {
    /// Create the section's key pair, the receipt secret, the master key and the audit key in
    /// a new folder.
    Init(InitArgs),
    /// Replace the master key: every record's data key is re-wrapped under a new master key
    /// written in place of `keys.master_key_file`; the old key no longer opens anything.
    RotateMaster,
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
    /// Master key.
    pub master_key_file: PathBuf,
}

/// Writes a fresh key pair and receipt secret into `dir`.
pub fn init(dir: &Path, passphrase: Option<&SecretString>) -> anyhow::Result<KeyFiles> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let files = KeyFiles {
        public_key_file: dir.join(PUBLIC_KEY_FILE),
        secret_key_file: dir.join(SECRET_KEY_FILE),
        receipt_secret_file: dir.join(RECEIPT_SECRET_FILE),
        audit_key_file: dir.join(AUDIT_KEY_FILE),
        master_key_file: dir.join(MASTER_KEY_FILE),
    };
    for f in [
        &files.public_key_file,
        &files.secret_key_file,
        &files.receipt_secret_file,
        &files.audit_key_file,
        &files.master_key_file,
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
    lumen_crypto::MasterKey::generate().write_new_file(&files.master_key_file)?;
    Ok(files)
}

/// Runs `lumen keys init`.
pub fn run_init(args: InitArgs) -> ExitCode {
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
            println!(
                "master_key_file = {:?}",
                files.master_key_file.display().to_string()
            );
            println!();
            println!(
                "Keep the secret key and the master key off the public server; back them up: without the secret key no report can be read, without the master key no sealed personal field."
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

/// The master key named by `keys.master_key_file`, if configured.
pub fn master_key(settings: &KeySettings) -> anyhow::Result<Option<lumen_crypto::MasterKey>> {
    settings
        .master_key_file
        .as_ref()
        .map(|file| {
            lumen_crypto::MasterKey::from_file(Path::new(file.expose())).with_context(|| {
                format!(
                    "reading the master key (keys.master_key_file) {}",
                    file.expose()
                )
            })
        })
        .transpose()
}

/// `lumen keys rotate-master`: writes a new master key beside the old one, re-wraps every data
/// key under it in one transaction, then moves it over the old file. If the command stops
/// between the two, the new key is left in `FILE.new` and the error names it.
pub async fn rotate_master(config: crate::config::Config) -> anyhow::Result<ExitCode> {
    let Some(file) = &config.keys.master_key_file else {
        anyhow::bail!("rotating the master key needs keys.master_key_file (the key in use)");
    };
    let current = PathBuf::from(file.expose());
    let store = super::open_migrated(&config, lumen_store::CreateMode::MustExist).await?;
    if !store.has_master_key() {
        anyhow::bail!("rotating the master key needs keys.master_key_file (the key in use)");
    }
    let mut staged = current.clone().into_os_string();
    staged.push(".new");
    let staged = PathBuf::from(staged);
    let new = lumen_crypto::MasterKey::generate();
    new.write_new_file(&staged)
        .with_context(|| format!("writing the new master key to {}", staged.display()))?;
    let audit = lumen_domain::audit::AuditEvent::new(
        AuditAction::KeysMasterRotated,
        Some(new.id().to_hex()),
    )
    .by("cli", "operator");
    let done = match store.rotate_master_key(&new, audit).await {
        Ok(done) => done,
        Err(e) => {
            // Nothing was re-wrapped: the new key opens nothing and is removed.
            let _ = std::fs::remove_file(&staged);
            return Err(e.into());
        }
    };
    store.close().await?;
    std::fs::rename(&staged, &current).with_context(|| {
        format!(
            "the records are now wrapped by the key in {}; move it to {} by hand",
            staged.display(),
            current.display()
        )
    })?;
    println!(
        "Master key replaced in {}: {} account key(s), {} screening key(s), {} unfinished screening key(s), {} case key(s), {} case note key(s), {} case approval key(s), {} case task key(s), {} person key(s) and {} access request key(s) re-wrapped (new key id {}).",
        current.display(),
        done.users,
        done.screenings,
        done.screening_drafts,
        done.cases,
        done.case_notes,
        done.case_approvals,
        done.case_tasks,
        done.persons,
        done.case_access_requests,
        new.id()
    );
    println!(
        "Backups made before now still need the previous key; make a new backup (lumen backup) and keep it with this key."
    );
    Ok(ExitCode::SUCCESS)
}
