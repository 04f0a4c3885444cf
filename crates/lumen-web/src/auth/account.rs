//! One's own account: password change, second factor status, new recovery codes.
//!
//! New recovery codes replace every old one at once (one transaction with its audit entry),
//! after the holder proves their second factor with a fresh code from their app: a session
//! left open on a shared computer is not enough. A wrong code counts towards the account's
//! lock like a wrong code at sign-in, a locked account makes none, and every try takes a token
//! from the sign-in limiter of its source.

use crate::auth::enrol::{RecoveryCodesPage, new_recovery_codes};
use crate::infra::client_source::SignInSource;
use crate::infra::error::WebError;
use crate::infra::form::{FieldErrors, ValidForm};
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use lumen_app::auth::totp;
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
    /// The refused field of the recovery codes' form.
    errors: FieldErrors,
}

/// Below this many unused recovery codes, the page suggests new ones.
const RECOVERY_LOW: u64 = 3;

/// The form asking for new recovery codes: a current code of the authenticator app.
#[derive(Deserialize)]
pub struct RecoveryForm {
    code: String,
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
        errors: FieldErrors::default(),
    })
}

impl AccountPage {
    fn recovery_low(&self) -> bool {
        self.recovery_left < RECOVERY_LOW
    }
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

/// The account page again with the recovery form's field refused.
async fn refuse_recovery(
    state: &AppState,
    ctx: &crate::infra::context::RequestContext,
    page: Page,
    status: StatusCode,
    key: &str,
) -> Result<Response, WebError> {
    let message = page.t(key);
    let mut body = render(state, ctx, page, None, None).await?;
    body.errors.add("recovery_code", message);
    Ok((status, body).into_response())
}

/// `POST /staff/account/recovery-codes`: with a fresh code of the account's authenticator app
/// (a replayed one is refused), new recovery codes replace the old ones, which stop working at
/// once; they are shown once, and the change is audited (`user.recovery_codes_regenerated`).
pub async fn regenerate_recovery_codes(
    State(state): State<AppState>,
    SignInSource(source): SignInSource,
    Ctx(ctx): Ctx,
    page: Page,
    ValidForm(form): ValidForm<RecoveryForm>,
) -> Result<Response, WebError> {
    let user = ctx.user.as_ref().ok_or(WebError::Forbidden)?;
    if !user.totp_enabled {
        return Err(WebError::BadRequest {
            field: "code".into(),
        });
    }
    let Ok(attempt) = state.sign_in_limiter().try_attempt(source) else {
        let mut res = refuse_recovery(
            &state,
            &ctx,
            page,
            StatusCode::TOO_MANY_REQUESTS,
            "sign-in-too-many",
        )
        .await?;
        res.headers_mut()
            .insert(header::RETRY_AFTER, header::HeaderValue::from_static("60"));
        return Ok(res);
    };
    let store = state.store();
    let subject = Some(user.id.to_string());
    let failed = AuditEvent::new(AuditAction::UserRecoveryCodesRegenerated, subject.clone())
        .by(user.id, user.role)
        .failed();
    if user.locked_until.is_some_and(|t| t > chrono::Utc::now()) {
        store.audit(failed).await?;
        return refuse_recovery(
            &state,
            &ctx,
            page,
            StatusCode::FORBIDDEN,
            "account-recovery-locked",
        )
        .await;
    }
    let secret = store.totp_secret(user.id).await?.unwrap_or_default();
    let accepted = match totp::check(&secret, &form.code) {
        Some(step) => store.accept_totp_step(user.id, step).await?,
        None => false,
    };
    if !accepted {
        let policy = state.auth().lockout_policy();
        store.count_failed_sign_in(user.id, &policy, failed).await?;
        return refuse_recovery(
            &state,
            &ctx,
            page,
            StatusCode::BAD_REQUEST,
            "account-recovery-refused",
        )
        .await;
    }
    state.sign_in_limiter().refund(attempt);
    let (codes, hashes) = new_recovery_codes();
    let ev =
        AuditEvent::new(AuditAction::UserRecoveryCodesRegenerated, subject).by(user.id, user.role);
    store.replace_recovery_codes(user.id, hashes, ev).await?;
    Ok(RecoveryCodesPage {
        page,
        codes,
        replaced: true,
        done_href: "/staff/account?done=recovery-codes-regenerated",
    }
    .into_response())
}
