//! The search page: one field; results grouped as cases, persons and reports waiting in
//! triage. Every search is audited (`search.run`) without its words, which may be personal.

use crate::cases::actor;
use crate::infra::error::WebError;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use lumen_domain::audit::{AuditAction, AuditEvent};
use lumen_store::IdentifierHit;
use serde::Deserialize;
use uuid::Uuid;

/// The most characters of a query.
const QUERY_MAX: usize = 200;

/// The query.
#[derive(Deserialize, Default)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
}

/// A person found, whom the reader may open.
pub struct PersonHit {
    id: Uuid,
    name: String,
}

/// A report found that waits in triage (not in any case).
pub struct ReportHit {
    id: Uuid,
    reference: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "search/results.html")]
struct ResultsPage {
    page: Page,
    q: String,
    searched: bool,
    error: Option<String>,
    cases: Vec<IdentifierHit>,
    persons: Vec<PersonHit>,
    reports: Vec<ReportHit>,
}

/// `GET /staff/search?q=`.
pub async fn search(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Query(query): Query<SearchQuery>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let q = query.q.trim().to_owned();
    let mut body = ResultsPage {
        page,
        searched: false,
        error: None,
        cases: Vec::new(),
        persons: Vec::new(),
        reports: Vec::new(),
        q: q.clone(),
    };
    if q.is_empty() {
        return Ok(body.into_response());
    }
    if q.chars().count() > QUERY_MAX {
        body.error = Some(
            body.page
                .t1("search-error-too-long", "max", &QUERY_MAX.to_string()),
        );
        return Ok((axum::http::StatusCode::BAD_REQUEST, body).into_response());
    }
    let keys = state.reports()?;
    if !keys.can_open() {
        return Err(WebError::Unavailable);
    }
    let store = state.store();
    let found = state.search().search(store, keys, &q).await?;
    store
        .audit(AuditEvent::new(AuditAction::SearchRun, None).by(me.id, me.role))
        .await?;
    let person_cases = store.cases_of_persons(&found.persons).await?;
    let report_cases = store.report_cases(&found.reports).await?;
    let mut case_ids: Vec<Uuid> = found.identifier_cases.clone();
    case_ids.extend(found.reference);
    case_ids.extend(found.note_cases.iter().copied());
    case_ids.extend(person_cases.iter().map(|(_, c)| *c));
    case_ids.extend(report_cases.iter().filter_map(|(_, c, _)| *c));
    let cases = store.describe_hits(case_ids, me).await?;
    let readable = |case: &Uuid| cases.iter().any(|h| h.case_id == *case && h.readable);
    let mut persons = Vec::new();
    for (person, _) in person_cases
        .iter()
        .filter(|(_, c)| readable(c))
        .map(|(p, c)| (*p, *c))
        .collect::<std::collections::BTreeMap<_, _>>()
    {
        let p = store.person_for(person, me).await?;
        persons.push(PersonHit {
            id: p.id,
            name: p.identity.name,
        });
    }
    let reports = report_cases
        .iter()
        .filter(|(_, c, _)| c.is_none())
        .map(|(id, _, number)| ReportHit {
            id: *id,
            reference: lumen_domain::report::reference(*number),
        })
        .collect();
    body.searched = true;
    body.cases = cases;
    body.persons = persons;
    body.reports = reports;
    Ok(body.into_response())
}
