//! The demo zone's case work: three cases of the THB section (the windows near Gare du Nord, a
//! nail bar, a car wash) with persons in several roles, identifiers shared with reports
//! waiting in triage, tasks (one overdue), notes, a closing waiting for a supervisor, and a
//! case one investigator is not in (restricted for her or him). All names are invented.

use crate::error::AppError;
use crate::identifiers::{blind_index, normalise};
use crate::reports::filer::Filer;
use crate::reports::intake::{ReportKeys, ReportPayload};
use lumen_domain::Role;
use lumen_domain::cases::CaseStatus;
use lumen_domain::cases::persons::{Gender, IdentifierType, Identity, PerpetratorRole, PersonRole};
use lumen_domain::report::FiledBy;
use lumen_store::{CaseActor, NewCase, NewCasePerson, NewIdentifier, Store, StoreError};

fn failed(e: AppError) -> StoreError {
    StoreError::Config(format!("demo cases: {e:?}"))
}

/// One invented person of a demo case.
struct DemoPerson {
    name: &'static str,
    role: PersonRole,
    perpetrator: Option<PerpetratorRole>,
    gender: Gender,
    nationality: &'static str,
    languages: &'static [&'static str],
    age: u8,
    identifiers: &'static [(IdentifierType, &'static str)],
}

fn person(keys: &ReportKeys, p: &DemoPerson) -> Result<NewCasePerson, StoreError> {
    let identifiers = p
        .identifiers
        .iter()
        .map(|(kind, value)| {
            let n = normalise(*kind, value)
                .ok_or_else(|| StoreError::Config(format!("demo identifier {value}")))?;
            Ok(NewIdentifier {
                kind: *kind,
                value: (*value).to_owned(),
                blind_index: blind_index(keys.identifier_key(), *kind, &n),
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    Ok(NewCasePerson {
        identity: Identity {
            name: p.name.into(),
            gender: Some(p.gender),
            nationality: Some(p.nationality.into()),
            languages: p.languages.iter().map(|l| (*l).to_owned()).collect(),
            age_estimate: Some(p.age),
            ..Identity::default()
        },
        identifiers,
        role: p.role,
        perpetrator_role: p.perpetrator,
        from_day: None,
        to_day: None,
    })
}

const WINDOWS: [DemoPerson; 3] = [
    DemoPerson {
        name: "Elena Marinescu",
        role: PersonRole::Victim,
        perpetrator: None,
        gender: Gender::Female,
        nationality: "RO",
        languages: &["ro", "it"],
        age: 22,
        identifiers: &[(IdentifierType::Phone, "+40 721 555 010")],
    },
    DemoPerson {
        name: "Viktor Dragan",
        role: PersonRole::Suspect,
        perpetrator: Some(PerpetratorRole::Exploiter),
        gender: Gender::Male,
        nationality: "RO",
        languages: &["ro"],
        age: 38,
        identifiers: &[
            (IdentifierType::Phone, "0470 00 01 01"),
            (IdentifierType::Plate, "1-VXD-101"),
        ],
    },
    DemoPerson {
        name: "Night shop owner (witness)",
        role: PersonRole::Witness,
        perpetrator: None,
        gender: Gender::Male,
        nationality: "BE",
        languages: &["fr", "nl"],
        age: 55,
        identifiers: &[],
    },
];

const NAIL_BAR: [DemoPerson; 2] = [
    DemoPerson {
        name: "Linh Tran",
        role: PersonRole::Victim,
        perpetrator: None,
        gender: Gender::Female,
        nationality: "VN",
        languages: &["vi"],
        age: 17,
        identifiers: &[],
    },
    DemoPerson {
        name: "Hoa Nguyen",
        role: PersonRole::Suspect,
        perpetrator: Some(PerpetratorRole::Controller),
        gender: Gender::Female,
        nationality: "VN",
        languages: &["vi", "fr"],
        age: 45,
        identifiers: &[
            (IdentifierType::Phone, "+32 486 00 02 02"),
            (IdentifierType::Iban, "BE71 0961 2345 6769"),
        ],
    },
];

const CAR_WASH: [DemoPerson; 2] = [
    DemoPerson {
        name: "Arben Hoxha",
        role: PersonRole::Victim,
        perpetrator: None,
        gender: Gender::Male,
        nationality: "AL",
        languages: &["sq"],
        age: 29,
        identifiers: &[],
    },
    DemoPerson {
        name: "Ilir Berisha",
        role: PersonRole::Suspect,
        perpetrator: Some(PerpetratorRole::Recruiter),
        gender: Gender::Male,
        nationality: "AL",
        languages: &["sq", "fr"],
        age: 41,
        identifiers: &[(IdentifierType::Handle, "@lambermont_jobs")],
    },
];

/// Seeds the demo's cases and the reports waiting in triage. Needs the reporting keys with
/// the section's secret key (the blind-index key, and filing reports).
pub async fn seed_cases(store: &Store, keys: &ReportKeys) -> Result<(), StoreError> {
    let users = store.list_users().await?;
    let find = |email: &str| {
        users
            .iter()
            .find(|u| u.email == email)
            .map(|u| CaseActor {
                id: u.id,
                role: u.role,
            })
            .ok_or(StoreError::NotFound("demo account"))
    };
    let karim = find("investigator@demo.lumen.example")?;
    let julie = find("investigator2@demo.lumen.example")?;
    let sofie = find("supervisor@demo.lumen.example")?;
    debug_assert_eq!(sofie.role, Role::Supervisor);
    let today = lumen_domain::time::local_day(chrono::Utc::now());
    let case = |title: &str, forms: &[&str], places: &str, owner: CaseActor| NewCase {
        prefix: "TEH".into(),
        title: title.into(),
        forms: forms.iter().map(|f| (*f).to_owned()).collect(),
        places: Some(places.into()),
        owner: owner.id,
    };

    let windows = store
        .open_case(
            case(
                "Windows near Gare du Nord",
                &["sexual"],
                "Rue d'Aerschot (fictional numbers 90–120)",
                karim,
            ),
            karim,
        )
        .await?;
    for p in &WINDOWS {
        store
            .add_case_person(windows.id, person(keys, p)?, karim)
            .await?;
    }
    store
        .set_case_status(windows.id, CaseStatus::Investigation, 1, karim)
        .await?;
    store
        .add_case_task(
            windows.id,
            "Hear Elena with a Romanian interpreter",
            karim.id,
            today + chrono::Days::new(2),
            karim,
        )
        .await?;
    store
        .add_case_note(
            windows.id,
            "PAG-ASA can receive Elena on Tuesday. She fears Viktor's brother, who drives the grey van.",
            karim,
        )
        .await?;

    let nail_bar = store
        .open_case(
            case(
                "Nail bar, chaussée de Haecht",
                &["labour"],
                "Chaussée de Haecht (fictional number 300)",
                julie,
            ),
            julie,
        )
        .await?;
    for p in &NAIL_BAR {
        store
            .add_case_person(nail_bar.id, person(keys, p)?, julie)
            .await?;
    }
    store
        .add_case_task(
            nail_bar.id,
            "Ask the youth services about Linh (minor)",
            julie.id,
            today - chrono::Days::new(1),
            julie,
        )
        .await?;

    let car_wash = store
        .open_case(
            case(
                "Car wash, boulevard Lambermont",
                &["labour"],
                "Boulevard Lambermont (fictional number 7)",
                karim,
            ),
            karim,
        )
        .await?;
    for p in &CAR_WASH {
        store
            .add_case_person(car_wash.id, person(keys, p)?, karim)
            .await?;
    }
    store.add_case_member(car_wash.id, julie.id, karim).await?;
    store
        .set_case_status(car_wash.id, CaseStatus::Investigation, 1, karim)
        .await?;
    store
        .set_case_status(car_wash.id, CaseStatus::WithMagistrate, 2, karim)
        .await?;
    store
        .ask_case_approval(
            car_wash.id,
            CaseStatus::Closed,
            Some("prosecution_decided"),
            "The prosecutor's office has taken the file over; nothing left for the zone.",
            3,
            karim,
        )
        .await?;

    // Reports waiting in triage: one names Viktor's phone, one the nail bar's IBAN.
    for (text, phones, forms, minor) in [
        (
            "A man in a grey van brings two young women to the windows every evening and takes their money. He calls them from 0470/00.01.01.",
            vec!["0470/00.01.01".to_owned()],
            vec!["sexual".to_owned()],
            "no",
        ),
        (
            "At the nail bar a girl who looks 15 works until midnight and sleeps in the back room.",
            Vec::new(),
            vec!["labour".to_owned()],
            "yes",
        ),
    ] {
        let identifiers =
            crate::reports::identifiers::check(&crate::reports::identifiers::FIELDS[0], &phones);
        let payload = ReportPayload {
            filed_by: FiledBy::Witness,
            forms,
            text: text.into(),
            identifiers,
            phones,
            minor: minor.into(),
            contact: "none".into(),
            lang: "en".into(),
            ..ReportPayload::default()
        };
        keys.file(store, Filer::Public(FiledBy::Witness), &payload)
            .await
            .map_err(failed)?;
    }
    Ok(())
}
