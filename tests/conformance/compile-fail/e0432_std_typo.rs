// Misremembered std paths in imports.
use std::f64::constants::PI;
use std::proccess::exit;

fn main() {
    let r = 2.0;
    println!("{}", PI * r * r);
    exit(0);
}
