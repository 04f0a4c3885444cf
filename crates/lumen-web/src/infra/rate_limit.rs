//! Receipt guessing limits for `/follow-up`: a token bucket per source and one for the whole
//! site. A follow-up attempt takes one token from both before the receipt is checked; a
//! receipt that opens a report gives them back, so only failed attempts count. When either
//! bucket is empty the attempt is answered 429 without looking at the receipt.
//!
//! Nothing here is written anywhere. A source is known only by a keyed hash of its address
//! (HMAC-SHA-256 under a key drawn at start and kept in memory), cut to 16 bytes; buckets that
//! have filled up again are forgotten, and the table is bounded.

use crate::infra::settings::{AuthSettings, PublicSettings};
use lumen_crypto::EphemeralKeyedHash;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::Instant;

/// Most sources remembered at once; beyond it, the fullest buckets are forgotten first.
const MAX_SOURCES: usize = 100_000;

/// A source as the limiter knows it: a keyed hash of its address, never the address.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SourceId([u8; 16]);

impl std::fmt::Debug for SourceId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SourceId(<hashed>)")
    }
}

#[derive(Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

#[derive(Clone, Copy)]
struct Rate {
    burst: f64,
    per_second: f64,
}

impl Rate {
    fn new(burst: u32, per_hour: u32) -> Self {
        Self {
            burst: f64::from(burst.max(1)),
            per_second: f64::from(per_hour) / 3600.0,
        }
    }

    fn refill(self, b: &mut Bucket, now: Instant) {
        let elapsed = now.saturating_duration_since(b.at).as_secs_f64();
        b.tokens = (b.tokens + elapsed * self.per_second).min(self.burst);
        b.at = now;
    }

    fn full(self, now: Instant) -> Bucket {
        Bucket {
            tokens: self.burst,
            at: now,
        }
    }
}

struct Buckets {
    global: Bucket,
    sources: HashMap<SourceId, Bucket>,
}

/// Why an attempt was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// This source used up its attempts.
    Source,
    /// The whole site did.
    Global,
}

/// The follow-up guessing limiter.
pub struct AttemptLimiter {
    enabled: bool,
    key: EphemeralKeyedHash,
    source: Rate,
    global: Rate,
    buckets: Mutex<Buckets>,
}

/// One attempt's tokens; give them back with [`AttemptLimiter::refund`] when the receipt was
/// right.
#[must_use]
#[derive(Debug)]
pub struct Attempt(Option<SourceId>);

impl AttemptLimiter {
    /// The receipt limiter, with a fresh random key.
    pub fn new(settings: &PublicSettings) -> Self {
        Self::with_limits(
            settings.receipt_rate_limit,
            (
                settings.receipt_attempts_source_burst,
                settings.receipt_attempts_source_per_hour,
            ),
            (
                settings.receipt_attempts_global_burst,
                settings.receipt_attempts_global_per_hour,
            ),
        )
    }

    /// The report filing limiter (every filing counts), with a fresh random key.
    pub fn for_filings(settings: &PublicSettings) -> Self {
        Self::with_limits(
            settings.report_rate_limit,
            (
                settings.report_filings_source_burst,
                settings.report_filings_source_per_hour,
            ),
            (
                settings.report_filings_global_burst,
                settings.report_filings_global_per_hour,
            ),
        )
    }

    /// The failed sign-in limiter (password, second factor, recovery and enrolment codes),
    /// with a fresh random key.
    pub fn for_sign_in(settings: &AuthSettings) -> Self {
        Self::with_limits(
            settings.sign_in_rate_limit,
            (
                settings.sign_in_attempts_source_burst,
                settings.sign_in_attempts_source_per_hour,
            ),
            (
                settings.sign_in_attempts_global_burst,
                settings.sign_in_attempts_global_per_hour,
            ),
        )
    }

    /// A limiter of `(burst, per hour)` per source and for the whole site.
    fn with_limits(enabled: bool, source: (u32, u32), global: (u32, u32)) -> Self {
        let source = Rate::new(source.0, source.1);
        let global = Rate::new(global.0, global.1);
        Self {
            enabled,
            key: EphemeralKeyedHash::generate(),
            source,
            global,
            buckets: Mutex::new(Buckets {
                global: global.full(Instant::now()),
                sources: HashMap::new(),
            }),
        }
    }

    /// The keyed hash of an address (`None`: unknown source, one shared bucket).
    pub fn source_id(&self, ip: Option<IpAddr>) -> SourceId {
        const CONTEXT: &[u8] = b"lumen follow-up source v1";
        SourceId(match ip.map(canonical) {
            Some(IpAddr::V4(v4)) => self.key.hash16(CONTEXT, &v4.octets()),
            Some(IpAddr::V6(v6)) => self.key.hash16(CONTEXT, &v6.octets()[..8]),
            None => self.key.hash16(CONTEXT, b"unknown"),
        })
    }

    /// Takes one token from the source and one from the site, or says which is empty.
    pub fn try_attempt(&self, source: SourceId) -> Result<Attempt, Refused> {
        if !self.enabled {
            return Ok(Attempt(None));
        }
        let now = Instant::now();
        let mut b = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        self.global.refill(&mut b.global, now);
        if b.sources.len() >= MAX_SOURCES && !b.sources.contains_key(&source) {
            self.forget(&mut b.sources, now);
        }
        let mut mine = b
            .sources
            .get(&source)
            .copied()
            .unwrap_or_else(|| self.source.full(now));
        self.source.refill(&mut mine, now);
        if mine.tokens < 1.0 {
            b.sources.insert(source, mine);
            return Err(Refused::Source);
        }
        if b.global.tokens < 1.0 {
            return Err(Refused::Global);
        }
        mine.tokens -= 1.0;
        b.global.tokens -= 1.0;
        b.sources.insert(source, mine);
        Ok(Attempt(Some(source)))
    }

    /// Gives an attempt's tokens back (the receipt opened a report).
    pub fn refund(&self, attempt: Attempt) {
        let Some(source) = attempt.0 else { return };
        let mut b = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        b.global.tokens = (b.global.tokens + 1.0).min(self.global.burst);
        if let Some(mine) = b.sources.get_mut(&source) {
            mine.tokens = (mine.tokens + 1.0).min(self.source.burst);
        }
    }

    /// Forgets every source whose bucket is full again; if none is, the fullest half.
    fn forget(&self, sources: &mut HashMap<SourceId, Bucket>, now: Instant) {
        sources.retain(|_, bucket| {
            self.source.refill(bucket, now);
            bucket.tokens < self.source.burst
        });
        if sources.len() >= MAX_SOURCES {
            let mut levels: Vec<f64> = sources.values().map(|b| b.tokens).collect();
            levels.sort_by(f64::total_cmp);
            let cut = levels[levels.len() / 2];
            sources.retain(|_, b| b.tokens < cut);
        }
    }

    /// How many sources are remembered (for tests).
    pub fn remembered_sources(&self) -> usize {
        self.buckets
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .sources
            .len()
    }
}

/// IPv4-mapped IPv6 addresses count as their IPv4 address; an IPv6 source is its /64.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(source_burst: u32, global_burst: u32) -> PublicSettings {
        PublicSettings {
            receipt_rate_limit: true,
            receipt_attempts_source_burst: source_burst,
            receipt_attempts_source_per_hour: 0,
            receipt_attempts_global_burst: global_burst,
            receipt_attempts_global_per_hour: 0,
            ..PublicSettings::default()
        }
    }

    #[test]
    fn a_source_is_stopped_after_its_burst_and_others_go_on_until_the_global_limit() {
        let l = AttemptLimiter::new(&settings(3, 5));
        let a = l.source_id(Some("192.0.2.1".parse().unwrap()));
        let b = l.source_id(Some("192.0.2.2".parse().unwrap()));
        for _ in 0..3 {
            let _ = l.try_attempt(a).unwrap();
        }
        assert_eq!(l.try_attempt(a).unwrap_err(), Refused::Source);
        let ok = l.try_attempt(b).unwrap();
        l.refund(ok);
        let _ = l.try_attempt(b).unwrap();
        let _ = l.try_attempt(b).unwrap();
        assert_eq!(l.try_attempt(b).unwrap_err(), Refused::Global);
    }

    #[test]
    fn refunded_attempts_do_not_count_and_buckets_refill() {
        let mut s = settings(2, 100);
        s.receipt_attempts_source_per_hour = 3600 * 1000;
        let l = AttemptLimiter::new(&s);
        let a = l.source_id(None);
        for _ in 0..10 {
            let t = l.try_attempt(a).unwrap();
            l.refund(t);
        }
        let _ = l.try_attempt(a).unwrap();
        let _ = l.try_attempt(a).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(5));
        assert!(l.try_attempt(a).is_ok(), "1000 tokens a second refill");
    }

    #[test]
    fn the_hash_is_keyed_per_process_and_ipv6_counts_by_prefix() {
        let s = settings(1, 1);
        let (l1, l2) = (AttemptLimiter::new(&s), AttemptLimiter::new(&s));
        let ip: IpAddr = "198.51.100.7".parse().unwrap();
        assert_ne!(l1.source_id(Some(ip)), l2.source_id(Some(ip)));
        let mapped: IpAddr = "::ffff:198.51.100.7".parse().unwrap();
        assert_eq!(l1.source_id(Some(ip)), l1.source_id(Some(mapped)));
        let x: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let y: IpAddr = "2001:db8:1:2::ffff".parse().unwrap();
        assert_eq!(l1.source_id(Some(x)), l1.source_id(Some(y)));
    }

    #[test]
    fn off_never_refuses_and_remembers_nothing() {
        let mut s = settings(1, 1);
        s.receipt_rate_limit = false;
        let l = AttemptLimiter::new(&s);
        for _ in 0..10 {
            let _ = l.try_attempt(l.source_id(None)).unwrap();
        }
        assert_eq!(l.remembered_sources(), 0);
    }
}
