fn classify(temp: f64) -> &'static str {
    if temp < 0.0:
        return "freezing";
    "ok"
}

fn main() {
    println!("{}", classify(-3.0));
}
