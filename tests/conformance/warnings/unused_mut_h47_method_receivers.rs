// lints: unused_mut unused_variables
// `mut` bindings whose values only ever see &self methods, and the reverse.
#[derive(Debug, Clone, Copy)]
struct Meter {
    value: u32,
    peak: u32,
}

impl Meter {
    fn new() -> Meter {
        Meter { value: 0, peak: 0 }
    }

    fn record(&mut self, v: u32) {
        self.value = v;
        if v > self.peak {
            self.peak = v;
        }
    }

    fn peak(&self) -> u32 {
        self.peak
    }

    fn reset(mut self) -> Meter {
        self.value = 0;
        self
    }

    fn snapshot(mut self) -> u32 {
        self.value + self.peak
    }

    fn with_peak(mut self, p: u32) -> Meter {
        self.peak = p;
        self
    }
}

struct Panel {
    left: Meter,
    right: Meter,
}

impl Panel {
    fn update(&mut self, l: u32, r: u32) {
        let mut left = &mut self.left;
        left.record(l);
        let mut right = &self.right;
        println!("right peak {}", right.peak());
        self.right.record(r);
    }
}

fn main() {
    let mut m = Meter::new();
    println!("{}", m.peak());
    let mut n = Meter::new();
    n.record(5);
    let mut r = &mut n;
    r.record(7);
    let mut p = Panel { left: m, right: n };
    p.update(1, 2);
    let mut fresh = p.left.reset();
    let total = fresh.snapshot();
    let mut w = Meter::new().with_peak(3);
    println!("{}", w.peak);
}
