//! Partner submissions: the day a partner organisation recorded the person's consent, and how
//! far into the thread the organisation has read (to count unread replies from the section).
//! Neither column is personal data.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Reports {
    Table,
    ConsentRecordedOn,
    PartnerReadPosition,
    PartnerUnitId,
    FiledBy,
    Status,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column per statement.
        m.alter_table(
            Table::alter()
                .table(Reports::Table)
                .add_column(date_null(Reports::ConsentRecordedOn))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Reports::Table)
                .add_column(integer(Reports::PartnerReadPosition).default(0))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_reports_partner_unit")
                .table(Reports::Table)
                .col(Reports::PartnerUnitId)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_reports_filed_by_status")
                .table(Reports::Table)
                .col(Reports::FiledBy)
                .col(Reports::Status)
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
