//! Many writers at once: every write commits, none fails with "database is locked", the
//! audit chain stays whole, and a write that fails gives its turn to the next one.

use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::report::{FiledBy, ReportStatus};
use lumen_store::{ChainReport, NewReport, Store, StoreError};
use uuid::Uuid;

const WRITERS: usize = 64;

fn ev(action: AuditAction, id: impl ToString) -> AuditEvent {
    AuditEvent::new(action, Some(id.to_string())).by("tester", "investigator")
}

fn report() -> NewReport {
    let id = Uuid::new_v4();
    NewReport {
        id,
        created_on: chrono::Utc::now().date_naive(),
        status: ReportStatus::Received,
        receipt_hash: id.as_bytes().repeat(2),
        reply_key_params: "params".into(),
        sealed_payload: vec![1; 512],
        sealed_reply_key: vec![2; 64],
        sealed_receipt: None,
        filed_by: FiledBy::Witness,
        partner_unit_id: None,
    }
}

/// One client: files a report, reads it back (an audited write), and makes a change that
/// fails inside its transaction (an unknown report), which must roll back and let others on.
async fn client(store: Store) -> Result<Uuid, StoreError> {
    let filed = store.create_report(report()).await?;
    store
        .read_report(filed.id, ev(AuditAction::ReportRead, filed.id))
        .await?;
    let unknown = Uuid::new_v4();
    match store
        .set_report_status(
            unknown,
            ReportStatus::Closed,
            ev(AuditAction::ReportStatus, unknown),
        )
        .await
    {
        Err(StoreError::NotFound("report")) => {}
        other => panic!("an unknown report's change must be refused, got {other:?}"),
    }
    store.audit(ev(AuditAction::ReportReply, filed.id)).await?;
    Ok(filed.id)
}

async fn concurrent_writers_all_commit(store: Store) {
    let tasks: Vec<_> = (0..WRITERS)
        .map(|_| tokio::spawn(client(store.clone())))
        .collect();
    let mut filed = Vec::new();
    for task in tasks {
        match task.await.expect("client task") {
            Ok(id) => filed.push(id),
            Err(e) => panic!("a concurrent write failed: {e}"),
        }
    }
    assert_eq!(filed.len(), WRITERS);
    let (_, total) = store
        .list_reports(0, 1, ev(AuditAction::ReportList, "all"))
        .await
        .unwrap();
    assert_eq!(total, WRITERS as u64);
    // Two audited writes per client, plus the listing above; the refused changes left none.
    assert_eq!(store.audit_count().await.unwrap(), 2 * WRITERS as u64 + 1);
    assert_eq!(
        store.verify_audit_chain().await.unwrap(),
        ChainReport::Intact {
            entries: 2 * WRITERS as u64 + 1
        }
    );
}

lumen_store::store_tests!(concurrent_writers_all_commit);
