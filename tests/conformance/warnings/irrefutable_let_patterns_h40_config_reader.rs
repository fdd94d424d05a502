// lints: irrefutable_let_patterns
#[derive(Debug, Clone, Copy)]
struct Limits {
    min: i32,
    max: i32,
}

fn clamp_all(values: &mut [i32; 4], l: Limits) {
    if let Limits { min, max } = l {
        for i in 0..values.len() {
            values[i] = values[i].clamp(min, max);
        }
    }
}

fn countdown(start: u32) -> u32 {
    let mut n = start;
    let mut steps = 0;
    while let current = n {
        if current == 0 {
            break;
        }
        n -= 1;
        steps += 1;
    }
    steps
}

fn width(l: Limits) -> i32 {
    let (lo, hi) = (l.min, l.max) else {
        return 0;
    };
    hi - lo
}

fn main() {
    let mut vals = [-5, 3, 12, 7];
    let l = Limits { min: 0, max: 10 };
    clamp_all(&mut vals, l);
    println!("{:?} {} {}", vals, countdown(4), width(l));
}
