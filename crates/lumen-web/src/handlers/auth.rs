//! Sign-in with password, then the second factor; sign-out.

use crate::access::{ENROL, SECOND_FACTOR, SIGN_IN, landing};
use crate::context::{cookie_header, session_cookie_name, token_hash};
use crate::error::WebError;
use crate::form::ValidForm;
use crate::handlers::see_other;
use crate::page::{Ctx, Page};
use crate::state::AppState;
use crate::totp;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use lumen_domain::Email;
use lumen_domain::audit::AuditEvent;
use lumen_domain::session::SessionStage;
use lumen_store::NewSession;
use serde::Deserialize;
use sha2::{Digest, Sha256};

#[derive(Template, WebTemplate)]
#[template(path = "sign_in.html")]
struct SignInPage {
    page: Page,
    email: String,
    error: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "totp.html")]
struct TotpPage {
    page: Page,
    error: Option<String>,
}

/// The sign-in form's fields.
#[derive(Deserialize)]
pub struct SignInForm {
    email: String,
    password: String,
}

/// The second factor's field: a 6-digit code or a recovery code.
#[derive(Deserialize)]
pub struct TotpForm {
    code: String,
}

/// `GET /staff/sign-in`.
pub async fn sign_in_form(page: Page) -> Response {
    if let Some(u) = page.user.as_ref().filter(|u| u.complete) {
        return see_other(landing(u.role));
    }
    SignInPage {
        page,
        email: String::new(),
        error: None,
    }
    .into_response()
}

/// `POST /staff/sign-in`. Unknown e-mail, wrong password, locked or deactivated account: the
/// same answer, after the same amount of hashing work.
pub async fn sign_in(
    State(state): State<AppState>,
    page: Page,
    ValidForm(form): ValidForm<SignInForm>,
) -> Result<Response, WebError> {
    let store = state.store();
    let now = Utc::now();
    let user = match Email::parse(&form.email) {
        Ok(email) => store.user_by_email(email.as_str()).await?,
        Err(_) => None,
    };
    let refuse = |page: Page, email: String| {
        let error = Some(page.t("sign-in-refused"));
        (StatusCode::UNAUTHORIZED, SignInPage { page, email, error }).into_response()
    };
    let Some(user) = user else {
        lumen_crypto::dummy_verify();
        store
            .audit(AuditEvent::new("auth.sign_in", "user", None).failed())
            .await?;
        return Ok(refuse(page, form.email));
    };
    let password_ok = lumen_crypto::verify_password(&form.password, &user.password_hash);
    let locked = user.locked_until.is_some_and(|t| t > now);
    if !password_ok || locked || !user.active {
        if !password_ok && user.active {
            let failures = user.failed_attempts.saturating_add(1);
            let until = state
                .auth()
                .lockout_policy()
                .locked_until(failures.max(0) as u32, now);
            let ev = AuditEvent::new("auth.sign_in", "user", Some(user.id.to_string())).failed();
            store
                .record_failed_sign_in(user.id, failures, until.or(user.locked_until), ev)
                .await?;
        } else {
            let ev = AuditEvent::new("auth.sign_in", "user", Some(user.id.to_string())).failed();
            store.audit(ev).await?;
        }
        return Ok(refuse(page, form.email));
    }
    store.clear_failed_sign_ins(user.id).await?;
    let stage = if user.totp_enabled {
        SessionStage::AwaitingTotp
    } else if state.auth().require_totp {
        SessionStage::MustEnrolTotp
    } else {
        SessionStage::Complete
    };
    let token = lumen_crypto::random_token(32);
    store
        .create_session(NewSession {
            id_hash: token_hash(&token),
            user_id: user.id,
            stage,
            csrf_token: lumen_crypto::random_token(32),
        })
        .await?;
    let ev = AuditEvent::new("auth.password_accepted", "user", Some(user.id.to_string()))
        .by(user.id, user.role);
    store.audit(ev).await?;
    let secure = state.server().secure_cookies;
    let to = match stage {
        SessionStage::AwaitingTotp => SECOND_FACTOR,
        SessionStage::MustEnrolTotp => ENROL,
        SessionStage::Complete => landing(user.role),
    };
    let mut res = see_other(to);
    res.headers_mut().append(
        header::SET_COOKIE,
        cookie_header(session_cookie_name(secure), &token, secure, true, None),
    );
    Ok(res)
}

/// `GET /staff/sign-in/totp`.
pub async fn totp_form(page: Page) -> Response {
    TotpPage { page, error: None }.into_response()
}

/// The hash under which a recovery code is stored (codes carry 50 random bits and are
/// single-use; dashes and case are ignored).
pub fn recovery_code_hash(code: &str) -> String {
    let normal: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    hex::encode(Sha256::digest(normal.as_bytes()))
}

/// `POST /staff/sign-in/totp`: a fresh code (a replayed one is refused) or a recovery code.
pub async fn totp_submit(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    ValidForm(form): ValidForm<TotpForm>,
) -> Result<Response, WebError> {
    let (Some(session), Some(user)) = (ctx.session, ctx.user) else {
        return Ok(see_other(SIGN_IN));
    };
    let store = state.store();
    let secret = user.totp_secret.clone().unwrap_or_default();
    let accepted = match totp::check(&secret, &form.code) {
        Some(step) => store.accept_totp_step(user.id, step).await?,
        None => {
            let trimmed = form.code.trim();
            trimmed.len() > 6
                && store
                    .use_recovery_code(user.id, &recovery_code_hash(trimmed))
                    .await?
        }
    };
    let subject = Some(user.id.to_string());
    if !accepted {
        store
            .audit(
                AuditEvent::new("auth.second_factor", "user", subject)
                    .by(user.id, user.role)
                    .failed(),
            )
            .await?;
        let error = Some(page.t("totp-refused"));
        return Ok((StatusCode::UNAUTHORIZED, TotpPage { page, error }).into_response());
    }
    store
        .set_session_stage(&session.id_hash, SessionStage::Complete)
        .await?;
    store
        .audit(AuditEvent::new("auth.sign_in", "user", subject).by(user.id, user.role))
        .await?;
    Ok(see_other(landing(user.role)))
}

/// `POST /staff/sign-out`.
pub async fn sign_out(State(state): State<AppState>, Ctx(ctx): Ctx) -> Result<Response, WebError> {
    if let (Some(session), Some(user)) = (ctx.session, ctx.user) {
        state.store().delete_session(&session.id_hash).await?;
        let ev = AuditEvent::new("auth.sign_out", "user", Some(user.id.to_string()))
            .by(user.id, user.role);
        state.store().audit(ev).await?;
    }
    let secure = state.server().secure_cookies;
    let mut res = see_other(SIGN_IN);
    res.headers_mut().append(
        header::SET_COOKIE,
        cookie_header(session_cookie_name(secure), "", secure, true, Some(0)),
    );
    Ok(res)
}
