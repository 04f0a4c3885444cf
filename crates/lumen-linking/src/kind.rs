//! Kinds of fields a record can carry.

use std::fmt;
use std::str::FromStr;

/// The kind of a column: decides its normaliser and how it is compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldKind {
    /// First or given names.
    GivenName,
    /// Family name.
    Surname,
    /// Whole name in one field, any token order.
    FullName,
    /// Date of birth.
    BirthDate,
    /// Phone number.
    Phone,
    /// E-mail address.
    Email,
    /// Postal address (street, number, postcode in one field).
    Address,
    /// House number alone.
    StreetNumber,
    /// City or commune.
    City,
    /// Postcode.
    Postcode,
    /// Vehicle plate.
    Plate,
    /// Bank account (IBAN).
    Iban,
    /// Social-media or messaging handle.
    Handle,
    /// Web address.
    Url,
    /// Identity document or national register number.
    IdNumber,
    /// Free text (compared as a token set).
    Text,
}

impl FieldKind {
    /// All kinds, in the order of the command-line documentation.
    pub const ALL: [FieldKind; 16] = [
        FieldKind::GivenName,
        FieldKind::Surname,
        FieldKind::FullName,
        FieldKind::BirthDate,
        FieldKind::Phone,
        FieldKind::Email,
        FieldKind::Address,
        FieldKind::StreetNumber,
        FieldKind::City,
        FieldKind::Postcode,
        FieldKind::Plate,
        FieldKind::Iban,
        FieldKind::Handle,
        FieldKind::Url,
        FieldKind::IdNumber,
        FieldKind::Text,
    ];

    /// The snake_case name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldKind::GivenName => "given_name",
            FieldKind::Surname => "surname",
            FieldKind::FullName => "full_name",
            FieldKind::BirthDate => "birth_date",
            FieldKind::Phone => "phone",
            FieldKind::Email => "email",
            FieldKind::Address => "address",
            FieldKind::StreetNumber => "street_number",
            FieldKind::City => "city",
            FieldKind::Postcode => "postcode",
            FieldKind::Plate => "plate",
            FieldKind::Iban => "iban",
            FieldKind::Handle => "handle",
            FieldKind::Url => "url",
            FieldKind::IdNumber => "id_number",
            FieldKind::Text => "text",
        }
    }

    /// True for kinds whose normalised value identifies a person or object exactly (indexed and
    /// used as blocking keys): phone, e-mail, plate, IBAN, handle, URL, identity number.
    pub fn is_identifier(self) -> bool {
        matches!(
            self,
            FieldKind::Phone
                | FieldKind::Email
                | FieldKind::Plate
                | FieldKind::Iban
                | FieldKind::Handle
                | FieldKind::Url
                | FieldKind::IdNumber
        )
    }
}

impl fmt::Display for FieldKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Error for an unknown kind name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown field kind `{0}`; expected one of: given_name surname full_name birth_date phone email address street_number city postcode plate iban handle url id_number text"
)]
pub struct UnknownKind(pub String);

impl FromStr for FieldKind {
    type Err = UnknownKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        FieldKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| UnknownKind(s.to_string()))
    }
}
