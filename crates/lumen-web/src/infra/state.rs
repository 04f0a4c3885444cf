//! Shared application state.

use crate::infra::metrics::Metrics;
use crate::infra::rate_limit::AttemptLimiter;
use crate::infra::settings::{AuthSettings, PublicSettings, ServerSettings};
use lumen_app::reports::intake::ReportKeys;
use lumen_screening::Catalogue;
use lumen_store::Store;
use std::sync::Arc;

/// What every handler can reach: the store, the settings, the metrics and the screening
/// catalogue.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub(crate) struct Inner {
    pub store: Store,
    pub server: ServerSettings,
    pub auth: AuthSettings,
    pub metrics: Metrics,
    pub catalogue: Arc<Catalogue>,
    pub reports: Option<Arc<ReportKeys>>,
    pub receipt_limiter: AttemptLimiter,
    pub sign_in_limiter: AttemptLimiter,
    pub filing_limiter: AttemptLimiter,
    pub presession_tokens: crate::infra::presession::PresessionTokens,
    pub receipt_handoff: crate::reports::receipt_handoff::ReceiptHandoff,
    pub first_answer_days: u32,
    pub coverage_target_percent: u32,
    pub case_prefix: String,
    pub triage_stale_days: u32,
    pub search: Arc<lumen_app::search::SearchIndex>,
}

impl AppState {
    /// Builds the state with the screening catalogue shipped with Lumen.
    ///
    /// # Panics
    ///
    /// If the built-in catalogue does not validate, which its own tests rule out.
    pub fn new(store: Store, server: ServerSettings, auth: AuthSettings) -> Self {
        let catalogue = Catalogue::builtin().expect("the built-in screening catalogue is valid");
        Self::with_catalogue(store, server, auth, Arc::new(catalogue))
    }

    /// Builds the state with a screening catalogue loaded by the caller.
    pub fn with_catalogue(
        store: Store,
        server: ServerSettings,
        auth: AuthSettings,
        catalogue: Arc<Catalogue>,
    ) -> Self {
        let sign_in_limiter = AttemptLimiter::for_sign_in(&auth);
        Self(Arc::new(Inner {
            store,
            server,
            auth,
            sign_in_limiter,
            presession_tokens: Default::default(),
            receipt_handoff: Default::default(),
            first_answer_days: PublicSettings::default().first_answer_days,
            coverage_target_percent: crate::infra::settings::TrainingSettings::default()
                .coverage_target_percent,
            case_prefix: crate::infra::settings::CaseSettings::default().prefix,
            triage_stale_days: crate::infra::settings::CaseSettings::default().triage_stale_days,
            search: Arc::default(),
            metrics: Metrics::default(),
            catalogue,
            reports: None,
            receipt_limiter: AttemptLimiter::new(&PublicSettings::default()),
            filing_limiter: AttemptLimiter::for_filings(&PublicSettings::default()),
        }))
    }

    /// Adds the keys of the public reporting channel (the public key and receipt hasher; the
    /// secret key only where the staff area is served). Without them the report pages answer
    /// 503. Call it before the state is shared: on a shared state it changes nothing.
    pub fn with_reports(mut self, keys: ReportKeys) -> Self {
        if let Some(inner) = Arc::get_mut(&mut self.0) {
            inner.reports = Some(Arc::new(keys));
        }
        self
    }

    /// Sets the public channel's settings (receipt guessing and filing limits). Call it before the state is
    /// shared: on a shared state it changes nothing.
    pub fn with_public(mut self, public: PublicSettings) -> Self {
        if let Some(inner) = Arc::get_mut(&mut self.0) {
            inner.receipt_limiter = AttemptLimiter::new(&public);
            inner.filing_limiter = AttemptLimiter::for_filings(&public);
            inner.first_answer_days = public.first_answer_days;
        }
        self
    }

    /// Applies the `[training]` settings.
    pub fn with_training(mut self, training: crate::infra::settings::TrainingSettings) -> Self {
        if let Some(inner) = Arc::get_mut(&mut self.0) {
            inner.coverage_target_percent = training.coverage_target_percent;
        }
        self
    }

    /// Applies the `[cases]` settings.
    pub fn with_cases(mut self, cases: crate::infra::settings::CaseSettings) -> Self {
        if let Some(inner) = Arc::get_mut(&mut self.0) {
            inner.case_prefix = cases.prefix;
            inner.triage_stale_days = cases.triage_stale_days;
        }
        self
    }

    /// The staff process's in-memory search index.
    pub(crate) fn search(&self) -> &lumen_app::search::SearchIndex {
        &self.0.search
    }

    /// Days after which a triage item is flagged as untouched.
    pub(crate) fn triage_stale_days(&self) -> u32 {
        self.0.triage_stale_days
    }

    /// The prefix of new case references.
    pub(crate) fn case_prefix(&self) -> &str {
        &self.0.case_prefix
    }

    /// The target share of trained officers, in percent.
    pub(crate) fn coverage_target_percent(&self) -> u32 {
        self.0.coverage_target_percent
    }

    /// The follow-up guessing limiter.
    pub(crate) fn receipt_limiter(&self) -> &AttemptLimiter {
        &self.0.receipt_limiter
    }

    /// The maker of pre-session CSRF tokens.
    pub(crate) fn presession_tokens(&self) -> &crate::infra::presession::PresessionTokens {
        &self.0.presession_tokens
    }

    /// Receipts of reports just filed, reachable again for a few minutes.
    pub(crate) fn receipt_handoff(&self) -> &crate::reports::receipt_handoff::ReceiptHandoff {
        &self.0.receipt_handoff
    }

    /// The working days the section takes to answer a report, as the receipt page says.
    pub(crate) fn first_answer_days(&self) -> u32 {
        self.0.first_answer_days
    }

    /// The report filing limiter.
    pub(crate) fn filing_limiter(&self) -> &AttemptLimiter {
        &self.0.filing_limiter
    }

    /// The failed sign-in limiter.
    pub(crate) fn sign_in_limiter(&self) -> &AttemptLimiter {
        &self.0.sign_in_limiter
    }

    /// The keys of the reporting channel, or 503 when none are configured.
    pub(crate) fn reports(&self) -> Result<&ReportKeys, crate::infra::error::WebError> {
        self.0
            .reports
            .as_deref()
            .ok_or(crate::infra::error::WebError::Unavailable)
    }

    /// The keys of the reporting channel, when configured (for background jobs).
    pub fn report_keys(&self) -> Option<Arc<ReportKeys>> {
        self.0.reports.clone()
    }

    /// The screening catalogue.
    pub fn catalogue(&self) -> &Catalogue {
        &self.0.catalogue
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
