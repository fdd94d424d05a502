// Geometry helpers where the last line of each function got a semicolon,
// as it would in C.

#[derive(Debug, Clone, Copy)]
struct Rect {
    w: f64,
    h: f64,
}

impl Rect {
    fn area(&self) -> f64 {
        self.w * self.h;
    }

    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }

    fn is_square(&self) -> bool {
        let diff = (self.w - self.h).abs();
        diff < 1e-9;
    }
}

fn total_area(rects: &[Rect]) -> f64 {
    let mut total = 0.0;
    for r in rects {
        total += r.area();
    }
    total;
}

fn main() {
    let rs = [Rect { w: 2.0, h: 3.0 }, Rect { w: 4.0, h: 4.0 }];
    println!("{} {}", total_area(&rs), rs[0].perimeter());
    println!("{}", rs[1].is_square());
}
