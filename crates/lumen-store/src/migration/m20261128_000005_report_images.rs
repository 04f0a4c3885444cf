//! Images sent with public reports and with reporters' later messages. Each image is sealed to
//! the section's public key (metadata removed before sealing); only its type and its place in
//! the report are clear.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Reports {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ReportMessages {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ReportImages {
    Table,
    Id,
    ReportId,
    MessageId,
    Position,
    CreatedOn,
    ContentType,
    SealedImage,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ReportImages::Table)
                .col(pk_uuid(ReportImages::Id))
                .col(uuid(ReportImages::ReportId))
                .col(uuid_null(ReportImages::MessageId))
                .col(integer(ReportImages::Position))
                .col(date(ReportImages::CreatedOn))
                .col(string_len(ReportImages::ContentType, 32))
                .col(blob(ReportImages::SealedImage))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_report_images_report")
                        .from(ReportImages::Table, ReportImages::ReportId)
                        .to(Reports::Table, Reports::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_report_images_message")
                        .from(ReportImages::Table, ReportImages::MessageId)
                        .to(ReportMessages::Table, ReportMessages::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_report_images_position")
                .table(ReportImages::Table)
                .col(ReportImages::ReportId)
                .col(ReportImages::Position)
                .unique()
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
