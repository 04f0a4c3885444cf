//! Embedded migrations, applied by `lumen migrate` and at server start.

mod m20261128_000001_foundation;
mod m20261128_000002_screenings;
mod m20261128_000003_reports;
mod m20261128_000004_training;
mod m20261128_000005_training_edits;
mod m20261128_000006_partner_submissions;
mod m20261128_000007_report_attachments;
mod m20261128_000008_deferred_reply_keys;
mod m20261201_000009_sign_in_guards;
mod m20261202_000010_sealed_fields;
mod m20261202_000011_screening_drafts;
mod m20261202_000012_report_numbers;
mod m20261202_000013_cases;
mod m20261203_000014_user_search;
mod m20261203_000015_case_journal;
mod m20261203_000016_case_approvals;
mod m20261203_000017_case_tasks;
mod m20261204_000018_case_persons;
mod m20261204_000019_triage;
mod m20261204_000020_case_access;

use crate::{Store, StoreError};
use sea_orm_migration::prelude::*;

struct Migrator;

impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_foundation::Migration),
            Box::new(m20261128_000002_screenings::Migration),
            Box::new(m20261128_000003_reports::Migration),
            Box::new(m20261128_000004_training::Migration),
            Box::new(m20261128_000005_training_edits::Migration),
            Box::new(m20261128_000006_partner_submissions::Migration),
            Box::new(m20261128_000007_report_attachments::Migration),
            Box::new(m20261128_000008_deferred_reply_keys::Migration),
            Box::new(m20261201_000009_sign_in_guards::Migration),
            Box::new(m20261202_000010_sealed_fields::Migration),
            Box::new(m20261202_000011_screening_drafts::Migration),
            Box::new(m20261202_000012_report_numbers::Migration),
            Box::new(m20261202_000013_cases::Migration),
            Box::new(m20261203_000014_user_search::Migration),
            Box::new(m20261203_000015_case_journal::Migration),
            Box::new(m20261203_000016_case_approvals::Migration),
            Box::new(m20261203_000017_case_tasks::Migration),
            Box::new(m20261204_000018_case_persons::Migration),
            Box::new(m20261204_000019_triage::Migration),
            Box::new(m20261204_000020_case_access::Migration),
        ]
    }
}

impl Store {
    /// Applies every pending migration and returns how many were applied. Refuses a database
    /// that records a migration this version does not know (migrated by a newer Lumen).
    pub async fn migrate(&self) -> Result<usize, StoreError> {
        let pending = self.pending_migrations().await?;
        let _turn = self.write_turn().await;
        Migrator::up(&self.db, None)
            .await
            .map_err(StoreError::from)?;
        Ok(pending)
    }

    /// How many migrations are pending; an error if the database is newer than this binary.
    pub async fn pending_migrations(&self) -> Result<usize, StoreError> {
        match Migrator::get_pending_migrations(&self.db).await {
            Ok(p) => Ok(p.len()),
            Err(DbErr::Custom(msg)) if msg.contains("is missing") => {
                Err(StoreError::NewerSchema(msg))
            }
            Err(e) => {
                let text = e.to_string();
                if text.contains("is missing") {
                    Err(StoreError::NewerSchema(text))
                } else {
                    Err(StoreError::from(e))
                }
            }
        }
    }

    /// The names of the migrations this version knows.
    pub fn known_migrations() -> Vec<String> {
        Migrator::migrations()
            .iter()
            .map(|m| m.name().to_owned())
            .collect()
    }
}
