use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "case_tasks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub case_id: Uuid,
    pub assignee_id: Uuid,
    pub due_on: Date,
    pub done: bool,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub done_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Blob")]
    pub data_key: Vec<u8>,
    #[sea_orm(column_type = "Blob")]
    pub title_sealed: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
