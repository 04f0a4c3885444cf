use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "case_access_requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub case_id: Uuid,
    pub requested_by: Uuid,
    pub requested_at: DateTimeUtc,
    pub state: String,
    pub decided_by: Option<Uuid>,
    pub decided_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Blob")]
    pub data_key: Vec<u8>,
    #[sea_orm(column_type = "Blob")]
    pub reason_sealed: Vec<u8>,
    #[sea_orm(column_type = "Blob", nullable)]
    pub decision_sealed: Option<Vec<u8>>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
