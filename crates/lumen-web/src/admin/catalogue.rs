//! Administrators review the screening catalogue: every indicator of every set with its
//! dimension, strength and where that strength comes from; grades not taken from the ILO
//! publication itself are flagged for verification.

use crate::infra::page::Page;
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use lumen_screening::{GradeBasis, IndicatorSet, Strength};

/// One row of the review table.
pub struct Row {
    id: String,
    label: String,
    dimension: String,
    strength: &'static str,
    basis: &'static str,
    verify: bool,
}

/// One set with its rows.
pub struct SetView {
    label: String,
    source: String,
    to_verify: u64,
    rows: Vec<Row>,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/catalogue.html")]
struct CataloguePage {
    page: Page,
    sets: Vec<SetView>,
}

fn set_view(set: &IndicatorSet, lang: lumen_screening::Lang) -> SetView {
    let rows: Vec<Row> = set
        .indicators
        .iter()
        .map(|i| Row {
            id: i.id.clone(),
            label: i.label.get(lang).to_owned(),
            dimension: i.dimension.to_uppercase(),
            strength: match i.strength {
                Strength::Strong => "strength-strong",
                Strength::Medium => "strength-medium",
                Strength::Weak => "strength-weak",
            },
            basis: match i.grade_basis {
                GradeBasis::Primary => "basis-primary",
                GradeBasis::Secondary => "basis-secondary",
                GradeBasis::Inferred => "basis-inferred",
            },
            verify: i.verify(),
        })
        .collect();
    SetView {
        label: set.label.get(lang).to_owned(),
        source: set.source.clone(),
        to_verify: rows.iter().filter(|r| r.verify).count() as u64,
        rows,
    }
}

/// `GET /staff/admin/catalogue`.
pub async fn show(State(state): State<AppState>, page: Page) -> Response {
    let lang = page.lang.catalogue();
    let sets = state
        .catalogue()
        .sets()
        .iter()
        .map(|s| set_view(s, lang))
        .collect();
    CataloguePage { page, sets }.into_response()
}
