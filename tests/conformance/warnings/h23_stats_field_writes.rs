// lints: unused_variables unused_assignments
// Running statistics kept in structs and tuples; some updates are never read back.
#[derive(Debug, Clone, Copy)]
struct Stats {
    count: u32,
    sum: i64,
    max: i64,
}

fn summarize(samples: &[i64]) -> Stats {
    let mut s = Stats { count: 0, sum: 0, max: i64::MIN };
    for &v in samples {
        s.count += 1;
        s.sum += v;
        if v > s.max {
            s.max = v;
        }
    }
    s
}

fn main() {
    let data = [4i64, -2, 9, 7];
    let s = summarize(&data);
    println!("{:?}", s);

    let mut scratch = Stats { count: 0, sum: 0, max: 0 };
    scratch.count += 1;

    let mut minmax = (i64::MAX, i64::MIN);
    for &v in data.iter() {
        minmax.0 = minmax.0.min(v);
    }
    minmax.1 = 0;

    let mut hist = [0u32; 4];
    for &v in &data {
        hist[(v.rem_euclid(4)) as usize] += 1;
    }
    hist[0] += 100;

    let mut pending: (u32, u32);
    pending = (0, 0);
    pending.0 = 5;

    let mut last: Stats;
    last = s;
    last.sum *= 2;
    println!("{}", minmax.0);
}
