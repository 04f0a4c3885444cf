//! Staff password hashing, tokens and constant-time comparison.

use lumen_crypto::{
    constant_time_eq, dummy_verify, hash_password, needs_rehash, random_token, verify_password,
};

#[test]
fn password_hash_verifies_only_the_right_password() {
    let phc = hash_password("correct horse battery staple").unwrap();
    assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
    assert!(verify_password("correct horse battery staple", &phc));
    assert!(!verify_password("correct horse battery stapler", &phc));
    assert!(!verify_password("", &phc));
    assert!(!needs_rehash(&phc));
}

#[test]
fn same_password_gets_different_salts() {
    assert_ne!(hash_password("pw").unwrap(), hash_password("pw").unwrap());
}

#[test]
fn malformed_or_old_hashes() {
    assert!(!verify_password("pw", "not a phc string"));
    assert!(!verify_password("pw", ""));
    assert!(needs_rehash(
        "$argon2id$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$aGFzaA"
    ));
}

#[test]
fn dummy_verify_completes_repeatedly() {
    // Its cost is measured by the crypto-bench example, not here.
    dummy_verify();
    dummy_verify();
}

#[test]
fn random_tokens_are_base64url_of_the_requested_size_and_unique() {
    let token = random_token(32);
    assert_eq!(token.len(), 43);
    assert!(
        token
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    );
    assert_eq!(random_token(16).len(), 22);
    let tokens: std::collections::HashSet<String> = (0..1000).map(|_| random_token(16)).collect();
    assert_eq!(tokens.len(), 1000);
}

#[test]
fn constant_time_eq_compares_content_and_length() {
    assert!(constant_time_eq(b"abc", b"abc"));
    assert!(!constant_time_eq(b"abc", b"abd"));
    assert!(!constant_time_eq(b"abc", b"abcd"));
    assert!(constant_time_eq(b"", b""));
}
