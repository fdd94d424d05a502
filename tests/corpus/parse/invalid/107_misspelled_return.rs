fn safe_sqrt(x: f64) -> Option<f64> {
    if x < 0.0 {
        retrun None;
    }
    Some(x.sqrt())
}

fn main() {
    println!("{:?}", safe_sqrt(9.0));
}
