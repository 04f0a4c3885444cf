//! Access to a restricted case: `POST /staff/cases/{id}/access` asks for it with a reason,
//! from the restricted page; `POST /staff/cases/{id}/access/{request}` is a supervisor's
//! decision, on the case page (a refusal needs a comment). Both are in the case's journal.

use crate::cases::actor;
use crate::cases::page::{Problem, render};
use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::{path_id, see_other_done};
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use lumen_store::StoreError;
use serde::Deserialize;
use uuid::Uuid;

/// Why access is asked for.
#[derive(Deserialize)]
pub struct AskForm {
    #[serde(default)]
    reason: String,
}

/// `POST /staff/cases/{id}/access`.
pub async fn ask(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(f): ValidForm<AskForm>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let id: Uuid = path_id(&id)?;
    match state.store().ask_case_access(id, &f.reason, me).await {
        Ok(_) => Ok(see_other_done(
            &format!("/staff/cases/{id}"),
            "case-access-asked",
        )),
        Err(StoreError::Refused(code)) => {
            let problem = Problem {
                access_error: Some(page.t(&format!("case-error-{}", code.replace('_', "-")))),
                access_reason: f.reason,
                ..Default::default()
            };
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

/// `POST /staff/cases/{id}/access/{request}`.
pub async fn decide(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path((id, request)): Path<(String, String)>,
    ValidForm(f): ValidForm<DecideForm>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let id: Uuid = path_id(&id)?;
    let request: Uuid = path_id(&request)?;
    let approve = match f.decision.as_str() {
        "approve" => true,
        "refuse" => false,
        _ => {
            return Err(WebError::BadRequest {
                field: "decision".into(),
            });
        }
    };
    let waiting = state.store().access_waiting_on(id, request).await?;
    if !waiting {
        return Err(WebError::NotFound);
    }
    match state
        .store()
        .decide_case_access(request, approve, &f.comment, me)
        .await
    {
        Ok(_) => Ok(see_other_done(
            &format!("/staff/cases/{id}"),
            if approve {
                "case-access-granted"
            } else {
                "case-access-refused"
            },
        )),
        Err(StoreError::Refused(code)) => {
            let problem = Problem {
                decide_error: Some(page.t(&format!("case-error-{}", code.replace('_', "-")))),
                ..Default::default()
            };
            render(&state, page, id, me, problem).await
        }
        Err(e) => Err(e.into()),
    }
}
