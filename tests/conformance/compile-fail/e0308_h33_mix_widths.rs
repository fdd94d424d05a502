// Sensor averaging with mixed integer widths.
struct Reading {
    raw: i64,
    scale: i32,
}

fn total(rs: &[Reading]) -> i64 {
    let mut sum = 0;
    for r in rs {
        sum += r.raw * r.scale;
    }
    sum
}

fn average(rs: &[Reading]) -> i64 {
    let n = rs.len();
    total(rs) / n
}

fn main() {
    let rs = [Reading { raw: 10, scale: 2 }, Reading { raw: 7, scale: 3 }];
    let limit: i32 = 40;
    if total(&rs) > limit {
        println!("over");
    }
    println!("{}", average(&rs));
}
