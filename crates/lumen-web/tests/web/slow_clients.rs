//! Slow clients (issue 10, point 6), on 127.0.0.1 only and bounded in count and time: a
//! connection that sends half a header, nothing at all, or stays idle after its request is
//! closed by the server after the header read timeout, while others are served; over the
//! connection cap further connections wait, and service resumes when connections close.

use lumen_store::testing::{FreshDb, TestDb, fresh};
use lumen_web::{AppState, AuthSettings, ServerSettings};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

async fn start(header_read_timeout_secs: u64, max_connections: usize) -> (String, FreshDb) {
    let db = fresh(TestDb::Sqlite).await.expect("SQLite");
    let server = ServerSettings {
        secure_cookies: false,
        header_read_timeout_secs,
        max_connections,
        ..Default::default()
    };
    let state = AppState::new(db.store.clone(), server, AuthSettings::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    tokio::spawn(lumen_web::serve(state, listener, std::future::pending()));
    (addr, db)
}

/// Whether the server closes the connection within `within` (reads until end of stream).
async fn closed_within(stream: &mut TcpStream, within: Duration) -> bool {
    let mut buf = [0u8; 4096];
    tokio::time::timeout(within, async {
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    })
    .await
    .is_ok()
}

async fn healthz(addr: &str) -> u16 {
    reqwest::Client::new()
        .get(format!("http://{addr}/healthz"))
        .timeout(Duration::from_secs(5))
        .send()
        .await
        .map(|r| r.status().as_u16())
        .unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn half_headers_silence_and_idle_keep_alive_are_closed() {
    let (addr, _db) = start(1, 64).await;
    let mut slow = Vec::new();
    for i in 0..8 {
        let mut s = TcpStream::connect(&addr).await.unwrap();
        if i % 2 == 0 {
            s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
                .await
                .unwrap();
        }
        slow.push(s);
    }
    // A finished request, then an idle kept-alive connection.
    let mut idle = TcpStream::connect(&addr).await.unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut buf = [0u8; 1024];
    let n = idle.read(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
    assert_eq!(healthz(&addr).await, 200, "others are served meanwhile");
    for (i, s) in slow.iter_mut().enumerate() {
        assert!(
            closed_within(s, Duration::from_secs(6)).await,
            "slow connection {i} closed"
        );
    }
    assert!(
        closed_within(&mut idle, Duration::from_secs(6)).await,
        "idle kept-alive connection closed"
    );
    assert_eq!(healthz(&addr).await, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn over_the_connection_cap_connections_wait_until_others_close() {
    let (addr, _db) = start(60, 3).await;
    let mut held = Vec::new();
    for _ in 0..3 {
        held.push(TcpStream::connect(&addr).await.unwrap());
    }
    // Give the server the time to accept the three.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let waiting = tokio::spawn({
        let addr = addr.clone();
        async move { healthz(&addr).await }
    });
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(!waiting.is_finished(), "a fourth connection is not served");
    drop(held);
    assert_eq!(waiting.await.unwrap(), 200, "served once the others closed");
    assert_eq!(healthz(&addr).await, 200);
}
