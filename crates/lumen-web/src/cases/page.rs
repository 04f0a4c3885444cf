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
    CaseActor, CaseRecord, CaseView, JournalEntry, PendingApproval, StoreError, TaskRecord,
    UserRecord,
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
    task_error: Option<String>,
    task_title: String,
    task_due: String,
    /// Whether the reader is a supervisor (decides requests for access).
    supervisor: bool,
    me: UserId,
    /// For supervisors: the latest reads of the case.
    viewers: Vec<crate::cases::viewed::Viewer>,
    /// The references typed on a refused save.
    stale_references: Option<(String, String)>,
    references_error: Option<String>,
    /// A historic event that came back with a problem, and the problem.
    event_error: Option<String>,
    event: EventForm,
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

    fn overdue(&self, t: &TaskRecord) -> bool {
        !t.done && t.due_on < lumen_domain::time::local_day(chrono::Utc::now())
    }

    fn pending_when(&self, p: &PendingApproval) -> String {
        lumen_domain::time::display(p.requested_at)
    }

    fn event_kinds(&self) -> &'static [lumen_domain::cases::events::EventKind] {
        lumen_domain::cases::events::EventKind::ALL
    }

    /// The place and text of a historic event's line.
    fn event_of(&self, e: &JournalEntry) -> Option<lumen_domain::cases::events::EventText> {
        (e.kind == JournalKind::Event)
            .then(|| serde_json::from_str(e.note.as_deref()?).ok())
            .flatten()
    }

    fn page_user_id(&self) -> UserId {
        self.me
    }

    fn when(&self, e: &JournalEntry) -> String {
        lumen_domain::time::display(e.at)
    }

    /// What a journal line says, in words.
    fn event_text(&self, e: &JournalEntry) -> String {
        match e.kind {
            JournalKind::Opened => self.page.t("case-journal-opened"),
            JournalKind::References => self.page.t("case-journal-references"),
            JournalKind::Event => match lumen_domain::cases::events::parse_detail(&e.detail) {
                Some((kind, day)) => self.page.t2(
                    "case-journal-event",
                    "kind",
                    &self.page.t(&kind_key(kind)),
                    "day",
                    &day.to_string(),
                ),
                None => String::new(),
            },
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
            JournalKind::TaskAdded | JournalKind::TaskDone => {
                let title = self
                    .case
                    .tasks
                    .iter()
                    .find(|t| t.id.to_string() == e.detail)
                    .map(|t| t.title.clone())
                    .unwrap_or_default();
                let key = if e.kind == JournalKind::TaskAdded {
                    "case-journal-task-added"
                } else {
                    "case-journal-task-done"
                };
                self.page.t1(key, "title", &title)
            }
            JournalKind::Member
            | JournalKind::AccessAsked
            | JournalKind::AccessGranted
            | JournalKind::AccessRefused => {
                let name = e
                    .detail
                    .parse::<Uuid>()
                    .ok()
                    .and_then(|id| self.names.iter().find(|(u, _)| u.0 == id))
                    .map(|(_, n)| n.clone())
                    .unwrap_or_default();
                let key = match e.kind {
                    JournalKind::AccessAsked => "case-journal-access-asked",
                    JournalKind::AccessGranted => "case-journal-access-granted",
                    JournalKind::AccessRefused => "case-journal-access-refused",
                    _ => "case-journal-member",
                };
                self.page.t1(key, "name", &name)
            }
            JournalKind::PersonAdded => {
                let (role, person) = e.detail.split_once(':').unwrap_or_default();
                let name = self
                    .case
                    .persons
                    .iter()
                    .find(|p| p.person_id.to_string() == person)
                    .map(|p| p.name.clone())
                    .unwrap_or_default();
                let role = lumen_domain::cases::persons::PersonRole::parse(role)
                    .map(|r| self.page.t(&crate::cases::persons::role_key(r)))
                    .unwrap_or_default();
                self.page
                    .t2("case-journal-person-added", "name", &name, "role", &role)
            }
            JournalKind::Attached => match e.detail.split_once(':') {
                Some(("report", id)) => {
                    let reference = self
                        .case
                        .reports
                        .iter()
                        .find(|(r, _)| r.id.to_string() == id)
                        .map(|(r, _)| r.reference())
                        .unwrap_or_default();
                    self.page
                        .t1("case-journal-report-attached", "reference", &reference)
                }
                _ => self.page.t("case-journal-screening-attached"),
            },
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "cases/restricted.html")]
struct RestrictedPage {
    page: Page,
    id: Uuid,
    reference: String,
    owner: String,
    /// Whether the reader's request already waits.
    waiting: bool,
    error: Option<String>,
    reason: String,
}

/// What a page shown again after a refused save carries.
#[derive(Default)]
pub(crate) struct Problem {
    pub(crate) error: Option<String>,
    pub(crate) note: String,
    pub(crate) note_error: Option<String>,
    pub(crate) ask_error: Option<String>,
    pub(crate) ask_comment: String,
    pub(crate) decide_error: Option<String>,
    pub(crate) task_error: Option<String>,
    pub(crate) task_title: String,
    pub(crate) task_due: String,
    pub(crate) access_error: Option<String>,
    pub(crate) access_reason: String,
    /// The references typed on a save that was refused (stale or too long).
    pub(crate) stale_references: Option<(String, String)>,
    pub(crate) references_error: Option<String>,
    pub(crate) event_error: Option<String>,
    pub(crate) event: EventForm,
}

pub(crate) async fn render(
    state: &AppState,
    page: Page,
    id: Uuid,
    me: CaseActor,
    problem: Problem,
) -> Result<Response, WebError> {
    match state.store().case_for(id, me).await? {
        CaseView::Restricted { reference, owner } => {
            let waiting = state.store().access_waiting(id, me.id).await?;
            let status = if problem.access_error.is_some() {
                StatusCode::BAD_REQUEST
            } else {
                StatusCode::FORBIDDEN
            };
            Ok((
                status,
                RestrictedPage {
                    page,
                    id,
                    reference,
                    owner,
                    waiting,
                    error: problem.access_error,
                    reason: problem.access_reason,
                },
            )
                .into_response())
        }
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
                .iter()
                .filter(|u| u.active && may_join(u.role))
                .filter(|u| !case.team.iter().any(|m| m.user_id == u.id))
                .cloned()
                .collect();
            let (approval_moves, moves) = case
                .status
                .next()
                .iter()
                .partition(|to| case.status.needs_approval(**to));
            let may_decide = case.pending.as_ref().is_some_and(|p| {
                p.requested_by != me.id && me.role.has(lumen_domain::Permission::SuperviseCases)
            });
            let supervisor = me.role.has(lumen_domain::Permission::SuperviseCases);
            let viewers = if supervisor {
                crate::cases::viewed::viewers(
                    state,
                    lumen_domain::audit::AuditAction::CaseRead,
                    id,
                    &users,
                )
                .await?
            } else {
                Vec::new()
            };
            let status = if problem.references_error.is_some()
                || problem.event_error.is_some()
                || problem.note_error.is_some()
                || problem.ask_error.is_some()
                || problem.decide_error.is_some()
                || problem.task_error.is_some()
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
                    task_error: problem.task_error,
                    task_title: problem.task_title,
                    task_due: problem.task_due,
                    supervisor,
                    me: me.id,
                    viewers,
                    stale_references: problem.stale_references,
                    references_error: problem.references_error,
                    event_error: problem.event_error,
                    event: problem.event,
                },
            )
                .into_response())
        }
    }
}

/// The case page again, with the error of `key` at the top (409).
async fn with_error(
    state: &AppState,
    page: Page,
    id: Uuid,
    me: CaseActor,
    key: &str,
) -> Result<Response, WebError> {
    let problem = Problem {
        error: Some(page.t(key)),
        ..Default::default()
    };
    render(state, page, id, me, problem).await
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
        Err(StoreError::Conflict(_)) => with_error(&state, page, id, me, "case-error-stale").await,
        Err(StoreError::Refused(code)) => {
            with_error(
                &state,
                page,
                id,
                me,
                &format!("case-error-{}", code.replace('_', "-")),
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
        return with_error(&state, page, id, me, "case-error-choose-colleague").await;
    };
    match state.store().add_case_member(id, UserId(user), me).await {
        Ok(()) => Ok(see_other_done(
            &format!("/staff/cases/{id}"),
            "case-member-added",
        )),
        Err(StoreError::Refused(code)) => {
            with_error(
                &state,
                page,
                id,
                me,
                &format!("case-error-{}", code.replace('_', "-")),
            )
            .await
        }
        Err(StoreError::NotFound("user")) => {
            with_error(&state, page, id, me, "case-error-choose-colleague").await
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

/// A moment in Brussels time, as pages show it.
pub(crate) fn display_time(at: &chrono::DateTime<chrono::Utc>) -> String {
    lumen_domain::time::display(*at)
}

/// An event as typed.
#[derive(Deserialize, Default, Clone)]
pub struct EventForm {
    #[serde(default)]
    pub(crate) kind: String,
    #[serde(default)]
    pub(crate) day: String,
    #[serde(default)]
    pub(crate) place: String,
    #[serde(default)]
    pub(crate) text: String,
}

/// The label key of an event kind.
pub fn kind_key(
    kind: impl crate::infra::page::Owned<lumen_domain::cases::events::EventKind>,
) -> String {
    format!("case-event-{}", kind.owned().code())
}
