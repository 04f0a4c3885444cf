//! Enrolment of the second factor: a QR code (SVG drawn here), the same `otpauth://` address as
//! a link (a tap on the phone that holds the authenticator app adds the account to it), the
//! secret in text for manual entry, a first code to confirm, then recovery codes shown once.

use crate::auth::sign_in::recovery_code_hash;
use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lumen_app::auth::totp;
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::session::SessionStage;
use serde::Deserialize;

/// Recovery codes issued at enrolment.
const RECOVERY_CODES: usize = 10;

#[derive(Template, WebTemplate)]
#[template(path = "auth/enrol.html")]
struct EnrolPage {
    page: Page,
    active: bool,
    qr_svg: String,
    /// The `otpauth://` address the QR code holds.
    otpauth_url: String,
    secret: String,
    error: Option<String>,
}

/// The recovery codes, shown once: after enrolment, and after new ones replaced the old.
#[derive(Template, WebTemplate)]
#[template(path = "auth/recovery_codes.html")]
pub(crate) struct RecoveryCodesPage {
    pub(crate) page: Page,
    pub(crate) codes: Vec<String>,
    /// Whether these codes replaced older ones (which no longer work).
    pub(crate) replaced: bool,
    /// Where "I have saved them" leads.
    pub(crate) done_href: &'static str,
}

/// The confirmation form.
#[derive(Deserialize)]
pub struct ConfirmForm {
    code: String,
}

fn grouped(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

async fn enrol_page(
    state: &AppState,
    ctx: &crate::infra::context::RequestContext,
    page: Page,
    error: Option<String>,
) -> Result<EnrolPage, WebError> {
    let user = ctx.user.as_ref().ok_or(WebError::Forbidden)?;
    if user.totp_enabled {
        return Ok(EnrolPage {
            page,
            active: true,
            qr_svg: String::new(),
            otpauth_url: String::new(),
            secret: String::new(),
            error,
        });
    }
    let stored = match user.totp_secret_set {
        true => state.store().totp_secret(user.id).await?,
        false => None,
    };
    let secret = match stored {
        Some(s) => s,
        None => {
            let s = totp::new_secret();
            let ev = AuditEvent::new(
                AuditAction::UserTotpEnrolmentStarted,
                Some(user.id.to_string()),
            )
            .by(user.id, user.role);
            state
                .store()
                .begin_totp_enrolment(user.id, s.clone(), ev)
                .await?;
            s
        }
    };
    let url = totp::otpauth_url(&secret, &user.email).ok_or(WebError::Internal)?;
    let qr_svg = totp::qr_svg(&url).ok_or(WebError::Internal)?;
    Ok(EnrolPage {
        page,
        active: false,
        qr_svg,
        otpauth_url: url,
        secret: grouped(&secret),
        error,
    })
}

/// `GET /staff/account/totp`.
pub async fn enrol_form(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
) -> Result<Response, WebError> {
    Ok(enrol_page(&state, &ctx, page, None).await?.into_response())
}

/// `POST /staff/account/totp`: confirms with a first code.
pub async fn enrol_confirm(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    ValidForm(form): ValidForm<ConfirmForm>,
) -> Result<Response, WebError> {
    let (Some(session), Some(user)) = (&ctx.session, &ctx.user) else {
        return Err(WebError::Forbidden);
    };
    if user.totp_enabled {
        return Ok(enrol_page(&state, &ctx, page, None).await?.into_response());
    }
    let stored = state.store().totp_secret(user.id).await?;
    let step = stored.as_deref().and_then(|s| totp::check(s, &form.code));
    let Some(step) = step else {
        let error = Some(page.t("totp-refused"));
        let body = enrol_page(&state, &ctx, page, error).await?;
        return Ok((StatusCode::BAD_REQUEST, body).into_response());
    };
    let (codes, hashes) = new_recovery_codes();
    let ev = AuditEvent::new(AuditAction::UserTotpEnrolled, Some(user.id.to_string()))
        .by(user.id, user.role);
    state
        .store()
        .confirm_totp(user.id, step, hashes, ev)
        .await?;
    let res = RecoveryCodesPage {
        page,
        codes,
        replaced: false,
        done_href: "/staff",
    }
    .into_response();
    if session.stage == SessionStage::Complete {
        return Ok(res);
    }
    crate::auth::sign_in::complete_session(&state, session, res).await
}

/// A new set of recovery codes, and the hashes under which they are stored.
pub(crate) fn new_recovery_codes() -> (Vec<String>, Vec<String>) {
    let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| new_recovery_code()).collect();
    let hashes = codes.iter().map(|c| recovery_code_hash(c)).collect();
    (codes, hashes)
}

/// A recovery code: ten characters of an unambiguous alphabet (50 bits), as `xxxxx-xxxxx`.
fn new_recovery_code() -> String {
    const ALPHABET: &[u8; 32] = b"abcdefghjkmnpqrstuvwxyz023456789";
    let raw = lumen_crypto::random::random_array::<10>();
    let chars: String = raw
        .iter()
        .map(|b| ALPHABET[(*b & 31) as usize] as char)
        .collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}
