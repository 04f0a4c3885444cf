//! Personal fields sealed at rest: each user and screening row gets its own data key (wrapped
//! by the master key, which never enters the database) and its TOTP secret, report reference
//! and person description are stored encrypted under it. Rows written before this migration
//! keep their clear values until the store seals them at the next start with the master key
//! (`Store::seal_clear_fields`), which then empties the clear columns.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    DataKey,
    TotpSecretSealed,
}

#[derive(DeriveIden)]
enum Screenings {
    Table,
    DataKey,
    ReportRefSealed,
    PersonDescriptionSealed,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for col in [Users::DataKey, Users::TotpSecretSealed] {
            m.alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(blob_null(col))
                    .to_owned(),
            )
            .await?;
        }
        for col in [
            Screenings::DataKey,
            Screenings::ReportRefSealed,
            Screenings::PersonDescriptionSealed,
        ] {
            m.alter_table(
                Table::alter()
                    .table(Screenings::Table)
                    .add_column(blob_null(col))
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
