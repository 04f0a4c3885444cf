//! The background job that settles new reports' reply keys.

/// Where the section's key is loaded (staff area), derives new reports' reply keys from their
/// sealed receipts within seconds of arrival and forgets the sealed receipts.
pub fn spawn_settler(
    keys: std::sync::Arc<crate::reports::intake::ReportKeys>,
    store: lumen_store::Store,
) {
    if !keys.can_open() {
        return;
    }
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(2));
        loop {
            tick.tick().await;
            if let Err(e) = keys.settle_pending(&store, 32).await {
                tracing::warn!(code = e.code(), "settling reply keys failed");
            }
        }
    });
}
