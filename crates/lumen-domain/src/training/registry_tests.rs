//! The registry's rules on records built by hand: certificates, prerequisites, referents and
//! coverage, with no database.

use super::TrainingRegistry;
use crate::training::records::{
    CourseRecord, OfficerRecord, ReferentRecord, RegistrationRecord, TrainingSessionRecord,
};
use crate::training::{AttendanceStatus, CourseKind, OfficerFunction};
use crate::unit::UnitRecord;
use crate::{UnitId, UnitKind};
use chrono::{NaiveDate, TimeZone, Utc};
use uuid::Uuid;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn unit(kind: UnitKind) -> UnitRecord {
    UnitRecord {
        id: UnitId::new(),
        code: "U".into(),
        name: "Unit".into(),
        kind,
        active: true,
        created_at: Utc::now(),
    }
}

fn course(
    kind: CourseKind,
    validity_months: Option<u32>,
    prerequisite_ids: Vec<Uuid>,
) -> CourseRecord {
    CourseRecord {
        id: Uuid::now_v7(),
        title: ["c".into(), "c".into(), "c".into()],
        description: Default::default(),
        kind,
        validity_months,
        prerequisites: None,
        prerequisite_ids,
    }
}

fn officer(unit: UnitId) -> OfficerRecord {
    OfficerRecord {
        id: Uuid::now_v7(),
        unit_id: unit,
        display_name: "Officer".into(),
        function: OfficerFunction::Intervention,
        active: true,
        user_id: None,
    }
}

/// A session of `course` at noon (Brussels) on `day`, attended by `officer` unless cancelled.
fn attended(
    r: &mut TrainingRegistry,
    course: &CourseRecord,
    officer: &OfficerRecord,
    day: NaiveDate,
    cancelled: bool,
) {
    let id = Uuid::now_v7();
    r.sessions.push(TrainingSessionRecord {
        id,
        course_id: course.id,
        starts_at: Utc.from_utc_datetime(&day.and_hms_opt(10, 0, 0).unwrap()),
        place: "p".into(),
        trainers: String::new(),
        capacity: 10,
        cancelled,
        partner_ids: Vec::new(),
    });
    r.registrations.push(RegistrationRecord {
        session_id: id,
        officer_id: officer.id,
        status: AttendanceStatus::Attended,
        override_reason: None,
    });
}

fn registry(units: Vec<UnitRecord>) -> TrainingRegistry {
    TrainingRegistry {
        units,
        officers: Vec::new(),
        courses: Vec::new(),
        sessions: Vec::new(),
        registrations: Vec::new(),
        referents: Vec::new(),
    }
}

#[test]
fn a_prerequisite_counts_only_while_its_certificate_is_valid_and_its_session_held() {
    let u = unit(UnitKind::Intervention);
    let mut r = registry(vec![u.clone()]);
    let basic = course(CourseKind::Basic, Some(24), Vec::new());
    let referent = course(CourseKind::Referent, None, vec![basic.id]);
    let o = officer(u.id);
    r.courses = vec![basic.clone(), referent.clone()];
    r.officers = vec![o.clone()];

    attended(&mut r, &basic, &o, d(2026, 3, 1), true);
    assert_eq!(
        r.missing_prerequisites(o.id, &referent, d(2026, 6, 1))
            .len(),
        1,
        "a cancelled session earns nothing"
    );

    attended(&mut r, &basic, &o, d(2024, 3, 1), false);
    assert!(
        r.missing_prerequisites(o.id, &referent, d(2025, 6, 1))
            .is_empty()
    );
    assert_eq!(
        r.missing_prerequisites(o.id, &referent, d(2026, 3, 1))[0].id,
        basic.id,
        "a 24-month certificate has expired on the day two years later"
    );
}

#[test]
fn coverage_counts_the_units_own_officers_and_its_current_referents() {
    let police = unit(UnitKind::Intervention);
    let partner = unit(UnitKind::Partner);
    let mut r = registry(vec![police.clone(), partner.clone()]);
    let basic = course(CourseKind::Basic, None, Vec::new());
    let info = course(CourseKind::InfoSession, None, Vec::new());
    let (a, b) = (officer(police.id), officer(police.id));
    r.courses = vec![basic.clone(), info.clone()];
    r.officers = vec![a.clone(), b.clone()];
    attended(&mut r, &basic, &a, d(2026, 1, 10), false);
    attended(&mut r, &info, &b, d(2026, 1, 10), false);
    r.referents.push(ReferentRecord {
        id: Uuid::now_v7(),
        unit_id: police.id,
        officer_id: a.id,
        designated_on: d(2026, 2, 1),
        override_reason: None,
        overridden_by: None,
        ended_on: Some(d(2026, 5, 1)),
    });

    assert_eq!(r.certificates_of(a.id).len(), 1);
    assert!(
        r.certificates_of(b.id).is_empty(),
        "an information session certifies nothing"
    );
    assert!(r.is_referent(police.id, a.id, d(2026, 4, 30)));
    assert!(
        !r.is_referent(police.id, a.id, d(2026, 5, 1)),
        "the end day is the first day without"
    );

    let rows = r.coverage_on(d(2026, 3, 1));
    assert_eq!(
        rows.len(),
        1,
        "partner associations are not on the dashboard"
    );
    assert_eq!(rows[0].unit.id, police.id);
    let c = rows[0].coverage;
    assert_eq!((c.active_officers, c.basic_valid), (2, 1));
    assert_eq!(
        (c.referents_valid, c.referents_lapsed),
        (0, 1),
        "a referent without a referent certificate is flagged"
    );
}
