//! The magistrate's and official-report (PV) references of a case: `POST
//! /staff/cases/{id}/references`, made on a version of the case. A stale save is refused and the
//! page shows both: the references as the case now holds them, in the form, and the ones that
//! were typed, so nothing is lost.

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

/// The references, made on a version.
#[derive(Deserialize)]
pub struct ReferencesForm {
    #[serde(default)]
    magistrate_ref: String,
    #[serde(default)]
    pv_ref: String,
    version: i32,
}

/// `POST /staff/cases/{id}/references`.
pub async fn save(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(f): ValidForm<ReferencesForm>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let id: Uuid = path_id(&id)?;
    match state
        .store()
        .set_case_references(id, Some(&f.magistrate_ref), Some(&f.pv_ref), f.version, me)
        .await
    {
        Ok(()) => Ok(see_other_done(
            &format!("/staff/cases/{id}"),
            "case-references-saved",
        )),
        Err(StoreError::Conflict(_)) => {
            let problem = Problem {
                error: Some(page.t("case-error-stale")),
                stale_references: Some((f.magistrate_ref, f.pv_ref)),
                ..Default::default()
            };
            render(&state, page, id, me, problem).await
        }
        Err(StoreError::Refused(_)) => {
            let problem = Problem {
                references_error: Some(page.t1(
                    "case-error-too-long",
                    "max",
                    &lumen_store::REFERENCE_MAX.to_string(),
                )),
                stale_references: Some((f.magistrate_ref, f.pv_ref)),
                ..Default::default()
            };
            render(&state, page, id, me, problem).await
        }
        Err(e) => Err(e.into()),
    }
}
