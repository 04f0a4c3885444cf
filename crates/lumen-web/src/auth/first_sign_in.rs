//! First sign-in of a new account: its holder types the one-time enrolment code the
//! administrator handed over and chooses their own password, so no administrator ever knows a
//! working password. The second factor is enrolled next.

use crate::auth::sign_in::start_session;
use crate::infra::access::ENROL;
use crate::infra::client_source::SignInSource;
use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::see_other;
use crate::infra::page::Page;
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use lumen_domain::Email;
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::password::check_password;
use lumen_domain::session::SessionStage;
use serde::Deserialize;
use sha2::{Digest, Sha256};

#[derive(Template, WebTemplate)]
#[template(path = "auth/first_sign_in.html")]
struct FirstSignInPage {
    page: Page,
    email: String,
    error: Option<String>,
}

/// The form's fields.
#[derive(Deserialize)]
pub struct FirstSignInForm {
    email: String,
    code: String,
    new: String,
    confirm: String,
}

/// The hash under which an enrolment code is stored (the code carries 100 random bits; case,
/// spaces and dashes are ignored).
pub fn enrolment_code_hash(code: &str) -> String {
    let normal: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    hex::encode(Sha256::digest(normal.as_bytes()))
}

/// A new enrolment code: 20 characters of an unambiguous alphabet (100 bits), in groups of 5.
pub fn new_enrolment_code() -> String {
    const ALPHABET: &[u8; 32] = b"abcdefghjkmnpqrstuvwxyz023456789";
    let raw = lumen_crypto::random::random_array::<20>();
    let chars: Vec<char> = raw
        .iter()
        .map(|b| ALPHABET[(*b & 31) as usize] as char)
        .collect();
    chars
        .chunks(5)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// `GET /staff/first-sign-in`.
pub async fn form(page: Page) -> Response {
    FirstSignInPage {
        page,
        email: String::new(),
        error: None,
    }
    .into_response()
}

/// `POST /staff/first-sign-in`. A wrong code counts like a wrong password (per account and
/// per source); an unknown e-mail gets the same answer.
pub async fn submit(
    State(state): State<AppState>,
    SignInSource(source): SignInSource,
    page: Page,
    ValidForm(form): ValidForm<FirstSignInForm>,
) -> Result<Response, WebError> {
    let email = form.email.clone();
    let answer = |page: Page, status: StatusCode, key: &str| {
        let error = Some(page.t(key));
        (
            status,
            FirstSignInPage {
                page,
                email: email.clone(),
                error,
            },
        )
            .into_response()
    };
    let Ok(attempt) = state.sign_in_limiter().try_attempt(source) else {
        let mut res = answer(page, StatusCode::TOO_MANY_REQUESTS, "sign-in-too-many");
        res.headers_mut()
            .insert(header::RETRY_AFTER, header::HeaderValue::from_static("60"));
        return Ok(res);
    };
    let store = state.store();
    let user = match Email::parse(&form.email) {
        Ok(e) => store.user_by_email(e.as_str()).await?,
        Err(_) => None,
    };
    let code_hash = enrolment_code_hash(&form.code);
    let Some(user) = user else {
        store
            .audit(AuditEvent::new(AuditAction::AuthEnrolmentCode, None).failed())
            .await?;
        return Ok(answer(
            page,
            StatusCode::UNAUTHORIZED,
            "first-sign-in-refused",
        ));
    };
    let locked = user.locked_until.is_some_and(|t| t > chrono::Utc::now());
    let matches = !locked && store.enrolment_code_matches(user.id, &code_hash).await?;
    let subject = Some(user.id.to_string());
    if !matches {
        let ev = AuditEvent::new(AuditAction::AuthEnrolmentCode, subject).failed();
        if locked {
            store.audit(ev).await?;
        } else {
            let policy = state.auth().lockout_policy();
            store.count_failed_sign_in(user.id, &policy, ev).await?;
        }
        return Ok(answer(
            page,
            StatusCode::UNAUTHORIZED,
            "first-sign-in-refused",
        ));
    }
    // The code is right: its holder may be told what stands in the way.
    if !user.active {
        return Ok(answer(
            page,
            StatusCode::FORBIDDEN,
            "first-sign-in-awaiting-approval",
        ));
    }
    let problem = if form.new != form.confirm {
        Some("password-mismatch".to_owned())
    } else {
        check_password(&form.new)
            .err()
            .map(|r| r.code().replace('_', "-"))
    };
    if let Some(key) = problem {
        state.sign_in_limiter().refund(attempt);
        return Ok(answer(page, StatusCode::BAD_REQUEST, &key));
    }
    let hash = lumen_crypto::hash_password(&form.new).map_err(|_| WebError::Internal)?;
    let ev = AuditEvent::new(AuditAction::UserEnrolled, subject).by(user.id, user.role);
    if !store
        .redeem_enrolment_code(user.id, &code_hash, hash, ev)
        .await?
    {
        return Ok(answer(
            page,
            StatusCode::UNAUTHORIZED,
            "first-sign-in-refused",
        ));
    }
    state.sign_in_limiter().refund(attempt);
    start_session(&state, &user, SessionStage::MustEnrolTotp, see_other(ENROL)).await
}
