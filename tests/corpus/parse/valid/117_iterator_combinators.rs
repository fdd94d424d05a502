// A tour of iterator combinators: scan, take_while, skip_while, zip, chain, flat_map, partition, fold.
use std::collections::HashMap;

fn main() {
    let nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    let running: Vec<i32> = nums.iter().scan(0, |acc, &x| {
        *acc += x;
        Some(*acc)
    }).collect();
    let prefix: Vec<_> = nums.iter().take_while(|&&x| x < 5).collect();
    let after: Vec<_> = nums.iter().skip_while(|&&x| x != 9).skip(1).collect();
    let (even, odd): (Vec<i32>, Vec<i32>) = nums.iter().partition(|&&x| x % 2 == 0);
    let pairs: Vec<(char, i32)> = "abc".chars().zip(nums.iter().copied()).collect();
    let chained: Vec<i32> = (1..3).chain(7..=8).rev().collect();
    let flat: Vec<char> = ["hi", "yo"].iter().flat_map(|s| s.chars()).collect();
    let positions: Vec<usize> = nums.iter().enumerate().filter(|(_, v)| **v == 5).map(|(i, _)| i).collect();
    let max_by = nums.iter().enumerate().max_by_key(|&(i, v)| (v, std::cmp::Reverse(i)));
    let product: i64 = nums.iter().map(|&x| x as i64).product();
    let histogram = nums.iter().fold(HashMap::new(), |mut m, &x| {
        *m.entry(x).or_insert(0) += 1;
        m
    });
    let mut hist: Vec<_> = histogram.into_iter().collect();
    hist.sort_unstable();
    let dedup: Vec<i32> = {
        let mut v = nums.to_vec();
        v.sort();
        v.dedup();
        v
    };
    let stepped: Vec<i32> = (0..20).step_by(5).collect();
    let cycled: String = "ab".chars().cycle().take(5).collect();
    let any_big = nums.iter().any(|&x| x > 8);
    let all_pos = nums.iter().all(|&x| x > 0);
    let found = nums.iter().position(|&x| x == 9);
    let last_small = nums.iter().rposition(|&x| x < 2);
    let windows_sum: Vec<i32> = nums.windows(3).map(|w| w.iter().sum()).collect();
    let chunks: Vec<Vec<i32>> = nums.chunks(4).map(<[i32]>::to_vec).collect();
    let min_max = nums.iter().fold((i32::MAX, i32::MIN), |(lo, hi), &x| (lo.min(x), hi.max(x)));
    let peeked = {
        let mut it = nums.iter().peekable();
        let mut groups = 0;
        while let Some(x) = it.next() {
            if it.peek().map_or(true, |&&n| n != *x) {
                groups += 1;
            }
        }
        groups
    };
    println!("{running:?}\n{prefix:?} {after:?}\n{even:?} {odd:?}\n{pairs:?} {chained:?} {flat:?}");
    println!("{positions:?} {max_by:?} {product} {hist:?}\n{dedup:?} {stepped:?} {cycled}");
    println!("{any_big} {all_pos} {found:?} {last_small:?} {windows_sum:?}\n{chunks:?} {min_max:?} {peeked}");
}
