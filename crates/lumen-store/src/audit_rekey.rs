//! Re-keying the audit chain: entries written before the audit key existed carry plain
//! SHA-256 links; once the key is configured they are checked and then re-linked under it,
//! so that afterwards every link must be keyed and a chain rewritten without the key fails.

use crate::entity::audit_log;
use crate::{ChainReport, Store, StoreError};
use lumen_domain::audit::{AuditEvent, GENESIS_HASH, Outcome, entry_mac};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

impl Store {
    /// Re-links every entry under the store's audit key after checking the chain as it is
    /// (plain links, possibly followed by keyed ones). Returns how many entries were re-keyed;
    /// a chain already fully keyed is left as it is. A broken chain is refused.
    pub async fn rekey_audit_chain(&self) -> Result<u64, StoreError> {
        const BATCH: u64 = 5_000;
        let Some(key) = self.audit_key.clone() else {
            return Err(StoreError::Config(
                "re-keying the audit log needs the audit key (keys.audit_key_file)".into(),
            ));
        };
        if let ChainReport::Intact { .. } = self.verify_audit_chain().await? {
            return Ok(0);
        }
        if let ChainReport::Broken { seq, .. } = self.walk_chain(true).await? {
            return Err(StoreError::Config(format!(
                "the audit log is broken at entry {seq}; it is left as it is and not re-keyed"
            )));
        }
        let txn = self.begin_write().await?;
        let mut prev = GENESIS_HASH.to_owned();
        let mut next = 1i64;
        let mut done = 0u64;
        loop {
            let rows = audit_log::Entity::find()
                .filter(audit_log::Column::Seq.gte(next))
                .order_by_asc(audit_log::Column::Seq)
                .limit(BATCH)
                .all(&*txn)
                .await?;
            let n = rows.len() as u64;
            for m in rows {
                let event = AuditEvent {
                    actor: m.actor.clone(),
                    actor_role: m.actor_role.clone(),
                    action: m.action.clone(),
                    object_type: m.object_type.clone(),
                    object_id: m.object_id.clone(),
                    outcome: if m.outcome == "success" {
                        Outcome::Success
                    } else {
                        Outcome::Failure
                    },
                };
                let hash = entry_mac(&key, &prev, m.seq, m.at, &event);
                audit_log::Entity::update(audit_log::ActiveModel {
                    seq: Set(m.seq),
                    prev_hash: Set(prev.clone()),
                    hash: Set(hash.clone()),
                    ..Default::default()
                })
                .exec(&*txn)
                .await?;
                prev = hash;
                next = m.seq + 1;
                done += 1;
            }
            if n < BATCH {
                break;
            }
        }
        txn.commit().await?;
        Ok(done)
    }
}
