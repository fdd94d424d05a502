// Long method chains with turbofish, closures, ? and awaits mixed in.
use std::collections::{BTreeMap, HashSet};
use std::num::ParseIntError;

#[derive(Debug, Clone)]
struct Record {
    name: String,
    score: u32,
    tags: Vec<String>,
}

fn parse_scores(input: &str) -> Result<Vec<u32>, ParseIntError> {
    input
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<u32>())
        .collect::<Result<Vec<_>, _>>()
}

fn top_tags(records: &[Record]) -> Vec<(String, usize)> {
    let mut counts = records
        .iter()
        .flat_map(|r| r.tags.iter().cloned())
        .fold(BTreeMap::<String, usize>::new(), |mut m, t| {
            *m.entry(t).or_insert(0) += 1;
            m
        })
        .into_iter()
        .collect::<Vec<(String, usize)>>();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts.truncate(3);
    counts
}

fn main() -> Result<(), ParseIntError> {
    let scores = parse_scores("10, 20,30,,")?;
    let records: Vec<Record> = scores
        .iter()
        .enumerate()
        .map(|(i, &score)| Record { name: format!("r{i}"), score, tags: vec!["a".into(), i.to_string()] })
        .collect();
    let unique = records.iter().map(|r| r.score % 20).collect::<HashSet<_>>().len();
    let best = records.iter().max_by_key(|r| r.score).map(|r| r.name.as_str()).unwrap_or("none");
    let total = Iterator::sum::<u32>(records.iter().map(|r| r.score));
    let parsed = "7".parse::<i64>().map_err(|e| e.to_string()).and_then(|n| n.checked_mul(2).ok_or_else(|| "overflow".to_owned()));
    let size = std::mem::size_of::<Record>();
    let empty = Vec::<u8>::with_capacity(4);
    let converted = <Vec<u8> as Into<Box<[u8]>>>::into(empty.clone());
    println!("{unique} {best} {total} {parsed:?} {} {} {:?}", size > 0, empty.len(), converted);
    println!("{:?}", top_tags(&records));
    Ok(())
}
