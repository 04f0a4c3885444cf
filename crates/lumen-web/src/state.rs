//! Shared application state.

use crate::metrics::Metrics;
use crate::settings::{AuthSettings, ServerSettings};
use lumen_store::Store;
use std::sync::Arc;

/// What every handler can reach: the store, the settings and the metrics.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub(crate) struct Inner {
    pub store: Store,
    pub server: ServerSettings,
    pub auth: AuthSettings,
    pub metrics: Metrics,
}

impl AppState {
    /// Builds the state.
    pub fn new(store: Store, server: ServerSettings, auth: AuthSettings) -> Self {
        Self(Arc::new(Inner { store, server, auth, metrics: Metrics::default() }))
    }

    /// The store.
    pub fn store(&self) -> &Store {
        &self.0.store
    }

    pub(crate) fn server(&self) -> &ServerSettings {
        &self.0.server
    }

    pub(crate) fn auth(&self) -> &AuthSettings {
        &self.0.auth
    }

    pub(crate) fn metrics(&self) -> &Metrics {
        &self.0.metrics
    }
}
