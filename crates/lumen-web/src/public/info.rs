//! The public information pages: what happens to a report and who reads it, what is kept and
//! what is not, the rights of victims, and the emergency numbers. Every text comes from
//! `public.ftl`; the language from `?lang=`, else the browser, else French.

use crate::infra::state::AppState;
use crate::public::layout::{LangQuery, PublicPage, report_lang};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};

#[derive(Template, WebTemplate)]
#[template(path = "public/what_happens.html")]
struct WhatHappens {
    page: PublicPage,
}

#[derive(Template, WebTemplate)]
#[template(path = "public/what_we_keep.html")]
struct WhatWeKeep {
    page: PublicPage,
}

#[derive(Template, WebTemplate)]
#[template(path = "public/rights.html")]
struct Rights {
    page: PublicPage,
}

#[derive(Template, WebTemplate)]
#[template(path = "public/emergency.html")]
struct Emergency {
    page: PublicPage,
}

/// One handler per page: the layout context for `$path`, then the page.
macro_rules! info_page {
    ($(#[$doc:meta])* $name:ident, $template:ident, $path:literal) => {
        $(#[$doc])*
        pub async fn $name(
            State(state): State<AppState>,
            Query(q): Query<LangQuery>,
            headers: HeaderMap,
        ) -> Response {
            let lang = report_lang(q.lang.as_deref(), &headers);
            $template {
                page: PublicPage::new(&state, lang, $path),
            }
            .into_response()
        }
    };
}

info_page!(
    /// `GET /what-happens`: what happens to a report, and who reads it.
    what_happens,
    WhatHappens,
    "/what-happens"
);
info_page!(
    /// `GET /what-we-keep`: what is stored, and what never is.
    what_we_keep,
    WhatWeKeep,
    "/what-we-keep"
);
info_page!(
    /// `GET /your-rights`: the rights of victims, the victim status and the specialised centres.
    rights,
    Rights,
    "/your-rights"
);
info_page!(
    /// `GET /emergency`: the emergency numbers.
    emergency,
    Emergency,
    "/emergency"
);
