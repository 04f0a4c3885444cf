//! "Who viewed this", for supervisors: the latest reads of a case or a person, from the audit
//! log (refused reads too), with the reader's name and the time in Brussels.

use crate::infra::error::WebError;
use crate::infra::state::AppState;
use lumen_domain::audit::AuditAction;
use lumen_store::{AuditFilter, UserRecord};
use uuid::Uuid;

/// How many reads are listed.
const SHOWN: u64 = 20;

/// One read.
pub struct Viewer {
    /// Who read.
    pub name: String,
    /// When, in Brussels time.
    pub at: String,
    /// Whether the read was refused (someone outside the compartment).
    pub refused: bool,
}

/// The latest `action` reads of object `id`, newest first.
pub(crate) async fn viewers(
    state: &AppState,
    action: AuditAction,
    id: Uuid,
    users: &[UserRecord],
) -> Result<Vec<Viewer>, WebError> {
    let filter = AuditFilter {
        action: Some(action.code().to_owned()),
        object_id: Some(id.to_string()),
        ..AuditFilter::default()
    };
    let page = state.store().audit_page(&filter, 0, SHOWN).await?;
    Ok(page
        .entries
        .into_iter()
        .map(|e| Viewer {
            name: e
                .actor
                .as_deref()
                .and_then(|a| users.iter().find(|u| u.id.0.to_string() == a))
                .map(|u| u.display_name.clone())
                .unwrap_or_default(),
            at: lumen_domain::time::display(e.at),
            refused: e.outcome != "success",
        })
        .collect())
}
