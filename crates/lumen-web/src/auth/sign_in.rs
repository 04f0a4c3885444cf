//! Sign-in with password, then the second factor; sign-out.

use crate::infra::access::{ENROL, SECOND_FACTOR, SIGN_IN, landing};
use crate::infra::client_source::SignInSource;
use crate::infra::context::{cookie_header, session_cookie_name, token_hash};
use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::see_other;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use lumen_app::auth::totp;
use lumen_domain::Email;
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::session::SessionStage;
use lumen_store::{NewSession, SessionRecord, UserRecord};
use serde::Deserialize;
use sha2::{Digest, Sha256};

#[derive(Template, WebTemplate)]
#[template(path = "auth/sign_in.html")]
struct SignInPage {
    page: Page,
    email: String,
    error: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "auth/totp.html")]
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
    SignInSource(source): SignInSource,
    page: Page,
    ValidForm(form): ValidForm<SignInForm>,
) -> Result<Response, WebError> {
    let Ok(attempt) = state.sign_in_limiter().try_attempt(source) else {
        let error = Some(page.t("sign-in-too-many"));
        let email = form.email;
        return Ok((
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, "60")],
            SignInPage { page, email, error },
        )
            .into_response());
    };
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
            .audit(AuditEvent::new(AuditAction::AuthSignIn, None).failed())
            .await?;
        return Ok(refuse(page, form.email));
    };
    let password_ok = lumen_crypto::verify_password(&form.password, &user.password_hash);
    let locked = user.locked_until.is_some_and(|t| t > now);
    if !password_ok || locked || !user.active {
        let ev = AuditEvent::new(AuditAction::AuthSignIn, Some(user.id.to_string())).failed();
        if !password_ok && user.active {
            let policy = state.auth().lockout_policy();
            store.count_failed_sign_in(user.id, &policy, ev).await?;
        } else {
            store.audit(ev).await?;
        }
        return Ok(refuse(page, form.email));
    }
    let stage = if user.totp_enabled {
        SessionStage::AwaitingTotp
    } else if state.auth().require_totp {
        SessionStage::MustEnrolTotp
    } else {
        SessionStage::Complete
    };
    // The failure count is cleared only once sign-in is complete: a right password followed
    // by wrong codes keeps counting towards the lock.
    if stage == SessionStage::Complete {
        store.clear_failed_sign_ins(user.id).await?;
        state.sign_in_limiter().refund(attempt);
    }
    let ev = AuditEvent::new(AuditAction::AuthPasswordAccepted, Some(user.id.to_string()))
        .by(user.id, user.role);
    store.audit(ev).await?;
    let to = match stage {
        SessionStage::AwaitingTotp => SECOND_FACTOR,
        SessionStage::MustEnrolTotp => ENROL,
        SessionStage::Complete => landing(user.role),
    };
    start_session(&state, &user, stage, see_other(to)).await
}

/// Opens a session at `stage` for `user` and sets its cookie on `res`.
pub(crate) async fn start_session(
    state: &AppState,
    user: &UserRecord,
    stage: SessionStage,
    mut res: Response,
) -> Result<Response, WebError> {
    let token = lumen_crypto::random_token(32);
    state
        .store()
        .create_session(NewSession {
            id_hash: token_hash(&token),
            user_id: user.id,
            stage,
            csrf_token: lumen_crypto::random_token(32),
        })
        .await?;
    let secure = state.server().secure_cookies;
    res.headers_mut().append(
        header::SET_COOKIE,
        cookie_header(session_cookie_name(secure), &token, secure, true, None),
    );
    Ok(res)
}

/// Completes sign-in on `session`: a new token (and CSRF token) replaces the one that was
/// handed out before the second factor, and its cookie is set on `res`.
pub(crate) async fn complete_session(
    state: &AppState,
    session: &SessionRecord,
    mut res: Response,
) -> Result<Response, WebError> {
    let token = lumen_crypto::random_token(32);
    let renewed = state
        .store()
        .renew_session(
            &session.id_hash,
            &token_hash(&token),
            &lumen_crypto::random_token(32),
            SessionStage::Complete,
        )
        .await?;
    if !renewed {
        return Ok(see_other(SIGN_IN));
    }
    let secure = state.server().secure_cookies;
    res.headers_mut().append(
        header::SET_COOKIE,
        cookie_header(session_cookie_name(secure), &token, secure, true, None),
    );
    Ok(res)
}

/// Ends a half-signed-in session and sends its holder back to the password.
async fn end_half_session(state: &AppState, session: &SessionRecord) -> Result<Response, WebError> {
    state.store().delete_session(&session.id_hash).await?;
    let secure = state.server().secure_cookies;
    let mut res = see_other(SIGN_IN);
    res.headers_mut().append(
        header::SET_COOKIE,
        cookie_header(session_cookie_name(secure), "", secure, true, Some(0)),
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
    SignInSource(source): SignInSource,
    Ctx(ctx): Ctx,
    page: Page,
    ValidForm(form): ValidForm<TotpForm>,
) -> Result<Response, WebError> {
    let (Some(session), Some(user)) = (ctx.session, ctx.user) else {
        return Ok(see_other(SIGN_IN));
    };
    let Ok(attempt) = state.sign_in_limiter().try_attempt(source) else {
        let error = Some(page.t("sign-in-too-many"));
        return Ok((
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, "60")],
            TotpPage { page, error },
        )
            .into_response());
    };
    let store = state.store();
    let subject = Some(user.id.to_string());
    if user.locked_until.is_some_and(|t| t > Utc::now()) {
        let ev = AuditEvent::new(AuditAction::AuthSecondFactor, subject)
            .by(user.id, user.role)
            .failed();
        store.audit(ev).await?;
        return end_half_session(&state, &session).await;
    }
    let secret = store.totp_secret(user.id).await?.unwrap_or_default();
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
    if !accepted {
        let ev = AuditEvent::new(AuditAction::AuthSecondFactor, subject)
            .by(user.id, user.role)
            .failed();
        let policy = state.auth().lockout_policy();
        let locked = store.count_failed_sign_in(user.id, &policy, ev).await?;
        let failures = store.count_factor_failure(&session.id_hash).await?;
        let allowed =
            i32::try_from(state.auth().second_factor_session_failures.max(1)).unwrap_or(i32::MAX);
        if locked.is_some() || failures >= allowed {
            return end_half_session(&state, &session).await;
        }
        let error = Some(page.t("totp-refused"));
        return Ok((StatusCode::UNAUTHORIZED, TotpPage { page, error }).into_response());
    }
    state.sign_in_limiter().refund(attempt);
    store.clear_failed_sign_ins(user.id).await?;
    store
        .audit(AuditEvent::new(AuditAction::AuthSignIn, subject).by(user.id, user.role))
        .await?;
    complete_session(&state, &session, see_other(landing(user.role))).await
}

/// `POST /staff/sign-out`.
pub async fn sign_out(State(state): State<AppState>, Ctx(ctx): Ctx) -> Result<Response, WebError> {
    if let (Some(session), Some(user)) = (ctx.session, ctx.user) {
        state.store().delete_session(&session.id_hash).await?;
        let ev = AuditEvent::new(AuditAction::AuthSignOut, Some(user.id.to_string()))
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
