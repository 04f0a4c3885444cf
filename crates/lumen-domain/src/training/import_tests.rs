use super::*;
use uuid::Uuid;

fn ctx() -> (ImportContext, UnitId, UnitId, UserId) {
    let north = UnitId(Uuid::now_v7());
    let south = UnitId(Uuid::now_v7());
    let user = UserId(Uuid::now_v7());
    let linked = UserId(Uuid::now_v7());
    let ctx = ImportContext {
        units: vec![
            (north, "brigade-n".into(), "Brigade Nord".into()),
            (south, "brigade-s".into(), "Brigade Sud".into()),
        ],
        accounts: vec![
            (user, "an.peeters@zone.example".into()),
            (linked, "taken@zone.example".into()),
        ],
        officers: vec![(north, "Marc  Dubois".into())],
        linked_accounts: vec![linked],
    };
    (ctx, north, south, user)
}

#[test]
fn a_belgian_excel_file_with_semicolons_and_bom_is_planned() {
    let (ctx, north, south, user) = ctx();
    let text = "\u{feff}Nom;Unité;Fonction;Actif;E-mail\r\n\
                \"Peeters; An\";brigade-n;intervention;oui;AN.PEETERS@zone.example\r\n\
                \r\n\
                Luc Martin;Brigade Sud;accueil;non;\r\n";
    let p = plan(text, &ctx);
    assert_eq!(p.problems, vec![]);
    assert_eq!(p.officers.len(), 2);
    assert_eq!(p.officers[0].display_name, "Peeters; An");
    assert_eq!(p.officers[0].unit_id, north);
    assert_eq!(p.officers[0].user_id, Some(user));
    assert_eq!(p.officers[1].line, 4);
    assert_eq!(p.officers[1].unit_id, south);
    assert_eq!(p.officers[1].function, OfficerFunction::Reception);
    assert!(!p.officers[1].active);
}

#[test]
fn every_problem_names_its_line() {
    let (ctx, ..) = ctx();
    let text = "name,unit,function,active,email\n\
                Ann A,brigade-n,intervention,yes,\n\
                Bert B,brigade-x,intervention,yes,\n\
                Carl C,brigade-n,pilot,yes,\n\
                ,brigade-n,reception,yes,\n\
                Ann  a,brigade-n,reception,yes,\n\
                Dirk D,brigade-n\n\
                marc dubois,brigade-n,other,yes,\n\
                Eva E,brigade-s,other,maybe,\n\
                Fien F,brigade-s,other,yes,nobody@zone.example\n\
                Gert G,brigade-s,other,yes,taken@zone.example\n\
                Hans H,brigade-s,\"other,yes,\n";
    let p = plan(text, &ctx);
    let got: Vec<(usize, ProblemKind, &str)> = p
        .problems
        .iter()
        .map(|p| (p.line, p.kind, p.value.as_str()))
        .collect();
    use ProblemKind::*;
    assert_eq!(
        got,
        vec![
            (3, UnknownUnit, "brigade-x"),
            (4, UnknownFunction, "pilot"),
            (5, BadName, ""),
            (6, DuplicateInFile, "2"),
            (7, MalformedLine, ""),
            (8, AlreadyRegistered, "marc dubois"),
            (9, BadActive, "maybe"),
            (10, UnknownAccount, "nobody@zone.example"),
            (11, AccountTaken, "taken@zone.example"),
            (12, MalformedLine, ""),
        ]
    );
    assert_eq!(p.officers.len(), 1, "only line 2 is clean");
}

#[test]
fn the_header_must_name_the_required_columns() {
    let (ctx, ..) = ctx();
    let p = plan("name;colour\nAnn;red\n", &ctx);
    let kinds: Vec<_> = p.problems.iter().map(|p| (p.line, p.kind)).collect();
    assert_eq!(
        kinds,
        vec![
            (1, ProblemKind::UnknownColumn),
            (1, ProblemKind::MissingColumn),
            (1, ProblemKind::MissingColumn),
        ]
    );
    assert!(p.officers.is_empty());
    assert_eq!(plan(" \n\n", &ctx).problems[0].kind, ProblemKind::Empty);
}

#[test]
fn quoted_fields_may_hold_separators_quotes_and_line_breaks() {
    let (ctx, north, south, _) = ctx();
    let text = "name,unit,function\n\
                \"Dubois,\nMarc\",brigade-n,intervention\n\
                \"Ann \"\"Nanou\"\" A\",\"Brigade Sud\",reception\n\
                Bert B,brigade-x,other\n";
    let p = plan(text, &ctx);
    let got: Vec<_> = p.problems.iter().map(|p| (p.line, p.kind)).collect();
    assert_eq!(
        got,
        vec![(5, ProblemKind::UnknownUnit)],
        "lines count the break"
    );
    assert_eq!(p.officers.len(), 2);
    assert_eq!(p.officers[0].line, 2);
    assert_eq!(p.officers[0].display_name, "Dubois, Marc");
    assert_eq!(p.officers[0].unit_id, north);
    assert_eq!(p.officers[1].line, 4);
    assert_eq!(p.officers[1].display_name, "Ann \"Nanou\" A");
    assert_eq!(p.officers[1].unit_id, south);
}

#[test]
fn a_quote_left_open_is_one_malformed_record_from_its_line() {
    let (ctx, ..) = ctx();
    let text = "name;unit;function\r\n\
                Ann A;brigade-n;intervention\r\n\
                \r\n\
                \"Eva E;brigade-s;other\r\n\
                Fien F;brigade-s;other\r\n";
    let p = plan(text, &ctx);
    let got: Vec<_> = p.problems.iter().map(|p| (p.line, p.kind)).collect();
    assert_eq!(got, vec![(4, ProblemKind::MalformedLine)]);
    assert_eq!(p.officers.len(), 1);
    assert_eq!(p.officers[0].line, 2);
}
