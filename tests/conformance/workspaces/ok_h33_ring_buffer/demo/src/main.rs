use ring::{Mode, Ring};

fn main() {
    let mut r = Ring::new(Mode::Overwrite);
    for v in [5, -2, 9, 14, 3] {
        r.push(v);
    }
    let s = r.stats();
    println!("len={} lo={} hi={}", s.0, s.1.0, s.1.1);
    println!("{:?}", r.snapshot());
    let mut q = Ring::new(Mode::Reject);
    let mut accepted = 0;
    for v in 0..6 {
        if q.push(v) {
            accepted += 1;
        }
    }
    println!("{} of {}", accepted, Ring::CAP);
}
