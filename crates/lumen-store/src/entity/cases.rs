use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cases")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub reference: String,
    pub prefix: String,
    pub year: i32,
    pub number: i32,
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub forms: String,
    pub owner_id: Uuid,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
    #[sea_orm(column_type = "Blob")]
    pub data_key: Vec<u8>,
    #[sea_orm(column_type = "Blob")]
    pub title_sealed: Vec<u8>,
    #[sea_orm(column_type = "Blob", nullable)]
    pub places_sealed: Option<Vec<u8>>,
    #[sea_orm(column_type = "Blob", nullable)]
    pub magistrate_ref_sealed: Option<Vec<u8>>,
    #[sea_orm(column_type = "Blob", nullable)]
    pub pv_ref_sealed: Option<Vec<u8>>,
    pub closing_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
