//! What comes with a public report besides its sealed payload: images (sent with the report or
//! with the reporter's later messages), each sealed to the section's public key after its
//! metadata was removed, only its type and place clear; and the blind indexes (keyed hashes) of
//! the identifiers it names, so that linking can match reports without decrypting them.

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

#[derive(DeriveIden)]
enum ReportIdentifiers {
    Table,
    Id,
    ReportId,
    Kind,
    BlindIndex,
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
        m.create_table(
            Table::create()
                .table(ReportIdentifiers::Table)
                .col(pk_uuid(ReportIdentifiers::Id))
                .col(uuid(ReportIdentifiers::ReportId))
                .col(string_len(ReportIdentifiers::Kind, 16))
                .col(binary_len(ReportIdentifiers::BlindIndex, 32))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_report_identifiers_report")
                        .from(ReportIdentifiers::Table, ReportIdentifiers::ReportId)
                        .to(Reports::Table, Reports::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_report_identifiers_unique")
                .table(ReportIdentifiers::Table)
                .col(ReportIdentifiers::ReportId)
                .col(ReportIdentifiers::Kind)
                .col(ReportIdentifiers::BlindIndex)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_report_identifiers_lookup")
                .table(ReportIdentifiers::Table)
                .col(ReportIdentifiers::Kind)
                .col(ReportIdentifiers::BlindIndex)
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
