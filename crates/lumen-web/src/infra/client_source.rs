//! Who is asking, as each limiter knows it: extractors giving the request's source as a keyed
//! hash, at once. The address comes from the trusted proxy header when one is configured (the
//! last value, the one the proxy appended), else from the connection; requests without either
//! share one source. Each limiter hashes under its own key, so its ids mean nothing to another.

use crate::infra::rate_limit::{AttemptLimiter, SourceId};
use crate::infra::settings::ServerSettings;
use crate::infra::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

fn source_id(
    parts: &Parts,
    state: &AppState,
    limiter: fn(&AppState) -> &AttemptLimiter,
) -> SourceId {
    limiter(state).source_id(peer_address(parts, state.server()))
}

fn peer_address(parts: &Parts, server: &ServerSettings) -> Option<IpAddr> {
    let header = server.trusted_proxy_header.trim();
    if !header.is_empty() {
        return parts
            .headers
            .get_all(header)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|v| v.trim().parse::<IpAddr>().ok())
            .next_back();
    }
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
}

/// One extractor per limiter; they differ only in the limiter whose key hashes the address.
macro_rules! source_extractor {
    ($(#[$doc:meta])* $name:ident, $limiter:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug)]
        pub struct $name(pub SourceId);

        impl FromRequestParts<AppState> for $name {
            type Rejection = Infallible;

            async fn from_request_parts(
                parts: &mut Parts,
                state: &AppState,
            ) -> Result<Self, Self::Rejection> {
                Ok($name(source_id(parts, state, AppState::$limiter)))
            }
        }
    };
}

source_extractor!(
    /// The source as the receipt (follow-up) limiter knows it.
    ReceiptSource,
    receipt_limiter
);
source_extractor!(
    /// The source as the report filing limiter knows it.
    FilingSource,
    filing_limiter
);
source_extractor!(
    /// The source as the sign-in limiter knows it.
    SignInSource,
    sign_in_limiter
);
