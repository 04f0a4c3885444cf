#![forbid(unsafe_code)]
//! Lumen's persistence: one code path for SQLite and PostgreSQL (SeaORM), embedded migrations,
//! and the store operations the web area and the CLI call.
//!
//! Every write that changes data appends its audit entry in the same transaction, so an
//! operation is stored whole, with its audit trail, or not at all.

mod admin;
mod audit;
mod audit_checkpoint;
mod audit_rekey;
mod audited;
mod auth;
mod backup;
mod cases;
mod connect;
mod entity;
mod error;
mod file_mode;
mod migration;
mod reports;
mod screening;
mod sealed_fields;
mod sealed_rows;
mod search;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
mod training;
mod triage;
mod url;
mod write;

pub use admin::audit_names::{AccountName, AuditNames, ObjectName};
pub use admin::role_requests::{RoleDecision, RoleRequestRecord};
pub use admin::units::{NewUnit, UnitRecord};
pub use admin::users::{NewUser, UserRecord};
pub use audit::{AuditFilter, AuditPage, AuditRecord, ChainReport};
pub use audit_checkpoint::CheckpointReport;
pub use auth::sessions::{NewSession, SessionRecord};
pub use auth::sign_in::Enrolment;
pub use cases::{
    AccessRequest, AddedPerson, COMMENT_MAX, CaseActor, CaseFigures, CasePerson, CaseRecord,
    CaseView, IdentifierHit, IdentifierRecord, JournalEntry, NOTE_MAX, NewCase, NewCasePerson,
    NewIdentifier, PendingApproval, PersonCase, PersonRecord, REFERENCE_MAX, SentScreenings,
    TASK_TITLE_MAX, TaskRecord, TeamMember, WaitingCaseApproval,
};
pub use connect::{ConnectOptions, CreateMode};
pub use error::StoreError;
pub use lumen_domain::training::registry::{EarnedCertificate, TrainingRegistry, UnitCoverage};
pub use reports::attachments::{
    NewReportIdentifier, NewReportImage, ReportAttachments, ReportImageInfo, ReportImageRecord,
};
pub use reports::{
    NewReport, NewReportMessage, PartnerSubmission, ReportFilter, ReportMessageRecord, ReportRecord,
};
pub use screening::{
    NewScreening, SCREENING_DRAFT_DAYS, ScreeningDraftRecord, ScreeningPage, ScreeningRecord,
    ScreeningScope,
};
pub use sealed_rows::Rotation;
pub use search::{NoteText, PersonNames};
pub use training::edit::{OfficerChange, SessionChange};
pub use training::{
    CourseRecord, OfficerRecord, ReferentRecord, RegistrationRecord, TrainingSessionRecord,
};
pub use triage::{TriageItem, TriageRef};
pub use url::{Backend, DatabaseUrl, DatabaseUrlError};

use sea_orm::DatabaseConnection;

/// A connection pool to Lumen's database, SQLite or PostgreSQL.
#[derive(Clone, Debug)]
pub struct Store {
    db: DatabaseConnection,
    backend: Backend,
    /// SQLite's writers' queue (unused on PostgreSQL).
    write_gate: write::WriteGate,
    /// The key chaining new audit entries; without it entries get plain SHA-256 links.
    audit_key: Option<std::sync::Arc<lumen_domain::audit::AuditKey>>,
    /// The key wrapping each row's data key for sealed personal fields.
    master_key: Option<std::sync::Arc<lumen_crypto::MasterKey>>,
}

impl Store {
    /// Which database this store talks to.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// This store, chaining the audit entries it appends and verifies under `key`.
    pub fn with_audit_key(mut self, key: lumen_domain::audit::AuditKey) -> Self {
        self.audit_key = Some(std::sync::Arc::new(key));
        self
    }

    /// Whether appended audit entries are keyed.
    pub fn has_audit_key(&self) -> bool {
        self.audit_key.is_some()
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), StoreError> {
        self.db.ping().await.map_err(StoreError::from)
    }

    /// Closes every connection.
    pub async fn close(self) -> Result<(), StoreError> {
        self.db.close().await.map_err(StoreError::from)
    }
}
