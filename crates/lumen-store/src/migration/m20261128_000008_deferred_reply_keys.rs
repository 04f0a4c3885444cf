//! Reply keys derived by the section rather than at filing: a new report carries its receipt
//! sealed to the section's public key until the staff side derives the reply key from it (a slow
//! Argon2id), seals that key to the section and clears the sealed receipt.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Reports {
    Table,
    SealedReceipt,
    CreatedOn,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Reports::Table)
                .add_column(blob_null(Reports::SealedReceipt))
                .to_owned(),
        )
        .await?;
        // The staff side looks for waiting reports every few seconds: only they are indexed.
        m.create_index(
            Index::create()
                .name("idx_reports_awaiting_reply_key")
                .table(Reports::Table)
                .col(Reports::CreatedOn)
                .and_where(Expr::col(Reports::SealedReceipt).is_not_null())
                .to_owned(),
        )
        .await
    }
}
