//! A small line diff for `--check`: patience anchors (lines found once on each side), an LCS
//! table between them when that is small, and hunks with three lines of context.

use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Op {
    Same,
    Delete,
    Insert,
}

/// A unified diff of `old` to `new`, headed with `path`; empty if they are equal.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let a: Vec<&str> = old.split_inclusive('\n').collect();
    let b: Vec<&str> = new.split_inclusive('\n').collect();
    let mut ops = Vec::with_capacity(a.len().max(b.len()));
    diff(&a, &b, &mut ops);
    render(path, &a, &b, &ops)
}

fn diff(a: &[&str], b: &[&str], ops: &mut Vec<Op>) {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    ops.extend(std::iter::repeat_n(Op::Same, prefix));
    let (ma, mb) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    middle(ma, mb, ops);
    ops.extend(std::iter::repeat_n(Op::Same, suffix));
}

fn middle(a: &[&str], b: &[&str], ops: &mut Vec<Op>) {
    if a.is_empty() || b.is_empty() {
        ops.extend(std::iter::repeat_n(Op::Delete, a.len()));
        ops.extend(std::iter::repeat_n(Op::Insert, b.len()));
        return;
    }
    if a.len() * b.len() <= 1 << 20 {
        return lcs(a, b, ops);
    }
    let anchors = anchors(a, b);
    if anchors.is_empty() {
        ops.extend(std::iter::repeat_n(Op::Delete, a.len()));
        ops.extend(std::iter::repeat_n(Op::Insert, b.len()));
        return;
    }
    let (mut i, mut j) = (0, 0);
    for (ai, bj) in anchors {
        diff(&a[i..ai], &b[j..bj], ops);
        ops.push(Op::Same);
        (i, j) = (ai + 1, bj + 1);
    }
    diff(&a[i..], &b[j..], ops);
}

/// Lines that occur once in `a` and once in `b`, in an order both sides agree on (the longest
/// increasing run of their positions in `b`).
fn anchors(a: &[&str], b: &[&str]) -> Vec<(usize, usize)> {
    let mut count: HashMap<&str, (usize, usize, usize)> = HashMap::new();
    for (i, line) in a.iter().enumerate() {
        let entry = count.entry(line).or_insert((0, 0, 0));
        entry.0 += 1;
        entry.2 = i;
    }
    let mut pairs = Vec::new();
    let mut in_b: HashMap<&str, (usize, usize)> = HashMap::new();
    for (j, line) in b.iter().enumerate() {
        let entry = in_b.entry(line).or_insert((0, 0));
        entry.0 += 1;
        entry.1 = j;
    }
    for (line, (na, _, i)) in &count {
        if *na == 1
            && let Some((1, j)) = in_b.get(line)
        {
            pairs.push((*i, *j));
        }
    }
    pairs.sort_unstable();
    // Longest increasing subsequence of the `b` positions (patience sorting).
    let mut tails: Vec<usize> = Vec::new();
    let mut back: Vec<Option<usize>> = vec![None; pairs.len()];
    for (k, &(_, j)) in pairs.iter().enumerate() {
        let at = tails.partition_point(|&t| pairs[t].1 < j);
        back[k] = at.checked_sub(1).map(|p| tails[p]);
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut chain = Vec::new();
    let mut next = tails.last().copied();
    while let Some(k) = next {
        chain.push(pairs[k]);
        next = back[k];
    }
    chain.reverse();
    chain
}

fn lcs(a: &[&str], b: &[&str], ops: &mut Vec<Op>) {
    let (n, m) = (a.len(), b.len());
    // table[i][j]: the LCS length of a[i..] and b[j..].
    let mut table = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[at(i, j)] = if a[i] == b[j] {
                table[at(i + 1, j + 1)] + 1
            } else {
                table[at(i + 1, j)].max(table[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if a[i] == b[j] {
            ops.push(Op::Same);
            (i, j) = (i + 1, j + 1);
        } else if table[at(i + 1, j)] >= table[at(i, j + 1)] {
            ops.push(Op::Delete);
            i += 1;
        } else {
            ops.push(Op::Insert);
            j += 1;
        }
    }
    ops.extend(std::iter::repeat_n(Op::Delete, n - i));
    ops.extend(std::iter::repeat_n(Op::Insert, m - j));
}

const CONTEXT: usize = 3;

fn render(path: &str, a: &[&str], b: &[&str], ops: &[Op]) -> String {
    let mut out = format!("--- {path}\n+++ {path} (formatted)\n");
    // Positions in `a` and `b` before each op.
    let mut pos = Vec::with_capacity(ops.len() + 1);
    let (mut i, mut j) = (0, 0);
    for op in ops {
        pos.push((i, j));
        match op {
            Op::Same => (i, j) = (i + 1, j + 1),
            Op::Delete => i += 1,
            Op::Insert => j += 1,
        }
    }
    pos.push((i, j));
    let changed: Vec<usize> = (0..ops.len()).filter(|&k| ops[k] != Op::Same).collect();
    let mut k = 0;
    while k < changed.len() {
        let start = changed[k].saturating_sub(CONTEXT);
        let mut end = changed[k];
        while k < changed.len() && changed[k] <= end + 2 * CONTEXT {
            end = changed[k];
            k += 1;
        }
        let end = (end + 1 + CONTEXT).min(ops.len());
        let (a0, b0) = pos[start];
        let (a1, b1) = pos[end];
        out.push_str(&format!(
            "@@ -{},{} +{},{} @@\n",
            a0 + usize::from(a1 > a0),
            a1 - a0,
            b0 + usize::from(b1 > b0),
            b1 - b0
        ));
        for (op, &(ia, jb)) in ops[start..end].iter().zip(&pos[start..end]) {
            let (sign, line) = match op {
                Op::Same => (' ', a[ia]),
                Op::Delete => ('-', a[ia]),
                Op::Insert => ('+', b[jb]),
            };
            out.push(sign);
            out.push_str(line);
            if !line.ends_with('\n') {
                out.push_str("\n\\ No newline at end of file\n");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::unified_diff;

    #[test]
    fn one_changed_line() {
        let diff = unified_diff("f.rs", "a\nb\nc\n", "a\nB\nc\n");
        assert_eq!(
            diff,
            "--- f.rs\n+++ f.rs (formatted)\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"
        );
    }

    #[test]
    fn equal_is_empty() {
        assert_eq!(unified_diff("f.rs", "a\n", "a\n"), "");
    }
}
