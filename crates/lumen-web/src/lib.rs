#![forbid(unsafe_code)]
//! Lumen's web application (axum): the staff area, later the public and partner areas, with
//! their templates, translations and middleware.
//!
//! Every route is declared once in [`routes::ROUTES`] with the access it needs; the router is
//! built from that table and the role × route test walks it. A route that is not declared does
//! not exist.

pub mod access;
mod admin;
mod auth;
mod body_limit;
mod client_source;
mod context;
mod csrf;
mod error;
mod error_pages;
mod form;
mod handlers;
mod headers;
mod home;
pub mod i18n;
mod metrics;
mod metrics_routes;
mod page;
mod partner;
mod presession;
mod public;
pub mod rate_limit;
mod reports;
mod route_spec;
pub mod routes;
mod screening;
mod serve;
mod settings;
mod state;
mod static_files;
mod training;

pub use serve::{build_app, serve, serve_metrics};
pub use settings::{Area, AuthSettings, PublicSettings, ServerSettings, TrainingSettings};
pub use state::AppState;
