//! What a reporter wrote, as it is sealed.

use crate::reports::identifiers::Identifier;
use lumen_domain::report::FiledBy;
use serde::{Deserialize, Serialize};

/// What a reporter wrote, as sealed in one piece (AAD `report:<id>:payload`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct ReportPayload {
    /// Who filed it (stored as `witness`, `person_concerned` or `partner`).
    pub filed_by: FiledBy,
    /// Codes of the forms of exploitation ticked.
    pub forms: Vec<String>,
    /// Where (free text).
    pub place: String,
    /// When (free text).
    pub when: String,
    /// How many people are involved (free text).
    pub people_count: String,
    /// Descriptions of the people involved.
    pub people: String,
    /// `yes`, `no` or `unknown`.
    pub minor: String,
    /// Phone numbers, one a line.
    pub phones: Vec<String>,
    /// Vehicle plates.
    pub plates: Vec<String>,
    /// Websites and ads.
    pub websites: Vec<String>,
    /// Social-media handles.
    pub handles: Vec<String>,
    /// E-mail addresses.
    pub emails: Vec<String>,
    /// The reporter's own words.
    pub text: String,
    /// `none`, `section` or `centre`.
    pub contact: String,
    /// How to reach them, if they want to be reached.
    pub contact_details: String,
    /// The language the report was written in.
    pub lang: String,
    /// Every identifier line, as typed and normalised (absent from reports filed before).
    #[serde(default)]
    pub identifiers: Vec<Identifier>,
}
