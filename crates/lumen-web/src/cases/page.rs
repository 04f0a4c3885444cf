//! The case page: what the case is, where it stands and who works on it; moving it along its
//! workflow (a save names the version it was made on, so a stale one is refused) and adding a
//! colleague to its team. Someone outside the compartment sees only the reference and owner.

use crate::cases::closing::{ClosingReason, ClosingReasons};
use crate::cases::{actor, status_key};
use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::{path_id, see_other_done};
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lumen_domain::UserId;
use lumen_domain::cases::{CaseStatus, JournalKind, TeamRole, may_join};
use lumen_store::{
    CaseActor, CaseRecord, CaseView, JournalEntry, PendingApproval, StoreError, UserRecord,
};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template, WebTemplate)]
#[template(path = "cases/show.html")]
struct CasePage {
    page: Page,
    case: CaseRecord,
    owner: String,
    moves: Vec<CaseStatus>,
    approval_moves: Vec<CaseStatus>,
    colleagues: Vec<UserRecord>,
    error: Option<String>,
    /// Names of the accounts the journal mentions.
    names: Vec<(UserId, String)>,
    /// A note that came back with a problem, and the problem.
    note: String,
    note_error: Option<String>,
    /// Whether the reader may decide the waiting request (a supervisor who did not ask).
    may_decide: bool,
    reasons: &'static [ClosingReason],
    ask_error: Option<String>,
    ask_comment: String,
    decide_error: Option<String>,
}

impl CasePage {
    fn status_label(&self, s: &CaseStatus) -> String {
        self.page.t(&status_key(*s))
    }

    fn form_label(&self, code: &str) -> String {
        self.page.t(&format!("report-form-{code}"))
    }

    fn team_role_label(&self, r: &TeamRole) -> String {
        self.page.t(match r {
            TeamRole::Owner => "case-team-owner",
            TeamRole::Member => "case-team-member",
        })
    }

    fn opened(&self) -> String {
        lumen_domain::time::display(self.case.created_at)
    }

    fn pending_when(&self, p: &PendingApproval) -> String {
        lumen_domain::time::display(p.requested_at)
    }

    fn when(&self, e: &JournalEntry) -> String {
        lumen_domain::time::display(e.at)
    }

    /// What a journal line says, in words.
    fn event_text(&self, e: &JournalEntry) -> String {
        match e.kind {
            JournalKind::Opened => self.page.t("case-journal-opened"),
            JournalKind::Note => self.page.t("case-journal-note"),
            JournalKind::Status => {
                let to = e
                    .detail
                    .split_once('>')
                    .and_then(|(_, to)| CaseStatus::parse(to))
                    .map(|s| self.page.t(&status_key(s)))
                    .unwrap_or_default();
                self.page.t1("case-journal-status", "status", &to)
            }
            JournalKind::ApprovalAsked => {
                let to = e.detail.split(':').next().and_then(CaseStatus::parse);
                let to = to.map(|s| self.page.t(&status_key(s))).unwrap_or_default();
                self.page.t1("case-journal-asked", "status", &to)
            }
            JournalKind::Approved | JournalKind::Refused => {
                let to = CaseStatus::parse(&e.detail)
                    .map(|s| self.page.t(&status_key(s)))
                    .unwrap_or_default();
                let key = if e.kind == JournalKind::Approved {
                    "case-journal-approved"
                } else {
                    "case-journal-refused"
                };
                self.page.t1(key, "status", &to)
            }
            JournalKind::Member => {
                let name = e
                    .detail
                    .parse::<Uuid>()
                    .ok()
                    .and_then(|id| self.names.iter().find(|(u, _)| u.0 == id))
                    .map(|(_, n)| n.clone())
                    .unwrap_or_default();
                self.page.t1("case-journal-member", "name", &name)
            }
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "cases/restricted.html")]
struct RestrictedPage {
    page: Page,
    reference: String,
    owner: String,
}

/// What a page shown again after a refused save carries.
#[derive(Default)]
struct Problem {
    error: Option<String>,
    note: String,
    note_error: Option<String>,
    ask_error: Option<String>,
    ask_comment: String,
    decide_error: Option<String>,
}

async fn render(
    state: &AppState,
    page: Page,
    id: Uuid,
    me: CaseActor,
    problem: Problem,
) -> Result<Response, WebError> {
    match state.store().case_for(id, me).await? {
        CaseView::Restricted { reference, owner } => Ok((
            StatusCode::FORBIDDEN,
            RestrictedPage {
                page,
                reference,
                owner,
            },
        )
            .into_response()),
        CaseView::Readable(case) => {
            let users = state.store().list_users().await?;
            let owner = users
                .iter()
                .find(|u| u.id == case.owner)
                .map(|u| u.display_name.clone())
                .unwrap_or_default();
            let names = users
                .iter()
                .map(|u| (u.id, u.display_name.clone()))
                .collect();
            let colleagues = users
                .into_iter()
                .filter(|u| u.active && may_join(u.role))
                .filter(|u| !case.team.iter().any(|m| m.user_id == u.id))
                .collect();
            let (approval_moves, moves) = case
                .status
                .next()
                .iter()
                .partition(|to| case.status.needs_approval(**to));
            let may_decide = case.pending.as_ref().is_some_and(|p| {
                p.requested_by != me.id && me.role.has(lumen_domain::Permission::SuperviseCases)
            });
            let status = if problem.note_error.is_some()
                || problem.ask_error.is_some()
                || problem.decide_error.is_some()
            {
                StatusCode::BAD_REQUEST
            } else if problem.error.is_some() {
                StatusCode::CONFLICT
            } else {
                StatusCode::OK
            };
            Ok((
                status,
                CasePage {
                    page,
                    case: *case,
                    owner,
                    moves,
                    approval_moves,
                    colleagues,
                    error: problem.error,
                    names,
                    note: problem.note,
                    note_error: problem.note_error,
                    may_decide,
                    reasons: &ClosingReasons::builtin().0,
                    ask_error: problem.ask_error,
                    ask_comment: problem.ask_comment,
                    decide_error: problem.decide_error,
                },
            )
                .into_response())
        }
    }
}

/// `GET /staff/cases/{id}`: audited read; 403 with the reference and owner outside the team.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    render(&state, page, path_id(&id)?, me, Problem::default()).await
}

/// A status move, made on a version of the case.
#[derive(Deserialize)]
pub struct StatusForm {
    status: String,
    version: i32,
}

/// `POST /staff/cases/{id}/status`.
pub async fn set_status(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(f): ValidForm<StatusForm>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let id: Uuid = path_id(&id)?;
    let to = CaseStatus::parse(&f.status).ok_or(WebError::BadRequest {
        field: "status".into(),
    })?;
    match state.store().set_case_status(id, to, f.version, me).await {
        Ok(()) => Ok(see_other_done(
            &format!("/staff/cases/{id}"),
            "case-status-changed",
        )),
        Err(StoreError::Conflict(_)) => {
            let e = page.t("case-error-stale");
            render(
                &state,
                page,
                id,
                me,
                Problem {
                    error: Some(e),
                    ..Default::default()
                },
            )
            .await
        }
        Err(StoreError::Refused(code)) => {
            let e = page.t(&format!("case-error-{}", code.replace('_', "-")));
            render(
                &state,
                page,
                id,
                me,
                Problem {
                    error: Some(e),
                    ..Default::default()
                },
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// A colleague to add.
#[derive(Deserialize)]
pub struct MemberForm {
    user: String,
}

/// `POST /staff/cases/{id}/team`.
pub async fn add_member(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(f): ValidForm<MemberForm>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let id: Uuid = path_id(&id)?;
    let Ok(user) = f.user.parse::<Uuid>() else {
        let e = page.t("case-error-choose-colleague");
        return render(
            &state,
            page,
            id,
            me,
            Problem {
                error: Some(e),
                ..Default::default()
            },
        )
        .await;
    };
    match state.store().add_case_member(id, UserId(user), me).await {
        Ok(()) => Ok(see_other_done(
            &format!("/staff/cases/{id}"),
            "case-member-added",
        )),
        Err(StoreError::Refused(code)) => {
            let e = page.t(&format!("case-error-{}", code.replace('_', "-")));
            render(
                &state,
                page,
                id,
                me,
                Problem {
                    error: Some(e),
                    ..Default::default()
                },
            )
            .await
        }
        Err(StoreError::NotFound("user")) => {
            let e = page.t("case-error-choose-colleague");
            render(
                &state,
                page,
                id,
                me,
                Problem {
                    error: Some(e),
                    ..Default::default()
                },
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// An internal note.
#[derive(Deserialize)]
pub struct NoteForm {
    note: String,
}

/// `POST /staff/cases/{id}/notes`: a note for the team, sealed; a problem brings the page back
/// with the note as typed.
pub async fn add_note(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(f): ValidForm<NoteForm>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let id: Uuid = path_id(&id)?;
    match state.store().add_case_note(id, &f.note, me).await {
        Ok(()) => Ok(see_other_done(
            &format!("/staff/cases/{id}#journal"),
            "case-note-added",
        )),
        Err(StoreError::Refused(code)) => {
            let note_error = Some(if code == "note_too_long" {
                page.t1(
                    "case-error-too-long",
                    "max",
                    &lumen_store::NOTE_MAX.to_string(),
                )
            } else {
                page.t("case-error-note-empty")
            });
            let problem = Problem {
                note: f.note,
                note_error,
                ..Default::default()
            };
            render(&state, page, id, me, problem).await
        }
        Err(e) => Err(e.into()),
    }
}

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
