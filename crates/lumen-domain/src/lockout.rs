//! Lock-out with back-off after repeated failed sign-ins.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// How failed sign-ins lock an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LockoutPolicy {
    /// Failures allowed before the first lock.
    pub threshold: u32,
    /// Length of the first lock, in seconds; each further failure doubles it.
    pub base_seconds: u32,
    /// The longest lock, in seconds.
    pub max_seconds: u32,
}

impl Default for LockoutPolicy {
    fn default() -> Self {
        Self {
            threshold: 5,
            base_seconds: 30,
            max_seconds: 3600,
        }
    }
}

impl LockoutPolicy {
    /// Until when an account is locked after its `failures`-th consecutive failure at `now`,
    /// or `None` while under the threshold.
    pub fn locked_until(&self, failures: u32, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        if failures < self.threshold {
            return None;
        }
        let doublings = (failures - self.threshold).min(20);
        let secs = u64::from(self.base_seconds).saturating_mul(1u64 << doublings);
        let secs = secs.min(u64::from(self.max_seconds));
        Some(now + Duration::seconds(secs as i64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backs_off_exponentially_up_to_the_cap() {
        let p = LockoutPolicy::default();
        let now = Utc::now();
        assert_eq!(p.locked_until(4, now), None);
        assert_eq!(p.locked_until(5, now), Some(now + Duration::seconds(30)));
        assert_eq!(p.locked_until(6, now), Some(now + Duration::seconds(60)));
        assert_eq!(p.locked_until(40, now), Some(now + Duration::seconds(3600)));
    }
}
