//! The thread of a report: reading it as the receipt holder or as the section, adding a message
//! (with pictures), and the reply key the section derives from a new report's sealed receipt.

use super::{
    ReportKeys, ThreadMessage, Unlocked, crypto_failed, message_aad, receipt_aad, reply_key_aad,
    seal_images,
};
use crate::AppError;
use crate::reports::images::CleanImage;
use lumen_crypto::{Receipt, ReplyKeyParams, SymmetricKey};
use lumen_domain::report::MessageAuthor;
use lumen_store::{NewReportMessage, ReportRecord, Store};
use uuid::Uuid;

impl ReportKeys {
    /// The thread as the receipt holder reads it.
    pub async fn thread_for_reporter(
        &self,
        store: &Store,
        unlocked: &Unlocked,
    ) -> Result<Vec<ThreadMessage>, AppError> {
        let id = unlocked.report.id;
        store
            .report_messages(id)
            .await?
            .into_iter()
            .map(|m| {
                let text = unlocked
                    .reply_key
                    .decrypt(&m.reply_body, &message_aad(id, m.id))
                    .map_err(crypto_failed)?;
                Ok(ThreadMessage {
                    author: m.author,
                    day: m.created_on.to_string(),
                    text: String::from_utf8_lossy(&text).into_owned(),
                })
            })
            .collect()
    }

    /// The thread as the section reads it.
    pub async fn thread_for_section(
        &self,
        store: &Store,
        report: Uuid,
    ) -> Result<Vec<ThreadMessage>, AppError> {
        let secret = self.secret()?;
        store
            .report_messages(report)
            .await?
            .into_iter()
            .map(|m| {
                let text = lumen_crypto::open(secret, &m.sealed_body, &message_aad(report, m.id))
                    .map_err(crypto_failed)?;
                Ok(ThreadMessage {
                    author: m.author,
                    day: m.created_on.to_string(),
                    text: String::from_utf8_lossy(&text).into_owned(),
                })
            })
            .collect()
    }

    /// Adds a message to a thread, sealed to the section and encrypted with the reply key.
    /// The reporter's messages pass their reply key; the section's are written with the key
    /// opened from the report (and carry an audit entry).
    pub async fn add_message(
        &self,
        store: &Store,
        report: &ReportRecord,
        author: MessageAuthor,
        reply_key: Option<&SymmetricKey>,
        text: &str,
        audit: Option<lumen_domain::audit::AuditEvent>,
    ) -> Result<(), AppError> {
        self.add_message_with_images(store, report, author, reply_key, text, Vec::new(), audit)
            .await
    }

    /// The reply key of a report, for the section: opened from its sealed reply key, or, for a
    /// report that still carries its sealed receipt, derived from the receipt now (Argon2id with
    /// the report's own costs), sealed to the section and stored, the sealed receipt forgotten.
    pub async fn section_reply_key(
        &self,
        store: &Store,
        report: &ReportRecord,
    ) -> Result<SymmetricKey, AppError> {
        let secret = self.secret()?;
        if let Some(sealed_receipt) = report.sealed_receipt.as_ref() {
            let digits = lumen_crypto::open(secret, sealed_receipt, &receipt_aad(report.id))
                .map_err(crypto_failed)?;
            let receipt =
                Receipt::parse(&String::from_utf8_lossy(&digits)).map_err(crypto_failed)?;
            let params =
                ReplyKeyParams::from_text(&report.reply_key_params).map_err(crypto_failed)?;
            let reply_key =
                crate::reports::reply_kdf::run_kdf(move || params.derive_reply_key(&receipt))
                    .await?;
            let sealed = reply_key
                .seal_to(&self.public, &reply_key_aad(report.id))
                .map_err(crypto_failed)?;
            if store.settle_reply_key(report.id, sealed).await? {
                return Ok(reply_key);
            }
            // Settled meanwhile by another worker: use the key it stored.
            let settled = store
                .report_sealed(report.id)
                .await?
                .ok_or(AppError::NotFound)?;
            return SymmetricKey::open_sealed(
                secret,
                &settled.sealed_reply_key,
                &reply_key_aad(report.id),
            )
            .map_err(crypto_failed);
        }
        SymmetricKey::open_sealed(secret, &report.sealed_reply_key, &reply_key_aad(report.id))
            .map_err(crypto_failed)
    }

    /// Derives the reply keys of up to `limit` reports that still carry a sealed receipt (staff
    /// side); returns how many were settled.
    pub async fn settle_pending(&self, store: &Store, limit: u64) -> Result<usize, AppError> {
        self.secret()?;
        let mut settled = 0;
        for report in store.reports_awaiting_reply_key(limit).await? {
            // A report that cannot be settled (a damaged sealed receipt) must not hold up the
            // others: it is named in the log and tried again on the next round.
            match self.section_reply_key(store, &report).await {
                Ok(_) => settled += 1,
                Err(e) => {
                    tracing::warn!(report = %report.id, code = e.code(), "reply key not settled")
                }
            }
        }
        Ok(settled)
    }

    /// [`Self::add_message`] with images (metadata already removed), sealed to the section and
    /// stored in the same transaction as the message. The reporter gets back only their count.
    #[expect(
        clippy::too_many_arguments,
        reason = "a message is its report, author, key, text, images and audit entry"
    )]
    pub async fn add_message_with_images(
        &self,
        store: &Store,
        report: &ReportRecord,
        author: MessageAuthor,
        reply_key: Option<&SymmetricKey>,
        text: &str,
        images: Vec<CleanImage>,
        audit: Option<lumen_domain::audit::AuditEvent>,
    ) -> Result<(), AppError> {
        let opened;
        let key = match reply_key {
            Some(k) => k,
            None => {
                opened = self.section_reply_key(store, report).await?;
                &opened
            }
        };
        let id = Uuid::new_v4();
        let aad = message_aad(report.id, id);
        let sealed_body =
            lumen_crypto::seal(&self.public, text.as_bytes(), &aad).map_err(crypto_failed)?;
        let reply_body = key.encrypt(text.as_bytes(), &aad).map_err(crypto_failed)?;
        let images = seal_images(&self.public, report.id, images).await?;
        store
            .add_report_message_with_images(
                NewReportMessage {
                    id,
                    report_id: report.id,
                    author,
                    sealed_body,
                    reply_body,
                },
                images,
                audit,
            )
            .await?;
        Ok(())
    }
}
