//! Triage of what arrives: a report or a screening sent to the THB section is attached to a
//! case or closed with a reason (a catalogue code) and the day (a screening: the time); a report
//! remembers how far the section has read its thread, so that new messages from the reporter or partner show.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Reports {
    Table,
    CaseId,
    TriageReason,
    TriagedOn,
    SectionReadPosition,
}

#[derive(DeriveIden)]
enum Screenings {
    Table,
    SentAt,
    CaseId,
    TriageReason,
    TriagedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One column a statement: SQLite adds one column per ALTER TABLE.
        let report_columns = [
            ColumnDef::new(Reports::CaseId).uuid().null().to_owned(),
            ColumnDef::new(Reports::TriageReason)
                .string_len(64)
                .null()
                .to_owned(),
            // A day, not a time: the reports table keeps no time of day (see the public area's
            // privacy rules).
            ColumnDef::new(Reports::TriagedOn).date().null().to_owned(),
            ColumnDef::new(Reports::SectionReadPosition)
                .integer()
                .not_null()
                .default(0)
                .to_owned(),
        ];
        for mut column in report_columns {
            m.alter_table(
                Table::alter()
                    .table(Reports::Table)
                    .add_column(&mut column)
                    .to_owned(),
            )
            .await?;
        }
        let screening_columns = [
            ColumnDef::new(Screenings::SentAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
            ColumnDef::new(Screenings::CaseId).uuid().null().to_owned(),
            ColumnDef::new(Screenings::TriageReason)
                .string_len(64)
                .null()
                .to_owned(),
            ColumnDef::new(Screenings::TriagedAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
        ];
        for mut column in screening_columns {
            m.alter_table(
                Table::alter()
                    .table(Screenings::Table)
                    .add_column(&mut column)
                    .to_owned(),
            )
            .await?;
        }
        m.create_index(
            Index::create()
                .name("idx_reports_case")
                .table(Reports::Table)
                .col(Reports::CaseId)
                .to_owned(),
        )
        .await
    }
}
