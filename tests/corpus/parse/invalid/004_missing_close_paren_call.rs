fn area(width: f64, height: f64) -> f64 {
    width * height
}

fn main() {
    let w = 3.0;
    let h = 4.5;
    let a = area(w, h;
    println!("area = {}", a);
}
