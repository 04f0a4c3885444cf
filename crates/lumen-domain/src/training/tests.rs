use super::*;
use chrono::TimeZone;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn basic(from: NaiveDate, months: Option<u32>) -> Certificate {
    Certificate::earned(CourseKind::Basic, months, from).unwrap()
}

#[test]
fn codes_round_trip() {
    for k in CourseKind::ALL {
        assert_eq!(CourseKind::parse(k.code()), Some(*k));
    }
    for f in OfficerFunction::ALL {
        assert_eq!(OfficerFunction::parse(f.code()), Some(*f));
    }
    for s in AttendanceStatus::ALL {
        assert_eq!(AttendanceStatus::parse(s.code()), Some(*s));
    }
    assert_eq!(CourseKind::parse("advanced"), None);
}

#[test]
fn a_certificate_is_valid_until_the_day_before_its_expiry_date() {
    // Session on 15 March 2025, valid 24 months: expires (and is due) on 15 March 2027.
    let c = basic(d(2025, 3, 15), Some(24));
    assert_eq!(c.expires_on, Some(d(2027, 3, 15)));
    assert!(!c.valid_on(d(2025, 3, 14)), "not before the session");
    assert!(c.valid_on(d(2025, 3, 15)), "valid on the session day");
    assert!(c.valid_on(d(2027, 3, 14)), "valid the day before expiry");
    assert!(
        !c.valid_on(d(2027, 3, 15)),
        "no longer valid on its expiry date"
    );
}

#[test]
fn month_ends_clamp_and_no_validity_never_expires() {
    let c = basic(d(2024, 1, 31), Some(1));
    assert_eq!(c.expires_on, Some(d(2024, 2, 29)));
    let forever = basic(d(2020, 1, 1), None);
    assert!(forever.valid_on(d(2100, 1, 1)));
    assert_eq!(
        Certificate::earned(CourseKind::InfoSession, Some(12), d(2025, 1, 1)),
        None
    );
    let r = Certificate::earned(CourseKind::Refresher, Some(12), d(2025, 1, 1)).unwrap();
    assert_eq!(r.qualification, Qualification::Basic);
}

#[test]
fn the_longest_lasting_valid_certificate_wins() {
    let old = basic(d(2023, 1, 10), Some(24)); // expires 2025-01-10
    let new = basic(d(2024, 6, 1), Some(24)); // expires 2026-06-01
    let best = best_valid(&[old, new], Qualification::Basic, d(2024, 12, 1)).unwrap();
    assert_eq!(best, new);
    assert_eq!(
        best_valid(&[old], Qualification::Basic, d(2025, 1, 10)),
        None
    );
}

/// Hand-computed: day 1 June 2025, horizon 31 July 2025 (60 days later).
#[test]
fn coverage_of_a_unit_hand_computed() {
    let day = d(2025, 6, 1);
    let referent_cert = Certificate::earned(CourseKind::Referent, Some(36), d(2024, 1, 1)).unwrap();
    let officers = vec![
        // 1: basic valid, expires 2025-07-31 = horizon: due.
        OfficerFacts {
            active: true,
            certificates: vec![basic(d(2023, 7, 31), Some(24))],
            designated_referent: false,
        },
        // 2: basic expired exactly today (2025-06-01): not valid, not due.
        OfficerFacts {
            active: true,
            certificates: vec![basic(d(2023, 6, 1), Some(24))],
            designated_referent: false,
        },
        // 3: basic expires 2025-08-01, one day past the horizon: valid, not due; a valid
        //    referent (expires 2027-01-01).
        OfficerFacts {
            active: true,
            certificates: vec![basic(d(2023, 8, 1), Some(24)), referent_cert],
            designated_referent: true,
        },
        // 4: never-expiring basic; designated referent without certificate: lapsed.
        OfficerFacts {
            active: true,
            certificates: vec![basic(d(2019, 1, 1), None)],
            designated_referent: true,
        },
        // 5: inactive: not counted at all.
        OfficerFacts {
            active: false,
            certificates: vec![basic(d(2025, 1, 1), Some(1))],
            designated_referent: true,
        },
    ];
    let c = coverage(&officers, 2, day);
    assert_eq!(
        c,
        Coverage {
            active_officers: 4,
            basic_valid: 3,
            referents_valid: 1,
            referents_lapsed: 1,
            renewals_due: 1,
            sessions_planned: 2,
        }
    );
    assert_eq!(c.basic_percent(), Some(75));
    assert_eq!(coverage(&[], 0, day).basic_percent(), None);
    // On 31 July 2025, officer 1's expiry date, only officers 3 and 4 remain valid.
    assert_eq!(coverage(&officers, 0, d(2025, 7, 30)).basic_valid, 3);
    assert_eq!(coverage(&officers, 0, d(2025, 7, 31)).basic_valid, 2);
}

#[test]
fn course_rules() {
    assert_eq!(
        check_course(CourseKind::Refresher, None),
        Err(TrainingError::RefresherWithoutValidity)
    );
    assert_eq!(
        check_course(CourseKind::Basic, Some(0)),
        Err(TrainingError::ValidityOutOfRange)
    );
    assert_eq!(
        check_course(CourseKind::Basic, Some(121)),
        Err(TrainingError::ValidityOutOfRange)
    );
    assert!(check_course(CourseKind::Basic, None).is_ok());
    assert!(check_course(CourseKind::Refresher, Some(24)).is_ok());
}

#[test]
fn session_and_registration_rules() {
    let now = Utc.with_ymd_and_hms(2025, 6, 1, 10, 0, 0).unwrap();
    let past = Utc.with_ymd_and_hms(2025, 6, 1, 9, 59, 59).unwrap();
    assert_eq!(
        check_new_session(past, 10, now),
        Err(TrainingError::SessionInPast)
    );
    assert!(check_new_session(now, 10, now).is_ok());
    assert_eq!(
        check_new_session(now, 0, now),
        Err(TrainingError::CapacityOutOfRange)
    );
    assert!(check_registration(false, 9, 10).is_ok());
    assert_eq!(
        check_registration(false, 10, 10),
        Err(TrainingError::OverCapacity)
    );
    assert_eq!(
        check_registration(true, 0, 10),
        Err(TrainingError::SessionCancelled)
    );
}

#[test]
fn designation_needs_a_certificate_or_a_supervisors_reason() {
    assert_eq!(
        may_designate(true, None, false),
        Ok(DesignationGround::Certified)
    );
    assert_eq!(
        may_designate(false, None, true),
        Err(TrainingError::NoValidReferentCertificate)
    );
    assert_eq!(
        may_designate(false, Some("   "), true),
        Err(TrainingError::NoValidReferentCertificate)
    );
    assert_eq!(
        may_designate(false, Some("Course booked for May"), false),
        Err(TrainingError::OverrideNeedsSupervisor)
    );
    assert_eq!(
        may_designate(false, Some(" Course booked for May "), true),
        Ok(DesignationGround::Override("Course booked for May".into()))
    );
}

#[test]
fn session_changes_keep_their_rules() {
    let now = Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).unwrap();
    let past = Utc.with_ymd_and_hms(2026, 5, 1, 9, 0, 0).unwrap();
    let future = Utc.with_ymd_and_hms(2026, 7, 1, 9, 0, 0).unwrap();
    assert_eq!(check_session_change(future, future, 5, 5, now), Ok(()));
    assert_eq!(
        check_session_change(future, future, 4, 5, now),
        Err(TrainingError::CapacityBelowRegistrations)
    );
    assert_eq!(
        check_session_change(future, past, 5, 0, now),
        Err(TrainingError::SessionInPast)
    );
    assert_eq!(
        check_session_change(past, past, 5, 0, now),
        Ok(()),
        "unchanged start"
    );
    assert_eq!(
        check_session_change(future, future, 0, 0, now),
        Err(TrainingError::CapacityOutOfRange)
    );
}

#[test]
fn an_ended_designation_stops_counting_on_its_end_day() {
    let (from, end) = (d(2026, 1, 10), d(2026, 6, 1));
    assert!(!designation_active(from, None, d(2026, 1, 9)));
    assert!(designation_active(from, None, d(2030, 1, 1)));
    assert!(designation_active(from, Some(end), d(2026, 5, 31)));
    assert!(!designation_active(from, Some(end), end));
    assert_eq!(check_designation_end(from, from), Ok(()));
    assert_eq!(
        check_designation_end(from, d(2026, 1, 9)),
        Err(TrainingError::EndBeforeDesignation)
    );
}

#[test]
fn prerequisites_may_not_loop_and_course_certificates_expire_on_their_day() {
    let [a, b, c] = [(); 3].map(|_| uuid::Uuid::now_v7());
    let edges = [(b, a), (c, b)];
    assert_eq!(check_prerequisites(c, &[a], &edges), Ok(()));
    assert_eq!(
        check_prerequisites(a, &[c], &edges),
        Err(TrainingError::PrerequisiteCycle),
        "a → c → b → a"
    );
    assert_eq!(
        check_prerequisites(a, &[a], &[]),
        Err(TrainingError::PrerequisiteCycle)
    );
    assert!(course_certificate_valid_on(
        Some(24),
        d(2024, 7, 31),
        d(2026, 7, 30)
    ));
    assert!(!course_certificate_valid_on(
        Some(24),
        d(2024, 7, 31),
        d(2026, 7, 31)
    ));
    assert!(!course_certificate_valid_on(
        None,
        d(2024, 7, 31),
        d(2024, 7, 30)
    ));
    assert!(course_certificate_valid_on(
        None,
        d(2024, 7, 31),
        d(2099, 1, 1)
    ));
}
