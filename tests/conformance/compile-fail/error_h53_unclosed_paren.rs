// Unclosed parenthesis in a call argument.
fn area(w: f64, h: f64) -> f64 {
    w * h
}

fn main() {
    let w = 3.5;
    let h = 2.0;
    let a = area(w, (h + 1.0);
    println!("area = {}", a);
}
