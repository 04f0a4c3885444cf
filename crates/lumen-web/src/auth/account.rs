//! One's own account: password change, second factor status.

use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::password::check_password;
use serde::Deserialize;

#[derive(Template, WebTemplate)]
#[template(path = "auth/account.html")]
struct AccountPage {
    page: Page,
    email: String,
    totp_enabled: bool,
    recovery_left: u64,
    error: Option<String>,
    notice: Option<String>,
}

/// The password change form.
#[derive(Deserialize)]
pub struct PasswordForm {
    current: String,
    new: String,
    confirm: String,
}

async fn render(
    state: &AppState,
    ctx: &crate::infra::context::RequestContext,
    page: Page,
    error: Option<String>,
    notice: Option<String>,
) -> Result<AccountPage, WebError> {
    let user = ctx.user.as_ref().ok_or(WebError::Forbidden)?;
    let recovery_left = state.store().unused_recovery_codes(user.id).await?;
    Ok(AccountPage {
        page,
        email: user.email.clone(),
        totp_enabled: user.totp_enabled,
        recovery_left,
        error,
        notice,
    })
}

/// `GET /staff/account`.
pub async fn account(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
) -> Result<Response, WebError> {
    Ok(render(&state, &ctx, page, None, None)
        .await?
        .into_response())
}

/// `POST /staff/account/password`: needs the current password; other sessions end.
pub async fn change_password(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    ValidForm(form): ValidForm<PasswordForm>,
) -> Result<Response, WebError> {
    let (Some(user), Some(session)) = (&ctx.user, &ctx.session) else {
        return Err(WebError::Forbidden);
    };
    let error_key = if !lumen_crypto::verify_password(&form.current, &user.password_hash) {
        Some("password-current-wrong".to_owned())
    } else if form.new != form.confirm {
        Some("password-mismatch".to_owned())
    } else {
        check_password(&form.new)
            .err()
            .map(|r| r.code().replace('_', "-"))
    };
    if let Some(key) = error_key {
        let error = Some(page.t(&key));
        let body = render(&state, &ctx, page, error, None).await?;
        return Ok((StatusCode::BAD_REQUEST, body).into_response());
    }
    let hash = lumen_crypto::hash_password(&form.new).map_err(|_| WebError::Internal)?;
    let ev = AuditEvent::new(AuditAction::UserPasswordChanged, Some(user.id.to_string()))
        .by(user.id, user.role);
    state
        .store()
        .set_password(user.id, hash, Some(&session.id_hash), ev)
        .await?;
    let notice = Some(page.t("password-changed"));
    Ok(render(&state, &ctx, page, None, notice)
        .await?
        .into_response())
}
