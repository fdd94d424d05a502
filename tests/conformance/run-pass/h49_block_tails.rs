// Block tails versus statements with `;`, including unit-valued blocks.
#[derive(Debug, Default, Clone, Copy)]
struct Stats {
    count: u32,
    sum: i64,
    max: i64,
}

fn record(s: &mut Stats, v: i64) {
    s.count += 1;
    s.sum += v;
    if v > s.max {
        s.max = v;
    }
}

fn mean(s: &Stats) -> f64 {
    if s.count == 0 {
        return 0.0;
    }
    {
        let total = s.sum as f64;
        total / s.count as f64
    }
}

fn main() {
    let mut st = Stats::default();
    let values = [4i64, -2, 19, 7, 0];
    for v in values {
        record(&mut st, v);
    }
    let unit = {
        record(&mut st, 1);
    };
    let () = unit;
    let label = {
        let m = mean(&st);
        if m > 5.0 { "high" } else { "low" }
    };
    let squared = { let x = st.max; x * x };
    let nothing: () = if st.count > 3 { println!("many values") } else { println!("few values") };
    let r = match st.count {
        0 => {}
        n => {
            println!("{n} values");
        }
    };
    println!("{:?} mean={:.2} label={label} squared={squared}", st, mean(&st));
    println!("{:?} {:?}", nothing, r);
    if st.sum > 0 {
        st.sum -= 1
    } else {
        st.sum += 1
    }
    match st.count { 6 => println!("six"), _ => println!("not six") }
    let last = loop {
        break {
            let t = st.sum;
            t - 1
        };
    };
    println!("last {last}");
}
