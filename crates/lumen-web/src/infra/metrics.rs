//! Request counts and latencies per route, in Prometheus text format, served only on the
//! separate metrics listener (`server.metrics_bind`), never by the application's router.
//! Labels are route templates (`/staff/admin/users/{id}`), never concrete paths, so no
//! identifier leaks. Routes of the public area are not counted at all: a count that moves
//! when a report or a follow-up message is sent would tell when it was filed, and reports
//! keep dates, never times.
//!
//! Counters, histograms and the exposition (names, escaping, buckets, `_total`) are
//! `prometheus-client`'s; the series are kept in ordered maps and handed to its encoder by a
//! collector, so that a scrape lists them in the same order every time.

use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeLabelSet, EncodeMetric};
use prometheus_client::metrics::MetricType;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

const BUCKETS: [f64; 11] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0,
];

/// The `Content-Type` of what [`Metrics::render`] returns.
pub const CONTENT_TYPE: &str = prometheus_client::encoding::prometheus_text::CONTENT_TYPE;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    route: String,
}

#[derive(Debug, Default)]
struct Series {
    requests: BTreeMap<RequestLabels, Counter>,
    durations: BTreeMap<RouteLabels, Histogram>,
}

/// Hands the series to the encoder, in label order.
#[derive(Debug, Clone, Default)]
struct Collected(Arc<Mutex<Series>>);

impl Collector for Collected {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let series = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let mut requests = encoder.encode_descriptor(
            "lumen_http_requests",
            "HTTP requests by route and status.",
            None,
            MetricType::Counter,
        )?;
        for (labels, counter) in &series.requests {
            counter.encode(requests.encode_family(labels)?)?;
        }
        let mut durations = encoder.encode_descriptor(
            "lumen_http_request_duration_seconds",
            "HTTP request latency by route.",
            None,
            MetricType::Histogram,
        )?;
        for (labels, histogram) in &series.durations {
            histogram.encode(durations.encode_family(labels)?)?;
        }
        Ok(())
    }
}

/// The collected figures.
#[derive(Debug)]
pub struct Metrics {
    series: Collected,
    registry: Registry,
}

impl Default for Metrics {
    fn default() -> Self {
        let series = Collected::default();
        let mut registry = Registry::default();
        registry.register_collector(Box::new(series.clone()));
        Self { series, registry }
    }
}

impl Metrics {
    pub(crate) fn record(&self, method: &str, route: &str, status: u16, seconds: f64) {
        let mut series = self.series.0.lock().unwrap_or_else(|p| p.into_inner());
        series
            .requests
            .entry(RequestLabels {
                method: method.to_owned(),
                route: route.to_owned(),
                status,
            })
            .or_default()
            .inc();
        series
            .durations
            .entry(RouteLabels {
                method: method.to_owned(),
                route: route.to_owned(),
            })
            .or_insert_with(|| Histogram::new(BUCKETS))
            .observe(seconds);
    }

    /// Renders the Prometheus text exposition format (version 0.0.4).
    pub fn render(&self) -> String {
        let mut out = String::new();
        prometheus_client::encoding::prometheus_text::encode(&mut out, &self.registry)
            .expect("writing to a String cannot fail");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn series_are_counted_by_route_template_and_status() {
        let m = Metrics::default();
        m.record("GET", "/staff/reports/{id}", 200, 0.003);
        m.record("GET", "/staff/reports/{id}", 200, 0.2);
        m.record("GET", "/staff/reports/{id}", 404, 0.0005);
        m.record("POST", "/healthz", 200, 7.0);
        let text = m.render();
        let has = |line: &str| text.lines().any(|l| l == line);
        assert!(has(
            "# HELP lumen_http_requests_total HTTP requests by route and status."
        ));
        assert!(has("# TYPE lumen_http_requests_total counter"), "{text}");
        assert!(has(
            "lumen_http_requests_total{method=\"GET\",route=\"/staff/reports/{id}\",status=\"200\"} 2"
        ));
        assert!(has(
            "lumen_http_requests_total{method=\"GET\",route=\"/staff/reports/{id}\",status=\"404\"} 1"
        ));
        assert!(has("# TYPE lumen_http_request_duration_seconds histogram"));
        assert!(
            has(
                "lumen_http_request_duration_seconds_bucket{method=\"GET\",route=\"/staff/reports/{id}\",le=\"0.001\"} 1"
            ),
            "{text}"
        );
        assert!(has(
            "lumen_http_request_duration_seconds_bucket{method=\"GET\",route=\"/staff/reports/{id}\",le=\"0.005\"} 2"
        ));
        assert!(
            has(
                "lumen_http_request_duration_seconds_bucket{method=\"POST\",route=\"/healthz\",le=\"5\"} 0"
            ),
            "{text}"
        );
        assert!(has(
            "lumen_http_request_duration_seconds_bucket{method=\"POST\",route=\"/healthz\",le=\"+Inf\"} 1"
        ));
        assert!(has(
            "lumen_http_request_duration_seconds_count{method=\"GET\",route=\"/staff/reports/{id}\"} 3"
        ));
    }

    #[test]
    fn series_come_in_the_same_order_however_many_there_are() {
        let m = Metrics::default();
        let order = |text: &str| -> Vec<String> {
            text.lines()
                .filter(|l| l.starts_with("lumen_http_requests_total{") && !l.contains("/new/"))
                .map(str::to_owned)
                .collect()
        };
        for i in 0..20 {
            m.record("GET", &format!("/staff/{i}"), 200, 0.01);
        }
        let before = order(&m.render());
        for i in 0..200 {
            m.record("GET", &format!("/new/{i}"), 200, 0.01);
        }
        assert_eq!(before, order(&m.render()));
        let mut sorted = before.clone();
        sorted.sort();
        assert_eq!(before, sorted);
    }
}
