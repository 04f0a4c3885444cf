//! Request handlers, one module per page family.

pub mod account;
pub mod audit;
pub mod auth;
pub mod enrol;
pub mod home;
pub mod system;
pub mod units;
pub mod users;

use axum::response::{IntoResponse, Redirect, Response};

/// 303 See Other to `to`: the answer to a successful form post.
pub fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}
