fn discount(price: f64) -> f64 {
    price * .85
}

fn main() {
    println!("{:.2}", discount(40.0));
}
