//! One screening, explained: dimension by dimension, the ILO reading, the Belgian-law view and
//! the next steps. Reading it is audited.

use crate::infra::error::WebError;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use fluent_templates::fluent_bundle::FluentValue;
use lumen_domain::Permission;
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::screening::ScreeningFacts;
use lumen_screening::{Assessment, Catalogue, Population};
use lumen_store::{ScreeningRecord, UserRecord};
use serde::Deserialize;

/// A dimension as shown.
pub struct DimensionView {
    id: String,
    label: String,
    positive: bool,
    counted: Vec<String>,
    counts: String,
    clause: Option<String>,
}

/// A next step as shown.
pub struct ActionView {
    text: String,
}

/// The whole explained result.
pub struct ResultView {
    id: String,
    when: String,
    set_label: String,
    who_key: String,
    age: Option<u32>,
    immediate_danger: bool,
    report_ref: Option<String>,
    person_description: Option<String>,
    outcome: String,
    ilo_positive: bool,
    combination_key: &'static str,
    dimensions: Vec<DimensionView>,
    law_label: String,
    act_established: bool,
    purpose: Option<String>,
    purpose_stated: bool,
    purpose_indicated: bool,
    elements_indicated: bool,
    aggravating: Vec<String>,
    actions: Vec<ActionView>,
    warnings: Vec<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "screening/show.html")]
struct ShowPage {
    page: Page,
    r: ResultView,
    /// Whether the reader filed it (and so may send it to the section).
    own: bool,
    /// When it was sent to the THB section.
    sent_at: Option<String>,
    /// Whether the section took it up in a case.
    taken_up: bool,
    /// The reason the section closed it with in triage.
    triage_reason: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "screening/print.html")]
struct PrintPage {
    page: Page,
    r: ResultView,
}

/// Query of the result page.
#[derive(Deserialize, Default)]
pub struct ShowQuery {
    #[serde(default)]
    print: Option<String>,
}

/// Whether `user` may read `s`: their own, their unit's for a referent, or any with the
/// permission to see all.
pub fn may_read(user: &UserRecord, s: &ScreeningRecord) -> bool {
    s.officer_id == user.id
        || user.role.has(Permission::ViewAllScreenings)
        || (s.sent_at.is_some() && user.role.has(Permission::WorkCases))
        || (user.role.has(Permission::ViewUnitScreenings)
            && user.unit_id.is_some()
            && user.unit_id == s.unit_id)
}

/// The stored screening explained. A record that no longer reads (its result, its facts or its
/// set) is an error naming the record, never a page with parts left out.
fn explain(
    catalogue: &Catalogue,
    page: &Page,
    s: &ScreeningRecord,
) -> Result<ResultView, WebError> {
    let unreadable = |part: &'static str| {
        tracing::error!(screening = %s.id, part, "a stored screening does not read");
        WebError::Internal
    };
    let a: Assessment = serde_json::from_str(&s.result).map_err(|_| unreadable("result"))?;
    let facts: ScreeningFacts = serde_json::from_str(&s.facts).map_err(|_| unreadable("facts"))?;
    let lang = page.lang.catalogue();
    let set = catalogue.set(&s.set_id).map_err(|_| unreadable("set"))?;
    let indicator_label = |id: &str| {
        set.indicator(id)
            .map(|i| i.label.get(lang).to_owned())
            .unwrap_or_else(|| id.to_owned())
    };
    let dimensions = a
        .dimensions
        .iter()
        .map(|d| DimensionView {
            id: d.dimension.clone(),
            label: catalogue
                .dimension(&d.dimension)
                .map(|x| x.label.get(lang).to_owned())
                .unwrap_or_else(|| d.dimension.clone()),
            positive: d.positive,
            counted: d.counted.iter().map(|i| indicator_label(i)).collect(),
            counts: page.lang.t_args(
                "screening-counts",
                &[
                    ("strong", FluentValue::from(d.counts.strong)),
                    ("medium", FluentValue::from(d.counts.medium)),
                    ("weak", FluentValue::from(d.counts.weak)),
                ],
            ),
            clause: d
                .clause
                .as_ref()
                .map(|c| page.t(&format!("screening-clause-{}", c.replace('_', "-")))),
        })
        .collect();
    let law = &a.belgian_law_view;
    Ok(ResultView {
        id: s.id.to_string(),
        when: lumen_domain::time::display(s.created_at),
        set_label: set.label.get(lang).to_owned(),
        who_key: format!("screening-who-{}", facts.who),
        age: s.age,
        immediate_danger: facts.immediate_danger,
        report_ref: s.report_ref.clone(),
        person_description: s.person_description.clone(),
        outcome: catalogue
            .outcome_text(&a.outcome, lang)
            .unwrap_or_default()
            .to_owned(),
        ilo_positive: a.ilo_positive,
        combination_key: match set.population {
            Population::Adult => "screening-combination-adult",
            Population::Child => "screening-combination-child",
        },
        dimensions,
        law_label: catalogue
            .law_versions()
            .iter()
            .find(|v| v.id == law.law_version)
            .map(|v| v.label.get(lang).to_owned())
            .unwrap_or_else(|| law.law_version.clone()),
        act_established: law.act_established,
        purpose: law
            .purpose
            .as_ref()
            .map(|p| catalogue.purpose(p).map(|x| x.label.get(lang).to_owned()))
            .map(|l| l.unwrap_or_default()),
        purpose_stated: law.purpose_stated,
        purpose_indicated: law.purpose_indicated,
        elements_indicated: law.elements_indicated,
        aggravating: law
            .aggravating
            .iter()
            .map(|id| {
                catalogue
                    .aggravating()
                    .iter()
                    .find(|x| &x.id == id)
                    .map(|x| x.label.get(lang).to_owned())
                    .unwrap_or_else(|| id.clone())
            })
            .collect(),
        actions: a
            .actions
            .iter()
            .map(|x| ActionView {
                text: catalogue
                    .action_text(&x.id, lang)
                    .unwrap_or(&x.id)
                    .to_owned(),
            })
            .collect(),
        warnings: a
            .warnings
            .iter()
            .map(|w| page.t(&format!("screening-warning-{}", w.replace('_', "-"))))
            .collect(),
    })
}

/// `GET /staff/screenings/{id}`.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> Result<Response, WebError> {
    let user = ctx.user.ok_or(WebError::Forbidden)?;
    let id: uuid::Uuid = crate::infra::handlers::path_id(&id)?;
    let store = state.store();
    let screening = store.screening(id).await?;
    let ev =
        AuditEvent::new(AuditAction::ScreeningRead, Some(id.to_string())).by(user.id, user.role);
    if !may_read(&user, &screening) {
        store.audit(ev.failed()).await?;
        return Err(WebError::Forbidden);
    }
    let r = explain(state.catalogue(), &page, &screening)?;
    store.audit(ev).await?;
    Ok(if q.print.is_some() {
        PrintPage { page, r }.into_response()
    } else {
        ShowPage {
            page,
            r,
            own: screening.officer_id == user.id,
            sent_at: screening.sent_at.map(lumen_domain::time::display),
            taken_up: screening.case_id.is_some(),
            triage_reason: screening.triage_reason.clone(),
        }
        .into_response()
    })
}

/// `POST /staff/screenings/{id}/send`: the officer who filed the screening sends it to the
/// THB section's triage (audited `screening.send`).
pub async fn send(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<String>,
    crate::infra::form::ValidForm(_): crate::infra::form::ValidForm<SendForm>,
) -> Result<Response, WebError> {
    let user = ctx.user.ok_or(WebError::Forbidden)?;
    let id: uuid::Uuid = crate::infra::handlers::path_id(&id)?;
    let me = lumen_store::CaseActor {
        id: user.id,
        role: user.role,
    };
    match state.store().send_screening(id, me).await {
        Ok(()) | Err(lumen_store::StoreError::Refused("already_sent")) => {
            Ok(crate::infra::handlers::see_other_done(
                &format!("/staff/screenings/{id}"),
                "screening-sent",
            ))
        }
        Err(e) => Err(e.into()),
    }
}

/// The send form (only its CSRF token).
#[derive(Deserialize)]
pub struct SendForm {}

#[cfg(test)]
mod tests {
    use crate::infra::i18n::STAFF_LANGS;

    #[test]
    fn every_catalogue_code_has_a_text() {
        let catalogue = lumen_screening::Catalogue::builtin().unwrap();
        for lang in STAFF_LANGS {
            for c in catalogue.rule_clauses() {
                let key = format!("screening-clause-{}", c.id.replace('_', "-"));
                assert!(lang.has(&key), "{} lacks {key}", lang.code);
            }
            for w in ["minor-with-adult-set", "adult-with-child-set"] {
                assert!(lang.has(&format!("screening-warning-{w}")), "{w}");
            }
            for who in ["adult", "child", "unknown"] {
                assert!(lang.has(&format!("screening-who-{who}")), "{who}");
            }
        }
    }
}
