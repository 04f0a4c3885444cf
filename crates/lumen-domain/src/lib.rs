#![forbid(unsafe_code)]
//! Lumen's domain: types and rules with no I/O.
//!
//! Web handlers and CLI commands parse input into these types at the edge ("parse, don't
//! validate"), ask the rules here what to do, and hand the outcome to the store.

pub mod audit;
pub mod audit_checkpoint;
pub mod cases;
pub mod email;
pub mod ids;
pub mod lockout;
pub mod password;
pub mod report;
pub mod role;
pub mod role_change;
pub mod screening;
pub mod search;
pub mod session;
pub mod time;
pub mod training;
pub mod unit;

pub use email::Email;
pub use ids::{UnitId, UserId};
pub use role::{Permission, Role};
pub use unit::UnitKind;
