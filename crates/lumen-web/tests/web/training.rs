//! The training registry through the web interface, on SQLite and PostgreSQL: a manager runs
//! a session and sees the coverage change; bad input is refused whole with a translated
//! message; each role sees what it may.

use crate::support;
use crate::support::{get_page as get, post_form as post, spawn_app};
use chrono::{Duration, Utc};
use lumen_store::testing::TestDb;

/// The CSV line of a unit: `[active, basic, percent, referents, lapsed, due, planned]`.
async fn csv_row(
    app: &support::TestApp,
    client: &reqwest::Client,
    day: &str,
    unit: &str,
) -> Vec<String> {
    let (status, body) = get(
        app,
        client,
        &format!("/staff/training/coverage.csv?day={day}"),
    )
    .await;
    assert_eq!(status, 200);
    let line = body
        .lines()
        .find(|l| l.split(',').nth(1) == Some(unit))
        .unwrap_or_else(|| panic!("no row for {unit} in {body}"));
    line.split(',').skip(3).map(str::to_owned).collect()
}

async fn a_manager_runs_a_session_and_coverage_changes(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let admin = app.signed_in("admin").await;
    let (s, ..) = post(
        &app,
        &admin,
        "/staff/admin/units",
        &[
            ("code", "brigade-n"),
            ("name", "Brigade Nord"),
            ("kind", "intervention"),
        ],
    )
    .await;
    assert_eq!(s, 303);
    let unit = app.store.unit_by_code("brigade-n").await.unwrap();
    let unit_id = unit.id.to_string();
    for name in ["Alice Test", "Bram Test"] {
        let (s, ..) = post(
            &app,
            &admin,
            "/staff/training/officers",
            &[
                ("display_name", name),
                ("unit", &unit_id),
                ("function", "intervention"),
                ("user", ""),
            ],
        )
        .await;
        assert_eq!(s, 303, "officer {name}");
    }
    let (s, ..) = post(
        &app,
        &admin,
        "/staff/training/courses",
        &[
            ("title_fr", "Base TEH"),
            ("title_nl", "Basis MH"),
            ("title_en", "THB basics"),
            ("kind", "basic"),
            ("validity_months", "24"),
        ],
    )
    .await;
    assert_eq!(s, 303);
    let course = app
        .store
        .list_courses()
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.title[2] == "THB basics")
        .unwrap();
    let partner = app
        .store
        .unit_by_code("pag-asa")
        .await
        .unwrap()
        .id
        .to_string();
    let starts = Utc::now() + Duration::days(1);
    let day = starts.date_naive().to_string();
    let today = Utc::now().date_naive().to_string();
    assert_eq!(
        csv_row(&app, &admin, &day, "brigade-n").await,
        ["2", "0", "0", "0", "0", "0", "0"]
    );

    let audit = app.store.audit_count().await.unwrap();
    let (s, location, _) = post(
        &app,
        &admin,
        "/staff/training/sessions",
        &[
            ("course", &course.id.to_string()),
            ("starts_at", &starts.format("%Y-%m-%dT%H:%M").to_string()),
            ("place", "Salle 2"),
            ("trainers", "PAG-ASA"),
            ("capacity", "10"),
            ("partner", &partner),
        ],
    )
    .await;
    assert_eq!(s, 303);
    assert!(location.starts_with("/staff/training/sessions/"));
    let (s, page) = get(&app, &admin, &location).await;
    assert!(page.contains("Session planned."), "a banner confirms it");
    let location = support::path_of(&location).to_owned();
    assert_eq!(s, 200);
    assert!(page.contains("PAG-ASA"), "partner association shown");
    let officers = app.store.list_officers().await.unwrap();
    let ids: Vec<String> = officers
        .iter()
        .filter(|o| o.unit_id == unit.id)
        .map(|o| o.id.to_string())
        .collect();
    for id in &ids {
        let (s, ..) = post(
            &app,
            &admin,
            &format!("{location}/register"),
            &[("officer", id)],
        )
        .await;
        assert_eq!(s, 303);
    }
    assert_eq!(
        csv_row(&app, &admin, &today, "brigade-n").await[6],
        "1",
        "one session planned"
    );
    let (s, ..) = post(
        &app,
        &admin,
        &format!("{location}/attendance"),
        &[("officer", &ids[0]), ("status", "attended")],
    )
    .await;
    assert_eq!(s, 303);
    let (s, ..) = post(
        &app,
        &admin,
        &format!("{location}/attendance"),
        &[("officer", &ids[1]), ("status", "absent")],
    )
    .await;
    assert_eq!(s, 303);
    assert_eq!(
        app.store.audit_count().await.unwrap(),
        audit + 6,
        "every change audited, and the coverage export read"
    );
    // From the session's day, one of two officers holds valid basic training.
    assert_eq!(
        csv_row(&app, &admin, &day, "brigade-n").await,
        ["2", "1", "50", "0", "0", "0", "1"]
    );
    let (s, dash) = get(&app, &admin, &format!("/staff/training?day={day}")).await;
    assert_eq!(s, 200);
    assert!(
        dash.contains("class=\"share below-target\">50 %</td>"),
        "a share below the zone's target (90 % by default) is marked"
    );
    assert!(
        dash.contains("\"code\":\"brigade-n\",\"basic_percent\":50"),
        "chart data in the page"
    );
    assert!(dash.contains("id=\"coverage-target\">Target: 90 % of active officers"));
    assert!(
        dash.contains("/static/vendor/chart.umd.min"),
        "Chart.js vendored and linked"
    );
    assert!(dash.contains("id=\"coverage-chart\""));
    // Cancelling keeps the record but the certificate no longer counts.
    let (s, ..) = post(&app, &admin, &format!("{location}/cancel"), &[]).await;
    assert_eq!(s, 303);
    assert_eq!(csv_row(&app, &admin, &day, "brigade-n").await[1], "0");
}

async fn bad_input_is_refused_whole_with_a_message(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let sup = app.signed_in("supervisor").await;
    let courses = app.store.list_courses().await.unwrap().len();
    let audit = app.store.audit_count().await.unwrap();
    let (s, _, body) = post(
        &app,
        &sup,
        "/staff/training/courses",
        &[
            ("title_fr", "Recyclage"),
            ("title_nl", "Opfrissing"),
            ("title_en", "Refresher X"),
            ("kind", "refresher"),
            ("validity_months", ""),
        ],
    )
    .await;
    assert_eq!(s, 400);
    assert!(body.contains("A refresher must have a validity in months."));
    assert!(
        body.contains("value=\"Refresher X\""),
        "what was typed comes back"
    );
    let (s, _, body) = post(
        &app,
        &sup,
        "/staff/training/courses",
        &[
            ("title_fr", "a"),
            ("title_nl", "b"),
            ("title_en", "c"),
            ("kind", "basic"),
            ("validity_months", "abc"),
        ],
    )
    .await;
    assert_eq!(s, 400);
    assert!(body.contains("between 1 and 120"));
    assert_eq!(app.store.list_courses().await.unwrap().len(), courses);

    let course = app.store.list_courses().await.unwrap()[0].id.to_string();
    let sessions = app.store.list_training_sessions().await.unwrap().len();
    let past = (Utc::now() - Duration::hours(2))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let (s, _, body) = post(
        &app,
        &sup,
        "/staff/training/sessions",
        &[
            ("course", &course),
            ("starts_at", &past),
            ("place", "Salle 2"),
            ("trainers", ""),
            ("capacity", "1"),
        ],
    )
    .await;
    assert_eq!(s, 400);
    assert!(body.contains("A new session cannot start in the past."));
    let (s, _, body) = post(
        &app,
        &sup,
        "/staff/training/sessions",
        &[
            ("course", &course),
            ("starts_at", "2099-01-01T10:00"),
            ("place", "Salle 2"),
            ("capacity", "1"),
            (
                "partner",
                &app.store.unit_by_code("thb").await.unwrap().id.to_string(),
            ),
        ],
    )
    .await;
    assert_eq!(s, 400, "a police unit is no partner association");
    assert!(body.contains("Choose partner associations from the list."));
    assert_eq!(
        app.store.list_training_sessions().await.unwrap().len(),
        sessions
    );
    assert_eq!(app.store.audit_count().await.unwrap(), audit);

    let (s, location, _) = post(
        &app,
        &sup,
        "/staff/training/sessions",
        &[
            ("course", &course),
            ("starts_at", "2099-01-01T10:00"),
            ("place", "Salle 2"),
            ("capacity", "1"),
        ],
    )
    .await;
    assert_eq!(s, 303);
    let location = support::path_of(&location).to_owned();
    let officers = app.store.list_officers().await.unwrap();
    let (s, ..) = post(
        &app,
        &sup,
        &format!("{location}/register"),
        &[("officer", &officers[0].id.to_string())],
    )
    .await;
    assert_eq!(s, 303);
    let (s, _, body) = post(
        &app,
        &sup,
        &format!("{location}/register"),
        &[("officer", &officers[1].id.to_string())],
    )
    .await;
    assert_eq!(s, 400);
    assert!(body.contains("The session is full."));
    assert_eq!(
        app.store
            .training_registrations(None)
            .await
            .unwrap()
            .iter()
            .filter(|r| location.ends_with(&r.session_id.to_string()))
            .count(),
        1
    );

    // Unknown ids are 404, not 500.
    let unknown = uuid::Uuid::now_v7();
    assert_eq!(
        get(&app, &sup, &format!("/staff/training/sessions/{unknown}"))
            .await
            .0,
        404
    );
    assert_eq!(
        get(&app, &sup, "/staff/training/sessions/not-a-uuid")
            .await
            .0,
        404
    );
    let (s, ..) = post(
        &app,
        &sup,
        &format!("/staff/training/sessions/{unknown}/attendance"),
        &[
            ("officer", &officers[0].id.to_string()),
            ("status", "attended"),
        ],
    )
    .await;
    assert_eq!(s, 404);
    assert_eq!(
        get(&app, &sup, "/staff/training?day=2026-13-40").await.0,
        400
    );
}

async fn referents_need_a_certificate_or_a_supervisors_reason(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    // "Luc Lambert" holds no referent certificate in the demo data.
    let luc = app
        .store
        .list_officers()
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.display_name == "Luc Lambert")
        .unwrap()
        .id
        .to_string();
    let admin = app.signed_in("admin").await;
    let (s, _, body) = post(
        &app,
        &admin,
        "/staff/training/referents",
        &[("officer", &luc), ("override_reason", "")],
    )
    .await;
    assert_eq!(s, 400);
    assert!(body.contains("no valid referent certificate"));
    let (s, _, body) = post(
        &app,
        &admin,
        "/staff/training/referents",
        &[("officer", &luc), ("override_reason", "Course booked")],
    )
    .await;
    assert_eq!(s, 400);
    assert!(body.contains("Only a supervisor may"));
    let before = app.store.list_referents().await.unwrap().len();
    let sup = app.signed_in("supervisor").await;
    let (s, ..) = post(
        &app,
        &sup,
        "/staff/training/referents",
        &[("officer", &luc), ("override_reason", "Course booked")],
    )
    .await;
    assert_eq!(s, 303);
    let refs = app.store.list_referents().await.unwrap();
    assert_eq!(refs.len(), before + 1);
    assert!(refs.iter().any(
        |r| r.override_reason.as_deref() == Some("Course booked") && r.overridden_by.is_some()
    ));
    let page = app
        .store
        .audit_page(
            &lumen_store::AuditFilter {
                action: Some("training.referent.designate_override".into()),
                ..Default::default()
            },
            0,
            10,
        )
        .await
        .unwrap();
    assert_eq!(page.entries.len(), 1);
    let (_, listing) = get(&app, &sup, "/staff/training/referents").await;
    assert!(
        listing.contains("no valid referent certificate"),
        "an overridden referent is flagged"
    );
}

async fn each_role_sees_what_it_may(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let referent = app.signed_in("referent").await;
    let (s, body) = get(&app, &referent, "/staff/training").await;
    assert_eq!(s, 200);
    assert!(body.contains("data-unit=\"neighbourhood\""));
    assert!(
        !body.contains("data-unit=\"intervention\""),
        "a referent sees only their unit"
    );
    let (_, csv) = get(&app, &referent, "/staff/training/coverage.csv").await;
    assert_eq!(csv.lines().count(), 2, "header and their unit");
    let (s, mine) = get(&app, &referent, "/staff/training/mine").await;
    assert_eq!(s, 200);
    assert!(
        mine.contains("Referent for sex work and THB"),
        "their own certificate"
    );
    let frontline = app.signed_in("frontline").await;
    assert_eq!(get(&app, &frontline, "/staff/training").await.0, 403);
    assert_eq!(
        get(&app, &frontline, "/staff/training/sessions").await.0,
        403
    );
    let (s, mine) = get(&app, &frontline, "/staff/training/mine").await;
    assert_eq!(s, 200);
    assert!(mine.contains("Trafficking in human beings awareness"));
    let analyst = app.signed_in("analyst").await;
    let (s, mine) = get(&app, &analyst, "/staff/training/mine").await;
    assert_eq!(s, 200);
    assert!(mine.contains("id=\"no-record\""));
    let partner = app.signed_in("partner").await;
    assert_eq!(get(&app, &partner, "/staff/training/mine").await.0, 403);
}

lumen_store::on_both_databases!(
    a_manager_runs_a_session_and_coverage_changes,
    bad_input_is_refused_whole_with_a_message,
    referents_need_a_certificate_or_a_supervisors_reason,
    each_role_sees_what_it_may,
);
