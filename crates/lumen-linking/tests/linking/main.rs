//! The linking engine: its command line, its bounds, households, incremental queries and normaliser properties.

mod bounded;
mod breakdown;
mod cli;
mod households;
mod incremental_matches_batch;
mod namesakes;
mod normalizer_properties;
