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
