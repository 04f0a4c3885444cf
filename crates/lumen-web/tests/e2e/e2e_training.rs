//! The training registry in a real browser (headless Chromium): a supervisor creates a course
//! and a session with a partner association, registers an untrained officer, marks attendance,
//! and sees the unit's coverage, in the table and in the chart, change; then imports officers
//! from a pasted CSV through its preview. SQLite and PostgreSQL.

use crate::browser::{Viewport, click, sign_in_as, text_of, wait_for, with_browser};
use crate::support::spawn_app;
use chrono::{Duration, Utc};
use fantoccini::Client;
use lumen_store::testing::TestDb;

lumen_store::on_both_databases!(supervisor_runs_a_session_and_sees_coverage_change);

async fn js(c: &Client, script: &str) -> serde_json::Value {
    c.execute(script, vec![]).await.expect("script runs")
}

/// The intervention unit's share, from the table and from the chart.
async fn intervention_share(c: &Client) -> (String, serde_json::Value) {
    let table = text_of(c, r#"tr[data-unit="intervention"] td.share"#).await;
    let chart = js(
        c,
        "var ch = window.lumenCoverageChart; var rows = JSON.parse(document.getElementById('coverage-data').textContent); var i = rows.findIndex(function (r) { return r.code === 'intervention'; }); return ch.data.datasets[0].data[i];",
    )
    .await;
    (table, chart)
}

/// The chart names its bars as the table names its rows, reads in percent, and draws the
/// zone's target across.
async fn chart_reads_like_the_table(c: &Client) {
    let names: Vec<String> = serde_json::from_value(
        js(c, "return [...document.querySelectorAll('#coverage tbody th[scope=row]')].map(function (t) { return t.textContent; });").await,
    )
    .unwrap();
    let labels: Vec<String> =
        serde_json::from_value(js(c, "return window.lumenCoverageChart.data.labels;").await)
            .unwrap();
    assert_eq!(labels, names, "bars are named as the table's rows");
    let tick = js(c, "var y = window.lumenCoverageChart.scales.y; return y.ticks.map(function (t) { return t.label; });").await;
    assert!(tick.to_string().contains("100 %"), "a percent axis: {tick}");
    let target = js(
        c,
        "var d = window.lumenCoverageChart.data.datasets[1]; return [d.type, d.data[0], d.label];",
    )
    .await;
    assert_eq!(target[0], "line");
    assert_eq!(target[1], 90, "the default target");
    assert!(
        text_of(c, "#coverage-target").await.contains("90"),
        "the target is written too"
    );
}

async fn supervisor_runs_a_session_and_sees_coverage_change(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let who = app.account("supervisor").clone();
    let base = app.base.clone();
    // Mehdi El Amrani (intervention) holds no basic training in the demo data.
    let mehdi = app
        .store
        .list_officers()
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.display_name == "Mehdi El Amrani")
        .unwrap()
        .id
        .to_string();
    let starts = Utc::now() + Duration::days(1);
    let day = starts.date_naive().to_string();
    let starts = starts.format("%Y-%m-%dT10:00").to_string();
    with_browser(Viewport::Desktop, |c| async move {
        sign_in_as(&c, &base, &who).await;

        c.goto(&format!("{base}/staff/training?day={day}")).await.unwrap();
        assert_eq!(
            intervention_share(&c).await,
            ("80 %".to_owned(), serde_json::json!(80)),
            "four of five intervention officers trained"
        );
        chart_reads_like_the_table(&c).await;

        c.goto(&format!("{base}/staff/training/courses")).await.unwrap();
        for (id, text) in [("#title_fr", "Base TEH e2e"), ("#title_nl", "Basis MH e2e"), ("#title_en", "THB basics e2e"), ("#validity_months", "24")] {
            wait_for(&c, id).await.send_keys(text).await.unwrap();
        }
        click(&c, r#"form[action="/staff/training/courses"] button[type="submit"]"#).await;
        wait_for(&c, "#courses").await;

        c.goto(&format!("{base}/staff/training/sessions")).await.unwrap();
        js(&c, &format!(
            "var s = document.getElementById('course'); s.value = s.options[s.options.length - 1].value; document.getElementById('starts_at').value = '{starts}'; return true;"
        )).await;
        wait_for(&c, "#place").await.send_keys("Salle 2").await.unwrap();
        wait_for(&c, "#capacity").await.send_keys("12").await.unwrap();
        click(&c, r#"input[name="partner"]"#).await;
        click(&c, r#"form[action="/staff/training/sessions"] button[type="submit"]"#).await;
        assert!(!text_of(&c, "#session-partners").await.is_empty(), "a partner association takes part");

        js(&c, &format!("document.getElementById('officer').value = '{mehdi}'; return true;")).await;
        click(&c, r#"form[action$="/register"] button[type="submit"]"#).await;
        wait_for(&c, &format!("#status-{mehdi}")).await;
        js(&c, &format!("document.getElementById('status-{mehdi}').value = 'attended'; return true;")).await;
        click(&c, r#"form[action$="/attendance"] button[type="submit"]"#).await;
        wait_for(&c, "#registrations").await;

        c.goto(&format!("{base}/staff/training?day={day}")).await.unwrap();
        assert_eq!(
            intervention_share(&c).await,
            ("100 %".to_owned(), serde_json::json!(100)),
            "the table and the chart show the change"
        );

        // Officers imported from a pasted CSV: previewed, then confirmed.
        c.goto(&format!("{base}/staff/training/officers/import")).await.unwrap();
        wait_for(&c, "#csv")
            .await
            .send_keys("naam;eenheid;functie;actief\nZoë Import;intervention;wijk;ja\nYann Import;intervention;onthaal;nee\n")
            .await
            .unwrap();
        click(&c, r#"form[action="/staff/training/officers/import"] button[type="submit"]"#).await;
        assert!(text_of(&c, "#import-rows caption").await.starts_with('2'));
        click(&c, "#import-confirm").await;
        wait_for(&c, "#officers").await;
        let officers = text_of(&c, "#officers").await;
        assert!(officers.contains("Zoë Import") && officers.contains("Yann Import"), "{officers}");
    })
    .await;
}
