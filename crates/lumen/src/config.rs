//! Layered configuration: code defaults < `lumen.toml` (`--config`) < `LUMEN_*` environment.
//! Unknown keys are rejected by name; secrets never print.

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use lumen_web::{AuthSettings, CaseSettings, PublicSettings, ServerSettings, TrainingSettings};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::Path;

/// The default database: a SQLite file under `./data`, created on first run.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://./data/lumen.db";

/// A secret string: prints as `[redacted]`.
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret itself, for the one place that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str("[redacted]")
    }
}

/// `[database]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DatabaseSettings {
    /// `sqlite://PATH` or `postgres://USER@HOST/DB`.
    pub url: String,
    /// PostgreSQL password, kept out of the URL.
    pub password: Option<Secret>,
    /// Pool size.
    pub max_connections: u32,
}

impl Default for DatabaseSettings {
    fn default() -> Self {
        Self {
            url: DEFAULT_DATABASE_URL.into(),
            password: None,
            max_connections: 8,
        }
    }
}

/// `[log]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LogSettings {
    /// `error`, `warn`, `info`, `debug` or a tracing filter.
    pub level: String,
    /// `text` or `json`.
    pub format: String,
}

impl Default for LogSettings {
    fn default() -> Self {
        Self {
            level: "info".into(),
            format: "text".into(),
        }
    }
}

/// `[keys]`.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct KeySettings {
    /// File holding the master key that wraps per-record keys (never in the database).
    pub master_key_file: Option<Secret>,
    /// The THB section's public key for sealing public reports (`lumen keys init`).
    pub public_key_file: Option<String>,
    /// The section's secret key; read only where the staff area is served.
    pub secret_key_file: Option<Secret>,
    /// Passphrase of an encrypted secret key file (best given as `LUMEN_KEYS_SECRET_KEY_PASSPHRASE`).
    pub secret_key_passphrase: Option<Secret>,
    /// The secret that keys receipt hashes.
    pub receipt_secret_file: Option<Secret>,
    /// The key chaining the audit log (HMAC-SHA-256), kept beside the master key, never in the
    /// database (`lumen keys init`).
    pub audit_key_file: Option<Secret>,
    /// Where the public pages' escape link leads (a neutral site).
    pub escape_url: Option<String>,
}

/// `[screening]`.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct ScreeningSettings {
    /// Folder of screening catalogues to load instead of the ones built in (`catalogues/screening`).
    pub catalogue_dir: Option<String>,
}

/// Everything Lumen reads at start.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// `[server]`.
    pub server: ServerSettings,
    /// `[database]`.
    pub database: DatabaseSettings,
    /// `[auth]`.
    pub auth: AuthSettings,
    /// `[log]`.
    pub log: LogSettings,
    /// `[keys]`.
    pub keys: KeySettings,
    /// `[public]`.
    pub public: PublicSettings,
    /// `[screening]`.
    pub screening: ScreeningSettings,
    /// `[training]`.
    pub training: TrainingSettings,
    /// `[cases]`.
    pub cases: CaseSettings,
}

impl Config {
    /// Loads defaults, then the file (if given), then `LUMEN_SECTION_KEY` variables.
    pub fn load(file: Option<&Path>) -> anyhow::Result<Config> {
        let mut fig = Figment::from(Serialized::defaults(Config::default()));
        if let Some(path) = file {
            if !path.is_file() {
                anyhow::bail!("configuration file {} does not exist", path.display());
            }
            fig = fig.merge(Toml::file_exact(path));
        }
        fig = fig.merge(Env::prefixed("LUMEN_").map(|k| k.as_str().replacen('_', ".", 1).into()));
        fig.extract()
            .map_err(|e| anyhow::anyhow!("configuration: {e}"))
    }

    /// The defaults as TOML.
    pub fn default_toml() -> String {
        toml::to_string_pretty(&Config::default()).unwrap_or_default()
    }
}
