// Calls with the wrong number of arguments whose results are used.
fn area(w: u32, h: u32) -> u32 {
    w * h
}

fn perimeter(w: u32, h: u32) -> u32 {
    2 * (w + h)
}

struct Rect {
    w: u32,
    h: u32,
}

impl Rect {
    fn scale(&self, k: u32) -> Rect {
        Rect { w: self.w * k, h: self.h * k }
    }
}

fn main() {
    let a = area(3);
    let p = perimeter(3, 4, 5);
    let total: bool = a + p;
    println!("{}", total);
    let r = Rect { w: 2, h: 3 };
    let big = r.scale();
    let bw: i8 = big.w;
    println!("{} {}", bw, big.h);
    let q = area(1, 2) + perimeter(1);
    let s: &str = q;
    println!("{}", s);
}
