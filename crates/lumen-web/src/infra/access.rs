//! The per-route access guard. Deny by default: a route passes only what it declares.

use crate::infra::context::RequestContext;
use crate::infra::error::WebError;
use crate::infra::state::AppState;
use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use lumen_domain::Permission;
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::session::SessionStage;

/// What a route needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// A session whose password was accepted and whose second factor is due.
    SecondFactor,
    /// A session that must enrol a second factor, or a complete one.
    Enrolment,
    /// Any session, whatever its stage (sign-out).
    AnySession,
    /// A complete session whose role grants the permission.
    Permission(Permission),
}

/// Where sign-in starts.
pub const SIGN_IN: &str = "/staff/sign-in";
/// Where the second factor is asked.
pub const SECOND_FACTOR: &str = "/staff/sign-in/totp";
/// Where the second factor is enrolled.
pub const ENROL: &str = "/staff/account/totp";
/// Home of a signed-in account.
pub const HOME: &str = "/staff";
/// Where a partner organisation's worker lands after signing in.
pub const PARTNER_HOME: &str = "/staff/partner";

/// Where an account lands after signing in: partners in their area, everyone else at home.
pub fn landing(role: lumen_domain::Role) -> &'static str {
    match role {
        lumen_domain::Role::Partner => PARTNER_HOME,
        _ => HOME,
    }
}

/// Decides whether the request may reach the route. A refusal of a signed-in account is
/// audited with the route's template (never the concrete path).
pub async fn guard(state: AppState, access: Access, req: Request, next: Next) -> Response {
    if access == Access::Public {
        return next.run(req).await;
    }
    let Some(ctx) = req.extensions().get::<RequestContext>() else {
        return WebError::Internal.into_response();
    };
    let (Some(session), Some(user)) = (&ctx.session, &ctx.user) else {
        return Redirect::to(SIGN_IN).into_response();
    };
    let stage = session.stage;
    let redirect = match (access, stage) {
        (Access::AnySession, _) => None,
        (Access::SecondFactor, SessionStage::AwaitingTotp) => None,
        (Access::SecondFactor, SessionStage::MustEnrolTotp) => Some(ENROL),
        (Access::SecondFactor, SessionStage::Complete) => Some(HOME),
        (Access::Enrolment, SessionStage::AwaitingTotp) => Some(SECOND_FACTOR),
        (Access::Enrolment, _) => None,
        (Access::Permission(_), SessionStage::AwaitingTotp) => Some(SECOND_FACTOR),
        (Access::Permission(_), SessionStage::MustEnrolTotp) => Some(ENROL),
        (Access::Permission(p), SessionStage::Complete) => {
            if !user.role.has(p) {
                let route = req
                    .extensions()
                    .get::<MatchedPath>()
                    .map(|m| m.as_str().to_owned());
                let ev = AuditEvent::new(AuditAction::AccessDenied, route)
                    .by(user.id, user.role)
                    .failed();
                if let Err(e) = state.store().audit(ev).await {
                    return WebError::from(e).into_response();
                }
                return WebError::Forbidden.into_response();
            }
            None
        }
        (Access::Public, _) => None,
    };
    match redirect {
        Some(to) => Redirect::to(to).into_response(),
        None => next.run(req).await,
    }
}
