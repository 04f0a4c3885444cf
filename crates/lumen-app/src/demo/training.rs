//! Demo data for the training registry: a year of courses, sessions with partner
//! associations, attendance and referent designations for the demo zone's units.

use chrono::{Duration, Utc};
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::training::{AttendanceStatus, CourseKind, OfficerFunction};
use lumen_domain::{UnitId, UserId};
use lumen_store::{
    CourseRecord, OfficerRecord, ReferentRecord, Store, StoreError, TrainingSessionRecord,
};
use uuid::Uuid;

fn ev(action: AuditAction, id: Uuid) -> AuditEvent {
    AuditEvent::new(action, Some(id.to_string())).by("demo", "system")
}

/// (unit code, name, function, demo account e-mail if any).
const OFFICERS: [(&str, &str, OfficerFunction, Option<&str>); 14] = [
    (
        "intervention",
        "Tom Frontline",
        OfficerFunction::Intervention,
        Some("frontline@demo.lumen.example"),
    ),
    (
        "intervention",
        "Julie Peeters",
        OfficerFunction::Intervention,
        None,
    ),
    (
        "intervention",
        "Mehdi El Amrani",
        OfficerFunction::Intervention,
        None,
    ),
    (
        "intervention",
        "Sarah Dubois",
        OfficerFunction::Intervention,
        None,
    ),
    (
        "intervention",
        "Pieter Janssens",
        OfficerFunction::Intervention,
        None,
    ),
    (
        "neighbourhood",
        "Inès Referent",
        OfficerFunction::Neighbourhood,
        Some("referent@demo.lumen.example"),
    ),
    (
        "neighbourhood",
        "Luc Lambert",
        OfficerFunction::Neighbourhood,
        None,
    ),
    (
        "neighbourhood",
        "Fatima Benali",
        OfficerFunction::Neighbourhood,
        None,
    ),
    (
        "neighbourhood",
        "Koen Maes",
        OfficerFunction::Neighbourhood,
        None,
    ),
    (
        "reception-5",
        "Anne Claes",
        OfficerFunction::Reception,
        None,
    ),
    (
        "reception-5",
        "Youssef Haddad",
        OfficerFunction::Reception,
        None,
    ),
    (
        "reception-5",
        "Marie Wouters",
        OfficerFunction::Reception,
        None,
    ),
    (
        "thb",
        "Karim Investigator",
        OfficerFunction::ThbSection,
        Some("investigator@demo.lumen.example"),
    ),
    (
        "thb",
        "Sofie Supervisor",
        OfficerFunction::ThbSection,
        Some("supervisor@demo.lumen.example"),
    ),
];

/// (kind, validity months, titles fr/nl/en).
const COURSES: [(CourseKind, Option<u32>, [&str; 3]); 4] = [
    (
        CourseKind::Basic,
        Some(24),
        [
            "Sensibilisation à la traite des êtres humains",
            "Sensibilisering mensenhandel",
            "Trafficking in human beings awareness",
        ],
    ),
    (
        CourseKind::Referent,
        Some(36),
        [
            "Référent prostitution et TEH",
            "Referent prostitutie en mensenhandel",
            "Referent for sex work and THB",
        ],
    ),
    (
        CourseKind::InfoSession,
        None,
        [
            "Séance d'information avec les associations",
            "Infosessie met de verenigingen",
            "Information session with the associations",
        ],
    ),
    (
        CourseKind::Refresher,
        Some(24),
        ["Recyclage TEH", "Opfrissing mensenhandel", "THB refresher"],
    ),
];

/// (course index, days from now, partner codes, attendees by officer index).
const SESSIONS: [(usize, i64, &[&str], &[usize]); 8] = [
    (0, -700, &[], &[1, 9]),
    (0, -330, &["pag-asa"], &[0, 3, 6, 7, 10]),
    (1, -300, &["espace-p", "utsopi"], &[5, 12]),
    (2, -200, &["utsopi"], &[0, 5, 6, 8]),
    (0, -120, &["pag-asa"], &[5, 11, 13]),
    (3, -40, &[], &[4]),
    (0, 14, &["pag-asa", "espace-p"], &[2, 9]),
    (1, 45, &["espace-p"], &[6]),
];

/// Seeds the registry. `units` maps unit codes to ids, `users` e-mails to account ids.
pub async fn seed(
    store: &Store,
    units: &[(&str, UnitId)],
    users: &[(&str, UserId)],
) -> Result<(), StoreError> {
    let unit = |code: &str| {
        units
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, id)| *id)
            .ok_or_else(|| StoreError::Config(format!("demo unit {code}")))
    };
    let mut officers = Vec::new();
    for (code, name, function, email) in OFFICERS {
        let id = Uuid::now_v7();
        let user_id = email.and_then(|e| users.iter().find(|(m, _)| *m == e).map(|(_, u)| *u));
        let new = OfficerRecord {
            id,
            unit_id: unit(code)?,
            display_name: name.into(),
            function,
            active: true,
            user_id,
        };
        store
            .create_officer(new, ev(AuditAction::TrainingOfficerCreate, id))
            .await?;
        officers.push(id);
    }
    let mut courses = Vec::new();
    for (kind, validity, [fr, nl, en]) in COURSES {
        let id = Uuid::now_v7();
        let course = CourseRecord {
            id,
            title: [fr.into(), nl.into(), en.into()],
            description: [String::new(), String::new(), String::new()],
            kind,
            validity_months: validity,
            prerequisites: None,
            // The referent course requires the basic awareness course (the first one).
            prerequisite_ids: courses
                .first()
                .copied()
                .filter(|_| kind == CourseKind::Referent)
                .into_iter()
                .collect(),
        };
        store
            .create_course(course, ev(AuditAction::TrainingCourseCreate, id))
            .await?;
        courses.push(id);
    }
    let now = Utc::now();
    for (course, days, partners, attendees) in SESSIONS {
        let id = Uuid::now_v7();
        let partner_ids = partners
            .iter()
            .map(|p| unit(p))
            .collect::<Result<Vec<_>, _>>()?;
        let session = TrainingSessionRecord {
            id,
            course_id: courses[course],
            starts_at: now + Duration::days(days),
            place: "Commissariat central, salle 2 / Centraal commissariaat, zaal 2".into(),
            trainers: "Sofie Supervisor".into(),
            capacity: 20,
            cancelled: false,
            partner_ids,
        };
        store
            .create_training_session(session, ev(AuditAction::TrainingSessionCreate, id))
            .await?;
        for &a in attendees {
            store
                .register_officer(
                    id,
                    officers[a],
                    ev(AuditAction::TrainingSessionRegister, id),
                )
                .await?;
            if days < 0 {
                store
                    .set_attendance(
                        id,
                        officers[a],
                        AttendanceStatus::Attended,
                        ev(AuditAction::TrainingSessionAttendance, id),
                    )
                    .await?;
            }
        }
    }
    let referent = officers[5];
    let id = Uuid::now_v7();
    let designation = ReferentRecord {
        id,
        unit_id: unit("neighbourhood")?,
        officer_id: referent,
        designated_on: (now - Duration::days(290)).date_naive(),
        override_reason: None,
        overridden_by: None,
        ended_on: None,
    };
    store
        .designate_referent(designation, ev(AuditAction::TrainingReferentDesignate, id))
        .await?;
    Ok(())
}
