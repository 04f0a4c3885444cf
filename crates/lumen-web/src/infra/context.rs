//! Per-request context: the session and account behind the cookie, the language, and the CSRF
//! token forms must carry. Loaded once per request by [`load_context`].

use crate::infra::i18n::{self, Lang};
use crate::infra::state::AppState;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{Duration, Utc};
use lumen_store::{SessionRecord, UserRecord};
use sha2::{Digest, Sha256};

/// Cookie holding the language chosen with the switcher.
pub const LANG_COOKIE: &str = "lumen_lang";
/// The cookie holding the CSRF token of a visitor who has not signed in yet (staff area
/// only): `__Host-` prefixed when cookies are `Secure`.
pub fn presession_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-lumen_csrf"
    } else {
        "lumen_csrf"
    }
}

/// What the middleware learnt about the request.
#[derive(Clone)]
pub struct RequestContext {
    /// Interface language.
    pub lang: Lang,
    /// The CSRF token forms on this page must carry (empty on the public area).
    pub csrf: String,
    /// The live session, if any.
    pub session: Option<SessionRecord>,
    /// Its account.
    pub user: Option<UserRecord>,
    /// Request path, for the language switcher's way back.
    pub path: String,
    /// The `done=` code of the URL a save redirected to (letters, digits and dashes), for
    /// the confirmation banner.
    pub done: Option<String>,
}

/// The `done=` code of a query string, when it is a well-formed code.
fn done_code(query: Option<&str>) -> Option<String> {
    query?
        .split('&')
        .filter_map(|kv| kv.strip_prefix("done="))
        .find(|v| {
            !v.is_empty()
                && v.len() <= 60
                && v.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
        .map(str::to_owned)
}

/// The session cookie's name: `__Host-` prefixed when cookies are `Secure`.
pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-lumen_session"
    } else {
        "lumen_session"
    }
}

/// Builds a `Set-Cookie` value with Lumen's attributes.
pub fn cookie_header(
    name: &str,
    value: &str,
    secure: bool,
    http_only: bool,
    max_age: Option<i64>,
) -> HeaderValue {
    let mut c = format!("{name}={value}; Path=/; SameSite=Strict");
    if http_only {
        c.push_str("; HttpOnly");
    }
    if secure {
        c.push_str("; Secure");
    }
    if let Some(age) = max_age {
        c.push_str(&format!("; Max-Age={age}"));
    }
    HeaderValue::from_str(&c).expect("cookie header")
}

/// The value of a cookie in the request.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// SHA-256 (hex) of a session token: what the database keeps.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Whether a path belongs to the staff area (where a pre-session CSRF cookie may be set).
fn is_staff_path(path: &str) -> bool {
    path == "/staff" || path.starts_with("/staff/") || path == "/language"
}

/// Loads the request context, refreshing the session's activity time at most once a minute.
pub async fn load_context(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let secure = state.server().secure_cookies;
    let headers = req.headers();
    let path = req.uri().path().to_owned();
    let done = done_code(req.uri().query());
    let mut set_cookies: Vec<HeaderValue> = Vec::new();
    let mut session = None;
    let mut user = None;
    if let Some(token) = cookie(headers, session_cookie_name(secure)) {
        let hash = token_hash(token);
        let policy = state.auth().session_policy();
        let now = Utc::now();
        match state.store().session(&hash).await {
            Err(e) => return crate::infra::error::WebError::from(e).into_response(),
            Ok(Some(s)) if policy.is_alive(s.created_at, s.last_seen_at, now) => {
                match state.store().user(s.user_id).await {
                    Ok(u) if u.active => {
                        if now - s.last_seen_at > Duration::seconds(60) {
                            let _ = state.store().touch_session(&hash, now).await;
                        }
                        session = Some(s);
                        user = Some(u);
                    }
                    Ok(_) | Err(lumen_store::StoreError::NotFound(_)) => {
                        let _ = state.store().delete_session(&hash).await;
                    }
                    Err(e) => return crate::infra::error::WebError::from(e).into_response(),
                }
            }
            Ok(Some(_)) => {
                let _ = state.store().delete_session(&hash).await;
                set_cookies.push(cookie_header(
                    session_cookie_name(secure),
                    "",
                    secure,
                    true,
                    Some(0),
                ));
            }
            Ok(None) => {
                set_cookies.push(cookie_header(
                    session_cookie_name(secure),
                    "",
                    secure,
                    true,
                    Some(0),
                ));
            }
        }
    }
    let csrf = match &session {
        Some(s) => s.csrf_token.clone(),
        None => match cookie(headers, presession_cookie_name(secure)) {
            Some(v) if state.presession_tokens().is_genuine(v) => v.to_owned(),
            _ if is_staff_path(&path) => {
                let fresh = state.presession_tokens().issue();
                set_cookies.push(cookie_header(
                    presession_cookie_name(secure),
                    &fresh,
                    secure,
                    true,
                    None,
                ));
                fresh
            }
            _ => String::new(),
        },
    };
    let lang = i18n::negotiate(
        user.as_ref().and_then(|u| u.locale.as_deref()),
        cookie(headers, LANG_COOKIE),
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    );
    let ctx = RequestContext {
        lang,
        csrf,
        session,
        user,
        path,
        done,
    };
    req.extensions_mut().insert(ctx.clone());
    let mut res = next.run(req).await;
    res.extensions_mut().insert(ctx);
    // A cookie the handler set (a new session at sign-in) wins over the clean-up of a stale
    // one of the same name.
    let set_by_handler: Vec<String> = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split_once('=').map(|(name, _)| name.to_owned()))
        .collect();
    for c in set_cookies {
        let name = c
            .to_str()
            .ok()
            .and_then(|v| v.split_once('='))
            .map(|(name, _)| name.to_owned());
        if name.is_some_and(|n| set_by_handler.contains(&n)) {
            continue;
        }
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    res
}
