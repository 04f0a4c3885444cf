//! Every declared route, walked by an anonymous visitor and by every role.

use crate::support;
use crate::support::spawn_app;
use lumen_domain::Role;
use lumen_store::testing::TestDb;
use lumen_web::access::Access;
use lumen_web::routes::declared;

#[derive(Debug, PartialEq)]
enum Seen {
    Allowed,
    Forbidden,
    ToSignIn,
    Elsewhere,
}

async fn visit(
    app: &support::TestApp,
    client: &reqwest::Client,
    csrf: &str,
    method: &axum::http::Method,
    path: &str,
) -> Seen {
    let url = app.url(
        &path
            .replace("{id}", &uuid::Uuid::now_v7().to_string())
            .replace("{*file}", "css/nope.css"),
    );
    let res = if method == axum::http::Method::GET {
        client.get(url).send().await.unwrap()
    } else {
        client
            .post(url)
            .form(&[("csrf", csrf)])
            .send()
            .await
            .unwrap()
    };
    let status = res.status().as_u16();
    let location = res
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    match status {
        403 => Seen::Forbidden,
        303 if location == "/staff/sign-in" => Seen::ToSignIn,
        303 if !location.is_empty() => Seen::Elsewhere,
        _ => Seen::Allowed,
    }
}

async fn every_route_with_every_role(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let mut routes = declared();
    // Sign-out ends the session: walk it last.
    routes.sort_by_key(|r| r.access == Access::AnySession);
    assert!(routes.len() >= 20, "the table lists every route");

    let anon = app.client();
    let csrf = app.csrf(&anon, "/staff/sign-in").await;
    for r in &routes {
        let seen = visit(&app, &anon, &csrf, &r.method, r.path).await;
        let expected = match r.access {
            Access::Public => vec![Seen::Allowed, Seen::Elsewhere],
            _ => vec![Seen::ToSignIn],
        };
        assert!(
            expected.contains(&seen),
            "anonymous {} {}: {seen:?}",
            r.method,
            r.path
        );
    }

    for role in Role::ALL {
        let client = app.signed_in(role.code()).await;
        let csrf = app.csrf(&client, "/staff").await;
        for r in &routes {
            let seen = visit(&app, &client, &csrf, &r.method, r.path).await;
            let ok = match r.access {
                Access::Permission(p) if role.has(p) => seen == Seen::Allowed,
                Access::Permission(_) => seen == Seen::Forbidden,
                Access::SecondFactor => seen == Seen::Elsewhere,
                Access::Public | Access::Enrolment => {
                    matches!(seen, Seen::Allowed | Seen::Elsewhere)
                }
                // Sign-out answers with the sign-in page, and the session is gone after it.
                Access::AnySession => {
                    seen == Seen::ToSignIn
                        && visit(&app, &client, &csrf, &axum::http::Method::GET, "/staff").await
                            == Seen::ToSignIn
                }
            };
            assert!(ok, "{} {} {}: {seen:?}", role.code(), r.method, r.path);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_with_every_role_sqlite() {
    every_route_with_every_role(TestDb::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_with_every_role_postgres() {
    every_route_with_every_role(TestDb::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_undeclared_route_does_not_exist() {
    let app = spawn_app(TestDb::Sqlite).await.unwrap();
    let client = app.signed_in("admin").await;
    let res = client
        .get(app.url("/staff/admin/secret"))
        .header("accept-language", "nl")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    assert!(res.text().await.unwrap().contains("Pagina niet gevonden"));
}
