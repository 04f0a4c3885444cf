//! Who files a report: someone from the public (a witness or the person concerned), or a
//! partner organisation on someone's behalf. A partner filing exists only with the person's
//! consent: it is recorded inside the sealed report and, as a day, in the clear column
//! `consent_recorded_on`, and the filing is audited (a partner worker is an account, unlike a
//! member of the public).

use crate::reports::payload::ReportPayload;
use chrono::NaiveDate;
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::report::FiledBy;
use lumen_domain::{Role, UnitId, UserId};
use lumen_store::{NewReport, ReportAttachments, ReportRecord, Store, StoreError};
use serde::Serialize;

/// Who files a report.
#[derive(Debug, Clone)]
pub enum Filer {
    /// The public form: a witness or the person concerned.
    Public(FiledBy),
    /// A partner organisation, with the person's consent.
    Partner(PartnerFiling),
}

impl From<FiledBy> for Filer {
    fn from(kind: FiledBy) -> Self {
        Filer::Public(kind)
    }
}

/// A partner worker filing for their organisation, the person having agreed.
#[derive(Debug, Clone)]
pub struct PartnerFiling {
    unit: UnitId,
    actor: UserId,
    role: Role,
    consent: ConsentRecord,
}

/// What is sealed with the report about the person's consent.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ConsentRecord {
    /// Always true: there is no partner filing without it.
    pub person_agreed: bool,
    /// The day it was recorded.
    pub recorded_on: NaiveDate,
    /// The organisation that recorded it.
    pub organisation: UnitId,
}

impl PartnerFiling {
    /// A filing by `actor` for the organisation `unit`, or `None` when the person did not agree.
    pub fn with_consent(
        unit: UnitId,
        actor: UserId,
        role: Role,
        person_agreed: bool,
    ) -> Option<Self> {
        person_agreed.then(|| Self {
            unit,
            actor,
            role,
            consent: ConsentRecord {
                person_agreed: true,
                recorded_on: chrono::Utc::now().date_naive(),
                organisation: unit,
            },
        })
    }
}

#[derive(Serialize)]
struct PartnerSealed<'a> {
    #[serde(flatten)]
    report: &'a ReportPayload,
    partner_consent: &'a ConsentRecord,
}

impl Filer {
    /// The kind of filer kept in clear.
    pub fn filed_by(&self) -> FiledBy {
        match self {
            Filer::Public(kind) => *kind,
            Filer::Partner(_) => FiledBy::Partner,
        }
    }

    /// The partner organisation, if any.
    pub fn partner_unit(&self) -> Option<UnitId> {
        match self {
            Filer::Public(_) => None,
            Filer::Partner(p) => Some(p.unit),
        }
    }

    /// The JSON to seal: the report, and for a partner filing the consent record beside it
    /// (readers of [`ReportPayload`] ignore the extra field).
    pub fn sealed_json(&self, payload: &ReportPayload) -> serde_json::Result<Vec<u8>> {
        match self {
            Filer::Public(_) => serde_json::to_vec(payload),
            Filer::Partner(p) => serde_json::to_vec(&PartnerSealed {
                report: payload,
                partner_consent: &p.consent,
            }),
        }
    }

    /// Stores the sealed report: a public one without an audit entry (it would record the
    /// time), a partner one with its consent day and an audit entry, in one transaction.
    pub async fn store(
        &self,
        store: &Store,
        new: NewReport,
        attachments: ReportAttachments,
    ) -> Result<ReportRecord, StoreError> {
        match self {
            Filer::Public(_) => store.create_report_with(new, attachments).await,
            Filer::Partner(p) => {
                let ev = AuditEvent::new(AuditAction::ReportPartnerFile, Some(new.id.to_string()))
                    .by(p.actor, p.role);
                store.create_partner_report(new, attachments, ev).await
            }
        }
    }
}

/// The consent day recorded inside a report's opened JSON, if it holds one.
pub fn consent_of(sealed_json: &[u8]) -> Option<NaiveDate> {
    #[derive(serde::Deserialize)]
    struct Consent {
        person_agreed: bool,
        recorded_on: NaiveDate,
    }
    #[derive(serde::Deserialize)]
    struct WithConsent {
        partner_consent: Consent,
    }
    let parsed: WithConsent = serde_json::from_slice(sealed_json).ok()?;
    parsed
        .partner_consent
        .person_agreed
        .then_some(parsed.partner_consent.recorded_on)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filing(agreed: bool) -> Option<PartnerFiling> {
        PartnerFiling::with_consent(UnitId::new(), UserId::new(), Role::Partner, agreed)
    }

    #[test]
    fn there_is_no_partner_filing_without_consent() {
        assert!(filing(false).is_none());
        assert!(filing(true).is_some());
    }

    #[test]
    fn the_consent_is_sealed_with_the_report_and_readers_of_the_report_ignore_it() {
        let payload = ReportPayload {
            filed_by: FiledBy::Partner,
            text: "x".into(),
            ..Default::default()
        };
        let filer = Filer::Partner(filing(true).unwrap());
        let json = filer.sealed_json(&payload).unwrap();
        assert_eq!(consent_of(&json), Some(chrono::Utc::now().date_naive()));
        let back: ReportPayload = serde_json::from_slice(&json).unwrap();
        assert_eq!(back, payload);
        let public = Filer::from(FiledBy::Witness).sealed_json(&payload).unwrap();
        assert_eq!(consent_of(&public), None);
        assert_eq!(filer.filed_by(), FiledBy::Partner);
        assert!(filer.partner_unit().is_some());
    }
}
