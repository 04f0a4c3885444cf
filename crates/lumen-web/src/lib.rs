#![forbid(unsafe_code)]
//! Lumen's web application (axum): the staff area, later the public and partner areas, with
//! their templates, translations and middleware.
//!
//! Every route is declared once in [`routes::ROUTES`] with the access it needs; the router is
//! built from that table and the role × route test walks it. A route that is not declared does
//! not exist.

mod admin;
mod auth;
mod cases;
mod home;
mod infra;
mod partner;
mod public;
mod reports;
mod screening;
mod search;
mod training;
mod triage;

pub use infra::serve::{build_app, serve, serve_metrics};
pub use infra::settings::{
    Area, AuthSettings, CaseSettings, PublicSettings, ServerSettings, TrainingSettings,
};
pub use infra::state::AppState;
pub use infra::{access, i18n, rate_limit, routes};
