//! Metrics (issue 10, point 5), on SQLite and PostgreSQL: the application's router has no
//! `/metrics`; the separate metrics listener serves it, and counts nothing of the public area,
//! so polling it cannot tell when a report or a follow-up message was sent.

use crate::support::spawn_app;
use lumen_store::testing::TestDb;

lumen_store::on_both_databases!(public_filings_leave_no_trace_in_metrics,);

async fn public_filings_leave_no_trace_in_metrics(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let client = app.client();
    let res = client.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(res.status(), 404, "the application does not serve metrics");
    let before = app.metrics_text().await;
    let res = client
        .post(app.url("/report"))
        .form(&[
            ("lang", "en"),
            ("filed_by", "witness"),
            ("form_unsure", "1"),
            ("minor", "unknown"),
            ("text", "Something at the car wash"),
            ("contact", "none"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "the report was filed");
    let (status, html) = crate::support::followed(&app, res).await;
    assert_eq!(status, 200);
    assert!(html.contains("id=\"receipt\""));
    for path in [
        "/report",
        "/follow-up",
        "/follow-up/message",
        "/what-happens",
    ] {
        let _ = client.get(app.url(path)).send().await.unwrap();
    }
    let _ = client
        .post(app.url("/follow-up"))
        .form(&[("receipt", "1111-2222-3333-4444-5555"), ("lang", "en")])
        .send()
        .await
        .unwrap();
    let _ = client.get(app.url("/healthz")).send().await.unwrap();
    let after = app.metrics_text().await;
    assert!(
        after.contains("route=\"/healthz\""),
        "the listener does count: {after}"
    );
    for route in ["/report", "/follow-up", "/what-happens"] {
        assert!(
            !after.contains(&format!("route=\"{route}\"")),
            "{route} is not counted: {after}"
        );
    }
    // Nothing that was there before the filing moved but the common routes.
    let series = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with("lumen_http_requests_total{") && !l.contains("/healthz"))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(series(&before), series(&after));
}
