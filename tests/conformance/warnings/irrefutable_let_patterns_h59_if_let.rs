// lints: irrefutable_let_patterns
#[derive(Debug, Clone, Copy)]
struct Reading {
    sensor: u8,
    value: i32,
}

fn main() {
    let r = Reading { sensor: 2, value: -40 };
    if let Reading { sensor, value } = r {
        println!("sensor {} read {}", sensor, value);
    }
    let mut n = 3;
    while let m = n {
        if m == 0 {
            break;
        }
        n -= 1;
    }
    println!("{}", n);
}
