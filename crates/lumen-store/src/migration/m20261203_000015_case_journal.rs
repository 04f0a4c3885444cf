//! A case's journal: one line per event of the case (opened, status changed, member added, an
//! internal note), in the order they happened. A note's text is sealed under the line's own
//! data key; the other events carry only codes and ids.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Cases {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum CaseJournal {
    Table,
    Id,
    CaseId,
    At,
    AuthorId,
    Kind,
    Detail,
    DataKey,
    BodySealed,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(CaseJournal::Table)
                .col(pk_uuid(CaseJournal::Id))
                .col(uuid(CaseJournal::CaseId))
                .col(timestamp_with_time_zone(CaseJournal::At))
                .col(uuid(CaseJournal::AuthorId))
                .col(string_len(CaseJournal::Kind, 32))
                .col(string_len(CaseJournal::Detail, 128))
                .col(blob_null(CaseJournal::DataKey))
                .col(blob_null(CaseJournal::BodySealed))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_case_journal_case")
                        .from(CaseJournal::Table, CaseJournal::CaseId)
                        .to(Cases::Table, Cases::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_case_journal_author")
                        .from(CaseJournal::Table, CaseJournal::AuthorId)
                        .to(Users::Table, Users::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_case_journal_case")
                .table(CaseJournal::Table)
                .col(CaseJournal::CaseId)
                .col(CaseJournal::At)
                .to_owned(),
        )
        .await
    }
}
