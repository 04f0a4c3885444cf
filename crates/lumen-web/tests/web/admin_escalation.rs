//! An administrator manages accounts but never reads case content: no change of their own
//! role, no working password for accounts they create, and roles that read case data only
//! with a supervisor's approval.

use crate::support::{TestApp, get_page, post_form, spawn_app};
use lumen_store::testing::TestDb;

/// The id of an account by e-mail.
async fn id_of(app: &TestApp, email: &str) -> String {
    app.store
        .user_by_email(email)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string()
}

async fn unit_id(app: &TestApp, code: &str) -> String {
    app.store.unit_by_code(code).await.unwrap().id.to_string()
}

/// Posts the first sign-in form with an enrolment code; returns status and body.
async fn first_sign_in(app: &TestApp, code: &str, password: &str) -> (u16, String) {
    let client = app.client();
    let csrf = app.csrf(&client, "/staff/first-sign-in").await;
    let res = client
        .post(app.url("/staff/first-sign-in"))
        .header("accept-language", "en")
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "new.investigator@zone.example"),
            ("code", code),
            ("new", password),
            ("confirm", password),
        ])
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn an_admin_cannot_change_their_own_role(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let admin = app.signed_in("admin").await;
    let me = id_of(&app, &app.account("admin").email).await;
    let (status, _, body) = post_form(
        &app,
        &admin,
        &format!("/staff/admin/users/{me}/role"),
        &[("role", "supervisor"), ("unit", "")],
    )
    .await;
    assert_eq!(status, 400);
    assert!(body.contains("You cannot change your own role or unit"));
    let (status, _) = get_page(&app, &admin, "/staff/reports").await;
    assert_eq!(status, 403, "still no access to reports");
    let user = app
        .store
        .user_by_email(&app.account("admin").email)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(user.role.code(), "admin");
}

async fn a_role_that_reads_cases_waits_for_a_supervisor(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let admin = app.signed_in("admin").await;
    let frontline = app.account("frontline").clone();
    let target = id_of(&app, &frontline.email).await;
    let thb = unit_id(&app, "thb").await;
    let (status, location, _) = post_form(
        &app,
        &admin,
        &format!("/staff/admin/users/{target}/role"),
        &[("role", "investigator"), ("unit", thb.as_str())],
    )
    .await;
    assert_eq!(status, 303, "{location}");
    let user = app
        .store
        .user_by_email(&frontline.email)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        user.role.code(),
        "frontline",
        "nothing changes before approval"
    );
    let (_, page) = get_page(&app, &admin, &format!("/staff/admin/users/{target}")).await;
    assert!(page.contains("id=\"role-pending\""));
    // A second request for the same account waits for the first.
    let (status, _, body) = post_form(
        &app,
        &admin,
        &format!("/staff/admin/users/{target}/role"),
        &[("role", "supervisor"), ("unit", "")],
    )
    .await;
    assert_eq!(status, 400);
    assert!(body.contains("already waits"));
    // The frontline officer still cannot read reports.
    let officer = app.signed_in("frontline").await;
    assert_eq!(get_page(&app, &officer, "/staff/reports").await.0, 403);
    // The supervisor sees the request and approves it.
    let supervisor = app.signed_in("supervisor").await;
    let (status, list) = get_page(&app, &supervisor, "/staff/approvals").await;
    assert_eq!(status, 200);
    assert!(list.contains(&frontline.email));
    let request = app.store.pending_role_requests().await.unwrap()[0].id;
    let (status, location, _) = post_form(
        &app,
        &supervisor,
        &format!("/staff/approvals/{request}/approve"),
        &[],
    )
    .await;
    assert_eq!(
        (status, location.as_str()),
        (303, "/staff/approvals?done=role-request-approved")
    );
    let (_, approvals) = get_page(&app, &supervisor, &location).await;
    assert!(
        approvals.contains("Approved: the role now applies."),
        "a banner confirms it"
    );
    let user = app
        .store
        .user_by_email(&frontline.email)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(user.role.code(), "investigator");
    assert_eq!(get_page(&app, &officer, "/staff/reports").await.0, 200);
    // Neither request nor decision was silent.
    let actions: Vec<String> = app
        .store
        .audit_page(&lumen_store::AuditFilter::default(), 0, 200)
        .await
        .unwrap()
        .entries
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert!(actions.iter().any(|a| a == "user.role_request"));
    assert!(actions.iter().any(|a| a == "user.role_approve"));
    // Administrators cannot open the approvals.
    assert_eq!(get_page(&app, &admin, "/staff/approvals").await.0, 403);
}

async fn a_supervisor_does_not_approve_a_change_of_their_own_account(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let admin = app.signed_in("admin").await;
    let sup = app.account("supervisor").clone();
    let target = id_of(&app, &sup.email).await;
    let thb = unit_id(&app, "thb").await;
    let (status, _, _) = post_form(
        &app,
        &admin,
        &format!("/staff/admin/users/{target}/role"),
        &[("role", "referent"), ("unit", thb.as_str())],
    )
    .await;
    assert_eq!(status, 303);
    let request = app.store.pending_role_requests().await.unwrap()[0].id;
    let supervisor = app.signed_in("supervisor").await;
    let (status, _, body) = post_form(
        &app,
        &supervisor,
        &format!("/staff/approvals/{request}/approve"),
        &[],
    )
    .await;
    assert_eq!(status, 403);
    assert!(body.contains("your own account"));
    assert_eq!(app.store.pending_role_requests().await.unwrap().len(), 1);
}

async fn a_new_investigator_opens_only_after_approval_with_a_password_nobody_else_knows(
    db: TestDb,
) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let admin = app.signed_in("admin").await;
    let thb = unit_id(&app, "thb").await;
    let (status, _, body) = post_form(
        &app,
        &admin,
        "/staff/admin/users",
        &[
            ("email", "new.investigator@zone.example"),
            ("display_name", "New Investigator"),
            ("role", "investigator"),
            ("unit", thb.as_str()),
        ],
    )
    .await;
    assert_eq!(status, 200);
    assert!(body.contains("id=\"awaiting-approval\""));
    let code = body
        .split("id=\"enrolment-code\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_owned();
    let user = app
        .store
        .user_by_email("new.investigator@zone.example")
        .await
        .unwrap()
        .unwrap();
    assert!(!user.active, "closed until a supervisor approves");
    // The administrator, holding the code, cannot use the account before approval...
    let (status, body) = first_sign_in(&app, &code, "Place Rogier, 10 heures").await;
    assert_eq!(status, 403);
    assert!(body.contains("supervisor has to approve"));
    // ...nor open it by reactivating it.
    let id = user.id.to_string();
    let (status, _, body) = post_form(
        &app,
        &admin,
        &format!("/staff/admin/users/{id}/active"),
        &[("active", "true")],
    )
    .await;
    assert_eq!(status, 409);
    assert!(body.contains("cannot be activated before"));
    // A supervisor approves; the holder chooses their password and must enrol.
    let supervisor = app.signed_in("supervisor").await;
    let request = app.store.pending_role_requests().await.unwrap()[0].id;
    let (status, _, _) = post_form(
        &app,
        &supervisor,
        &format!("/staff/approvals/{request}/approve"),
        &[],
    )
    .await;
    assert_eq!(status, 303);
    let (status, _) = first_sign_in(&app, &code, "Place Rogier, 10 heures").await;
    assert_eq!(status, 303);
    let user = app
        .store
        .user_by_email("new.investigator@zone.example")
        .await
        .unwrap()
        .unwrap();
    assert!(user.active);
    assert!(user.enrolment_expires_at.is_none(), "the code is used up");
}

async fn roles_and_units_must_fit(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let admin = app.signed_in("admin").await;
    let pag_asa = unit_id(&app, "pag-asa").await;
    let thb = unit_id(&app, "thb").await;
    for (role, unit, message) in [
        ("partner", "", "must belong to a partner organisation"),
        (
            "partner",
            thb.as_str(),
            "must belong to a partner organisation",
        ),
        (
            "investigator",
            pag_asa.as_str(),
            "cannot be placed in a partner organisation",
        ),
    ] {
        let (status, _, body) = post_form(
            &app,
            &admin,
            "/staff/admin/users",
            &[
                ("email", "misfit@zone.example"),
                ("display_name", "Misfit"),
                ("role", role),
                ("unit", unit),
            ],
        )
        .await;
        assert_eq!(status, 400, "{role} in {unit}");
        assert!(body.contains(message), "{role} in {unit}");
    }
    assert!(
        app.store
            .user_by_email("misfit@zone.example")
            .await
            .unwrap()
            .is_none()
    );
    let target = id_of(&app, &app.account("analyst").email).await;
    let (status, _, body) = post_form(
        &app,
        &admin,
        &format!("/staff/admin/users/{target}/role"),
        &[("role", "analyst"), ("unit", pag_asa.as_str())],
    )
    .await;
    assert_eq!(status, 400);
    assert!(body.contains("cannot be placed in a partner organisation"));
}

async fn lists_and_refusals_are_audited(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let supervisor = app.signed_in("supervisor").await;
    let admin = app.signed_in("admin").await;
    let frontline = app.signed_in("frontline").await;
    for path in [
        "/staff/screenings",
        "/staff/audit",
        "/staff/training/officers",
        "/staff/training/coverage.csv",
    ] {
        assert_eq!(get_page(&app, &supervisor, path).await.0, 200, "{path}");
    }
    assert_eq!(get_page(&app, &admin, "/staff/admin/users").await.0, 200);
    assert_eq!(
        get_page(&app, &frontline, "/staff/admin/users").await.0,
        403
    );
    let entries = app
        .store
        .audit_page(&lumen_store::AuditFilter::default(), 0, 500)
        .await
        .unwrap()
        .entries;
    for action in [
        "screening.list",
        "audit.list",
        "training.officer.list",
        "training.coverage.export",
        "user.list",
    ] {
        assert!(
            entries
                .iter()
                .any(|e| e.action == action && e.actor.is_some()),
            "{action} is audited"
        );
    }
    let denied = entries
        .iter()
        .find(|e| e.action == "access.denied")
        .expect("the refusal is audited");
    assert_eq!(denied.object_id.as_deref(), Some("/staff/admin/users"));
    assert_eq!(denied.actor_role.as_deref(), Some("frontline"));
    assert_eq!(denied.outcome, "failure");
}

lumen_store::on_both_databases!(
    lists_and_refusals_are_audited,
    an_admin_cannot_change_their_own_role,
    a_role_that_reads_cases_waits_for_a_supervisor,
    a_supervisor_does_not_approve_a_change_of_their_own_account,
    a_new_investigator_opens_only_after_approval_with_a_password_nobody_else_knows,
    roles_and_units_must_fit,
);
