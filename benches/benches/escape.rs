//! Escaping throughput on 1 MiB of prose (mostly ASCII, some UTF-8) with 0 %, 1 % and 20 %
//! special characters, for vetted's text and attribute escapers, a plain copy, and the escapers
//! the peers render through.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use vetted_benches::{ESCAPE_CONTEXTS, ESCAPE_DENSITIES, escape_input, normalize_references};

mod escapers;

use escapers::escapers;

fn escape(c: &mut Criterion) {
    for (context, specials) in ESCAPE_CONTEXTS {
        for (density, percent) in ESCAPE_DENSITIES {
            let input = escape_input(specials, percent);
            let escapers = escapers(context == "attribute");
            // Every escaper must give the same text as vetted's (entity spellings may differ).
            let mut expected = String::new();
            (escapers[1].1)(&input, &mut expected);
            let expected = normalize_references(&expected).expect("vetted's references");
            for &(name, escape) in &escapers[2..] {
                let mut got = String::new();
                escape(&input, &mut got);
                assert!(
                    normalize_references(&got).as_ref() == Some(&expected),
                    "{context}/{density}: {name} escapes differently from vetted"
                );
            }

            let mut group = c.benchmark_group(format!("escape/{context}/{density}"));
            group.throughput(Throughput::Bytes(input.len() as u64));
            group.sample_size(30);
            for &(name, escape) in &escapers {
                let mut out = String::with_capacity(input.len() * 6);
                group.bench_function(BenchmarkId::from_parameter(name), |b| {
                    b.iter(|| {
                        out.clear();
                        escape(black_box(&input), &mut out);
                        black_box(out.len())
                    });
                });
            }
            group.finish();
        }
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = escape
}
criterion_main!(benches);
