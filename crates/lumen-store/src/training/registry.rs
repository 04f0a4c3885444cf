//! Loading the whole training registry at once; what is derived from it is the domain's
//! ([`lumen_domain::training::registry`]).

use crate::{Store, StoreError};
use lumen_domain::training::registry::TrainingRegistry;

impl Store {
    /// Loads the whole registry.
    pub async fn training_registry(&self) -> Result<TrainingRegistry, StoreError> {
        Ok(TrainingRegistry {
            units: self.list_units().await?,
            officers: self.list_officers().await?,
            courses: self.list_courses().await?,
            sessions: self.list_training_sessions().await?,
            registrations: self.training_registrations(None).await?,
            referents: self.list_referents().await?,
        })
    }
}
