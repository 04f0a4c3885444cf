#![forbid(unsafe_code)]
//! Lumen's use cases: the operations a user performs, over the domain, the store, the
//! cryptography and the linking engine, with no HTTP in them. The web area parses a request,
//! calls one operation and renders its view; the CLI calls the same operations.
//!
//! Imports run one way: web / CLI → app → {store, crypto, linking, screening} → domain.

pub mod auth;
pub mod cases;
pub mod demo;
mod error;
pub mod identifiers;
pub mod reports;
pub mod search;

pub use error::AppError;
