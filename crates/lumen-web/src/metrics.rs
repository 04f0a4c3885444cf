//! Request counts and latencies per route, in Prometheus text format, served only on the
//! separate metrics listener (`server.metrics_bind`), never by the application's router.
//! Labels are route templates (`/staff/admin/users/{id}`), never concrete paths, so no
//! identifier leaks. Routes of the public area are not counted at all: a count that moves
//! when a report or a follow-up message is sent would tell when it was filed, and reports
//! keep dates, never times.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;

const BUCKETS: [f64; 11] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0,
];

#[derive(Default)]
struct Series {
    count_by_status: BTreeMap<u16, u64>,
    buckets: [u64; BUCKETS.len()],
    sum: f64,
    count: u64,
}

/// The collected figures.
#[derive(Default)]
pub struct Metrics {
    series: Mutex<BTreeMap<(String, String), Series>>,
}

impl Metrics {
    pub(crate) fn record(&self, method: &str, route: &str, status: u16, seconds: f64) {
        let mut map = self.series.lock().unwrap_or_else(|p| p.into_inner());
        let s = map
            .entry((method.to_owned(), route.to_owned()))
            .or_default();
        *s.count_by_status.entry(status).or_default() += 1;
        for (i, b) in BUCKETS.iter().enumerate() {
            if seconds <= *b {
                s.buckets[i] += 1;
            }
        }
        s.sum += seconds;
        s.count += 1;
    }

    /// Renders the text exposition format.
    pub fn render(&self) -> String {
        let map = self.series.lock().unwrap_or_else(|p| p.into_inner());
        let mut out = String::new();
        out.push_str("# HELP lumen_http_requests_total HTTP requests by route and status.\n");
        out.push_str("# TYPE lumen_http_requests_total counter\n");
        for ((m, r), s) in map.iter() {
            for (status, n) in &s.count_by_status {
                let _ = writeln!(
                    out,
                    "lumen_http_requests_total{{method=\"{m}\",route=\"{r}\",status=\"{status}\"}} {n}"
                );
            }
        }
        out.push_str("# HELP lumen_http_request_duration_seconds HTTP request latency by route.\n");
        out.push_str("# TYPE lumen_http_request_duration_seconds histogram\n");
        for ((m, r), s) in map.iter() {
            for (i, b) in BUCKETS.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "lumen_http_request_duration_seconds_bucket{{method=\"{m}\",route=\"{r}\",le=\"{b}\"}} {}",
                    s.buckets[i]
                );
            }
            let _ = writeln!(
                out,
                "lumen_http_request_duration_seconds_bucket{{method=\"{m}\",route=\"{r}\",le=\"+Inf\"}} {}",
                s.count
            );
            let _ = writeln!(
                out,
                "lumen_http_request_duration_seconds_sum{{method=\"{m}\",route=\"{r}\"}} {}",
                s.sum
            );
            let _ = writeln!(
                out,
                "lumen_http_request_duration_seconds_count{{method=\"{m}\",route=\"{r}\"}} {}",
                s.count
            );
        }
        out
    }
}
