//! Public reports and their message threads. Everything a reporter wrote is sealed before it
//! arrives here; the only clear fields are the day, the status, who filed and the partner unit.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Units {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Reports {
    Table,
    Id,
    CreatedOn,
    Status,
    ReceiptHash,
    ReplyKeyParams,
    SealedPayload,
    SealedReplyKey,
    FiledBy,
    PartnerUnitId,
}

#[derive(DeriveIden)]
enum ReportMessages {
    Table,
    Id,
    ReportId,
    Position,
    Author,
    CreatedOn,
    SealedBody,
    ReplyBody,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Reports::Table)
                .col(pk_uuid(Reports::Id))
                .col(date(Reports::CreatedOn))
                .col(string_len(Reports::Status, 16))
                .col(binary_len(Reports::ReceiptHash, 32).unique_key())
                .col(text(Reports::ReplyKeyParams))
                .col(blob(Reports::SealedPayload))
                .col(blob(Reports::SealedReplyKey))
                .col(string_len(Reports::FiledBy, 32))
                .col(uuid_null(Reports::PartnerUnitId))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_reports_partner_unit")
                        .from(Reports::Table, Reports::PartnerUnitId)
                        .to(Units::Table, Units::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_reports_created")
                .table(Reports::Table)
                .col(Reports::CreatedOn)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ReportMessages::Table)
                .col(pk_uuid(ReportMessages::Id))
                .col(uuid(ReportMessages::ReportId))
                .col(integer(ReportMessages::Position))
                .col(string_len(ReportMessages::Author, 16))
                .col(date(ReportMessages::CreatedOn))
                .col(blob(ReportMessages::SealedBody))
                .col(blob(ReportMessages::ReplyBody))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_report_messages_report")
                        .from(ReportMessages::Table, ReportMessages::ReportId)
                        .to(Reports::Table, Reports::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_report_messages_position")
                .table(ReportMessages::Table)
                .col(ReportMessages::ReportId)
                .col(ReportMessages::Position)
                .unique()
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
