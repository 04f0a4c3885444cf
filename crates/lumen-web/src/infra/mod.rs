//! What every feature shares and none owns: serving, state and settings, routes and the
//! role × route table, request context, CSRF, headers, limits, translation, pages, errors,
//! forms, metrics and static files.

pub mod access;
pub(crate) mod body_limit;
pub(crate) mod client_source;
pub(crate) mod context;
pub(crate) mod csrf;
pub(crate) mod error;
pub(crate) mod error_pages;
pub(crate) mod form;
pub(crate) mod handlers;
pub(crate) mod headers;
pub mod i18n;
pub(crate) mod metrics;
pub(crate) mod metrics_routes;
pub(crate) mod page;
pub(crate) mod pager;
pub(crate) mod presession;
pub mod rate_limit;
pub(crate) mod route_spec;
pub mod routes;
pub(crate) mod serve;
pub(crate) mod settings;
pub(crate) mod state;
pub(crate) mod static_files;
