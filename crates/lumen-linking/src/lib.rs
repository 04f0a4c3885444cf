#![forbid(unsafe_code)]
//! lumen-linking: entity resolution for Lumen, without web or database dependency.
//!
//! - [`normalize`]: phone numbers (E.164, Belgium by default), e-mails, plates, IBANs, URLs,
//!   handles, person names (transliteration, particles, token order), dates, addresses with the
//!   Brussels French/Dutch street table.
//! - [`exact_index`]: normalised identifier → records, with an over-share cap.
//! - [`prepare`], [`blocking`], [`compare`], [`model`], [`linker`]: blocking on several keys,
//!   comparison levels per field, Fellegi–Sunter weights estimated without labels (EM), term
//!   frequency adjustment, match probability per pair.
//! - [`cluster`]: clustering that does not chain; [`explain`]: why a pair or cluster matched.
//! - [`incremental`]: insert, update, remove, query without rebuilding.
//! - [`generate`], [`evaluate`]: synthetic data with ground truth, pairwise and B-cubed scores.
//! - [`cli`]: the `lumen link` subcommands (`dedupe`, `pair`, `generate`, `evaluate`, `bench`).
//!
//! Wiring into a binary:
//!
//! ```text
//! #[derive(clap::Subcommand)]
//! enum Command {
//!     /// Entity resolution: dedupe, pair, generate, evaluate, bench.
//!     #[command(subcommand)]
//!     Link(lumen_linking::cli::LinkCommand),
//! }
//! // …
//! Command::Link(cmd) => lumen_linking::cli::run(cmd),
//! ```

pub mod blocking;
pub mod breakdown;
pub mod cli;
pub mod cluster;
pub mod compare;
pub mod csvio;
pub mod error;
pub mod evaluate;
pub mod exact_index;
pub mod explain;
pub mod generate;
pub mod incremental;
pub mod kind;
pub mod linker;
pub mod model;
pub mod normalize;
pub mod prepare;
pub mod rng;
pub mod similarity;

pub use error::LinkError;
pub use kind::FieldKind;
