//! Prints timing figures for the operations Lumen performs per request.
//!
//! Run in release: `cargo run --release -p lumen-crypto --example crypto-bench`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use lumen_crypto::{
    BlindIndexKey, DataKey, IdentifierKind, KdfParams, MasterKey, Receipt, ReceiptHasher,
    ReplyKeyParams, SymmetricKey, dummy_verify, field_aad, generate_section_keys, hash_password,
    open, seal, verify_password,
};

/// Runs `op` `runs` times and returns the sorted durations of the runs.
fn timings(runs: usize, mut op: impl FnMut()) -> Vec<Duration> {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            op();
            start.elapsed()
        })
        .collect();
    times.sort();
    times
}

/// The median duration of one run of `op`.
fn median(runs: usize, op: impl FnMut()) -> Duration {
    let times = timings(runs, op);
    times[times.len() / 2]
}

fn report_fast(name: &str, per_op: Duration, bytes: usize) {
    let per_second = 1.0 / per_op.as_secs_f64();
    let throughput = if bytes == 0 {
        String::new()
    } else {
        format!(
            " {:>8.1} MiB/s",
            per_second * bytes as f64 / (1024.0 * 1024.0)
        )
    };
    println!(
        "{name:<40} {:>9.1} µs/op {per_second:>10.0} ops/s{throughput}",
        per_op.as_secs_f64() * 1e6
    );
}

/// Prints the median and the fastest run: on a shared machine the fastest run is the best
/// estimate of the unloaded cost.
fn report_slow(name: &str, times: &[Duration]) {
    println!(
        "{name:<40} {:>9.1} ms/op median {:>9.1} ms fastest",
        times[times.len() / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3
    );
}

fn main() -> Result<(), lumen_crypto::CryptoError> {
    let report = vec![b'r'; 4096];
    let aad = b"report:7f1c0d8e-2b8a-4c55-9a61-0f3c2d1e4b5a:body";
    let keys = generate_section_keys();
    let sealed = seal(&keys.public, &report, aad)?;

    println!("lumen-crypto benchmark (median of repeated runs, one thread)");
    report_fast(
        "seal 4 KiB report (HPKE X25519)",
        median(2000, || {
            black_box(seal(&keys.public, black_box(&report), aad).ok());
        }),
        report.len(),
    );
    report_fast(
        "open 4 KiB report (HPKE X25519)",
        median(2000, || {
            black_box(open(&keys.secret, black_box(&sealed), aad).ok());
        }),
        report.len(),
    );

    let key = SymmetricKey::generate();
    let ciphertext = key.encrypt(&report, aad)?;
    report_fast(
        "encrypt 4 KiB (XChaCha20-Poly1305)",
        median(5000, || {
            black_box(key.encrypt(black_box(&report), aad).ok());
        }),
        report.len(),
    );
    report_fast(
        "decrypt 4 KiB (XChaCha20-Poly1305)",
        median(5000, || {
            black_box(key.decrypt(black_box(&ciphertext), aad).ok());
        }),
        report.len(),
    );

    let master = MasterKey::generate();
    let data_key = DataKey::generate();
    let wrapped = master.wrap(&data_key, "person:1")?;
    report_fast(
        "unwrap data key + decrypt 1 field",
        median(5000, || {
            let field = field_aad("person", "1", "last_name");
            if let Ok(data_key) = master.unwrap(&wrapped, "person:1") {
                black_box(data_key.encrypt_field(b"Dupont", &field).ok());
            }
        }),
        0,
    );
    let blind = BlindIndexKey::derive_from_master(&master);
    report_fast(
        "blind index (phone)",
        median(5000, || {
            black_box(blind.index(IdentifierKind::Phone, black_box("+32 470 12 34 56")));
        }),
        0,
    );
    let hasher = ReceiptHasher::new(&[7; 32]);
    report_fast(
        "receipt generate + lookup hash",
        median(5000, || {
            black_box(hasher.lookup_hash(&Receipt::generate()));
        }),
        0,
    );

    let receipt = Receipt::generate();
    let reply = ReplyKeyParams::generate();
    let reply_times = timings(15, || {
        black_box(reply.derive_reply_key(&receipt).ok());
    });
    report_slow(
        &format!("reply key from receipt ({})", reply.kdf),
        &reply_times,
    );

    let phc = hash_password("correct horse battery staple")?;
    report_slow(
        "hash_password (m=19456,t=2,p=1)",
        &timings(15, || {
            black_box(hash_password("correct horse battery staple").ok());
        }),
    );
    report_slow(
        "verify_password (right password)",
        &timings(15, || {
            black_box(verify_password("correct horse battery staple", &phc));
        }),
    );
    report_slow(
        "verify_password (wrong password)",
        &timings(15, || {
            black_box(verify_password("wrong", &phc));
        }),
    );
    dummy_verify();
    report_slow("dummy_verify (unknown account)", &timings(15, dummy_verify));

    let key_file = KdfParams::KEY_FILE;
    report_slow(
        &format!("key file passphrase KDF ({key_file})"),
        &timings(5, || {
            black_box(key_file.derive_key(b"passphrase", &[0; 16]).ok());
        }),
    );
    Ok(())
}
