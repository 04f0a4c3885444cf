//! The officer's screening, end to end over HTTP, on both databases.

use crate::support;
use crate::support::{TestApp, spawn_app};
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::{Email, Role, UserId};
use lumen_store::testing::TestDb;
use lumen_store::{AuditFilter, NewScreening, NewUser, ScreeningScope};

/// The answers the person gave, each of them a sign: "no" to the questions about a freedom
/// ("Are you paid…?", "Can you go out alone…?"), "yes" to the others.
const SIGNS: [(&str, &str); 7] = [
    ("answer.as.d1.nature_of_job", "yes"),
    ("answer.as.d1.conditions_of_work", "yes"),
    ("answer.as.d4.excessive_hours", "yes"),
    ("answer.as.d4.bad_living_conditions", "yes"),
    ("answer.as.d4.low_or_no_salary", "no"),
    ("answer.as.d5.isolation", "no"),
    ("answer.as.d5.confiscation_of_documents", "yes"),
];

/// The step of `set` that asks `question` (from 1), and the number of the facts step.
fn steps_of(set: &str, question: &str) -> (usize, usize) {
    let catalogue = lumen_screening::Catalogue::builtin().unwrap();
    let themes = catalogue.indicators_by_theme(set).unwrap();
    let step = themes
        .iter()
        .position(|g| g.indicators.iter().any(|i| i.id == question))
        .map_or(0, |i| i + 1);
    (step, themes.len() + 1)
}

/// Starts a screening of `set` (`who-situation`) for the person `who`: the draft's path, or
/// the refusal.
async fn start_draft(
    app: &TestApp,
    client: &reqwest::Client,
    who: &str,
    situation: &str,
) -> Result<String, reqwest::Response> {
    let csrf = app.csrf(client, "/staff/screenings/new").await;
    let res = client
        .post(app.url("/staff/screenings/drafts"))
        .header("accept-language", "en")
        .form(&[
            ("csrf", csrf.as_str()),
            ("who", who),
            ("situation", situation),
        ])
        .send()
        .await
        .unwrap();
    if res.status() != 303 {
        return Err(res);
    }
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    Ok(location.trim_end_matches("/step/1").to_owned())
}

/// Posts `fields` to step `no` of the draft at `draft` (its path).
async fn save_step(
    app: &TestApp,
    client: &reqwest::Client,
    draft: &str,
    no: usize,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let csrf = app.csrf(client, "/staff/screenings/new").await;
    let mut form = vec![("csrf", csrf.as_str())];
    form.extend_from_slice(fields);
    client
        .post(app.url(&format!("{draft}/step/{no}")))
        .header("accept-language", "en")
        .form(&form)
        .send()
        .await
        .unwrap()
}

/// Files the draft at `draft`.
async fn file_draft(app: &TestApp, client: &reqwest::Client, draft: &str) -> reqwest::Response {
    let csrf = app.csrf(client, "/staff/screenings/new").await;
    client
        .post(app.url(&format!("{draft}/file")))
        .header("accept-language", "en")
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap()
}

/// A whole screening through the steps: starts it for `("set", …)` and `("who", …)`, saves
/// every other field on the facts step (which takes answers to any question of the set too),
/// then files it. Returns the first refusal, or the filing's answer.
pub(crate) async fn post_screening(
    app: &TestApp,
    client: &reqwest::Client,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| *k == name)
            .map_or("", |(_, v)| *v)
    };
    let set = field("set");
    let situation = set.split_once('-').map_or("", |(_, s)| s);
    let draft = match start_draft(app, client, field("who"), situation).await {
        Ok(d) => d,
        Err(refused) => return refused,
    };
    let rest: Vec<(&str, &str)> = fields
        .iter()
        .filter(|(k, _)| *k != "set" && *k != "who")
        .copied()
        .chain([("go", "review")])
        .collect();
    let (_, facts) = steps_of(set, "");
    let res = save_step(app, client, &draft, facts, &rest).await;
    if res.status() != 303 {
        return res;
    }
    file_draft(app, client, &draft).await
}

/// The page a staff form's redirect leads to, opened by the same signed-in client.
async fn follow(app: &TestApp, client: &reqwest::Client, res: reqwest::Response) -> (u16, String) {
    assert_eq!(res.status(), 303, "a save redirects");
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    get_text(app, client, &location).await
}

async fn get_text(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let res = client
        .get(app.url(path))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

/// Files a screening for an officer of the referent's unit, straight through the store.
async fn screening_in_referent_unit(app: &TestApp) -> uuid::Uuid {
    let referent = app
        .store
        .user_by_email(&app.account("referent").email)
        .await
        .unwrap()
        .unwrap();
    let officer = UserId::new();
    let new = NewUser {
        id: officer,
        email: Email::parse("colleague@demo.lumen.example").unwrap(),
        display_name: "Colleague".into(),
        role: Role::Frontline,
        unit_id: referent.unit_id,
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$x$y".into(),
        totp_secret: None,
    };
    let ev = AuditEvent::new(AuditAction::UserCreate, Some(officer.to_string()));
    app.store.create_user(new, ev).await.unwrap();
    let catalogue = lumen_screening::Catalogue::builtin().unwrap();
    let request = lumen_screening::AssessRequest {
        set: "adult-labour".into(),
        indicators: vec!["al.d4.excessive_hours".into()],
        ..Default::default()
    };
    let assessment = catalogue.assess(&request).unwrap();
    let id = uuid::Uuid::now_v7();
    let screening = NewScreening {
        id,
        officer_id: officer,
        unit_id: referent.unit_id,
        set_id: "adult-labour".into(),
        indicators: request.indicators.clone(),
        age: None,
        facts: r#"{"who":"adult","age":null,"act_established":false,"purpose":null,"immediate_danger":false}"#.into(),
        result: serde_json::to_string(&assessment).unwrap(),
        report_ref: None,
        person_description: None,
    };
    let ev = AuditEvent::new(AuditAction::ScreeningCreate, Some(id.to_string()));
    app.store.create_screening(screening, ev).await.unwrap();
    id
}

async fn a_frontline_officer_files_a_screening_and_reads_it_explained(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let client = app.signed_in("frontline").await;
    let (status, home) = get_text(&app, &client, "/staff").await;
    assert_eq!(status, 200);
    assert!(
        home.contains("href=\"/staff/screenings/new\""),
        "home links to a new screening"
    );

    let (status, step1) = get_text(&app, &client, "/staff/screenings/new").await;
    assert_eq!(status, 200);
    assert!(step1.contains("name=\"situation\"") && step1.contains("name=\"who\""));
    let draft = start_draft(&app, &client, "adult", "sexual").await.unwrap();
    let (status, step1) = get_text(&app, &client, &format!("{draft}/step/1")).await;
    assert_eq!(status, 200);
    assert!(step1.contains("Adults – sexual exploitation"));
    assert!(
        step1.contains("Step 1 of "),
        "the officer sees where they are"
    );
    assert!(step1.contains("name=\"answer.as."), "questions of the set");
    let (_, facts) = steps_of("adult-sexual", "");
    let later = client
        .get(app.url(&format!("{draft}/step/{facts}")))
        .send()
        .await
        .unwrap();
    assert_eq!(
        later.headers()["location"],
        format!("{draft}/step/1").as_str(),
        "a step not reached yet leads to the first one not saved"
    );

    let mut fields: Vec<(&str, &str)> = vec![("set", "adult-sexual"), ("who", "adult")];
    fields.extend(SIGNS);
    // True answers that are not signs count for nothing.
    fields.extend([
        ("answer.as.d5.forced_tasks_clients", "yes"),
        ("answer.as.d4.hazardous_work", "no"),
        ("answer.as.d5.debt_bondage", "dont_know"),
    ]);
    fields.extend([
        ("immediate_danger", "1"),
        ("act_established", "1"),
        ("age", "24"),
        ("report_ref", "PV 123/2026"),
        ("person_description", "Woman, about 25, red coat"),
    ]);
    let res = post_screening(&app, &client, &fields).await;
    assert_eq!(res.status(), 303);
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with("/staff/screenings/"), "{location}");
    let id: uuid::Uuid = support::path_of(&location)
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let stored = app.store.screening(id).await.unwrap();
    assert_eq!(stored.set_id, "adult-sexual");
    assert_eq!(stored.indicators.len(), SIGNS.len());
    assert_eq!(stored.age, Some(24));
    assert_eq!(
        stored.person_description.as_deref(),
        Some("Woman, about 25, red coat")
    );
    let at_rest = support::stored_bytes(&app).await;
    for secret in ["PV 123/2026", "red coat"]
        .into_iter()
        .chain(app.accounts.iter().map(|a| a.totp_secret.as_str()))
    {
        assert!(!at_rest.contains(secret), "{secret} is stored in clear");
    }

    let (status, page) = get_text(&app, &client, &location).await;
    assert!(
        page.contains("Screening filed."),
        "a banner confirms the filing"
    );
    assert_eq!(status, 200);
    for text in [
        "The signs recorded match the ILO combination",
        "Deceptive recruitment",
        "Because: two strong indicators.",
        "Because: three medium indicators.",
        "Deceived about the nature of the job, location or employer",
        "Immediate danger: call 112 or 101 first.",
        "Inform the magistrate on duty",
        "The elements of the offence may be present",
        "Means (deception, force, abuse of vulnerability) are not required",
        "does not say that the person is a victim",
        "href=\"/victim-info\"",
        "?print=1",
    ] {
        assert!(page.contains(text), "result page lacks {text:?}");
    }
    let emergency = page.find("Immediate danger: call 112 (emergency)").unwrap();
    let inform = page.find("Inform the THB section").unwrap();
    assert!(emergency < inform, "112/101 comes first");
    assert!(
        !page.to_lowercase().contains("is a victim of"),
        "never states a status"
    );

    let (status, print) = get_text(
        &app,
        &client,
        &format!("{}?print=1", support::path_of(&location)),
    )
    .await;
    assert_eq!(status, 200);
    assert!(print.contains("class=\"printing\"") && !print.contains("<nav"));

    let reads = AuditFilter {
        action: Some("screening.read".into()),
        object_id: Some(id.to_string()),
        ..Default::default()
    };
    assert_eq!(app.store.audit_page(&reads, 0, 10).await.unwrap().total, 2);
    let (_, list) = get_text(&app, &client, "/staff/screenings").await;
    assert!(
        list.contains(support::path_of(&location)),
        "own list shows it"
    );
}

async fn a_bad_set_or_indicator_is_refused_and_nothing_stored(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let client = app.signed_in("frontline").await;
    let before = app.store.audit_count().await.unwrap();
    let res = post_screening(&app, &client, &[("set", "adult-begging"), ("who", "adult")]).await;
    assert_eq!(res.status(), 400);
    let body = res.text().await.unwrap();
    assert!(
        body.contains("Choose who the person is and what the situation looks like."),
        "{body}"
    );

    let draft = start_draft(&app, &client, "adult", "sexual").await.unwrap();
    let (isolation, facts) = steps_of("adult-sexual", "as.d5.isolation");
    let res = save_step(
        &app,
        &client,
        &draft,
        isolation,
        &[
            ("answer.as.d5.isolation", "no"),
            ("answer.as.d9.made_up", "yes"),
        ],
    )
    .await;
    assert_eq!(res.status(), 400);
    let body = res.text().await.unwrap();
    assert!(body.contains("Unknown question “as.d9.made_up”"), "{body}");
    assert!(
        body.contains("There is a problem"),
        "an error summary heads the page"
    );
    assert!(
        body.contains("name=\"answer.as.d5.isolation\" value=\"no\" checked"),
        "what was answered is kept"
    );
    let (_, review) = get_text(&app, &client, &format!("{draft}/review")).await;
    assert!(
        !review.contains("review-as.d5.isolation"),
        "a refused step saves nothing"
    );

    let long = "x".repeat(501);
    let res = save_step(
        &app,
        &client,
        &draft,
        facts,
        &[
            ("report_ref", "PV 42/2026"),
            ("person_description", long.as_str()),
        ],
    )
    .await;
    assert_eq!(res.status(), 400);
    let body = res.text().await.unwrap();
    assert!(body.contains("500 characters at most"));
    assert!(
        body.contains("href=\"#person_description\""),
        "the summary links to the field"
    );
    assert!(
        body.contains("value=\"PV 42/2026\""),
        "what was typed is kept"
    );
    let res = save_step(&app, &client, &draft, facts, &[("age", "200")]).await;
    assert_eq!(res.status(), 400);
    assert!(res.text().await.unwrap().contains("between 0 and 120"));
    let res = post_screening(
        &app,
        &client,
        &[
            ("set", "adult-labour"),
            ("who", "adult"),
            ("purpose", "piracy"),
        ],
    )
    .await;
    assert_eq!(res.status(), 400);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Unknown form of exploitation “piracy”")
    );
    let missing = format!("/staff/screenings/drafts/{}/step/1", uuid::Uuid::now_v7());
    assert_eq!(get_text(&app, &client, &missing).await.0, 404);

    let all = app
        .store
        .list_screenings(ScreeningScope::All, 0, 10)
        .await
        .unwrap();
    assert_eq!(all.total, 0, "nothing stored");
    assert_eq!(app.store.audit_count().await.unwrap(), before);
}

async fn a_referent_sees_the_unit_and_others_do_not(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let id = screening_in_referent_unit(&app).await;
    let path = format!("/staff/screenings/{id}");

    let referent = app.signed_in("referent").await;
    let (status, list) = get_text(&app, &referent, "/staff/screenings").await;
    assert_eq!(status, 200);
    assert!(list.contains(&path), "the unit's screening is listed");
    assert!(list.contains("Colleague"));
    let (status, page) = get_text(&app, &referent, &path).await;
    assert_eq!(status, 200);
    assert!(page.contains("Some signs are present, but not the full ILO combination"));

    let frontline = app.signed_in("frontline").await;
    let (status, _) = get_text(&app, &frontline, &path).await;
    assert_eq!(status, 403, "another unit's screening");
    let (_, list) = get_text(&app, &frontline, "/staff/screenings").await;
    assert!(!list.contains(&path));

    let analyst = app.signed_in("analyst").await;
    assert_eq!(get_text(&app, &analyst, &path).await.0, 403);
    assert_eq!(get_text(&app, &analyst, "/staff/screenings").await.0, 403);

    let investigator = app.signed_in("investigator").await;
    assert_eq!(get_text(&app, &investigator, &path).await.0, 200);

    let refused = AuditFilter {
        action: Some("screening.read".into()),
        object_id: Some(id.to_string()),
        ..Default::default()
    };
    let entries = app.store.audit_page(&refused, 0, 10).await.unwrap().entries;
    assert_eq!(entries.iter().filter(|e| e.outcome == "failure").count(), 1);
    let missing = format!("/staff/screenings/{}", uuid::Uuid::now_v7());
    assert_eq!(get_text(&app, &referent, &missing).await.0, 404);
}

async fn the_victim_information_speaks_twelve_languages(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let client = app.client();
    let (status, ar) = get_text(&app, &client, "/victim-info/ar").await;
    assert_eq!(status, 200);
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(ar.contains("لديك حقوق"));
    assert!(ar.contains("078 055 800"));
    let (status, ro) = get_text(&app, &client, "/victim-info/ro").await;
    assert_eq!(status, 200);
    assert!(ro.contains("<html lang=\"ro\" dir=\"ltr\">"));
    assert!(ro.contains("Tipărește"), "furniture in Romanian too");
    assert!(!ro.contains("Print"), "no staff text on the page");
    assert!(
        ro.contains("href=\"/victim-info/ar\""),
        "links to the other languages"
    );
    let (status, printable) = get_text(&app, &client, "/victim-info/ro?print=1").await;
    assert_eq!(status, 200);
    assert!(printable.contains("078 055 800") && !printable.contains("href=\"/victim-info/ar\""));
    let (status, chooser) = get_text(&app, &client, "/victim-info").await;
    assert_eq!(status, 200);
    for name in [
        "العربية",
        "Română",
        "Български",
        "中文",
        "Tiếng Việt",
        "Українська",
    ] {
        assert!(chooser.contains(name), "{name}");
    }
    assert_eq!(get_text(&app, &client, "/victim-info/xx").await.0, 404);
}

lumen_store::on_both_databases!(
    a_frontline_officer_files_a_screening_and_reads_it_explained,
    a_bad_set_or_indicator_is_refused_and_nothing_stored,
    a_referent_sees_the_unit_and_others_do_not,
    the_victim_information_speaks_twelve_languages,
    a_stored_screening_that_no_longer_reads_is_said_so,
    officers_read_clean_texts_in_brussels_time,
    a_screening_is_kept_between_steps_and_resumed,
);

/// The steps are saved on the server: the officer stops, finds the screening among the
/// unfinished ones, goes on where they left, reviews every answer, and files it; nobody else
/// opens it, what was typed is sealed at rest, and a discarded one is gone.
async fn a_screening_is_kept_between_steps_and_resumed(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let client = app.signed_in("frontline").await;
    let draft = start_draft(&app, &client, "adult", "sexual").await.unwrap();
    let (deception, _) = steps_of("adult-sexual", "as.d1.nature_of_job");
    for no in 1..deception {
        let res = save_step(&app, &client, &draft, no, &[("go", "next")]).await;
        assert_eq!(
            res.headers()["location"],
            format!("{draft}/step/{}", no + 1).as_str()
        );
    }
    let res = save_step(
        &app,
        &client,
        &draft,
        deception,
        &[("answer.as.d1.nature_of_job", "yes"), ("go", "later")],
    )
    .await;
    let (status, list) = follow(&app, &client, res).await;
    assert_eq!(status, 200);
    assert!(list.contains("id=\"banner\""), "a confirmation banner");
    assert!(list.contains("Screening saved."), "{list}");
    assert!(list.contains("Unfinished screenings"));
    assert!(
        list.contains(&format!("href=\"{draft}/step/{}\"", deception + 1)),
        "it goes on at the first step not saved"
    );
    let (_, step) = get_text(&app, &client, &format!("{draft}/step/{deception}")).await;
    assert!(
        step.contains("name=\"answer.as.d1.nature_of_job\" value=\"yes\" checked"),
        "a step shows what was saved"
    );

    let (_, facts) = steps_of("adult-sexual", "");
    let res = save_step(
        &app,
        &client,
        &draft,
        facts,
        &[
            ("answer.as.d5.isolation", "no"),
            ("report_ref", "PV 77/2026"),
            ("person_description", "Man, green scarf"),
            ("go", "next"),
        ],
    )
    .await;
    assert_eq!(
        res.headers()["location"],
        format!("{draft}/review").as_str()
    );
    let at_rest = support::stored_bytes(&app).await;
    for typed in ["PV 77/2026", "green scarf"] {
        assert!(!at_rest.contains(typed), "{typed} is stored in clear");
    }

    let other = app.signed_in("investigator").await;
    for path in [format!("{draft}/step/1"), format!("{draft}/review")] {
        assert_eq!(get_text(&app, &other, &path).await.0, 404, "{path}");
    }
    let (_, list) = get_text(&app, &other, "/staff/screenings").await;
    assert!(!list.contains(&draft), "another officer does not see it");

    let (status, review) = get_text(&app, &client, &format!("{draft}/review")).await;
    assert_eq!(status, 200);
    for text in [
        "Check the answers",
        "Is the work, the place or the boss different from what you were promised?",
        "review-as.d5.isolation",
        "PV 77/2026",
        "Man, green scarf",
        &format!("href=\"{draft}/step/1\""),
    ] {
        assert!(review.contains(text), "the review lacks {text:?}");
    }
    let res = file_draft(&app, &client, &draft).await;
    assert_eq!(res.status(), 303);
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    let id: uuid::Uuid = support::path_of(&location)
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let stored = app.store.screening(id).await.unwrap();
    assert_eq!(stored.report_ref.as_deref(), Some("PV 77/2026"));
    assert_eq!(stored.indicators.len(), 2, "the two signs answered");
    assert_eq!(
        get_text(&app, &client, &format!("{draft}/review")).await.0,
        404
    );
    let (_, list) = get_text(&app, &client, "/staff/screenings").await;
    assert!(
        !list.contains("Unfinished screenings"),
        "filed, it is no longer a draft"
    );

    let second = start_draft(&app, &client, "child", "labour").await.unwrap();
    let csrf = app.csrf(&client, "/staff/screenings/new").await;
    let res = client
        .post(app.url(&format!("{second}/discard")))
        .header("accept-language", "en")
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    let (_, list) = follow(&app, &client, res).await;
    assert!(list.contains("Screening discarded."));
    assert!(!list.contains(&second));
    let all = app
        .store
        .list_screenings(ScreeningScope::All, 0, 10)
        .await
        .unwrap();
    assert_eq!(all.total, 1, "only the filed one");
}

/// The result and next steps an officer reads carry no "(to verify)" marker or note about
/// secondary sources, in any staff language, and times are Brussels times.
async fn officers_read_clean_texts_in_brussels_time(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let client = app.signed_in("frontline").await;
    let mut fields: Vec<(&str, &str)> = vec![("set", "adult-sexual"), ("who", "adult")];
    fields.extend(SIGNS);
    fields.push(("purpose", "sexual_exploitation"));
    let res = post_screening(&app, &client, &fields).await;
    assert_eq!(res.status(), 303);
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    let id: uuid::Uuid = support::path_of(&location)
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let filed = app.store.screening(id).await.unwrap().created_at;
    let draft = start_draft(&app, &client, "adult", "labour").await.unwrap();
    let brussels = lumen_domain::time::display(filed);
    for lang in ["fr", "nl", "en"] {
        for path in [
            location.clone(),
            format!("{draft}/step/1"),
            format!("{draft}/review"),
            "/staff/screenings".to_owned(),
        ] {
            let page = client
                .get(app.url(&path))
                .header("accept-language", lang)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            let lower = page.to_lowercase();
            for marker in [
                "to verify",
                "à vérifier",
                "na te kijken",
                "secondary source",
                "source secondaire",
                "secundaire bron",
                "domain.md",
            ] {
                assert!(!lower.contains(marker), "{path} in {lang} shows {marker:?}");
            }
            assert!(!page.contains(" UTC"), "{path} in {lang} shows UTC");
        }
    }
    let (_, list) = get_text(&app, &client, "/staff/screenings").await;
    assert!(list.contains(&brussels), "the list shows {brussels}");
}

/// A record whose stored result no longer reads is neither shown with parts missing nor left
/// out of the list: the page is an error and the list row says it cannot be read.
async fn a_stored_screening_that_no_longer_reads_is_said_so(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let officer = app.store.list_users().await.unwrap();
    let officer = officer.iter().find(|u| u.role == Role::Frontline).unwrap();
    let id = uuid::Uuid::now_v7();
    let screening = NewScreening {
        id,
        officer_id: officer.id,
        unit_id: officer.unit_id,
        set_id: "adult-labour".into(),
        indicators: vec!["al.d4.excessive_hours".into()],
        age: None,
        facts: r#"{"who":"adult","age":null,"act_established":false,"purpose":null,"immediate_danger":false}"#.into(),
        result: r#"{"outcome":"ilo_combination_met"}"#.into(),
        report_ref: None,
        person_description: None,
    };
    let ev = AuditEvent::new(AuditAction::ScreeningCreate, Some(id.to_string()));
    app.store.create_screening(screening, ev).await.unwrap();
    let client = app.signed_in("frontline").await;
    let (status, _) = get_text(&app, &client, &format!("/staff/screenings/{id}")).await;
    assert_eq!(
        status, 500,
        "an unreadable record is an error, not a partial page"
    );
    let (status, list) = get_text(&app, &client, "/staff/screenings").await;
    assert_eq!(status, 200);
    assert!(
        list.contains("stored result cannot be read"),
        "the list says which record cannot be read: {list}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn administrators_see_which_grades_to_verify() {
    let app = support::spawn_app(lumen_store::testing::TestDb::Sqlite)
        .await
        .unwrap();
    let admin = app.signed_in("admin").await;
    let res = admin
        .get(app.url("/staff/admin/catalogue"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let page = res.text().await.unwrap();
    assert!(page.contains("al.d1.nature_of_job"));
    assert!(page.contains("grades to verify"));
    assert!(
        page.contains("inferred from a related set"),
        "sexual sets are inferred from the labour sets"
    );
    let frontline = app.signed_in("frontline").await;
    assert_eq!(
        frontline
            .get(app.url("/staff/admin/catalogue"))
            .send()
            .await
            .unwrap()
            .status(),
        403
    );
}
