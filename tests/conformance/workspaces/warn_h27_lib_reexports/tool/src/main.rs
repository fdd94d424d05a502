use codec::stats::Stats;
use codec::{encoded_len, Stats as S};

fn main() {
    let data = [1u8, 1, 1, 2, 0xff, 0xff];
    let mut stats = Stats::default();
    let mut unused_copy = stats;
    stats.record(3);
    let Stats { runs, bytes, .. } = stats;
    println!("{} {}", encoded_len(&data), runs);
}
