// Self in patterns, constructors and array lengths inside impls.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
}

impl Light {
    const ALL: [Light; 3] = [Self::Red, Self::Yellow, Self::Green];
    const COUNT: usize = 3;

    fn next(self) -> Self {
        match self {
            Self::Red => Self::Green,
            Self::Green => Self::Yellow,
            Self::Yellow => Self::Red,
        }
    }

    fn durations() -> [u32; Self::COUNT] {
        [30, 5, 25]
    }
}

#[derive(Debug, Clone, Copy)]
struct Meter(u32);

impl Meter {
    const MAX: u32 = 999;

    fn bump(self) -> Self {
        let Self(v) = self;
        match v {
            Self::MAX => Self(0),
            n => Self(n + 1),
        }
    }
}

fn main() {
    let mut l = Light::Red;
    for _ in 0..4 {
        l = l.next();
    }
    let m = Meter(998).bump().bump();
    println!("{:?} {:?} {:?} {:?}", l, Light::ALL, Light::durations(), m);
}
