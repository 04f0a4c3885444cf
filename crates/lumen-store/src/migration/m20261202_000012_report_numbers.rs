//! Each report gets a number in the order of arrival, the reference staff quote ("R-0042") and
//! the stable newest-first order of the inbox. Reports already stored are numbered by day of
//! arrival, then by id (their order within a day was never kept).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Reports {
    Table,
    Number,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Reports::Table)
                .add_column(
                    ColumnDef::new(Reports::Number)
                        .big_integer()
                        .not_null()
                        .default(0),
                )
                .to_owned(),
        )
        .await?;
        m.get_connection()
            .execute_unprepared(
                "UPDATE reports SET number = (SELECT COUNT(*) FROM reports r2 \
                 WHERE r2.created_on < reports.created_on \
                 OR (r2.created_on = reports.created_on AND r2.id <= reports.id))",
            )
            .await?;
        m.create_index(
            Index::create()
                .name("idx_reports_number")
                .table(Reports::Table)
                .col(Reports::Number)
                .unique()
                .to_owned(),
        )
        .await
    }
}
