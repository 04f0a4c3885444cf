//! The training registry's second step through the web, on SQLite and PostgreSQL: importing
//! officers from CSV with a preview, editing officers, courses and sessions, prerequisites,
//! Brussels times across the clock changes, ending designations, and the analysts' view.

use crate::support;
use crate::support::{get_page as get, post_form as post, spawn_app};
use lumen_domain::UnitKind;
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_store::testing::TestDb;
use lumen_store::{AuditFilter, NewUnit};

async fn new_unit(app: &support::TestApp, code: &str) -> lumen_domain::UnitId {
    let id = lumen_domain::UnitId::new();
    let new = NewUnit {
        id,
        code: code.into(),
        name: format!("Unit {code}"),
        kind: UnitKind::Intervention,
    };
    let ev = AuditEvent::new(AuditAction::UnitCreate, Some(id.to_string()));
    app.store.create_unit(new, ev).await.unwrap();
    id
}

fn field(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let at = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in {html}"))
        + marker.len();
    let rest = &html[at..];
    rest[..rest.find('"').unwrap()].to_owned()
}

async fn actions(app: &support::TestApp) -> Vec<String> {
    app.store
        .audit_page(&AuditFilter::default(), 0, 500)
        .await
        .unwrap()
        .entries
        .into_iter()
        .map(|e| e.action)
        .collect()
}

/// Posts a CSV for preview with the interface in `lang`; returns the body.
async fn post_in(
    app: &support::TestApp,
    client: &reqwest::Client,
    lang: &str,
    path: &str,
    csv: &str,
) -> String {
    let csrf = app.csrf(client, "/staff").await;
    let res = client
        .post(app.url(path))
        .header("accept-language", lang)
        .form(&[("csrf", csrf.as_str()), ("csv", csv)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
    res.text().await.unwrap()
}

const WITH_ERRORS: &str = "\u{feff}name;unit;function;active;email\r\n\
    Anna Un;brigade-imp;intervention;yes;\r\n\
    Bert Deux;brigade-zzz;intervention;yes;\r\n\
    Carla Trois;brigade-imp;neighbourhood;no;\r\n\
    Dirk Quatre;brigade-imp;reception;yes;\r\n\
    Emma Cinq;brigade-imp;other;yes;\r\n\
    anna  un;brigade-imp;reception;yes;\r\n\
    Fien Zes;brigade-imp;thb_section;yes;\r\n";

const CLEAN: &str = "Nom,Unité,Fonction,Actif\n\
    \"Peeters, An\",brigade-imp,quartier,oui\n\
    Luc Martin,Unit brigade-imp,accueil,non\n\
    Sara Janssens,BRIGADE-IMP,intervention,\n";

async fn an_import_with_errors_names_their_lines_and_stores_nothing(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    new_unit(&app, "brigade-imp").await;
    let sup = app.signed_in("supervisor").await;
    let officers = app.store.list_officers().await.unwrap().len();
    let audit = app.store.audit_count().await.unwrap();
    let (s, page) = get(&app, &sup, "/staff/training/officers/import").await;
    assert_eq!(s, 200);
    assert!(page.contains("name=\"csv\""));

    let (s, _, body) = post(
        &app,
        &sup,
        "/staff/training/officers/import",
        &[("csv", WITH_ERRORS)],
    )
    .await;
    assert_eq!(s, 400);
    assert!(
        body.contains("Line 3: unknown unit “brigade-zzz”."),
        "{body}"
    );
    assert!(body.contains("Line 7: same officer or account as line 2."));
    for (lang, line3, line7) in [
        (
            "fr",
            "Ligne 3 : unité inconnue « brigade-zzz ».",
            "Ligne 7 : même agent ou même compte qu’à la ligne 2.",
        ),
        (
            "nl",
            "Regel 3: onbekende eenheid “brigade-zzz”.",
            "Regel 7: dezelfde agent of dezelfde account als op regel 2.",
        ),
    ] {
        let body = post_in(
            &app,
            &sup,
            lang,
            "/staff/training/officers/import",
            WITH_ERRORS,
        )
        .await;
        assert!(
            body.contains(line3) && body.contains(line7),
            "{lang}: {body}"
        );
    }
    assert!(
        !body.contains("id=\"import-confirm\""),
        "no confirmation while problems remain"
    );
    assert!(body.contains("Fien Zes"), "the clean lines are previewed");
    // Forcing the confirmation stores nothing either.
    let (s, _, body) = post(
        &app,
        &sup,
        "/staff/training/officers/import/confirm",
        &[("csv", WITH_ERRORS), ("digest", "0")],
    )
    .await;
    assert_eq!(s, 400);
    assert!(body.contains("Nothing was imported"));
    assert_eq!(app.store.list_officers().await.unwrap().len(), officers);
    assert_eq!(app.store.audit_count().await.unwrap(), audit);

    // A clean file (commas, French header and words) is previewed, then confirmed whole.
    let (s, _, preview) = post(
        &app,
        &sup,
        "/staff/training/officers/import",
        &[("csv", CLEAN)],
    )
    .await;
    assert_eq!(s, 200, "{preview}");
    assert!(preview.contains("3 officers will be created"));
    assert!(preview.contains("Peeters, An"));
    let digest = field(&preview, "digest");
    assert_eq!(
        app.store.list_officers().await.unwrap().len(),
        officers,
        "preview writes nothing"
    );
    let (s, _, body) = post(
        &app,
        &sup,
        "/staff/training/officers/import/confirm",
        &[("csv", CLEAN), ("digest", "stale")],
    )
    .await;
    assert_eq!(s, 409);
    assert!(body.contains("The registry changed since the preview."));
    assert_eq!(app.store.list_officers().await.unwrap().len(), officers);
    let (s, location, _) = post(
        &app,
        &sup,
        "/staff/training/officers/import/confirm",
        &[("csv", CLEAN), ("digest", &digest)],
    )
    .await;
    assert_eq!(
        (s, location.as_str()),
        (303, "/staff/training/officers?done=officers-imported")
    );
    let all = app.store.list_officers().await.unwrap();
    assert_eq!(all.len(), officers + 3);
    let luc = all.iter().find(|o| o.display_name == "Luc Martin").unwrap();
    assert!(!luc.active);
    assert_eq!(
        app.store.audit_count().await.unwrap(),
        audit + 1,
        "one audit entry"
    );
    let (_, list) = get(&app, &sup, &location).await;
    assert!(list.contains("id=\"banner\"") && list.contains("Officers imported."));
    assert!(
        actions(&app)
            .await
            .contains(&"training.officer.import".to_owned())
    );
    // The same file again: every line is already registered, nothing is written.
    let (s, _, body) = post(
        &app,
        &sup,
        "/staff/training/officers/import/confirm",
        &[("csv", CLEAN), ("digest", &digest)],
    )
    .await;
    assert_eq!(s, 400);
    assert!(body.contains("Line 2: “Peeters, An” is already registered in this unit."));
    assert_eq!(app.store.list_officers().await.unwrap().len(), officers + 3);
}

async fn sessions_are_entered_and_shown_in_brussels_time(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let sup = app.signed_in("supervisor").await;
    let course = app.store.list_courses().await.unwrap()[0].id.to_string();
    // (typed Brussels time, stored UTC): winter, summer after the March change, summer just
    // before the October change, winter after it.
    for (local, utc) in [
        ("2027-03-27T14:00", "2027-03-27 13:00"),
        ("2027-03-28T14:00", "2027-03-28 12:00"),
        ("2027-10-30T14:00", "2027-10-30 12:00"),
        ("2027-10-31T14:00", "2027-10-31 13:00"),
    ] {
        let (s, location, _) = post(
            &app,
            &sup,
            "/staff/training/sessions",
            &[
                ("course", &course),
                ("starts_at", local),
                ("place", "Salle 2"),
                ("capacity", "5"),
            ],
        )
        .await;
        assert_eq!(s, 303, "{local}");
        assert!(location.ends_with("?done=session-created"), "{location}");
        let location = support::path_of(&location).to_owned();
        let id = location.rsplit('/').next().unwrap().parse().unwrap();
        let stored = app.store.training_session(id).await.unwrap().starts_at;
        assert_eq!(stored.format("%Y-%m-%d %H:%M").to_string(), utc, "{local}");
        let (_, page) = get(&app, &sup, &location).await;
        let shown = local.replace('T', " ");
        assert!(
            page.contains(&format!("<dd id=\"session-start\">{shown}</dd>")),
            "{local}"
        );
        let (_, edit) = get(&app, &sup, &format!("{location}/edit")).await;
        assert!(
            edit.contains(&format!("value=\"{local}\"")),
            "edit form in local time"
        );
    }
    let sessions = app.store.list_training_sessions().await.unwrap().len();
    let (s, _, body) = post(
        &app,
        &sup,
        "/staff/training/sessions",
        &[
            ("course", &course),
            ("starts_at", "2027-03-28T02:30"),
            ("place", "Salle 2"),
            ("capacity", "5"),
        ],
    )
    .await;
    assert_eq!(s, 400);
    assert!(body.contains("This time does not exist in Brussels"));
    assert!(
        body.contains("value=\"2027-03-28T02:30\""),
        "typed value kept"
    );
    assert_eq!(
        app.store.list_training_sessions().await.unwrap().len(),
        sessions
    );
}

async fn edits_are_checked_audited_and_change_the_figures(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let unit = new_unit(&app, "brigade-ed").await;
    let admin = app.signed_in("admin").await;
    let sup = app.signed_in("supervisor").await;
    for name in ["Ed One", "Ed Two"] {
        let (s, ..) = post(
            &app,
            &admin,
            "/staff/training/officers",
            &[
                ("display_name", name),
                ("unit", &unit.to_string()),
                ("function", "intervention"),
            ],
        )
        .await;
        assert_eq!(s, 303);
    }
    let ours: Vec<_> = app
        .store
        .list_officers()
        .await
        .unwrap()
        .into_iter()
        .filter(|o| o.unit_id == unit)
        .collect();
    let (one, two) = (ours[0].id.to_string(), ours[1].id.to_string());
    let csv_active = |body: String| {
        body.lines()
            .find(|l| l.split(',').nth(1) == Some("brigade-ed"))
            .map(|l| l.split(',').nth(3).unwrap().to_owned())
            .unwrap()
    };
    let (_, csv) = get(&app, &admin, "/staff/training/coverage.csv").await;
    assert_eq!(csv_active(csv), "2");

    // Officer: a bad unit keeps what was typed; deactivation leaves the denominator.
    let path = format!("/staff/training/officers/{two}");
    let (s, _, body) = post(
        &app,
        &admin,
        &path,
        &[("unit", "nope"), ("function", "reception")],
    )
    .await;
    assert_eq!(s, 400);
    assert!(body.contains("Choose a unit."));
    assert!(body.contains("value=\"reception\" selected"));
    let (s, ..) = post(
        &app,
        &admin,
        &path,
        &[("unit", &unit.to_string()), ("function", "reception")],
    )
    .await;
    assert_eq!(s, 303);
    let (_, csv) = get(&app, &admin, "/staff/training/coverage.csv").await;
    assert_eq!(csv_active(csv), "1");
    assert!(
        actions(&app)
            .await
            .contains(&"training.officer.update".to_owned())
    );

    // Courses: the referent course requires the basic one; a cycle is refused.
    let mut ids = Vec::new();
    for (title, kind) in [("Ed basics", "basic"), ("Ed referent", "referent")] {
        let mut form = vec![
            ("title_fr", title),
            ("title_nl", title),
            ("title_en", title),
            ("kind", kind),
            ("validity_months", "24"),
        ];
        let required: String = ids.first().cloned().unwrap_or_default();
        if !required.is_empty() {
            form.push(("required", &required));
        }
        let (s, ..) = post(&app, &sup, "/staff/training/courses", &form).await;
        assert_eq!(s, 303);
        let c = app.store.list_courses().await.unwrap();
        ids.push(
            c.iter()
                .find(|c| c.title[2] == title)
                .unwrap()
                .id
                .to_string(),
        );
    }
    let (basic, referent) = (ids[0].clone(), ids[1].clone());
    let (s, _, body) = post(
        &app,
        &sup,
        &format!("/staff/training/courses/{basic}"),
        &[
            ("title_fr", "Ed basics"),
            ("title_nl", "Ed basics"),
            ("title_en", "Ed basics renamed"),
            ("kind", "basic"),
            ("validity_months", "24"),
            ("required", &referent),
        ],
    )
    .await;
    assert_eq!(s, 400);
    assert!(body.contains("A course cannot require itself"));
    assert!(
        body.contains("value=\"Ed basics renamed\""),
        "typed value kept"
    );
    let (s, ..) = post(
        &app,
        &sup,
        &format!("/staff/training/courses/{basic}"),
        &[
            ("title_fr", "Ed basics"),
            ("title_nl", "Ed basics"),
            ("title_en", "Ed basics 2"),
            ("kind", "basic"),
            ("validity_months", "12"),
        ],
    )
    .await;
    assert_eq!(s, 303);
    let c = app.store.course(basic.parse().unwrap()).await.unwrap();
    assert_eq!(
        (c.title[2].as_str(), c.validity_months),
        ("Ed basics 2", Some(12))
    );

    // Prerequisites: refused naming the missing course, overridden only by a supervisor.
    let (s, session, _) = post(
        &app,
        &sup,
        "/staff/training/sessions",
        &[
            ("course", &referent),
            ("starts_at", "2099-05-04T09:00"),
            ("place", "Salle 3"),
            ("capacity", "2"),
        ],
    )
    .await;
    assert_eq!(s, 303);
    let register = format!("{}/register", support::path_of(&session));
    let (s, _, body) = post(&app, &sup, &register, &[("officer", &one)]).await;
    assert_eq!(s, 400);
    assert!(
        body.contains("no valid certificate for “Ed basics 2”"),
        "{body}"
    );
    let (s, _, body) = post(
        &app,
        &admin,
        &register,
        &[("officer", &one), ("override_reason", "urgent")],
    )
    .await;
    assert_eq!(s, 400);
    assert!(body.contains("Only a supervisor may register"));
    assert!(body.contains(">urgent</textarea>"), "typed reason kept");
    let (s, ..) = post(
        &app,
        &sup,
        &register,
        &[
            ("officer", &one),
            ("override_reason", "Needed for the June action"),
        ],
    )
    .await;
    assert_eq!(s, 303);
    assert!(
        actions(&app)
            .await
            .contains(&"training.session.register_override".to_owned())
    );
    let (_, page) = get(&app, &sup, &session).await;
    assert!(page.contains("Needed for the June action"));
    let (s, ..) = post(
        &app,
        &sup,
        &register,
        &[("officer", &two), ("override_reason", "Same")],
    )
    .await;
    assert_eq!(s, 303);

    // Sessions: not below the registrations, not into the past, typed values kept.
    let edit = format!("{}/edit", support::path_of(&session));
    let (s, _, body) = post(
        &app,
        &sup,
        &edit,
        &[
            ("starts_at", "2099-05-04T09:00"),
            ("place", "Salle 9"),
            ("capacity", "1"),
        ],
    )
    .await;
    assert_eq!(s, 400);
    assert!(body.contains("cannot be lower than the officers already registered"));
    assert!(body.contains("value=\"Salle 9\""));
    let (s, _, body) = post(
        &app,
        &sup,
        &edit,
        &[
            ("starts_at", "2020-05-04T09:00"),
            ("place", "Salle 9"),
            ("capacity", "4"),
        ],
    )
    .await;
    assert_eq!(s, 400);
    assert!(body.contains("A new session cannot start in the past."));
    let (s, ..) = post(
        &app,
        &sup,
        &edit,
        &[
            ("starts_at", "2099-05-05T10:30"),
            ("place", "Salle 9"),
            ("capacity", "4"),
        ],
    )
    .await;
    assert_eq!(s, 303);
    let (_, page) = get(&app, &sup, &session).await;
    assert!(page.contains("2099-05-05 10:30") && page.contains("Salle 9"));

    // Referents: designate (override), then end; an ended referent no longer counts.
    let (s, ..) = post(
        &app,
        &sup,
        "/staff/training/referents",
        &[("officer", &one), ("override_reason", "Interim")],
    )
    .await;
    assert_eq!(s, 303);
    let referent_row = |body: String| {
        body.lines()
            .find(|l| l.split(',').nth(1) == Some("brigade-ed"))
            .map(|l| l.split(',').skip(6).take(2).collect::<Vec<_>>().join(","))
            .unwrap()
    };
    let (_, csv) = get(&app, &admin, "/staff/training/coverage.csv").await;
    assert_eq!(referent_row(csv), "0,1", "lapsed: no referent certificate");
    let designation = app
        .store
        .list_referents()
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.unit_id == unit)
        .unwrap()
        .id;
    let end = format!("/staff/training/referents/{designation}/end");
    let (s, _, body) = post(&app, &sup, &end, &[("ended_on", "2001-01-01")]).await;
    assert_eq!(s, 400);
    assert!(body.contains("cannot end before the day it started"));
    assert!(body.contains("value=\"2001-01-01\""), "typed day kept");
    let today = lumen_domain::training::time::local_day(chrono::Utc::now()).to_string();
    let (s, ..) = post(&app, &sup, &end, &[("ended_on", &today)]).await;
    assert_eq!(s, 303);
    let (_, csv) = get(&app, &admin, "/staff/training/coverage.csv").await;
    assert_eq!(referent_row(csv), "0,0", "ended: neither valid nor lapsed");
    assert!(
        actions(&app)
            .await
            .contains(&"training.referent.end".to_owned())
    );
}

async fn analysts_see_the_figures_only(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let analyst = app.signed_in("analyst").await;
    let (s, page) = get(&app, &analyst, "/staff/training").await;
    assert_eq!(s, 200);
    assert!(page.contains("id=\"coverage-chart\""));
    assert!(
        !page.contains("/staff/training/officers"),
        "no management links"
    );
    let names: Vec<String> = app
        .store
        .list_officers()
        .await
        .unwrap()
        .into_iter()
        .map(|o| o.display_name)
        .collect();
    assert!(!names.is_empty());
    let (s, csv) = get(&app, &analyst, "/staff/training/coverage.csv").await;
    assert_eq!(s, 200);
    assert!(csv.lines().count() > 2, "every police unit: {csv}");
    for n in &names {
        assert!(
            !page.contains(n.as_str()) && !csv.contains(n.as_str()),
            "no officer name"
        );
    }
    for path in [
        "/staff/training/officers",
        "/staff/training/officers/import",
        "/staff/training/sessions",
    ] {
        assert_eq!(get(&app, &analyst, path).await.0, 403, "{path}");
    }
    let (s, ..) = post(
        &app,
        &analyst,
        "/staff/training/officers/import",
        &[("csv", CLEAN)],
    )
    .await;
    assert_eq!(s, 403);
}

lumen_store::on_both_databases!(
    an_import_with_errors_names_their_lines_and_stores_nothing,
    sessions_are_entered_and_shown_in_brussels_time,
    edits_are_checked_audited_and_change_the_figures,
    analysts_see_the_figures_only,
);
