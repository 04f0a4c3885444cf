//! Training registry: the coverage dashboard (page and CSV) and an officer's own record.
//! Management pages are in `training_admin` and `training_sessions`.

use crate::infra::error::WebError;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use lumen_domain::Permission;
use lumen_domain::audit::AuditAction;
use lumen_domain::training::{Coverage, time};
use lumen_store::{TrainingRegistry, UnitCoverage, UserRecord};
use serde::{Deserialize, Serialize};

/// `?day=YYYY-MM-DD`: the day the figures are computed for (today by default).
#[derive(Deserialize, Default)]
pub struct DayQuery {
    #[serde(default)]
    day: String,
}

/// The day asked for, or today (Brussels).
fn day_of(q: &DayQuery) -> Result<NaiveDate, WebError> {
    if q.day.is_empty() {
        return Ok(lumen_domain::training::time::local_day(Utc::now()));
    }
    NaiveDate::parse_from_str(&q.day, "%Y-%m-%d").map_err(|_| WebError::BadRequest {
        field: "day".into(),
    })
}

/// The message key of a refused training change.
pub fn refusal_key(code: &str) -> String {
    format!("training-error-{}", code.replace('_', "-"))
}

/// The rows a user may see: every unit with [`Permission::ViewAllTrainingCoverage`], else
/// their own.
fn visible_rows(
    registry: &TrainingRegistry,
    user: &UserRecord,
    day: NaiveDate,
) -> Vec<UnitCoverage> {
    let all = user.role.has(Permission::ViewAllTrainingCoverage);
    registry
        .coverage_on(day)
        .into_iter()
        .filter(|r| all || Some(r.unit.id) == user.unit_id)
        .collect()
}

/// One bar of the chart, serialised into the page.
#[derive(Serialize)]
struct ChartRow {
    /// The unit's name, as the table shows it.
    unit: String,
    /// Its code, for scripts and tests that look a bar up.
    code: String,
    basic_percent: u32,
    referents_valid: u32,
    renewals_due: u32,
}

#[derive(Template, WebTemplate)]
#[template(path = "training/dashboard.html")]
struct DashboardPage {
    page: Page,
    day: NaiveDate,
    rows: Vec<UnitCoverage>,
    chart_json: String,
    /// The zone's target share of trained officers, in percent.
    target: u32,
}

impl DashboardPage {
    fn target_label(&self) -> String {
        self.page
            .t1("training-chart-target", "percent", &self.target.to_string())
    }

    /// Whether a unit's share is below the target (a unit without active officers is not).
    fn below_target(&self, c: &Coverage) -> bool {
        c.basic_percent().is_some_and(|p| p < self.target)
    }
}

/// The share cell of a row: `75 %`, or a dash without active officers.
pub fn percent_cell(c: &Coverage) -> String {
    c.basic_percent()
        .map_or_else(|| "—".to_owned(), |p| format!("{p} %"))
}

/// `GET /staff/training`.
pub async fn dashboard(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Query(q): Query<DayQuery>,
) -> Result<Response, WebError> {
    let user = ctx.user.ok_or(WebError::Forbidden)?;
    let day = day_of(&q)?;
    let registry = state.store().training_registry().await?;
    let rows = visible_rows(&registry, &user, day);
    let chart: Vec<ChartRow> = rows
        .iter()
        .map(|r| ChartRow {
            unit: r.unit.name.clone(),
            code: r.unit.code.clone(),
            basic_percent: r.coverage.basic_percent().unwrap_or(0),
            referents_valid: r.coverage.referents_valid,
            renewals_due: r.coverage.renewals_due,
        })
        .collect();
    // `<` escaped so the JSON cannot close its script element.
    let chart_json = serde_json::to_string(&chart)
        .map_err(|_| WebError::Internal)?
        .replace('<', "\\u003c");
    Ok(DashboardPage {
        page,
        day,
        rows,
        chart_json,
        target: state.coverage_target_percent(),
    }
    .into_response())
}

/// A CSV field, quoted when needed; a leading formula character is neutralised.
fn csv_field(raw: &str) -> String {
    let safe = if raw.starts_with(['=', '+', '-', '@']) {
        format!("'{raw}")
    } else {
        raw.to_owned()
    };
    if safe.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", safe.replace('"', "\"\""))
    } else {
        safe
    }
}

/// `GET /staff/training/coverage.csv`: the dashboard's figures.
pub async fn coverage_csv(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Query(q): Query<DayQuery>,
) -> Result<Response, WebError> {
    let day = day_of(&q)?;
    crate::infra::handlers::audit_list(&state, &ctx, AuditAction::TrainingCoverageExport).await?;
    let user = ctx.user.ok_or(WebError::Forbidden)?;
    let registry = state.store().training_registry().await?;
    let mut out = String::from(
        "day,unit_code,unit_name,active_officers,basic_valid,basic_percent,referents_valid,referents_lapsed,renewals_due_60_days,sessions_planned\n",
    );
    for r in visible_rows(&registry, &user, day) {
        let c = r.coverage;
        out.push_str(&format!(
            "{day},{},{},{},{},{},{},{},{},{}\n",
            csv_field(&r.unit.code),
            csv_field(&r.unit.name),
            c.active_officers,
            c.basic_valid,
            c.basic_percent().map(|p| p.to_string()).unwrap_or_default(),
            c.referents_valid,
            c.referents_lapsed,
            c.renewals_due,
            c.sessions_planned,
        ));
    }
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"training-coverage-{day}.csv\""),
            ),
        ],
        out,
    )
        .into_response())
}

/// One certificate as the officer sees it.
struct CertRow {
    course: String,
    valid_from: NaiveDate,
    expires_on: Option<NaiveDate>,
    valid: bool,
}

/// One registration as the officer sees it.
struct RegRow {
    course: String,
    starts_at: String,
    place: String,
    status: String,
    upcoming: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "training/mine.html")]
struct MinePage {
    page: Page,
    known: bool,
    certs: Vec<CertRow>,
    regs: Vec<RegRow>,
}

/// `GET /staff/training/mine`: the signed-in officer's certificates and sessions.
pub async fn mine(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
) -> Result<Response, WebError> {
    let user = ctx.user.ok_or(WebError::Forbidden)?;
    let store = state.store();
    let Some(officer) = store.officer_for_user(user.id).await? else {
        return Ok(MinePage {
            page,
            known: false,
            certs: Vec::new(),
            regs: Vec::new(),
        }
        .into_response());
    };
    let registry = store.training_registry().await?;
    let lang = page.lang.code;
    let today = lumen_domain::training::time::local_day(Utc::now());
    let title = |id| {
        registry
            .course(id)
            .map(|c| c.title_in(lang).to_owned())
            .unwrap_or_default()
    };
    let certs = registry
        .certificates_of(officer.id)
        .into_iter()
        .map(|e| CertRow {
            course: title(e.course_id),
            valid_from: e.certificate.valid_from,
            expires_on: e.certificate.expires_on,
            valid: e.certificate.valid_on(today),
        })
        .collect();
    let now = Utc::now();
    let regs = registry
        .sessions
        .iter()
        .filter_map(|s| {
            let r = registry
                .registrations
                .iter()
                .find(|r| r.session_id == s.id && r.officer_id == officer.id)?;
            Some(RegRow {
                course: title(s.course_id),
                starts_at: time::display(s.starts_at),
                place: s.place.clone(),
                status: if s.cancelled {
                    page.t("training-session-cancelled")
                } else {
                    page.t(&format!("training-status-{}", r.status.code()))
                },
                upcoming: !s.cancelled && s.starts_at >= now,
            })
        })
        .collect();
    Ok(MinePage {
        page,
        known: true,
        certs,
        regs,
    }
    .into_response())
}
