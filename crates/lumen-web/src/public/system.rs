//! Root (the public landing page), health, the staff area's language switch.

use crate::infra::context::{LANG_COOKIE, RequestContext, cookie_header};
use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::see_other;
use crate::infra::i18n::Lang;
use crate::infra::page::Ctx;
use crate::infra::state::AppState;
use crate::public::layout::{LangQuery, PublicPage, report_lang};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use serde::Deserialize;
use std::time::Duration;

#[derive(Template, WebTemplate)]
#[template(path = "public/landing.html")]
struct Landing {
    page: PublicPage,
    /// Whether this process serves the staff area (the discreet sign-in link).
    staff: bool,
}

/// `GET /`: the public entrance, in the language of `?lang=`, else of the browser, else
/// French. A process serving only the staff area sends its visitors to the sign-in page.
pub async fn root(
    State(state): State<AppState>,
    Query(q): Query<LangQuery>,
    headers: HeaderMap,
) -> Response {
    let area = state.server().area;
    if !area.serves_public() {
        return see_other("/staff/sign-in");
    }
    let lang = report_lang(q.lang.as_deref(), &headers);
    Landing {
        page: PublicPage::new(&state, lang, "/"),
        staff: area.serves_staff(),
    }
    .into_response()
}

/// `GET /healthz`: 200 when the database answers within two seconds, 503 otherwise.
pub async fn healthz(State(state): State<AppState>) -> Response {
    match tokio::time::timeout(Duration::from_secs(2), state.store().ping()).await {
        Ok(Ok(())) => (StatusCode::OK, "ok\n").into_response(),
        _ => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response(),
    }
}

/// The language switcher's form.
#[derive(Deserialize)]
pub struct LanguageForm {
    lang: String,
    #[serde(default)]
    back: String,
}

/// A path on this site to go back to, never another site nor anything that cannot be a
/// header value.
fn safe_back(back: &str) -> &str {
    if back.starts_with('/')
        && !back.starts_with("//")
        && !back.contains('\\')
        && back.len() <= 2048
        && back.chars().all(|c| c.is_ascii_graphic())
    {
        back
    } else {
        "/"
    }
}

/// `POST /language`: remembers the choice in a cookie and, when signed in, in the account.
pub async fn set_language(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    ValidForm(form): ValidForm<LanguageForm>,
) -> Result<Response, WebError> {
    let lang = Lang::staff(&form.lang).ok_or(WebError::BadRequest {
        field: "lang".into(),
    })?;
    // Checked before anything is written.
    let back = safe_back(&form.back).to_owned();
    let RequestContext { user, .. } = ctx;
    if let Some(user) = user {
        let ev = AuditEvent::new(AuditAction::UserLanguage, Some(user.id.to_string()))
            .by(user.id, user.role);
        state
            .store()
            .set_user_locale(user.id, lang.code, ev)
            .await?;
    }
    let secure = state.server().secure_cookies;
    let mut res = see_other(&back);
    res.headers_mut().append(
        header::SET_COOKIE,
        cookie_header(LANG_COOKIE, lang.code, secure, false, Some(31_536_000)),
    );
    Ok(res)
}
