//! Signed checkpoints of the audit chain's head, and checking the log against one.

use crate::entity::audit_log;
use crate::{ChainReport, Store, StoreError};
use chrono::Utc;
use lumen_domain::audit::GENESIS_HASH;
use lumen_domain::audit_checkpoint::Checkpoint;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

/// How the log stands against a checkpoint made earlier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckpointReport {
    /// The checkpoint's entry is there with the same hash; `newer` entries follow it.
    Holds {
        /// Entries appended after the checkpoint.
        newer: u64,
    },
    /// The log ends before the checkpoint's entry: its tail was cut.
    Cut {
        /// The entry the checkpoint names.
        checkpoint_seq: i64,
        /// The newest entry left (0: none).
        last_seq: i64,
    },
    /// The checkpoint's entry has another hash: the log was rewritten up to it.
    Differs {
        /// The entry the checkpoint names.
        seq: i64,
    },
}

impl Store {
    /// Signs the current head of the chain under the audit key. Refuses a broken chain (a
    /// checkpoint must not vouch for one): `Refused("audit_chain_broken")`.
    pub async fn audit_checkpoint(&self) -> Result<Checkpoint, StoreError> {
        let key = self.audit_key.clone().ok_or(StoreError::AuditKeyMissing)?;
        if let ChainReport::Broken { .. } = self.verify_audit_chain().await? {
            return Err(StoreError::Refused("audit_chain_broken"));
        }
        let head = audit_log::Entity::find()
            .order_by_desc(audit_log::Column::Seq)
            .limit(1)
            .one(&self.db)
            .await?;
        let (seq, hash) = head.map_or((0, GENESIS_HASH.to_owned()), |m| (m.seq, m.hash));
        Ok(Checkpoint::sign(&key, seq, &hash, Utc::now()))
    }

    /// Checks that the entry a checkpoint names is still in the log with the same hash. (The
    /// signature is checked when the checkpoint is parsed; the chain itself by
    /// [`Store::verify_audit_chain`].)
    pub async fn check_audit_checkpoint(
        &self,
        checkpoint: &Checkpoint,
    ) -> Result<CheckpointReport, StoreError> {
        if self.audit_key.is_none() {
            return Err(StoreError::AuditKeyMissing);
        }
        let last_seq = audit_log::Entity::find()
            .order_by_desc(audit_log::Column::Seq)
            .limit(1)
            .one(&self.db)
            .await?
            .map_or(0, |m| m.seq);
        if checkpoint.seq == 0 {
            return Ok(CheckpointReport::Holds {
                newer: last_seq.max(0) as u64,
            });
        }
        let entry = audit_log::Entity::find()
            .filter(audit_log::Column::Seq.eq(checkpoint.seq))
            .one(&self.db)
            .await?;
        Ok(match entry {
            None if last_seq < checkpoint.seq => CheckpointReport::Cut {
                checkpoint_seq: checkpoint.seq,
                last_seq,
            },
            Some(m) if m.hash == checkpoint.hash => CheckpointReport::Holds {
                newer: (last_seq - checkpoint.seq).max(0) as u64,
            },
            _ => CheckpointReport::Differs {
                seq: checkpoint.seq,
            },
        })
    }
}
