//! Reply-key derivations (Argon2id from a receipt), bounded to one per core at a time. They
//! happen when a reporter comes back with a receipt and when the section settles a new report's
//! reply key; filing itself derives nothing.

use crate::AppError;
use std::sync::OnceLock;
use tokio::sync::Semaphore;

/// Reply-key derivations running at once: one per core. Each takes the configured Argon2id
/// memory (46 MiB by default), so without a bound a burst of follow-ups would take
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
) -> Result<T, AppError> {
    let _slot = kdf_slots()
        .acquire()
        .await
        .map_err(|_| AppError::Internal)?;
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|_| AppError::Internal)?
        .map_err(|e| {
            tracing::error!(code = e.code(), "report cryptography failed");
            AppError::Internal
        })
}
