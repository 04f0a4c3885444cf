//! Request handlers, one module per page family.

pub mod account;
pub mod approvals;
pub mod audit;
pub mod auth;
pub mod catalogue;
pub mod enrol;
pub mod first_sign_in;
pub mod follow_up;
pub mod home;
pub mod partner;
pub mod partner_file;
pub mod public;
pub mod public_form;
pub mod public_info;
pub mod report;
pub mod report_form;
pub mod report_images_staff;
pub mod report_labels;
pub mod report_staff_page;
pub mod reports_staff;
pub mod screening;
pub mod screening_list;
pub mod screening_view;
pub mod system;
pub mod training;
pub mod training_admin;
pub mod training_courses;
pub mod training_edit;
pub mod training_import;
pub mod training_sessions;
pub mod training_upload;
pub mod units;
pub mod users;
pub mod victim_info;

use axum::response::{IntoResponse, Redirect, Response};

/// 303 See Other to `to`: the answer to a successful form post.
pub fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// Records that the signed-in account read a list or an export (`action`, e.g.
/// `screening.list`): what was opened, never what it showed.
pub(crate) async fn audit_list(
    state: &crate::state::AppState,
    ctx: &crate::context::RequestContext,
    action: &'static str,
    object_type: &'static str,
) -> Result<(), crate::error::WebError> {
    let user = ctx.user.as_ref().ok_or(crate::error::WebError::Forbidden)?;
    let ev = lumen_domain::audit::AuditEvent::new(action, object_type, None).by(user.id, user.role);
    state.store().audit(ev).await?;
    Ok(())
}
