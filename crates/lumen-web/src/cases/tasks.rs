//! Tasks from the case page: adding one for a member of the team, and marking one done.

use crate::cases::actor;
use crate::cases::page::{Problem, render};
use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::{path_id, see_other_done};
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use lumen_domain::UserId;
use lumen_store::StoreError;
use serde::Deserialize;
use uuid::Uuid;

/// A new task.
#[derive(Deserialize)]
pub struct TaskForm {
    title: String,
    assignee: String,
    due_on: String,
}

/// `POST /staff/cases/{id}/tasks`: a task for a member of the team, due on a day.
pub async fn add_task(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(f): ValidForm<TaskForm>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let id: Uuid = path_id(&id)?;
    let again = |page: Page, key: &str| Problem {
        task_error: Some(page.t(key)),
        task_title: f.title.clone(),
        task_due: f.due_on.clone(),
        ..Default::default()
    };
    let Ok(due) = chrono::NaiveDate::parse_from_str(f.due_on.trim(), "%Y-%m-%d") else {
        let problem = again(page.clone(), "case-error-task-due");
        return render(&state, page, id, me, problem).await;
    };
    let Ok(assignee) = f.assignee.parse::<Uuid>() else {
        let problem = again(page.clone(), "case-error-assignee-not-in-team");
        return render(&state, page, id, me, problem).await;
    };
    match state
        .store()
        .add_case_task(id, &f.title, UserId(assignee), due, me)
        .await
    {
        Ok(_) => Ok(see_other_done(
            &format!("/staff/cases/{id}#tasks"),
            "case-task-added",
        )),
        Err(StoreError::Refused(code)) => {
            let problem = again(
                page.clone(),
                &format!("case-error-{}", code.replace('_', "-")),
            );
            render(&state, page, id, me, problem).await
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /staff/cases/{id}/tasks/{task}/done`.
pub async fn complete_task(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path((id, task)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let id: Uuid = path_id(&id)?;
    let task: Uuid = path_id(&task)?;
    match state.store().complete_case_task(id, task, me).await {
        Ok(()) => Ok(see_other_done(
            &format!("/staff/cases/{id}#tasks"),
            "case-task-done",
        )),
        Err(StoreError::Refused(code)) => {
            let problem = Problem {
                task_error: Some(page.t(&format!("case-error-{}", code.replace('_', "-")))),
                ..Default::default()
            };
            render(&state, page, id, me, problem).await
        }
        Err(e) => Err(e.into()),
    }
}
