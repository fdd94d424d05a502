// Using methods as if they were fields (missing parentheses), and reading a private field.
mod shapes {
    pub struct Rect {
        pub w: f64,
        h: f64,
    }

    impl Rect {
        pub fn new(w: f64, h: f64) -> Rect {
            Rect { w, h }
        }
        pub fn area(&self) -> f64 {
            self.w * self.h
        }
    }
}

fn main() {
    let r = shapes::Rect::new(2.0, 3.0);
    let a = r.area;
    println!("{} {} {}", a, r.w, r.h);
}
