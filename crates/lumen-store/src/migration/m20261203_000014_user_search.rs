//! Accounts get the text their search matches: name and e-mail address, folded in Rust
//! (`lumen_domain::search`), so that the administrators' search ignores case and accents alike
//! on SQLite and PostgreSQL. Accounts already stored are folded here.

use sea_orm::{ConnectionTrait, TryGetable};
use sea_orm_migration::prelude::*;
use uuid::Uuid;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    DisplayName,
    Email,
    SearchText,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Users::Table)
                .add_column(
                    ColumnDef::new(Users::SearchText)
                        .string_len(500)
                        .not_null()
                        .default(""),
                )
                .to_owned(),
        )
        .await?;
        let db = m.get_connection();
        let select = Query::select()
            .columns([Users::Id, Users::DisplayName, Users::Email])
            .from(Users::Table)
            .to_owned();
        for row in db.query_all(&select).await? {
            let id = Uuid::try_get(&row, "", "id").map_err(DbErr::from)?;
            let name = String::try_get(&row, "", "display_name").map_err(DbErr::from)?;
            let email = String::try_get(&row, "", "email").map_err(DbErr::from)?;
            let update = Query::update()
                .table(Users::Table)
                .value(
                    Users::SearchText,
                    lumen_domain::search::account_text(&name, &email),
                )
                .and_where(Expr::col(Users::Id).eq(id))
                .to_owned();
            db.execute(&update).await?;
        }
        Ok(())
    }
}
