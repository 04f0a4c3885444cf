//! The audit chain keyed under the audit key: someone who can write to the database but lacks
//! the key cannot delete an entry and recompute the chain. Run on SQLite and PostgreSQL.

use lumen_domain::audit::AuditAction;
use lumen_domain::audit::{AuditEvent, AuditKey, GENESIS_HASH, Outcome, entry_hash, entry_mac};
use lumen_domain::audit_checkpoint::Checkpoint;
use lumen_store::testing::{TestDb, fresh};
use lumen_store::{AuditFilter, ChainReport, CheckpointReport, Store, StoreError};

fn key() -> AuditKey {
    AuditKey::from_bytes([42; 32])
}

async fn write(store: &Store, n: usize) {
    for i in 0..n {
        let event = AuditEvent::new(AuditAction::ReportRead, Some(i.to_string())).by("a", "admin");
        store.audit(event).await.unwrap();
    }
}

/// Entries as Lumen linked them before the audit key existed (plain SHA-256).
async fn write_plain(store: &Store, n: usize) {
    for i in 0..n {
        let event = AuditEvent::new(AuditAction::ReportRead, Some(i.to_string())).by("a", "admin");
        store.append_plain_for_tests(event).await.unwrap();
    }
}

/// What an attacker with database access but no key does: deletes entry `seq`, renumbers the
/// entries after it and recomputes every link with plain SHA-256.
async fn delete_and_recompute(store: &Store, seq: i64) {
    delete_and_relink(store, seq, None).await
}

/// The same, re-linking under `key` when the attacker holds it.
async fn delete_and_relink(store: &Store, seq: i64, key: Option<&AuditKey>) {
    store
        .execute_unprepared_for_tests(&format!("DELETE FROM audit_log WHERE seq = {seq}"))
        .await
        .unwrap();
    let mut entries = store
        .audit_page(&AuditFilter::default(), 0, 1_000)
        .await
        .unwrap()
        .entries;
    entries.sort_by_key(|e| e.seq);
    let mut prev = GENESIS_HASH.to_owned();
    for (i, e) in entries.iter().enumerate() {
        let new_seq = i as i64 + 1;
        let event = AuditEvent {
            actor: e.actor.clone(),
            actor_role: e.actor_role.clone(),
            action: e.action.clone(),
            object_type: e.object_type.clone(),
            object_id: e.object_id.clone(),
            outcome: if e.outcome == "success" {
                Outcome::Success
            } else {
                Outcome::Failure
            },
        };
        let hash = match key {
            Some(key) => entry_mac(key, &prev, new_seq, e.at, &event),
            None => entry_hash(&prev, new_seq, e.at, &event),
        };
        store
            .execute_unprepared_for_tests(&format!(
                "UPDATE audit_log SET seq = {new_seq}, prev_hash = '{prev}', hash = '{hash}' WHERE seq = {}",
                e.seq
            ))
            .await
            .unwrap();
        prev = hash;
    }
}

async fn a_keyed_chain_is_intact(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    let store = f.store.clone().with_audit_key(key());
    write(&store, 6).await;
    assert_eq!(
        store.verify_audit_chain().await.unwrap(),
        ChainReport::Intact { entries: 6 }
    );
}

async fn a_deleted_entry_with_a_recomputed_chain_is_reported(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    let store = f.store.clone().with_audit_key(key());
    write(&store, 6).await;
    delete_and_recompute(&store, 3).await;
    assert_eq!(store.audit_count().await.unwrap(), 5);
    assert!(
        matches!(
            store.verify_audit_chain().await.unwrap(),
            ChainReport::Broken { .. }
        ),
        "a chain recomputed without the key must not verify"
    );
}

async fn a_plain_start_is_rekeyed_and_cannot_continue_plain(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    write_plain(&f.store, 2).await;
    let keyed = f.store.clone().with_audit_key(key());
    write(&keyed, 2).await;
    assert_eq!(
        keyed.verify_audit_chain().await.unwrap(),
        ChainReport::Broken { seq: 1, checked: 0 },
        "with the key every link must be keyed"
    );
    assert_eq!(keyed.rekey_audit_chain().await.unwrap(), 4);
    assert_eq!(keyed.rekey_audit_chain().await.unwrap(), 0, "already keyed");
    assert_eq!(
        keyed.verify_audit_chain().await.unwrap(),
        ChainReport::Intact { entries: 4 }
    );
    // A plain entry after the keyed ones is a break.
    write_plain(&f.store, 1).await;
    assert_eq!(
        keyed.verify_audit_chain().await.unwrap(),
        ChainReport::Broken { seq: 5, checked: 4 }
    );
}

async fn keyed_entries_do_not_verify_under_another_key(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    write(&f.store.clone().with_audit_key(key()), 3).await;
    let other = f
        .store
        .clone()
        .with_audit_key(AuditKey::from_bytes([7; 32]));
    assert_eq!(
        other.verify_audit_chain().await.unwrap(),
        ChainReport::Broken { seq: 1, checked: 0 }
    );
}

async fn a_broken_chain_is_not_rekeyed(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    write_plain(&f.store, 3).await;
    f.store
        .execute_unprepared_for_tests("UPDATE audit_log SET object_id = 'forged' WHERE seq = 2")
        .await
        .unwrap();
    let before = f
        .store
        .audit_page(&AuditFilter::default(), 0, 10)
        .await
        .unwrap()
        .entries;
    let keyed = f.store.clone().with_audit_key(key());
    assert!(keyed.rekey_audit_chain().await.is_err());
    let after = f
        .store
        .audit_page(&AuditFilter::default(), 0, 10)
        .await
        .unwrap()
        .entries;
    assert_eq!(
        before.iter().map(|e| &e.hash).collect::<Vec<_>>(),
        after.iter().map(|e| &e.hash).collect::<Vec<_>>(),
        "the evidence is left as it is"
    );
    assert!(
        after
            .iter()
            .any(|e| e.object_id.as_deref() == Some("forged"))
    );
}

async fn nothing_is_appended_or_verified_without_the_key(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    let keyless = Store::connect(f.options.clone()).await.unwrap();
    let event = AuditEvent::new(AuditAction::ReportRead, None).by("a", "admin");
    assert!(matches!(
        keyless.audit(event).await,
        Err(StoreError::AuditKeyMissing)
    ));
    assert_eq!(f.store.audit_count().await.unwrap(), 0);
    let refused = keyless.verify_audit_chain().await.unwrap_err();
    assert!(
        refused.to_string().contains("keys.audit_key_file"),
        "{refused}"
    );
}

async fn a_checkpoint_sees_a_cut_tail_the_chain_cannot(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    let store = f.store.clone().with_audit_key(key());
    write(&store, 5).await;
    let checkpoint = store.audit_checkpoint().await.unwrap();
    assert_eq!(checkpoint.seq, 5);
    let line = checkpoint.to_line();
    write(&store, 2).await;
    let read = Checkpoint::parse(&line, &key()).unwrap();
    assert_eq!(
        store.check_audit_checkpoint(&read).await.unwrap(),
        CheckpointReport::Holds { newer: 2 }
    );
    store
        .execute_unprepared_for_tests("DELETE FROM audit_log WHERE seq >= 4")
        .await
        .unwrap();
    assert_eq!(
        store.verify_audit_chain().await.unwrap(),
        ChainReport::Intact { entries: 3 },
        "a cut tail leaves an intact chain"
    );
    assert_eq!(
        store.check_audit_checkpoint(&read).await.unwrap(),
        CheckpointReport::Cut {
            checkpoint_seq: 5,
            last_seq: 3
        }
    );
}

async fn a_checkpoint_sees_a_rewrite_even_by_a_key_holder(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    let store = f.store.clone().with_audit_key(key());
    write(&store, 4).await;
    let checkpoint = store.audit_checkpoint().await.unwrap();
    // Entry 2 deleted, the rest renumbered and re-linked under the key itself.
    delete_and_relink(&store, 2, Some(&key())).await;
    write(&store, 1).await;
    assert_eq!(
        store.verify_audit_chain().await.unwrap(),
        ChainReport::Intact { entries: 4 }
    );
    assert_eq!(
        store.check_audit_checkpoint(&checkpoint).await.unwrap(),
        CheckpointReport::Differs { seq: 4 }
    );
    assert!(
        Checkpoint::parse(&checkpoint.to_line(), &AuditKey::from_bytes([7; 32])).is_err(),
        "a checkpoint is signed by its key"
    );
}

lumen_store::on_both_databases!(
    nothing_is_appended_or_verified_without_the_key,
    a_checkpoint_sees_a_cut_tail_the_chain_cannot,
    a_checkpoint_sees_a_rewrite_even_by_a_key_holder,
    a_keyed_chain_is_intact,
    a_deleted_entry_with_a_recomputed_chain_is_reported,
    a_plain_start_is_rekeyed_and_cannot_continue_plain,
    a_broken_chain_is_not_rekeyed,
    keyed_entries_do_not_verify_under_another_key,
);
