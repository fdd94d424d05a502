fn label(n: i32) -> String {
    let kind = if n % 2 == 0 { "even" } else { "odd" }
    let size = if n.abs() > 100 { "big" } else { "small" };
    format!("{kind} {size}")
}

fn main() {
    println!("{}", label(7));
}
