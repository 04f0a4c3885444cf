use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "case_journal")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub case_id: Uuid,
    pub at: DateTimeUtc,
    pub author_id: Uuid,
    pub kind: String,
    pub detail: String,
    #[sea_orm(column_type = "Blob", nullable)]
    pub data_key: Option<Vec<u8>>,
    #[sea_orm(column_type = "Blob", nullable)]
    pub body_sealed: Option<Vec<u8>>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
