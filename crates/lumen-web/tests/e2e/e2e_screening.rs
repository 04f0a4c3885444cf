//! The screening on a phone, in a real browser (headless Chromium at 390 px): a frontline
//! officer signs in, describes an adult in sexual exploitation, ticks signs and reads the
//! explained result and the next steps. Runs on SQLite and on PostgreSQL.

use crate::browser::{Viewport, click, present, sign_in_as, text_of, wait_for, with_browser};
use crate::support::spawn_app;
use fantoccini::Client;
use lumen_store::testing::TestDb;

lumen_store::on_both_databases!(frontline_officer_screens_on_a_phone);

/// True when the page is no wider than the window (no horizontal scrolling).
async fn fits_the_width(c: &Client) -> bool {
    let fits = c
        .execute(
            "return document.documentElement.scrollWidth <= window.innerWidth;",
            vec![],
        )
        .await
        .expect("script runs");
    fits.as_bool() == Some(true)
}

async fn frontline_officer_screens_on_a_phone(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let (base, who) = (app.base.clone(), app.account("frontline").clone());
    with_browser(Viewport::Phone, |c| async move {
        sign_in_as(&c, &base, &who).await;

        assert!(
            text_of(&c, "#home-new-screening")
                .await
                .ends_with("Nouveau screening"),
            "the home page offers a new screening"
        );
        click(&c, "#home-new-screening").await;
        click(&c, r#"input[name="who"][value="adult"]"#).await;
        click(&c, r#"input[name="situation"][value="sexual"]"#).await;
        assert!(fits_the_width(&c).await, "the first step fits a phone");
        click(&c, "#choose-next").await;

        assert_eq!(
            text_of(&c, "#set-label").await,
            "Adultes – exploitation sexuelle"
        );
        let box_size = wait_for(
            &c,
            r#"input[name="answer.as.d1.nature_of_job"][value="yes"]"#,
        )
        .await
        .rectangle()
        .await
        .unwrap();
        assert!(box_size.2 >= 24.0, "answers are big enough to tap");
        for (id, answer) in [
            ("as.d1.nature_of_job", "yes"),
            ("as.d1.conditions_of_work", "yes"),
            ("as.d4.excessive_hours", "yes"),
            ("as.d4.bad_living_conditions", "yes"),
            ("as.d4.low_or_no_salary", "no"),
            ("as.d5.isolation", "no"),
            ("as.d5.confiscation_of_documents", "yes"),
        ] {
            click(
                &c,
                &format!(r#"input[name="answer.{id}"][value="{answer}"]"#),
            )
            .await;
        }
        assert!(fits_the_width(&c).await, "the checklist fits a phone");
        click(&c, "#screening-submit").await;

        assert_eq!(text_of(&c, "#result-title").await, "Résultat du screening");
        assert!(
            text_of(&c, "#outcome")
                .await
                .starts_with("Les signes relevés correspondent à la combinaison"),
            "the ILO reading is explained"
        );
        for dim in ["D1", "D4", "D5"] {
            let class = wait_for(&c, &format!("#dim-{dim}"))
                .await
                .attr("class")
                .await
                .unwrap()
                .unwrap_or_default();
            assert!(
                class.contains("positive") && !class.contains("negative"),
                "{dim}"
            );
        }
        assert!(
            text_of(&c, "#dim-D5")
                .await
                .contains("deux indicateurs forts")
        );
        let steps = text_of(&c, "#next-steps").await;
        assert!(steps.contains("Informez la section TEH"), "{steps}");
        assert!(steps.contains("078 055 800"));
        assert!(present(&c, "#victim-info-link").await);
        assert!(fits_the_width(&c).await, "the result fits a phone");
    })
    .await;
}
