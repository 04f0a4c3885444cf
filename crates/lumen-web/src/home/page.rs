//! Each role's home page: what needs their attention.

use crate::infra::error::WebError;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use lumen_domain::Role;

/// A figure shown on the home page.
pub struct Card {
    /// Translation key of its label.
    pub label: String,
    /// The figure.
    pub value: u64,
    /// Where to go to act on it.
    pub link: &'static str,
}

#[derive(Template, WebTemplate)]
#[template(path = "home/home.html")]
struct HomePage {
    page: Page,
    role: Role,
    cards: Vec<Card>,
    can_screen: bool,
    /// For those who work cases: their open tasks, overdue first.
    tasks: Option<Vec<TaskLine>>,
    /// For supervisors: open cases per investigator.
    per_owner: Vec<(String, u64)>,
    /// Whether case work comes before screening (for those who work cases).
    cases_first: bool,
}

/// One of the reader's open tasks.
pub struct TaskLine {
    href: String,
    reference: String,
    title: String,
    due_on: String,
    overdue: bool,
}

/// `GET /staff`.
pub async fn home(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
) -> Result<Response, WebError> {
    let user = ctx.user.ok_or(WebError::Forbidden)?;
    let store = state.store();
    let mut cards = Vec::new();
    match user.role {
        Role::Admin => {
            let users = store.list_users().await?;
            let without_2fa = users.iter().filter(|u| u.active && !u.totp_enabled).count() as u64;
            cards.push(Card {
                label: "home-card-users".into(),
                value: users.len() as u64,
                link: "/staff/admin/users",
            });
            cards.push(Card {
                label: "home-card-users-without-2fa".into(),
                value: without_2fa,
                link: "/staff/admin/users",
            });
            let units = store.list_units().await?.len() as u64;
            cards.push(Card {
                label: "home-card-units".into(),
                value: units,
                link: "/staff/admin/units",
            });
        }
        Role::Supervisor => {
            let since = chrono::Utc::now() - chrono::Duration::hours(24);
            let filter = lumen_store::AuditFilter {
                from: Some(since),
                ..Default::default()
            };
            let total = store.audit_page(&filter, 0, 1).await?.total;
            cards.push(Card {
                label: "home-card-audit-24h".into(),
                value: total,
                link: "/staff/audit",
            });
        }
        _ => {}
    }
    let mut per_owner = Vec::new();
    if user.role.has(lumen_domain::Permission::WorkCases) {
        let today = lumen_domain::time::local_day(chrono::Utc::now());
        let stale_before = today - chrono::Days::new(u64::from(state.triage_stale_days()));
        let me = lumen_store::CaseActor {
            id: user.id,
            role: user.role,
        };
        let f = store.case_figures(me, stale_before, today).await?;
        cards.push(Card {
            label: "home-card-my-cases".into(),
            value: f.my_open_cases,
            link: "/staff/cases",
        });
        cards.push(Card {
            label: "home-card-triage".into(),
            value: f.triage_waiting,
            link: "/staff/triage",
        });
        cards.push(Card {
            label: "home-card-triage-stale".into(),
            value: f.triage_stale,
            link: "/staff/triage",
        });
        cards.push(Card {
            label: "home-card-unread".into(),
            value: f.unread,
            link: "/staff/triage",
        });
        if user.role.has(lumen_domain::Permission::SuperviseCases) {
            cards.push(Card {
                label: "home-card-approvals".into(),
                value: f.approvals_waiting,
                link: "/staff/approvals",
            });
            cards.push(Card {
                label: "home-card-overdue-tasks".into(),
                value: f.overdue_tasks,
                link: "/staff/cases",
            });
            per_owner = f.per_owner;
        }
    } else if user.role.has(lumen_domain::Permission::RunScreening) {
        let sent = store.sent_screenings_of(user.id).await?;
        cards.push(Card {
            label: "home-card-sent-waiting".into(),
            value: sent.waiting,
            link: "/staff/screenings",
        });
        cards.push(Card {
            label: "home-card-sent-taken-up".into(),
            value: sent.taken_up,
            link: "/staff/screenings",
        });
    }
    let tasks = if user.role.has(lumen_domain::Permission::WorkCases) {
        let today = lumen_domain::time::local_day(chrono::Utc::now());
        let me = lumen_store::CaseActor {
            id: user.id,
            role: user.role,
        };
        Some(
            store
                .open_tasks_of(me)
                .await?
                .into_iter()
                .map(|t| TaskLine {
                    href: format!("/staff/cases/{}#tasks", t.case_id),
                    reference: t.case_reference,
                    title: t.title,
                    due_on: t.due_on.to_string(),
                    overdue: t.due_on < today,
                })
                .collect(),
        )
    } else {
        None
    };
    Ok(HomePage {
        page,
        role: user.role,
        tasks,
        cards,
        per_owner,
        cases_first: user.role.has(lumen_domain::Permission::WorkCases),
        can_screen: user.role.has(lumen_domain::Permission::RunScreening),
    }
    .into_response())
}
