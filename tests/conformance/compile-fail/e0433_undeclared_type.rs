// Calling an associated function on a type that was never declared, and on a misspelled module.
mod geometry {
    pub fn area(w: f64, h: f64) -> f64 {
        w * h
    }
}

fn main() {
    let v = Vector3::new(1.0, 2.0, 3.0);
    let a = geometri::area(2.0, 3.0);
    println!("{} {}", a, geometry::area(1.0, 1.0));
    let _ = v;
}
