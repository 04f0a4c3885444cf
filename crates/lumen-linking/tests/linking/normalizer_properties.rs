//! Property tests: every normaliser is idempotent and never panics, whatever the input.

use lumen_linking::FieldKind;
use lumen_linking::normalize::normalize;
use proptest::prelude::*;

fn messy() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ +0-9().\\-/]{0,24}",
        "(https?://)?(www\\.)?[a-z]{1,8}\\.(be|com)/[a-zA-Z0-9_@?=&./-]{0,20}",
        "[A-Za-zÀ-ÿ' -]{0,30}",
        "[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}",
        "(ig|fb|tg|wa|x|any): ?@?[a-z0-9_.]{0,12}",
        "(Rue|Avenue|Chaussée de) [A-Za-z' ]{1,15} [0-9]{1,4}(, [0-9]{4} [A-Za-z]{3,10})?",
        "[A-Z]{2}[0-9]{2}[ A-Z0-9]{10,30}",
        "[A-Za-z0-9._+-]{1,10}@[a-z]{1,8}\\.[a-z]{2,3}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn normalisers_are_idempotent_and_total(input in messy()) {
        for kind in FieldKind::ALL {
            if let Some(once) = normalize(kind, &input) {
                let twice = normalize(kind, &once);
                prop_assert_eq!(twice.as_deref(), Some(once.as_str()), "kind {} input {:?}", kind, input);
            }
        }
    }
}
