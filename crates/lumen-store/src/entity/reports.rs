use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reports")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub created_on: Date,
    pub status: String,
    #[sea_orm(column_type = "Binary(32)", unique)]
    pub receipt_hash: Vec<u8>,
    #[sea_orm(column_type = "Text")]
    pub reply_key_params: String,
    #[sea_orm(column_type = "Blob")]
    pub sealed_payload: Vec<u8>,
    #[sea_orm(column_type = "Blob")]
    pub sealed_reply_key: Vec<u8>,
    pub filed_by: String,
    pub partner_unit_id: Option<Uuid>,
    pub consent_recorded_on: Option<Date>,
    pub partner_read_position: i32,
    #[sea_orm(column_type = "Blob", nullable)]
    pub sealed_receipt: Option<Vec<u8>>,
    pub number: i64,
    pub case_id: Option<Uuid>,
    pub triage_reason: Option<String>,
    pub triaged_on: Option<Date>,
    pub section_read_position: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
