// lints: unconditional_recursion
// Unit wrapper types whose convenience methods accidentally call themselves.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Grams(u32);

#[derive(Debug, Clone, Copy, PartialEq)]
struct Kilos(f32);

impl Grams {
    fn new(v: u32) -> Self {
        Self::new(v)
    }

    fn to_kilos(self) -> Kilos {
        Kilos(self.0 as f32 / 1000.0)
    }

    fn value(&self) -> u32 {
        self.value()
    }
}

#[allow(unconditional_recursion)]
impl Kilos {
    fn to_grams(self) -> Grams {
        self.to_grams()
    }

    #[warn(unconditional_recursion)]
    fn rounded(self) -> Kilos {
        let r = Kilos::rounded(self);
        Kilos(r.0.round())
    }

    fn half(self) -> Kilos {
        Kilos(self.0 / 2.0)
    }
}

mod scale {
    use super::Grams;

    pub fn tare(g: Grams, depth: u32) -> Grams {
        if depth == 0 {
            return g;
        }
        tare(Grams(g.0.saturating_sub(5)), depth - 1)
    }

    #[deny(unconditional_recursion)]
    pub fn settle(g: Grams) -> Grams {
        let next = match g.0 {
            0 => settle(g),
            n => settle(Grams(n - 1)),
        };
        next
    }
}

fn main() {
    let g = Grams(2500);
    let k = g.to_kilos();
    println!("{:?} {:?} {:?}", k, k.half(), scale::tare(g, 3));
    if g.0 == 0 {
        println!("{:?} {} {:?} {:?}", Grams::new(1), g.value(), k.to_grams(), k.rounded());
        println!("{:?}", scale::settle(g));
    }
}
