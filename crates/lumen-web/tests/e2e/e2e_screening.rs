//! The screening on a phone, in a real browser (headless Chromium at 390 px): a frontline
//! officer signs in, describes an adult in sexual exploitation, answers the questions step by
//! step, checks the answers and reads the explained result and the next steps. Runs on SQLite and on PostgreSQL.

use crate::browser::{Viewport, click, present, sign_in_as, text_of, wait_for, with_browser};
use crate::support::spawn_app;
use fantoccini::Client;
use lumen_store::testing::TestDb;

lumen_store::on_both_databases!(frontline_officer_screens_on_a_phone);

/// True when the page fits a 390 px phone (no horizontal scrolling).
async fn fits_the_width(c: &Client) -> bool {
    crate::browser::sideways_at(c, 390).await.is_none()
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
        let signs = [
            ("as.d1.nature_of_job", "yes"),
            ("as.d1.conditions_of_work", "yes"),
            ("as.d4.excessive_hours", "yes"),
            ("as.d4.bad_living_conditions", "yes"),
            ("as.d4.low_or_no_salary", "no"),
            ("as.d5.isolation", "no"),
            ("as.d5.confiscation_of_documents", "yes"),
        ];
        // Step by step: answer the questions each step asks, then save and go on, until the
        // review of the answers.
        let mut steps = 0;
        while !present(&c, "#review-title").await {
            steps += 1;
            assert!(steps < 20, "the steps end");
            assert!(
                text_of(&c, "#step-of")
                    .await
                    .starts_with(&format!("Étape {steps} sur ")),
                "the officer sees where they are"
            );
            for (id, answer) in signs {
                let css = format!(r#"input[name="answer.{id}"][value="{answer}"]"#);
                if present(&c, &css).await {
                    let size = wait_for(&c, &css).await.rectangle().await.unwrap();
                    assert!(size.2 >= 24.0, "answers are big enough to tap");
                    click(&c, &css).await;
                }
            }
            assert!(fits_the_width(&c).await, "step {steps} fits a phone");
            click(&c, "#screening-next").await;
            // The next step's form, or the review, once the page has changed.
            let next = steps + 1;
            wait_for(
                &c,
                &format!(r#"form[action$="/step/{next}"], #review-title"#),
            )
            .await;
        }
        assert!(steps > 3, "the questions come in several steps");
        for (id, _) in signs {
            assert!(
                present(&c, &format!(r#"[id="review-{id}"]"#)).await,
                "{id} reviewed"
            );
        }
        assert!(fits_the_width(&c).await, "the review fits a phone");
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
