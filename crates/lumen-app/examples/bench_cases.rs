//! Case management at the scale of a busy zone, on SQLite or PostgreSQL: fills a database with
//! reports, cases, persons and identifiers through the store's own operations, then times the
//! operations behind the staff pages (one user, warm) and prints p50/p95/p99 for each, the
//! time and memory of building the in-memory search index, and the seeding rates.
//!
//! `cargo run --release -p lumen-app --example bench_cases -- [sqlite|postgres://…] [scale]`
//! (scale 1.0: 100,000 reports, 10,000 cases, 50,000 persons, 250,000 identifiers). HTTP and
//! template rendering are not included; `scripts/bench-web.sh` measures those.

use lumen_app::identifiers::{blind_index, normalise};
use lumen_app::reports::filer::Filer;
use lumen_app::reports::intake::{ReportKeys, ReportPayload};
use lumen_app::search::SearchIndex;
use lumen_domain::audit::{AuditAction, AuditEvent, AuditKey};
use lumen_domain::cases::persons::{IdentifierType, Identity, PersonRole};
use lumen_domain::report::FiledBy;
use lumen_domain::{Email, Role, UserId};
use lumen_store::{
    CaseActor, ConnectOptions, CreateMode, DatabaseUrl, NewCase, NewCasePerson, NewIdentifier,
    NewUser, Store, TriageRef,
};
use std::time::{Duration, Instant};
use uuid::Uuid;

fn rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|k| k.parse::<f64>().ok())
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

/// A small deterministic generator (the figures do not depend on the data's randomness).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const GIVEN: [&str; 12] = [
    "Elena", "Ionela", "Maria", "Linh", "Arben", "Viktor", "Hoa", "Ilir", "Anna", "Fatima",
    "Blessing", "Olena",
];
const FAMILY: [&str; 12] = [
    "Marinescu",
    "Popescu",
    "Tran",
    "Nguyen",
    "Hoxha",
    "Dragan",
    "Berisha",
    "Kowalska",
    "Okafor",
    "Haddad",
    "Shevchenko",
    "Ionescu",
];

fn phone(n: u64) -> String {
    format!("+3247{:07}", n % 10_000_000)
}

fn report(n: u64) -> String {
    format!("0{}", &phone(n)[3..])
}

fn percentiles(mut times: Vec<Duration>) -> (f64, f64, f64) {
    times.sort();
    let at = |q: f64| {
        let i = ((times.len() as f64 * q).ceil() as usize).clamp(1, times.len()) - 1;
        times[i].as_secs_f64() * 1000.0
    };
    (at(0.5), at(0.95), at(0.99))
}

async fn time<F, Fut>(label: &str, runs: usize, mut f: F)
where
    F: FnMut(usize) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for i in 0..runs.min(10) {
        f(i).await;
    }
    let mut times = Vec::with_capacity(runs);
    for i in 0..runs {
        let start = Instant::now();
        f(i).await;
        times.push(start.elapsed());
    }
    let (p50, p95, p99) = percentiles(times);
    println!(
        "{label:<44} p50 {p50:>7.2} ms   p95 {p95:>7.2} ms   p99 {p99:>7.2} ms   ({runs} runs)"
    );
}

async fn user(store: &Store, role: Role, name: &str) -> CaseActor {
    let id = UserId::new();
    let new = NewUser {
        id,
        email: Email::parse(&format!("{}@bench.example", Uuid::new_v4().simple())).unwrap(),
        display_name: name.into(),
        role,
        unit_id: None,
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$x$y".into(),
        totp_secret: None,
    };
    store
        .create_user(
            new,
            AuditEvent::new(AuditAction::UserCreate, None).by("bench", "system"),
        )
        .await
        .unwrap();
    CaseActor { id, role }
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let target = args.get(1).cloned().unwrap_or_else(|| "sqlite".into());
    let scale: f64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1.0);
    let n = |base: f64| (base * scale).round() as u64;
    let (reports, cases, persons) = (n(100_000.0), n(10_000.0), n(50_000.0));
    let dir = tempfile_dir();
    let url = if target == "sqlite" {
        format!("sqlite://{}/bench.db", dir.display())
    } else {
        target.clone()
    };
    let mut options = ConnectOptions::new(DatabaseUrl::parse(&url).expect("a database URL"));
    options.create = CreateMode::CreateIfMissing;
    options.max_connections = 8;
    let store = Store::connect(options)
        .await
        .expect("database")
        .with_master_key(lumen_crypto::MasterKey::generate())
        .with_audit_key(AuditKey::from_bytes([3; 32]));
    store.migrate().await.expect("migrations");
    let pair = lumen_crypto::generate_section_keys();
    let keys = ReportKeys::public_only(pair.public, lumen_crypto::ReceiptHasher::new(&[9; 32]))
        .with_secret(pair.secret)
        .unwrap()
        .with_reply_kdf(lumen_crypto::KdfParams {
            m_cost_kib: 64,
            t_cost: 1,
            p_cost: 1,
        });
    println!(
        "database: {}  scale {scale}: {reports} reports, {cases} cases, {persons} persons, {} identifiers",
        if target == "sqlite" {
            "SQLite"
        } else {
            "PostgreSQL"
        },
        persons * 5
    );
    let mut team: Vec<CaseActor> = Vec::new();
    for i in 0..20 {
        team.push(user(&store, Role::Investigator, &format!("Investigator {i}")).await);
    }
    let chef = user(&store, Role::Supervisor, "Supervisor").await;
    let mut rng = Lcg(42);

    // Cases, each led by one of 20 investigators.
    let start = Instant::now();
    let mut case_ids = Vec::with_capacity(cases as usize);
    for i in 0..cases {
        let owner = team[(i % 20) as usize];
        let c = store
            .open_case(
                NewCase {
                    prefix: "TEH".into(),
                    title: format!("Case {i} near Gare du Nord"),
                    forms: vec!["sexual".into()],
                    places: Some("Rue d'Aerschot".into()),
                    owner: owner.id,
                },
                owner,
            )
            .await
            .unwrap();
        case_ids.push((c.id, owner));
    }
    println!(
        "seeded {cases} cases in {:.1} s",
        start.elapsed().as_secs_f64()
    );

    // Persons with 5 identifiers each, in the cases.
    let start = Instant::now();
    let mut person_ids = Vec::with_capacity(persons as usize);
    let new_person = |k: u64, rng: &mut Lcg| {
        let name = format!(
            "{} {}",
            GIVEN[rng.below(12) as usize],
            FAMILY[rng.below(12) as usize]
        );
        let values = [
            (IdentifierType::Phone, phone(k)),
            (IdentifierType::Phone, phone(k + 5_000_000)),
            (IdentifierType::Email, format!("p{k}@mail.example")),
            (
                IdentifierType::Plate,
                format!("1-AB{:03}", k % 1000)
                    + &((b'A' + (k / 1000 % 26) as u8) as char).to_string(),
            ),
            (IdentifierType::Handle, format!("@user_{k}")),
        ];
        let identifiers = values
            .iter()
            .filter_map(|(kind, v)| {
                let norm = normalise(*kind, v)?;
                Some(NewIdentifier {
                    kind: *kind,
                    value: v.clone(),
                    blind_index: blind_index(keys.identifier_key(), *kind, &norm),
                })
            })
            .collect();
        NewCasePerson {
            identity: Identity {
                name,
                nationality: Some("RO".into()),
                ..Identity::default()
            },
            identifiers,
            role: if k.is_multiple_of(3) {
                PersonRole::Suspect
            } else {
                PersonRole::Victim
            },
            perpetrator_role: None,
            from_day: None,
            to_day: None,
        }
    };
    for k in 0..persons {
        let (case, owner) = case_ids[(k % cases) as usize];
        let added = store
            .add_case_person(case, new_person(k, &mut rng), owner)
            .await
            .unwrap();
        person_ids.push((added.person_id, owner));
    }
    let seeded = start.elapsed().as_secs_f64();
    println!(
        "seeded {persons} persons ({} identifiers) in {seeded:.1} s",
        persons * 5
    );

    // Reports: most attached to cases, some waiting in triage; a third name a person's phone.
    let start = Instant::now();
    let waiting = (reports / 100).max(60);
    for r in 0..reports {
        let phones = if r.is_multiple_of(3) {
            vec![report(r % persons.max(1))]
        } else {
            Vec::new()
        };
        let identifiers = lumen_app::reports::identifiers::check(
            &lumen_app::reports::identifiers::FIELDS[0],
            &phones,
        );
        let payload = ReportPayload {
            filed_by: FiledBy::Witness,
            forms: vec!["labour".into()],
            text: format!("Report {r}: people sleep in the back room of the car wash"),
            phones,
            identifiers,
            minor: if r.is_multiple_of(7) { "yes" } else { "no" }.into(),
            contact: "none".into(),
            lang: "en".into(),
            ..ReportPayload::default()
        };
        keys.file(&store, Filer::Public(FiledBy::Witness), &payload)
            .await
            .unwrap();
    }
    println!(
        "filed {reports} reports in {:.1} s",
        start.elapsed().as_secs_f64()
    );
    let start = Instant::now();
    let mut attached = 0u64;
    let mut number = 0i64;
    loop {
        let batch = store.reports_after(number, 2_000).await.unwrap();
        let Some(last) = batch.last().map(|r| r.number) else {
            break;
        };
        for r in batch {
            if (r.number as u64) <= reports - waiting {
                let (case, owner) = case_ids[(r.number as u64 % cases) as usize];
                store
                    .attach_to_case(TriageRef::Report(r.id), case, owner)
                    .await
                    .unwrap();
                attached += 1;
            }
        }
        number = last;
    }
    println!(
        "attached {attached} reports to cases in {:.1} s; {waiting} wait in triage",
        start.elapsed().as_secs_f64()
    );

    // The in-memory search index, built as the staff process builds it at start.
    let before = rss_mib();
    let index = SearchIndex::new();
    let start = Instant::now();
    index.refresh(&store, Some(&keys)).await.unwrap();
    let built = start.elapsed().as_secs_f64();
    let size = index.size().await;
    println!(
        "search index built in {built:.2} s: {} persons, {} words, {} postings; resident memory +{:.0} MiB (process {:.0} MiB)",
        size.persons,
        size.words,
        size.postings,
        rss_mib() - before,
        rss_mib()
    );

    println!("--- warm, one user, release build");
    let me = team[0];
    let runs = 200;
    time("triage queue (page of 50, payloads opened)", runs, |_| {
        let (store, keys) = (&store, &keys);
        async move {
            let (items, _) = store.triage_queue(me, 0, 50).await.unwrap();
            for i in items {
                if let lumen_store::TriageItem::Report { report, .. } = i {
                    keys.open_payload(&report).unwrap();
                }
            }
        }
    })
    .await;
    time("case list (page of 50), investigator", runs, |_| {
        let store = &store;
        async move {
            store.cases_page(me, 0, 50).await.unwrap();
        }
    })
    .await;
    time("case list (page of 50), supervisor", runs, |_| {
        let store = &store;
        async move {
            store.cases_page(chef, 0, 50).await.unwrap();
        }
    })
    .await;
    let mine: Vec<_> = case_ids
        .iter()
        .filter(|(_, o)| *o == me)
        .map(|(c, _)| *c)
        .collect();
    time("case page", runs, |i| {
        let (store, id) = (&store, mine[i % mine.len()]);
        async move {
            store.case_for(id, me).await.unwrap();
        }
    })
    .await;
    let my_persons: Vec<_> = person_ids
        .iter()
        .filter(|(_, o)| *o == me)
        .map(|(p, _)| *p)
        .collect();
    time("person page", runs, |i| {
        let (store, id) = (&store, my_persons[i % my_persons.len()]);
        async move {
            store.person_for(id, me).await.unwrap();
        }
    })
    .await;
    time("search: a phone number (blind index)", runs, |i| {
        let (store, keys, index) = (&store, &keys, &index);
        let q = report((i as u64 * 7919) % persons.max(1));
        async move {
            let found = index.search(store, keys, &q).await.unwrap();
            let mut ids = found.identifier_cases.clone();
            ids.extend(
                store
                    .cases_of_persons(&found.persons)
                    .await
                    .unwrap()
                    .into_iter()
                    .map(|(_, c)| c),
            );
            store.describe_hits(ids, me).await.unwrap();
        }
    })
    .await;
    time("search: a name (fuzzy, in memory)", runs, |i| {
        let (store, keys, index) = (&store, &keys, &index);
        let q = format!("{} {}", GIVEN[i % 12], FAMILY[(i / 12) % 12]);
        async move {
            index.search(store, keys, &q).await.unwrap();
        }
    })
    .await;
    time("search: words of a report (in memory)", runs, |i| {
        let (store, keys, index) = (&store, &keys, &index);
        let q = format!("report {}", i * 37);
        async move {
            index.search(store, keys, &q).await.unwrap();
        }
    })
    .await;
    let mut times = Vec::with_capacity(runs);
    for i in 0..runs {
        let (case, owner) = case_ids[i % case_ids.len()];
        let p = new_person(persons + 1_000_000 + i as u64, &mut rng);
        let start = Instant::now();
        store.add_case_person(case, p, owner).await.unwrap();
        times.push(start.elapsed());
    }
    let (p50, p95, p99) = percentiles(times);
    println!(
        "{:<44} p50 {p50:>7.2} ms   p95 {p95:>7.2} ms   p99 {p99:>7.2} ms   ({runs} runs)",
        "save a person with 5 identifiers"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("lumen-bench-{}", Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
