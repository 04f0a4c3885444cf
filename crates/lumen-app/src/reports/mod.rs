//! Reports: sealed intake of public and partner reports, the receipt holder's thread, reply-key
//! settling, who filed, the identifiers' blind indexes and cleaned images.

pub mod filer;
pub mod identifiers;
pub mod images;
pub mod intake;
pub mod payload;
pub mod reply_kdf;
pub mod settler;
