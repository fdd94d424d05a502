// Binding mistakes: reading a binding that may be uninitialised, using a binding out of scope.
fn classify(n: i32) -> &'static str {
    let kind;
    if n < 0 {
        kind = "negative";
    } else if n > 0 {
        kind = "positive";
    }
    // mistake 1: kind is not assigned when n == 0
    kind
}

fn main() {
    for n in [-3, 0, 8] {
        println!("{} is {}", n, classify(n));
    }
    {
        let inner = 42;
        println!("inner is {}", inner);
    }
    // mistake 2: inner went out of scope
    println!("inner again {}", inner);
}
