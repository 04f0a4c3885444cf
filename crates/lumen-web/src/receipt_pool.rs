//! Receipts prepared ahead of time. Filing a report needs a fresh receipt and the reply key
//! derived from it with Argon2id (about 70 ms and 46 MiB with the default costs), which would
//! cap filing at a few dozen reports a second. Receipts are random and independent of the report
//! they will be given to, so a background task draws them and derives their keys in advance,
//! one at a time, into a bounded queue in memory. Filing takes one; when the queue is empty it
//! derives inline, as before. Nothing of the pool is ever written: a restart throws it away
//! (receipts and keys are zeroized on drop), and the costs stored with each report are the same
//! as without a pool.

use crate::error::WebError;
use lumen_crypto::{KdfParams, Receipt, ReplyKeyParams, SymmetricKey};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};
use tokio::sync::{Notify, Semaphore};

/// Reply-key derivations running at once: one per core. Each takes the configured Argon2id
/// memory (46 MiB by default), so without a bound a burst of filings or follow-ups would take
/// gigabytes; with it they queue.
fn kdf_slots() -> &'static Semaphore {
    static SLOTS: OnceLock<Semaphore> = OnceLock::new();
    SLOTS.get_or_init(|| {
        Semaphore::new(std::thread::available_parallelism().map_or(2, std::num::NonZero::get))
    })
}

/// Runs a reply-key derivation on a blocking thread, at most one per core at a time.
pub async fn run_kdf<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, lumen_crypto::CryptoError> + Send + 'static,
) -> Result<T, WebError> {
    let _slot = kdf_slots()
        .acquire()
        .await
        .map_err(|_| WebError::Internal)?;
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|_| WebError::Internal)?
        .map_err(|e| {
            tracing::error!(code = e.code(), "report cryptography failed");
            WebError::Internal
        })
}

/// A receipt with its reply-key parameters and the key derived from them.
pub struct Prepared {
    /// The receipt, to be shown once.
    pub receipt: Receipt,
    /// Salt and costs, stored with the report.
    pub params: ReplyKeyParams,
    /// The derived reply key.
    pub reply_key: SymmetricKey,
}

impl Prepared {
    /// Draws a receipt and derives its key now (blocking: call off the async threads).
    pub fn derive(kdf: KdfParams) -> Result<Self, lumen_crypto::CryptoError> {
        let receipt = Receipt::generate();
        let params = ReplyKeyParams::with_kdf(kdf);
        let reply_key = params.derive_reply_key(&receipt)?;
        Ok(Self {
            receipt,
            params,
            reply_key,
        })
    }
}

/// The bounded pool.
pub struct ReceiptPool {
    capacity: usize,
    kdf: KdfParams,
    queue: Mutex<VecDeque<Prepared>>,
    wake: Notify,
    taken: AtomicU64,
    missed: AtomicU64,
    last_warning: Mutex<Option<Instant>>,
}

impl std::fmt::Debug for ReceiptPool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReceiptPool")
            .field("capacity", &self.capacity)
            .field("available", &self.available())
            .finish_non_exhaustive()
    }
}

impl ReceiptPool {
    /// An empty pool of `capacity` receipts derived with `kdf`. Call [`ReceiptPool::start`] to
    /// fill it.
    pub fn new(capacity: usize, kdf: KdfParams) -> Arc<Self> {
        Arc::new(Self {
            capacity,
            kdf,
            queue: Mutex::new(VecDeque::with_capacity(capacity)),
            wake: Notify::new(),
            taken: AtomicU64::new(0),
            missed: AtomicU64::new(0),
            last_warning: Mutex::new(None),
        })
    }

    /// The costs the pool derives with.
    pub fn kdf(&self) -> KdfParams {
        self.kdf
    }

    /// Starts the background task that keeps the pool full (one derivation at a time, on a
    /// blocking thread). Needs a Tokio runtime.
    pub fn start(self: &Arc<Self>) {
        let pool = Arc::clone(self);
        tokio::spawn(async move {
            loop {
                if pool.available() >= pool.capacity {
                    pool.wake.notified().await;
                    continue;
                }
                let kdf = pool.kdf;
                match run_kdf(move || Prepared::derive(kdf)).await {
                    Ok(p) => {
                        let now = {
                            let mut q = pool.lock();
                            q.push_back(p);
                            q.len()
                        };
                        if now == pool.capacity {
                            tracing::info!(capacity = pool.capacity, "receipt pool full");
                        }
                    }
                    Err(_) => tokio::time::sleep(Duration::from_secs(1)).await,
                }
            }
        });
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, VecDeque<Prepared>> {
        self.queue.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Receipts ready now.
    pub fn available(&self) -> usize {
        self.lock().len()
    }

    /// Receipts taken from the pool, and filings that found it empty, since start.
    pub fn counts(&self) -> (u64, u64) {
        (
            self.taken.load(Ordering::Relaxed),
            self.missed.load(Ordering::Relaxed),
        )
    }

    /// Takes a prepared receipt, or `None` when the pool is empty; wakes the refill either way.
    pub fn take(&self) -> Option<Prepared> {
        let got = self.lock().pop_front();
        self.wake.notify_one();
        if got.is_some() {
            self.taken.fetch_add(1, Ordering::Relaxed);
        } else {
            let missed = self.missed.fetch_add(1, Ordering::Relaxed) + 1;
            let mut last = self.last_warning.lock().unwrap_or_else(|p| p.into_inner());
            if last.is_none_or(|t| t.elapsed() > Duration::from_secs(60)) {
                *last = Some(Instant::now());
                tracing::warn!(
                    missed,
                    capacity = self.capacity,
                    "receipt pool ran dry; deriving reply keys while filing"
                );
            }
        }
        got
    }
}

/// A receipt and its reply key for a new report: from the pool when it has one (with the same
/// costs), else derived now on a blocking thread.
pub async fn take_or_derive(
    pool: Option<&ReceiptPool>,
    kdf: KdfParams,
) -> Result<Prepared, WebError> {
    if let Some(p) = pool.filter(|p| p.kdf == kdf).and_then(ReceiptPool::take) {
        return Ok(p);
    }
    run_kdf(move || Prepared::derive(kdf)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHEAP: KdfParams = KdfParams {
        m_cost_kib: 64,
        t_cost: 1,
        p_cost: 1,
    };

    #[tokio::test]
    async fn the_pool_fills_up_to_its_capacity_and_gives_working_distinct_receipts() {
        let pool = ReceiptPool::new(4, CHEAP);
        pool.start();
        let deadline = Instant::now() + Duration::from_secs(10);
        while pool.available() < 4 {
            assert!(Instant::now() < deadline, "pool filled");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert_eq!(pool.available(), 4, "never more than its capacity");
        let a = take_or_derive(Some(&pool), CHEAP).await.unwrap();
        let b = take_or_derive(Some(&pool), CHEAP).await.unwrap();
        assert!(a.receipt != b.receipt);
        let again = a.params.derive_reply_key(&a.receipt).unwrap();
        let sealed = a.reply_key.encrypt(b"hello", b"aad").unwrap();
        assert_eq!(again.decrypt(&sealed, b"aad").unwrap(), b"hello");
        assert_eq!(pool.counts(), (2, 0));
    }

    #[tokio::test]
    async fn an_empty_pool_or_other_costs_derive_inline() {
        let pool = ReceiptPool::new(2, CHEAP);
        let p = take_or_derive(Some(&pool), CHEAP).await.unwrap();
        assert_eq!(p.params.kdf, CHEAP);
        assert_eq!(pool.counts(), (0, 1));
        let other = KdfParams {
            m_cost_kib: 128,
            ..CHEAP
        };
        let q = take_or_derive(Some(&pool), other).await.unwrap();
        assert_eq!(q.params.kdf, other);
    }
}
