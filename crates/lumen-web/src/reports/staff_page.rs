//! One public report as the THB section reads it: the decrypted facts with translated answers,
//! identifiers as typed beside their normalised form, pictures, and the thread with who wrote
//! each message.

use crate::infra::page::Page;
use crate::reports::labels::{filer_label, status_label};
use askama::Template;
use askama_web::WebTemplate;
use lumen_app::reports::intake::{ReportPayload, ThreadMessage};
use lumen_domain::report::{FiledBy, MessageAuthor, ReportStatus};
use lumen_store::{ReportImageInfo, ReportRecord};

#[derive(Template, WebTemplate)]
#[template(path = "reports/staff_report.html")]
pub(super) struct ReportPage {
    pub(super) page: Page,
    pub(super) report: ReportRecord,
    pub(super) payload: ReportPayload,
    pub(super) organisation: Option<String>,
    pub(super) messages: Vec<ThreadMessage>,
    pub(super) statuses: &'static [ReportStatus],
    pub(super) images: Vec<ReportImageInfo>,
}

impl ReportPage {
    fn status_label(&self, s: &ReportStatus) -> String {
        status_label(&self.page, *s)
    }

    fn form_label(&self, code: &str) -> String {
        self.page.t(&format!("report-form-{code}"))
    }

    fn minor_label(&self) -> String {
        match self.payload.minor.as_str() {
            "" => String::new(),
            code => self.page.t(&format!("report-minor-{code}")),
        }
    }

    /// The language the reporter wrote in, by its own name and code, e.g. `Română (ro)`.
    fn language_name(&self) -> String {
        let code = self.payload.lang.as_str();
        match crate::infra::i18n::Lang::public(code) {
            Some(l) => format!("{} ({code})", l.native_name),
            None => code.to_owned(),
        }
    }

    fn contact_label(&self) -> String {
        match self.payload.contact.as_str() {
            "" => String::new(),
            code => self.page.t(&format!("report-contact-{code}")),
        }
    }

    /// One identifier field as the section reads it: each value as typed, with its normalised
    /// form when it differs, or a note when it could not be recognised.
    fn identifiers(&self, kind: &str, typed: &[String]) -> String {
        let checked: Vec<String> = self
            .payload
            .identifiers
            .iter()
            .filter(|i| i.kind == kind)
            .map(|i| match &i.normalised {
                Some(n) if *n != i.raw => format!("{} → {n}", i.raw),
                Some(_) => i.raw.clone(),
                None => format!(
                    "{} ({})",
                    i.raw,
                    self.page.t("reports-identifier-unrecognised")
                ),
            })
            .collect();
        if checked.is_empty() {
            typed.join(", ")
        } else {
            checked.join(", ")
        }
    }

    fn filed_by_label(&self) -> String {
        filer_label(&self.page, self.report.filed_by)
    }

    fn by_section(&self, m: &ThreadMessage) -> bool {
        m.author == MessageAuthor::Section
    }

    fn author_label(&self, m: &ThreadMessage) -> String {
        self.page.t(match m.author {
            MessageAuthor::Section => "reports-from-section",
            MessageAuthor::Partner => "reports-from-partner",
            MessageAuthor::Reporter if self.report.filed_by == FiledBy::Partner => {
                "reports-from-person"
            }
            MessageAuthor::Reporter => "reports-from-reporter",
        })
    }

    fn image_alt(&self, image: &ReportImageInfo) -> String {
        let key = if image.message_id.is_some() {
            "reports-image-alt-message"
        } else {
            "reports-image-alt"
        };
        self.page.t1(key, "number", &image.position.to_string())
    }
}
