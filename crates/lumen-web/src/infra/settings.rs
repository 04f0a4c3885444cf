//! Settings of the web server, read by the binary from defaults, `lumen.toml` and `LUMEN_*`.

use lumen_domain::lockout::LockoutPolicy;
use lumen_domain::session::SessionPolicy;
use serde::{Deserialize, Serialize};

/// Which areas a process serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// The internet-facing public area only.
    Public,
    /// The intranet staff (and partner) area only.
    Staff,
    /// Both.
    #[default]
    All,
}

impl Area {
    /// Whether this process serves the staff area.
    pub fn serves_staff(self) -> bool {
        matches!(self, Area::Staff | Area::All)
    }
    /// Whether this process serves the public area.
    pub fn serves_public(self) -> bool {
        matches!(self, Area::Public | Area::All)
    }
}

/// `[server]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServerSettings {
    /// Address to listen on.
    pub bind: String,
    /// Areas served.
    pub area: Area,
    /// Mark cookies `Secure`. Only turn off for plain-HTTP use on this machine.
    pub secure_cookies: bool,
    /// Send HSTS (set when Lumen is reached over HTTPS).
    pub hsts: bool,
    /// Seconds before a request is answered 408.
    pub request_timeout_secs: u64,
    /// Largest request body, in bytes.
    pub max_body_bytes: usize,
    /// Header a trusted reverse proxy sets to the client's address (for example
    /// `x-forwarded-for`; its last value is used). Empty: off, the connection's address is used.
    /// Turn on only behind a proxy that sets it, or anyone can choose their own source.
    pub trusted_proxy_header: String,
    /// Address of the separate metrics listener (Prometheus text on `/metrics`). Keep it on
    /// loopback or an internal interface; empty: no metrics listener.
    pub metrics_bind: String,
    /// Seconds a connection may take to send a request's header, and may stay idle waiting
    /// for the next request on a kept-alive connection, before it is closed.
    pub header_read_timeout_secs: u64,
    /// Connections served at once; further connections wait until one closes.
    pub max_connections: usize,
}

impl Default for ServerSettings {
    fn default() -> Self {
        Self {
            bind: "127.0.0.1:8080".into(),
            area: Area::All,
            secure_cookies: true,
            hsts: false,
            request_timeout_secs: 30,
            max_body_bytes: 64 * 1024,
            trusted_proxy_header: String::new(),
            metrics_bind: "127.0.0.1:9464".into(),
            header_read_timeout_secs: 10,
            max_connections: 512,
        }
    }
}

/// `[auth]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuthSettings {
    /// Every staff account must use a second factor.
    pub require_totp: bool,
    /// Minutes of inactivity that end a session.
    pub session_idle_minutes: u32,
    /// Hours after which a session ends whatever happens.
    pub session_absolute_hours: u32,
    /// Failed sign-ins before the first lock.
    pub lockout_threshold: u32,
    /// First lock, in seconds (doubles with each further failure).
    pub lockout_base_seconds: u32,
    /// Longest lock, in seconds.
    pub lockout_max_seconds: u32,
    /// Wrong second-factor codes after which a half-signed-in session ends (the password is
    /// asked again; every failure also counts towards the account's lock-out).
    pub second_factor_session_failures: u32,
    /// Whether failed sign-in steps are also limited per source address (kept in memory only,
    /// as a keyed hash).
    pub sign_in_rate_limit: bool,
    /// Failed sign-in steps one source may make at once.
    pub sign_in_attempts_source_burst: u32,
    /// Failed sign-in steps a source gets back per hour.
    pub sign_in_attempts_source_per_hour: u32,
    /// Failed sign-in steps the whole site may take at once.
    pub sign_in_attempts_global_burst: u32,
    /// Failed sign-in steps the whole site gets back per hour.
    pub sign_in_attempts_global_per_hour: u32,
    /// Days a new account's one-time enrolment code stays valid.
    pub enrolment_code_days: u32,
}

impl Default for AuthSettings {
    fn default() -> Self {
        let s = SessionPolicy::default();
        let l = LockoutPolicy::default();
        Self {
            require_totp: true,
            session_idle_minutes: s.idle_minutes,
            session_absolute_hours: s.absolute_hours,
            lockout_threshold: l.threshold,
            lockout_base_seconds: l.base_seconds,
            lockout_max_seconds: l.max_seconds,
            second_factor_session_failures: 3,
            sign_in_rate_limit: true,
            sign_in_attempts_source_burst: 20,
            sign_in_attempts_source_per_hour: 60,
            sign_in_attempts_global_burst: 500,
            sign_in_attempts_global_per_hour: 5000,
            enrolment_code_days: 7,
        }
    }
}

impl AuthSettings {
    /// The session policy these settings describe.
    pub fn session_policy(&self) -> SessionPolicy {
        SessionPolicy {
            idle_minutes: self.session_idle_minutes,
            absolute_hours: self.session_absolute_hours,
        }
    }
    /// The lock-out policy these settings describe.
    pub fn lockout_policy(&self) -> LockoutPolicy {
        LockoutPolicy {
            threshold: self.lockout_threshold,
            base_seconds: self.lockout_base_seconds,
            max_seconds: self.lockout_max_seconds,
        }
    }
}

/// `[public]`: the public reporting channel.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PublicSettings {
    /// Limit receipt guessing on `/follow-up` (failed attempts per source and for the site).
    pub receipt_rate_limit: bool,
    /// Failed follow-up attempts one source may make in a row.
    pub receipt_attempts_source_burst: u32,
    /// Failed attempts a source gets back per hour.
    pub receipt_attempts_source_per_hour: u32,
    /// Failed attempts the whole site may take in a row.
    pub receipt_attempts_global_burst: u32,
    /// Failed attempts the site gets back per hour.
    pub receipt_attempts_global_per_hour: u32,
    /// Limit report filings on `/report` per source and for the site.
    pub report_rate_limit: bool,
    /// Reports one source may file in a row.
    pub report_filings_source_burst: u32,
    /// Reports a source gets back per hour.
    pub report_filings_source_per_hour: u32,
    /// Reports the whole site may take in a row.
    pub report_filings_global_burst: u32,
    /// Reports the site gets back per hour.
    pub report_filings_global_per_hour: u32,
    /// Argon2id memory of new reply keys, in KiB (at least 1024; stored with each report).
    pub reply_key_memory_kib: u32,
    /// Argon2id passes of new reply keys.
    pub reply_key_passes: u32,
    /// The working days within which the section answers a report, as the receipt page tells
    /// the reporter.
    pub first_answer_days: u32,
}

impl PublicSettings {
    /// The Argon2id costs of new reply keys, or a message naming the setting that is out of range.
    pub fn reply_kdf(&self) -> Result<lumen_crypto::KdfParams, String> {
        if self.reply_key_memory_kib < 1024 {
            return Err("public.reply_key_memory_kib must be at least 1024".into());
        }
        lumen_crypto::KdfParams {
            m_cost_kib: self.reply_key_memory_kib,
            t_cost: self.reply_key_passes,
            p_cost: 1,
        }
        .validate()
        .map_err(|_| {
            "public.reply_key_memory_kib (at most 1048576) or public.reply_key_passes (1 to 64) is out of range".into()
        })
    }
}

impl Default for PublicSettings {
    fn default() -> Self {
        Self {
            receipt_rate_limit: true,
            receipt_attempts_source_burst: 10,
            receipt_attempts_source_per_hour: 20,
            receipt_attempts_global_burst: 200,
            receipt_attempts_global_per_hour: 1000,
            report_rate_limit: true,
            report_filings_source_burst: 5,
            report_filings_source_per_hour: 20,
            report_filings_global_burst: 500,
            report_filings_global_per_hour: 5000,
            reply_key_memory_kib: lumen_crypto::KdfParams::REPLY_KEY.m_cost_kib,
            reply_key_passes: lumen_crypto::KdfParams::REPLY_KEY.t_cost,
            first_answer_days: 5,
        }
    }
}

/// `[training]`: the training registry.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TrainingSettings {
    /// The zone's target share of active officers holding a valid basic THB training, in
    /// percent (0 to 100): the line drawn across the coverage chart. A policy choice of the
    /// zone; the default asks for nine officers in ten.
    pub coverage_target_percent: u32,
}

impl Default for TrainingSettings {
    fn default() -> Self {
        Self {
            coverage_target_percent: 90,
        }
    }
}

impl TrainingSettings {
    /// The settings, or a message naming the setting that is out of range.
    pub fn checked(self) -> Result<Self, String> {
        if self.coverage_target_percent > 100 {
            return Err("training.coverage_target_percent must be between 0 and 100".into());
        }
        Ok(self)
    }
}

/// `[cases]`: case management.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CaseSettings {
    /// The prefix of case references (`TEH` gives `TEH-2026-0001`): 2 to 12 upper-case
    /// letters or digits.
    pub prefix: String,
    /// Days after which an item waiting in triage is flagged as untouched.
    pub triage_stale_days: u32,
}

impl Default for CaseSettings {
    fn default() -> Self {
        Self {
            prefix: "TEH".into(),
            triage_stale_days: 7,
        }
    }
}

impl CaseSettings {
    /// The settings, or a message naming the setting that is out of range.
    pub fn checked(self) -> Result<Self, String> {
        lumen_domain::cases::check_prefix(&self.prefix)
            .map_err(|e| format!("cases.prefix: {e}"))?;
        if !(1..=365).contains(&self.triage_stale_days) {
            return Err("cases.triage_stale_days must be between 1 and 365".into());
        }
        Ok(self)
    }
}
