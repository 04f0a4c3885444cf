//! Personal fields sealed at rest (envelope encryption, [`lumen_crypto::field`]).
//!
//! Each row that holds such fields gets its own random data key, stored wrapped by the master
//! key in the row's `data_key` column; the master key itself comes from `keys.master_key_file`
//! and never enters the database. Every field is encrypted with associated data naming its
//! table, row and column, so a value copied to another row or column no longer opens, and the
//! wrapped key is bound to its row the same way. Rotating the master key re-wraps the data keys
//! only ([`Store::rotate_master_key`]); the fields stay as they are.

use crate::{Store, StoreError};
use lumen_crypto::{CryptoError, DataKey, MasterKey, WrappedDataKey, field_aad};
use zeroize::Zeroizing;

/// A row's data key, ready to seal or open that row's fields.
pub(crate) struct RowKey {
    table: &'static str,
    row: String,
    key: DataKey,
}

fn record_ref(table: &str, row: &str) -> String {
    format!("{table}:{row}")
}

impl RowKey {
    /// A fresh data key for a new row; returns it with its wrapped form to store.
    pub(crate) fn new(
        master: &MasterKey,
        table: &'static str,
        row: &str,
    ) -> Result<(Self, Vec<u8>), StoreError> {
        let key = DataKey::generate();
        let wrapped = master
            .wrap(&key, &record_ref(table, row))
            .map_err(|e| sealed_error(table, row, &e))?;
        Ok((
            Self {
                table,
                row: row.to_owned(),
                key,
            },
            wrapped.as_bytes().to_vec(),
        ))
    }

    /// Unwraps a row's stored data key.
    pub(crate) fn open(
        master: &MasterKey,
        table: &'static str,
        row: &str,
        wrapped: &[u8],
    ) -> Result<Self, StoreError> {
        let key = WrappedDataKey::from_bytes(wrapped.to_vec())
            .and_then(|w| master.unwrap(&w, &record_ref(table, row)))
            .map_err(|e| sealed_error(table, row, &e))?;
        Ok(Self {
            table,
            row: row.to_owned(),
            key,
        })
    }

    /// Encrypts one column's value (nothing for nothing).
    pub(crate) fn seal(
        &self,
        column: &str,
        value: Option<&str>,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        value
            .map(|v| {
                self.key
                    .encrypt_field(v.as_bytes(), &field_aad(self.table, &self.row, column))
                    .map_err(|e| sealed_error(self.table, &self.row, &e))
            })
            .transpose()
    }

    /// Decrypts one column's value.
    pub(crate) fn unseal(
        &self,
        column: &str,
        sealed: Option<&[u8]>,
    ) -> Result<Option<String>, StoreError> {
        sealed
            .map(|c| {
                let bytes = Zeroizing::new(
                    self.key
                        .decrypt_field(c, &field_aad(self.table, &self.row, column))
                        .map_err(|e| sealed_error(self.table, &self.row, &e))?,
                );
                String::from_utf8(bytes.to_vec()).map_err(|_| StoreError::Sealed {
                    table: self.table,
                    row: self.row.clone(),
                    reason: "not_utf8",
                })
            })
            .transpose()
    }
}

fn sealed_error(table: &'static str, row: &str, e: &CryptoError) -> StoreError {
    StoreError::Sealed {
        table,
        row: row.to_owned(),
        reason: e.code(),
    }
}

impl Store {
    /// This store, sealing and opening personal fields under `key`.
    pub fn with_master_key(mut self, key: MasterKey) -> Self {
        self.master_key = Some(std::sync::Arc::new(key));
        self
    }

    /// Whether personal fields can be sealed and opened.
    pub fn has_master_key(&self) -> bool {
        self.master_key.is_some()
    }

    pub(crate) fn master_key(&self) -> Result<&MasterKey, StoreError> {
        self.master_key
            .as_deref()
            .ok_or(StoreError::MasterKeyMissing)
    }
}

/// The key of a row about to get a sealed value: its stored key when it has one, else a new
/// one (returned wrapped, to store in the same write).
pub(crate) fn row_key_for_write(
    master: &MasterKey,
    table: &'static str,
    row: &str,
    stored: Option<&[u8]>,
) -> Result<(RowKey, Option<Vec<u8>>), StoreError> {
    match stored {
        Some(wrapped) => Ok((RowKey::open(master, table, row, wrapped)?, None)),
        None => {
            let (key, wrapped) = RowKey::new(master, table, row)?;
            Ok((key, Some(wrapped)))
        }
    }
}
