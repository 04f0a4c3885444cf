//! Building the application and serving it with graceful shutdown.

use crate::infra::access::guard;
use crate::infra::body_limit::limit_body;
use crate::infra::context::load_context;
use crate::infra::csrf::check_csrf;
use crate::infra::error::WebError;
use crate::infra::error_pages::render_error_pages;
use crate::infra::headers::security_headers;
use crate::infra::metrics_routes::track;
use crate::infra::routes::{self, RouteArea};
use crate::infra::state::AppState;
use axum::Router;
use axum::http::StatusCode;
use axum::middleware::{from_fn, from_fn_with_state};
use std::future::Future;
use std::time::Duration;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;

/// The application for the configured area(s).
pub fn build_app(state: AppState) -> Router {
    let area = state.server().area;
    // The report form's catalogue is compiled in: check it now rather than on the first report.
    crate::reports::exploitation::ReportForms::builtin();
    let mut router: Router<AppState> = Router::new();
    for (spec, handler) in routes::table() {
        let served = match spec.area {
            RouteArea::Common => true,
            RouteArea::Public => area.serves_public(),
            RouteArea::Staff => area.serves_staff(),
        };
        if served {
            let access = spec.access;
            let guard_state = state.clone();
            router = router.route(
                spec.path,
                handler.route_layer(from_fn(move |req, next| {
                    guard(guard_state.clone(), access, req, next)
                })),
            );
        }
    }
    let server = state.server().clone();
    router
        .fallback(|| async { WebError::NotFound })
        .layer(from_fn_with_state(state.clone(), check_csrf))
        .layer(from_fn_with_state(state.clone(), load_context))
        .layer(from_fn_with_state(state.clone(), limit_body))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(server.request_timeout_secs),
        ))
        .layer(from_fn_with_state(state.clone(), render_error_pages))
        .layer(from_fn_with_state(state.clone(), security_headers))
        .layer(from_fn_with_state(state.clone(), track))
        .layer(CatchPanicLayer::new())
        .layer(CompressionLayer::new())
        .with_state(state)
}

/// Serves until `shutdown` completes, then finishes the requests under way.
pub async fn serve(
    state: AppState,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let limits = Limits::of(state.server());
    if let Some(keys) = state.report_keys().filter(|k| k.can_open()) {
        // The staff area: build the search index now rather than at the first search.
        let index = state.clone();
        tokio::spawn(async move {
            let started = std::time::Instant::now();
            match index.search().refresh(index.store(), Some(&keys)).await {
                Ok(()) => {
                    let size = index.search().size().await;
                    tracing::info!(
                        persons = size.persons,
                        words = size.words,
                        millis = started.elapsed().as_millis() as u64,
                        "search index built"
                    );
                }
                Err(e) => tracing::error!(code = e.code(), "search index not built"),
            }
        });
    }
    serve_router(build_app(state), listener, limits, shutdown).await
}

/// Serves the metrics listener (`server.metrics_bind`) until `shutdown` completes.
pub async fn serve_metrics(
    state: AppState,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let limits = Limits {
        max_connections: 16,
        ..Limits::of(state.server())
    };
    serve_router(
        crate::infra::metrics_routes::metrics_app(state),
        listener,
        limits,
        shutdown,
    )
    .await
}

/// What one listener allows its connections.
#[derive(Clone, Copy)]
struct Limits {
    header_read: Duration,
    max_connections: usize,
}

impl Limits {
    fn of(server: &crate::infra::settings::ServerSettings) -> Self {
        Self {
            header_read: Duration::from_secs(server.header_read_timeout_secs.max(1)),
            max_connections: server.max_connections.max(1),
        }
    }
}

/// The accept loop: HTTP/1.1 connections, each of which must send every request's header
/// within the header read timeout (which also bounds how long a kept-alive connection may
/// wait idle for its next request), at most `max_connections` at once (further connections
/// wait in the listen queue until one closes).
async fn serve_router(
    app: Router,
    listener: TcpListener,
    limits: Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use tower::ServiceExt as _;
    let permits = std::sync::Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read)
        .keep_alive(true);
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            p = permits.clone().acquire_owned() => match p {
                Ok(p) => p,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            r = listener.accept() => match r {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors and the like: wait rather than spin.
                    tracing::warn!(kind = ?e.kind(), "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // The peer address reaches handlers only as `ConnectInfo`, read by the rate limiters,
        // which keep nothing but a keyed hash of it.
        let service =
            app.clone()
                .map_request(move |mut req: axum::http::Request<hyper::body::Incoming>| {
                    req.extensions_mut()
                        .insert(axum::extract::ConnectInfo(peer));
                    req
                });
        let conn = builder.serve_connection(
            TokioIo::new(stream),
            hyper_util::service::TowerToHyperService::new(service),
        );
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            // A connection that ends in error (a timed-out header, a reset) is nobody's concern.
            let _ = conn.await;
            drop(permit);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}
