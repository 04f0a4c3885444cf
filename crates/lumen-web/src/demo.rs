//! A fictional zone for demonstrations and tests: its units and one account per role, each
//! with a random password and an enrolled second factor.

use crate::totp;
use lumen_domain::audit::AuditEvent;
use lumen_domain::{Email, Role, UnitId, UnitKind, UserId};
use lumen_store::{NewUnit, NewUser, Store, StoreError};
use serde::Serialize;

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

const PEOPLE: [(&str, &str, Role, &str); 7] = [
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
        let ev = AuditEvent::new("unit.create", "unit", Some(id.to_string())).by("demo", "system");
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
        let ev = AuditEvent::new("user.create", "user", Some(id.to_string())).by("demo", "system");
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
    crate::demo_training::seed(store, &unit_ids, &user_ids).await?;
    Ok(accounts)
}
