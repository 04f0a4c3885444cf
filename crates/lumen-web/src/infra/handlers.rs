//! What handlers of every feature share: the answer to a successful form post and the audit
//! entry of a list read.

use axum::response::{IntoResponse, Redirect, Response};

/// 303 See Other to `to`: the answer to a successful form post.
pub fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// 303 See Other to `to` with `done=<code>`: the next page shows the confirmation banner of
/// that save, the text of the `done-<code>` translation key (see [`crate::infra::page::Page`]).
pub fn see_other_done(to: &str, code: &str) -> Response {
    let (path, fragment) = to.split_once('#').map_or((to, ""), |(p, f)| (p, f));
    let sep = if path.contains('?') { '&' } else { '?' };
    let hash = if fragment.is_empty() { "" } else { "#" };
    see_other(&format!("{path}{sep}done={code}{hash}{fragment}"))
}

/// Records that the signed-in account read a list or an export (`action`, e.g.
/// `screening.list`): what was opened, never what it showed.
pub(crate) async fn audit_list(
    state: &crate::infra::state::AppState,
    ctx: &crate::infra::context::RequestContext,
    action: lumen_domain::audit::AuditAction,
) -> Result<(), crate::infra::error::WebError> {
    let user = ctx
        .user
        .as_ref()
        .ok_or(crate::infra::error::WebError::Forbidden)?;
    let ev = lumen_domain::audit::AuditEvent::new(action, None).by(user.id, user.role);
    state.store().audit(ev).await?;
    Ok(())
}

/// An id from the path: one that does not parse names no page, so it is a 404 like an id
/// that names nothing.
pub(crate) fn path_id<T: std::str::FromStr>(raw: &str) -> Result<T, crate::infra::error::WebError> {
    raw.parse()
        .map_err(|_| crate::infra::error::WebError::NotFound)
}
