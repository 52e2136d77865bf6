//! The standard template benchmarks (big-table, teams) rendered by vetted and its peers, after
//! checking that every engine writes the same page for the same data.

mod engines;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use engines::{ENGINES, Engine};
use std::hint::black_box;
use std::time::Duration;
use vetted_benches::{
    TeamsPage, big_table, big_table_large, hostile_teams, normalize_references, teams,
};

/// Asserts every engine renders `data` to the same bytes as vetted, the first engine.
fn assert_same_bytes<T: ?Sized>(what: &str, data: &T, render: impl Fn(&Engine, &T) -> String) {
    let expected = render(&ENGINES[0], data);
    for engine in &ENGINES[1..] {
        let got = render(engine, data);
        assert!(
            got == expected,
            "{what}: {} differs from vetted\n  vetted: {expected}\n  {}: {got}",
            engine.name,
            engine.name,
        );
    }
}

/// Asserts every engine renders the hostile page to the same markup and text as vetted: the
/// engines spell entities differently (`&lt;` or `&#60;`, `"` or `&quot;` in content), so the
/// outputs are compared after [`normalize_references`]; the raw bytes of each must still hold
/// no `<` or `&` that is not markup or a reference.
fn assert_same_text(what: &str, page: &TeamsPage) {
    let expected = normalize_references(&(ENGINES[0].teams)(page)).expect("vetted's references");
    for team in &page.teams {
        let mut escaped = String::new();
        vetted::escape::text(&team.name, &mut escaped);
        let escaped = normalize_references(&escaped).expect("vetted's references");
        assert!(expected.contains(&format!("<b>{escaped}</b>")), "{what}");
    }
    for engine in &ENGINES[1..] {
        let got = normalize_references(&(engine.teams)(page))
            .unwrap_or_else(|| panic!("{what}: unreadable reference from {}", engine.name));
        assert!(
            got == expected,
            "{what}: {} differs from vetted after normalizing references\n  vetted: {expected}\n  {}: {got}",
            engine.name,
            engine.name,
        );
    }
}

fn bench_all<T: ?Sized>(
    c: &mut Criterion,
    group: &str,
    data: &T,
    render: impl Fn(&Engine, &T) -> String,
) {
    let mut group = c.benchmark_group(format!("templates/{group}"));
    for engine in ENGINES {
        group.bench_function(BenchmarkId::from_parameter(engine.name), |b| {
            b.iter(|| render(engine, black_box(data)));
        });
    }
    group.finish();
}

fn templates(c: &mut Criterion) {
    for n in [10, 100, 500] {
        let rows = big_table(n);
        assert_same_bytes(&format!("big-table-{n}"), rows.as_slice(), |e, rows| {
            (e.big_table)(rows)
        });
        bench_all(c, &format!("big-table-{n}"), rows.as_slice(), |e, rows| {
            (e.big_table)(rows)
        });
    }
    let rows = big_table_large(100);
    assert_same_bytes("big-table-large-100", rows.as_slice(), |e, rows| {
        (e.big_table)(rows)
    });
    bench_all(c, "big-table-large-100", rows.as_slice(), |e, rows| {
        (e.big_table)(rows)
    });
    let page = teams();
    assert_same_bytes("teams", &page, |e, page| (e.teams)(page));
    bench_all(c, "teams", &page, |e, page| (e.teams)(page));
    for percent in [1, 20] {
        let name = format!("teams-hostile-{percent}pct");
        let page = hostile_teams(percent);
        assert_same_text(&name, &page);
        bench_all(c, &name, &page, |e, page| (e.teams)(page));
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = templates
}
criterion_main!(benches);
