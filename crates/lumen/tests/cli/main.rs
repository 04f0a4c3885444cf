//! The `lumen` binary as an operator uses it.

#[path = "../support/mod.rs"]
mod support;

mod cli;
mod durability;
mod keys;
mod no_metadata;
