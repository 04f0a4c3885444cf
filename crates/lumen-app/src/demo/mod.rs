//! A fictional zone for demonstrations and tests: its units and one account per role, each
//! with a random password and an enrolled second factor.

use crate::auth::totp;
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::{Email, Role, UnitId, UnitKind, UserId};
use lumen_store::{NewUnit, NewUser, Store, StoreError};
use serde::Serialize;

mod cases;
mod training;

pub use cases::seed_cases;

/// A demo account, as printed for the person trying Lumen.
#[derive(Debug, Clone, Serialize)]
pub struct DemoAccount {
    /// E-mail address.
    pub email: String,
    /// Role code.
    pub role: String,
    /// Password.
    pub password: String,
    /// Base32 TOTP secret.
    pub totp_secret: String,
}

const UNITS: [(&str, &str, UnitKind); 8] = [
    (
        "thb",
        "Section Traite des êtres humains / Sectie Mensenhandel",
        UnitKind::ThbSection,
    ),
    (
        "intervention",
        "Brigades d'intervention / Interventieploegen",
        UnitKind::Intervention,
    ),
    (
        "neighbourhood",
        "Agents de quartier / Wijkagenten",
        UnitKind::Neighbourhood,
    ),
    (
        "reception-5",
        "Accueil du commissariat 5 / Onthaal commissariaat 5",
        UnitKind::Reception,
    ),
    (
        "management",
        "Direction et statistiques / Directie en statistiek",
        UnitKind::Management,
    ),
    ("pag-asa", "PAG-ASA", UnitKind::Partner),
    ("espace-p", "Espace P", UnitKind::Partner),
    ("utsopi", "UTSOPI", UnitKind::Partner),
];

const PEOPLE: [(&str, &str, Role, &str); 8] = [
    (
        "partner@demo.lumen.example",
        "Nadia Partner",
        Role::Partner,
        "pag-asa",
    ),
    (
        "frontline@demo.lumen.example",
        "Tom Frontline",
        Role::Frontline,
        "intervention",
    ),
    (
        "referent@demo.lumen.example",
        "Inès Referent",
        Role::Referent,
        "neighbourhood",
    ),
    (
        "investigator@demo.lumen.example",
        "Karim Investigator",
        Role::Investigator,
        "thb",
    ),
    (
        "investigator2@demo.lumen.example",
        "Julie Investigator",
        Role::Investigator,
        "thb",
    ),
    (
        "supervisor@demo.lumen.example",
        "Sofie Supervisor",
        Role::Supervisor,
        "thb",
    ),
    (
        "analyst@demo.lumen.example",
        "Lea Analyst",
        Role::Analyst,
        "management",
    ),
    (
        "admin@demo.lumen.example",
        "Marc Admin",
        Role::Admin,
        "management",
    ),
];

/// Seeds an empty, migrated database and returns the accounts.
pub async fn seed(store: &Store) -> Result<Vec<DemoAccount>, StoreError> {
    let mut unit_ids: Vec<(&str, UnitId)> = Vec::new();
    for (code, name, kind) in UNITS {
        let id = UnitId::new();
        let ev =
            AuditEvent::new(AuditAction::UnitCreate, Some(id.to_string())).by("demo", "system");
        store
            .create_unit(
                NewUnit {
                    id,
                    code: code.into(),
                    name: name.into(),
                    kind,
                },
                ev,
            )
            .await?;
        unit_ids.push((code, id));
    }
    let mut accounts = Vec::new();
    let mut user_ids: Vec<(&str, UserId)> = Vec::new();
    for (email, name, role, unit) in PEOPLE {
        let password = lumen_crypto::random_token(15);
        let secret = totp::new_secret();
        let id = UserId::new();
        let ev =
            AuditEvent::new(AuditAction::UserCreate, Some(id.to_string())).by("demo", "system");
        let new = NewUser {
            id,
            email: Email::parse(email).map_err(|_| StoreError::Config("demo e-mail".into()))?,
            display_name: name.into(),
            role,
            unit_id: unit_ids.iter().find(|(c, _)| *c == unit).map(|(_, id)| *id),
            password_hash: lumen_crypto::hash_password(&password)
                .map_err(|e| StoreError::Config(e.to_string()))?,
            totp_secret: Some(secret.clone()),
        };
        store.create_user(new, ev).await?;
        user_ids.push((email, id));
        accounts.push(DemoAccount {
            email: email.into(),
            role: role.code().into(),
            password,
            totp_secret: secret,
        });
    }
    crate::demo::training::seed(store, &unit_ids, &user_ids).await?;
    Ok(accounts)
}

/// A report PAG-ASA filed on someone's behalf, with the person's consent, and a reply from
/// the THB section, so that the partner area and the inbox have something to show. Needs the
/// reporting keys (with the section's secret key, to write the section's reply).
pub async fn seed_partner_submission(
    store: &Store,
    keys: &crate::reports::intake::ReportKeys,
) -> Result<(), StoreError> {
    use crate::reports::filer::{Filer, PartnerFiling};
    use lumen_domain::report::MessageAuthor;
    let failed = |e: crate::error::AppError| StoreError::Config(format!("demo report: {e:?}"));
    let unit = store.unit_by_code("pag-asa").await?;
    let worker = store
        .list_users()
        .await?
        .into_iter()
        .find(|u| u.role == Role::Partner && u.unit_id == Some(unit.id))
        .ok_or(StoreError::NotFound("partner account"))?;
    let filing = PartnerFiling::with_consent(unit.id, worker.id, worker.role, true)
        .ok_or(StoreError::Config("demo consent".into()))?;
    let payload = crate::reports::intake::ReportPayload {
        filed_by: lumen_domain::report::FiledBy::Partner,
        forms: vec!["sexual".into()],
        place: "Rue d'Aerschot (fictional)".into(),
        when: "Every night for two months".into(),
        people_count: "3".into(),
        minor: "unknown".into(),
        text: "A woman we met says her passport is kept by the man who finds her clients. \
               She agrees to this report and wants to talk to the police with us present."
            .into(),
        contact: "centre".into(),
        contact_details: "Through PAG-ASA".into(),
        lang: "en".into(),
        ..Default::default()
    };
    let filed = keys
        .file(store, Filer::Partner(filing), &payload)
        .await
        .map_err(failed)?;
    let receipt = filed.receipt.to_display_string().to_string();
    let unlocked = keys
        .unlock(store, &receipt)
        .await
        .map_err(failed)?
        .ok_or(StoreError::NotFound("report"))?;
    let report = &unlocked.report;
    let ev =
        AuditEvent::new(AuditAction::ReportReply, Some(report.id.to_string())).by("demo", "system");
    keys.add_message(
        store,
        report,
        MessageAuthor::Section,
        None,
        "Thank you. Could she come to the station on Tuesday at 10 with one of you?",
        Some(ev),
    )
    .await
    .map_err(failed)?;
    Ok(())
}
