//! One image of a public report, decrypted for the THB section. Each read is audited
//! (`report.image.read`); the answer is never cached and carries its real type (the image was
//! re-encoded at arrival, so the type is known, not claimed).

use crate::infra::error::WebError;
use crate::infra::page::Ctx;
use crate::infra::state::AppState;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use uuid::Uuid;

/// The only types stored (anything else in the column is refused rather than served).
const SERVED_TYPES: [&str; 2] = ["image/jpeg", "image/png"];

/// `GET /staff/reports/{id}/images/{image}`.
pub async fn image(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((id, image)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let keys = state.reports()?;
    if !keys.can_open() {
        return Err(WebError::Unavailable);
    }
    let user = ctx.user.as_ref().ok_or(WebError::Forbidden)?;
    let id: Uuid = crate::infra::handlers::path_id(&id)?;
    let image: Uuid = crate::infra::handlers::path_id(&image)?;
    let ev =
        AuditEvent::new(AuditAction::ReportImageRead, Some(id.to_string())).by(user.id, user.role);
    let record = state.store().read_report_image(id, image, ev).await?;
    let content_type = SERVED_TYPES
        .into_iter()
        .find(|t| *t == record.info.content_type)
        .ok_or(WebError::Internal)?;
    let bytes = keys.open_image(&record)?;
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-store"),
            (header::CONTENT_DISPOSITION, "inline"),
        ],
        bytes,
    )
        .into_response())
}
