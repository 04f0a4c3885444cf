//! Four-eyes moves from the case page: asking a supervisor to close or reopen a case, and the
//! supervisor's decision.

use crate::cases::actor;
use crate::cases::closing::ClosingReasons;
use crate::cases::page::{Problem, render};
use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::{path_id, see_other_done};
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use lumen_domain::cases::CaseStatus;
use lumen_store::StoreError;
use serde::Deserialize;
use uuid::Uuid;

/// A request for a four-eyes move.
#[derive(Deserialize)]
pub struct AskForm {
    to: String,
    #[serde(default)]
    reason: String,
    comment: String,
    version: i32,
}

/// `POST /staff/cases/{id}/approvals`: asks a supervisor to close or reopen the case.
pub async fn ask_approval(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(f): ValidForm<AskForm>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let id: Uuid = path_id(&id)?;
    let to = CaseStatus::parse(&f.to).ok_or(WebError::BadRequest { field: "to".into() })?;
    let again = |page: Page, key: &str| {
        let ask_error = Some(page.t(key));
        let problem = Problem {
            ask_error,
            ask_comment: f.comment.clone(),
            ..Default::default()
        };
        (page, problem)
    };
    let reason = if to == CaseStatus::Closed {
        match ClosingReasons::builtin().get(&f.reason) {
            Some(r) => Some(r.code.as_str()),
            None => {
                let (page, problem) = again(page, "case-error-reason-missing");
                return render(&state, page, id, me, problem).await;
            }
        }
    } else {
        None
    };
    match state
        .store()
        .ask_case_approval(id, to, reason, &f.comment, f.version, me)
        .await
    {
        Ok(_) => Ok(see_other_done(
            &format!("/staff/cases/{id}"),
            "case-approval-asked",
        )),
        Err(StoreError::Conflict(_)) => {
            let (page, problem) = again(page, "case-error-stale");
            render(&state, page, id, me, problem).await
        }
        Err(StoreError::Refused(code)) => {
            let key = format!("case-error-{}", code.replace('_', "-"));
            let (page, problem) = again(page, &key);
            render(&state, page, id, me, problem).await
        }
        Err(e) => Err(e.into()),
    }
}

/// A supervisor's decision.
#[derive(Deserialize)]
pub struct DecideForm {
    decision: String,
    #[serde(default)]
    comment: String,
}

/// `POST /staff/cases/{id}/approvals/{approval}`: approve or refuse (with a comment).
pub async fn decide_approval(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path((id, approval)): Path<(String, String)>,
    ValidForm(f): ValidForm<DecideForm>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let id: Uuid = path_id(&id)?;
    let approval: Uuid = path_id(&approval)?;
    let approve = match f.decision.as_str() {
        "approve" => true,
        "refuse" => false,
        _ => {
            return Err(WebError::BadRequest {
                field: "decision".into(),
            });
        }
    };
    match state
        .store()
        .decide_case_approval(id, approval, approve, &f.comment, me)
        .await
    {
        Ok(()) => Ok(see_other_done(
            &format!("/staff/cases/{id}"),
            if approve {
                "case-approval-approved"
            } else {
                "case-approval-refused"
            },
        )),
        Err(StoreError::Refused(code)) => {
            let decide_error = Some(page.t(&format!("case-error-{}", code.replace('_', "-"))));
            let problem = Problem {
                decide_error,
                ..Default::default()
            };
            render(&state, page, id, me, problem).await
        }
        Err(e) => Err(e.into()),
    }
}
