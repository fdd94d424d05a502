// Tuple structs with fields accessed through references and indices.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Rgb(u8, u8, u8);

struct Pair(Rgb, Rgb);

impl Rgb {
    fn sum(&self) -> u32 {
        self.0 as u32 + self.1 as u32 + self.2 as u32
    }

    fn darken(&mut self) {
        self.0 /= 2;
        self.1 /= 2;
        self.3 /= 2;
    }
}

impl Pair {
    fn brighter(&self) -> &Rgb {
        if self.0.sum() > self.1.sum() { &self.0 } else { &self.1 }
    }
}

fn main() {
    let p = Pair(Rgb(10, 20, 30), Rgb(200, 100, 0));
    let b = p.brighter();
    let r = b.0;
    let x = p.2;
    let t = (1, (2, 3));
    let inner = t.1.1;
    let bad = t.1.2;
    let f = 5.0;
    let g = f.0;
    let mut c = Rgb(1, 2, 3);
    c.darken();
    println!("{:?} {} {} {} {} {}", b, r, x, inner, bad, g);
}
