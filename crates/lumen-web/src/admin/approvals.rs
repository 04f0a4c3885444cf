//! Supervisors' decisions on role changes an administrator asked for (four eyes): a role that
//! reads case data is granted only here. Nobody decides a request about their own account or
//! one they made. Every listing and decision is audited.

use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::see_other_done;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::{Role, UnitId, UserId};
use lumen_store::{RoleDecision, RoleRequestRecord, StoreError, UnitRecord, UserRecord};
use serde::Deserialize;

/// One waiting request as shown.
struct Row {
    id: String,
    account: String,
    email: String,
    creates: bool,
    from_role: Role,
    from_unit: String,
    to_role: Role,
    to_unit: String,
    requested_by: String,
    requested_at: String,
    own: bool,
}

/// A case move waiting, as listed.
struct CaseRow {
    href: String,
    reference: String,
    asked: String,
    requested_by: String,
    requested_at: String,
    own: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/approvals.html")]
struct ApprovalsPage {
    cases: Vec<CaseRow>,
    page: Page,
    rows: Vec<Row>,
    error: Option<String>,
}

/// The decision form (only its CSRF token).
#[derive(Deserialize)]
pub struct DecisionForm {}

fn unit_name(units: &[UnitRecord], id: Option<UnitId>) -> String {
    id.and_then(|id| units.iter().find(|u| u.id == id))
        .map(|u| u.name.clone())
        .unwrap_or_default()
}

fn row(r: &RoleRequestRecord, users: &[UserRecord], units: &[UnitRecord], me: UserId) -> Row {
    let find = |id: UserId| users.iter().find(|u| u.id == id);
    let target = find(r.user_id);
    Row {
        id: r.id.to_string(),
        account: target.map(|u| u.display_name.clone()).unwrap_or_default(),
        email: target.map(|u| u.email.clone()).unwrap_or_default(),
        creates: r.creates,
        from_role: target.map_or(r.role, |u| u.role),
        from_unit: unit_name(units, target.and_then(|u| u.unit_id)),
        to_role: r.role,
        to_unit: unit_name(units, r.unit_id),
        requested_by: find(r.requested_by)
            .map(|u| u.display_name.clone())
            .unwrap_or_default(),
        requested_at: lumen_domain::training::time::display(r.requested_at),
        own: r.user_id == me || r.requested_by == me,
    }
}

async fn render(
    state: &AppState,
    me: &UserRecord,
    page: Page,
    error: Option<String>,
) -> Result<ApprovalsPage, WebError> {
    let store = state.store();
    let requests = store.pending_role_requests().await?;
    let users = store.list_users().await?;
    let units = store.list_units().await?;
    let ev = AuditEvent::new(AuditAction::UserRoleRequestsList, None).by(me.id, me.role);
    store.audit(ev).await?;
    let reader = lumen_store::CaseActor {
        id: me.id,
        role: me.role,
    };
    let cases = if me.role.has(lumen_domain::Permission::SuperviseCases) {
        store
            .waiting_case_approvals(reader)
            .await?
            .into_iter()
            .map(|w| CaseRow {
                href: format!("/staff/cases/{}", w.case_id),
                reference: w.reference,
                asked: page.t(&crate::cases::status_key(w.to)),
                requested_by: w.requested_by_name,
                requested_at: lumen_domain::time::display(w.requested_at),
                own: w.requested_by == me.id,
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(ApprovalsPage {
        cases,
        rows: requests
            .iter()
            .map(|r| row(r, &users, &units, me.id))
            .collect(),
        page,
        error,
    })
}

/// `GET /staff/approvals`.
pub async fn list(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
) -> Result<Response, WebError> {
    let me = ctx.user.ok_or(WebError::Forbidden)?;
    Ok(render(&state, &me, page, None).await?.into_response())
}

async fn decide(
    state: AppState,
    me: UserRecord,
    page: Page,
    id: String,
    decision: RoleDecision,
) -> Result<Response, WebError> {
    let id: uuid::Uuid = crate::infra::handlers::path_id(&id)?;
    let action = match decision {
        RoleDecision::Approved => AuditAction::UserRoleApprove,
        RoleDecision::Refused => AuditAction::UserRoleRefuse,
    };
    let ev = AuditEvent::new(action, Some(id.to_string())).by(me.id, me.role);
    match state
        .store()
        .decide_role_request(id, me.id, decision, ev)
        .await
    {
        Ok(_) => Ok(see_other_done(
            "/staff/approvals",
            match decision {
                RoleDecision::Approved => "role-request-approved",
                RoleDecision::Refused => "role-request-refused",
            },
        )),
        Err(StoreError::Refused(_)) => {
            let ev = AuditEvent::new(action, Some(id.to_string()))
                .by(me.id, me.role)
                .failed();
            state.store().audit(ev).await?;
            let error = Some(page.t("approvals-own"));
            let body = render(&state, &me, page, error).await?;
            Ok((StatusCode::FORBIDDEN, body).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /staff/approvals/{id}/approve`.
pub async fn approve(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(_): ValidForm<DecisionForm>,
) -> Result<Response, WebError> {
    let me = ctx.user.ok_or(WebError::Forbidden)?;
    decide(state, me, page, id, RoleDecision::Approved).await
}

/// `POST /staff/approvals/{id}/refuse`.
pub async fn refuse(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(_): ValidForm<DecisionForm>,
) -> Result<Response, WebError> {
    let me = ctx.user.ok_or(WebError::Forbidden)?;
    decide(state, me, page, id, RoleDecision::Refused).await
}
