//! Labels of a report's status and filer, shared by the inbox and the report page.

use crate::infra::page::Page;
use lumen_domain::report::{FiledBy, ReportStatus};

/// Who filed, as the section names it.
pub(crate) fn filer_label(page: &Page, filed_by: FiledBy) -> String {
    page.t(&format!(
        "reports-filer-{}",
        filed_by.code().replace('_', "-")
    ))
}

/// Labels shared by both pages.
pub(crate) fn status_label(page: &Page, status: ReportStatus) -> String {
    page.t(&format!(
        "report-status-{}",
        status.code().replace('_', "-")
    ))
}
