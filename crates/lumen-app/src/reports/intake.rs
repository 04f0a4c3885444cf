//! The keys of the public reporting channel and what is done with them: sealing a report at
//! arrival, finding a report by its receipt in constant time, and encrypting the thread so that
//! only the section and the receipt holder can read it.
//!
//! The public area holds the section's public key and the receipt hasher; the secret key is
//! loaded only where the staff area is served.

use crate::AppError;
use crate::reports::filer::Filer;
use crate::reports::identifiers::blind_indexes;
use crate::reports::images::CleanImage;
pub use crate::reports::payload::ReportPayload;
use lumen_crypto::{
    BlindIndexKey, KdfParams, Receipt, ReceiptHasher, ReplyKeyParams, SectionPublicKey,
    SectionSecretKey, SymmetricKey,
};
use lumen_domain::report::{MessageAuthor, ReportStatus};
use lumen_store::{
    NewReport, NewReportImage, ReportAttachments, ReportImageRecord, ReportRecord, Store,
};
use uuid::Uuid;

mod thread;

/// The neutral site the escape link leaves for, unless configured otherwise.
pub const DEFAULT_ESCAPE_URL: &str = "https://www.meteo.be/";

/// Keys and settings of the reporting channel.
pub struct ReportKeys {
    public: SectionPublicKey,
    secret: Option<SectionSecretKey>,
    hasher: ReceiptHasher,
    identifier_key: BlindIndexKey,
    reply_kdf: KdfParams,
    /// Where the escape link leads.
    pub escape_url: String,
}

impl std::fmt::Debug for ReportKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReportKeys")
            .field("public", &self.public.fingerprint())
            .field("has_secret", &self.secret.is_some())
            .finish_non_exhaustive()
    }
}

/// What the reporter gets back after filing: shown once, never stored.
pub struct Filed {
    /// The receipt.
    pub receipt: Receipt,
}

/// A report found by its receipt, with the key that opens its thread.
pub struct Unlocked {
    /// The report.
    pub report: ReportRecord,
    /// The receipt-derived reply key.
    pub reply_key: SymmetricKey,
}

/// A message as the reader sees it.
pub struct ThreadMessage {
    /// Who wrote it.
    pub author: MessageAuthor,
    /// The day, `YYYY-MM-DD`.
    pub day: String,
    /// The text.
    pub text: String,
}

fn payload_aad(id: Uuid) -> Vec<u8> {
    format!("report:{id}:payload").into_bytes()
}

fn reply_key_aad(id: Uuid) -> Vec<u8> {
    format!("report:{id}:reply-key").into_bytes()
}

fn receipt_aad(id: Uuid) -> Vec<u8> {
    format!("report:{id}:receipt").into_bytes()
}

fn message_aad(report: Uuid, message: Uuid) -> Vec<u8> {
    format!("report:{report}:message:{message}").into_bytes()
}

fn image_aad(report: Uuid, image: Uuid) -> Vec<u8> {
    format!("report:{report}:image:{image}").into_bytes()
}

/// Seals cleaned images to the section, each under its own id (AAD `report:<id>:image:<uuid>`).
async fn seal_images(
    public: &SectionPublicKey,
    report: Uuid,
    images: Vec<CleanImage>,
) -> Result<Vec<NewReportImage>, AppError> {
    let public = public.clone();
    blocking(move || {
        images
            .into_iter()
            .map(|image| {
                let id = Uuid::new_v4();
                let sealed_image =
                    lumen_crypto::seal(&public, &image.bytes, &image_aad(report, id))?;
                Ok(NewReportImage {
                    id,
                    content_type: image.content_type.to_owned(),
                    sealed_image,
                })
            })
            .collect()
    })
    .await
}

fn crypto_failed(e: lumen_crypto::CryptoError) -> AppError {
    tracing::error!(code = e.code(), "report cryptography failed");
    AppError::Internal
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, lumen_crypto::CryptoError> + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|_| AppError::Internal)?
        .map_err(crypto_failed)
}

impl ReportKeys {
    /// Keys for the public side only (no secret key).
    pub fn public_only(public: SectionPublicKey, hasher: ReceiptHasher) -> Self {
        Self {
            public,
            secret: None,
            identifier_key: hasher.derive_identifier_index_key(),
            hasher,
            reply_kdf: KdfParams::REPLY_KEY,
            escape_url: DEFAULT_ESCAPE_URL.into(),
        }
    }

    /// Adds the section's secret key (staff area). Refuses a key that does not match.
    pub fn with_secret(mut self, secret: SectionSecretKey) -> Result<Self, &'static str> {
        if secret.public_key() != self.public {
            return Err("the secret key does not belong to the public key");
        }
        self.secret = Some(secret);
        Ok(self)
    }

    /// Sets the Argon2id costs of new reply keys (tests use small ones).
    pub fn with_reply_kdf(mut self, kdf: KdfParams) -> Self {
        self.reply_kdf = kdf;
        self
    }

    /// Sets the escape link's target.
    pub fn with_escape_url(mut self, url: impl Into<String>) -> Self {
        self.escape_url = url.into();
        self
    }

    /// Whether the staff side can open reports here.
    pub fn can_open(&self) -> bool {
        self.secret.is_some()
    }

    /// The key of the identifiers' blind indexes, shared by reports and case persons.
    pub fn identifier_key(&self) -> &BlindIndexKey {
        &self.identifier_key
    }

    fn secret(&self) -> Result<&SectionSecretKey, AppError> {
        self.secret.as_ref().ok_or(AppError::Unavailable)
    }

    /// Seals a report, stores it durably, and returns the receipt to show once. `filed_by` is
    /// a [`lumen_domain::report::FiledBy`] for the public form, or a [`Filer::Partner`].
    pub async fn file(
        &self,
        store: &Store,
        filed_by: impl Into<Filer>,
        payload: &ReportPayload,
    ) -> Result<Filed, AppError> {
        self.file_with_images(store, filed_by, payload, Vec::new())
            .await
    }

    /// Seals a report and its images (metadata already removed), stores them durably in one
    /// transaction with the blind indexes of its normalised identifiers, and returns the
    /// receipt to show once.
    pub async fn file_with_images(
        &self,
        store: &Store,
        filed_by: impl Into<Filer>,
        payload: &ReportPayload,
        images: Vec<CleanImage>,
    ) -> Result<Filed, AppError> {
        let filer = filed_by.into();
        let id = Uuid::new_v4();
        let receipt = Receipt::generate();
        let params = ReplyKeyParams::with_kdf(self.reply_kdf);
        let json = filer.sealed_json(payload).map_err(|_| AppError::Internal)?;
        let public = self.public.clone();
        let r = receipt.clone();
        // The reply key is derived later by the section from the sealed receipt
        // (`settle_reply_key`), keeping the slow Argon2id off the filing path.
        let (sealed_payload, sealed_receipt) = blocking(move || {
            let sealed_payload = lumen_crypto::seal(&public, &json, &payload_aad(id))?;
            let sealed_receipt =
                lumen_crypto::seal(&public, r.expose_digits().as_bytes(), &receipt_aad(id))?;
            Ok((sealed_payload, sealed_receipt))
        })
        .await?;
        let attachments = ReportAttachments {
            images: seal_images(&self.public, id, images).await?,
            identifiers: blind_indexes(&self.identifier_key, &payload.identifiers),
        };
        let new = NewReport {
            id,
            created_on: chrono::Utc::now().date_naive(),
            status: ReportStatus::Received,
            receipt_hash: self.hasher.lookup_hash(&receipt).0.to_vec(),
            reply_key_params: params.to_text(),
            sealed_payload,
            sealed_reply_key: Vec::new(),
            sealed_receipt: Some(sealed_receipt),
            filed_by: filer.filed_by(),
            partner_unit_id: filer.partner_unit(),
        };
        filer.store(store, new, attachments).await?;
        Ok(Filed { receipt })
    }

    /// Finds the report of a typed receipt. Every attempt costs the same: a malformed or
    /// unknown receipt is hashed and a reply key derived all the same, and the stored hash is
    /// compared in constant time.
    pub async fn unlock(&self, store: &Store, typed: &str) -> Result<Option<Unlocked>, AppError> {
        let parsed = Receipt::parse(typed).ok();
        let well_formed = parsed.is_some();
        let receipt = parsed.unwrap_or_else(Receipt::generate);
        let hash = self.hasher.lookup_hash(&receipt);
        let found = store.report_by_receipt_hash(&hash.0).await?;
        let params = found
            .as_ref()
            .and_then(|r| ReplyKeyParams::from_text(&r.reply_key_params).ok())
            .unwrap_or_else(|| ReplyKeyParams::with_kdf(self.reply_kdf));
        let r = receipt.clone();
        let reply_key =
            crate::reports::reply_kdf::run_kdf(move || params.derive_reply_key(&r)).await?;
        let stored: &[u8] = found.as_ref().map_or(&[0u8; 32][..], |r| &r.receipt_hash);
        let matches = self.hasher.verify(&receipt, stored);
        Ok(match found {
            Some(report) if matches && well_formed => Some(Unlocked { report, reply_key }),
            _ => None,
        })
    }

    /// Opens a report's payload (staff area only).
    pub fn open_payload(&self, report: &ReportRecord) -> Result<ReportPayload, AppError> {
        let plain = lumen_crypto::open(
            self.secret()?,
            &report.sealed_payload,
            &payload_aad(report.id),
        )
        .map_err(crypto_failed)?;
        serde_json::from_slice(&plain).map_err(|_| AppError::Internal)
    }

    /// Opens one sealed image of a report (staff area only).
    pub fn open_image(&self, image: &ReportImageRecord) -> Result<Vec<u8>, AppError> {
        lumen_crypto::open(
            self.secret()?,
            &image.sealed_image,
            &image_aad(image.report_id, image.info.id),
        )
        .map_err(crypto_failed)
    }
}
