//! Staff sign-in, the second factor, first sign-in with an enrolment code, and one's own account.

use crate::infra::access::Access;
use crate::infra::route_spec::{RouteArea, RouteSpec, spec};
use crate::infra::state::AppState;
use axum::http::Method;
use axum::routing::{MethodRouter, get, post};
use lumen_domain::Permission::*;

pub mod account;
pub mod enrol;
pub mod first_sign_in;
pub mod sign_in;

/// This feature's routes, joined into the route table by [`crate::infra::routes::table`].
pub(crate) fn routes() -> Vec<(RouteSpec, MethodRouter<AppState>)> {
    use Access::{AnySession, Enrolment, Public, SecondFactor};
    use RouteArea::Staff;
    let g = Method::GET;
    let p = Method::POST;
    vec![
        (
            spec(&g, "/staff/sign-in", Public, Staff),
            get(crate::auth::sign_in::sign_in_form),
        ),
        (
            spec(&p, "/staff/sign-in", Public, Staff),
            post(crate::auth::sign_in::sign_in),
        ),
        (
            spec(&g, "/staff/first-sign-in", Public, Staff),
            get(crate::auth::first_sign_in::form),
        ),
        (
            spec(&p, "/staff/first-sign-in", Public, Staff),
            post(crate::auth::first_sign_in::submit),
        ),
        (
            spec(&g, "/staff/sign-in/totp", SecondFactor, Staff),
            get(crate::auth::sign_in::totp_form),
        ),
        (
            spec(&p, "/staff/sign-in/totp", SecondFactor, Staff),
            post(crate::auth::sign_in::totp_submit),
        ),
        (
            spec(&p, "/staff/sign-out", AnySession, Staff),
            post(crate::auth::sign_in::sign_out),
        ),
        (
            spec(&g, "/staff/account/totp", Enrolment, Staff),
            get(crate::auth::enrol::enrol_form),
        ),
        (
            spec(&p, "/staff/account/totp", Enrolment, Staff),
            post(crate::auth::enrol::enrol_confirm),
        ),
        (
            spec(
                &g,
                "/staff/account",
                Access::Permission(ManageOwnAccount),
                Staff,
            ),
            get(crate::auth::account::account),
        ),
        (
            spec(
                &p,
                "/staff/account/password",
                Access::Permission(ManageOwnAccount),
                Staff,
            ),
            post(crate::auth::account::change_password),
        ),
        (
            spec(
                &p,
                "/staff/account/recovery-codes",
                Access::Permission(ManageOwnAccount),
                Staff,
            ),
            post(crate::auth::account::regenerate_recovery_codes),
        ),
    ]
}
