//! HTML-safe JSON (`vetted::Json::new`) against `serde_json::to_string` on the same payloads.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use vetted_benches::payload;

fn json(c: &mut Criterion) {
    for (size_name, bytes) in [("10KiB", 10 * 1024), ("1MiB", 1024 * 1024)] {
        for (density_name, density) in [("few-escapes", 0), ("dense-escapes", 20)] {
            let data = payload(bytes, density);
            let len = serde_json::to_string(&data).map_or(0, |s| s.len());
            let mut group = c.benchmark_group(format!("json/{size_name}/{density_name}"));
            group.throughput(Throughput::Bytes(len as u64));
            if bytes > 100_000 {
                group.sample_size(20);
            }
            group.bench_function(BenchmarkId::from_parameter("serde_json"), |b| {
                b.iter(|| serde_json::to_string(black_box(&data)));
            });
            group.bench_function(BenchmarkId::from_parameter("vetted"), |b| {
                b.iter(|| vetted::Json::new(black_box(&data)));
            });
            group.finish();
        }
    }
}

criterion_group!(benches, json);
criterion_main!(benches);
